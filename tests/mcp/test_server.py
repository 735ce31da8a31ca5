"""``ashby mcp`` as a client sees it: its tools, their schemas and hints, answers, errors and what never leaks."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from ashby_sdk.emulator import Emulator

from ._org import Org
from .conftest import KEY, McpSession, server_env, sync_into

pytestmark = pytest.mark.slow

READ_TOOLS = {
    "status", "find_candidates", "get_candidate", "get_application", "list_applications", "list_jobs",
    "job_pipeline", "upcoming_interviews", "list_offers", "lookup",
}  # fmt: skip
WRITE_TOOLS = {"move_application_stage", "add_candidate_note", "add_candidate_tag"}


def test_tools_are_listed_with_valid_schemas_and_read_only_hints(mirror: McpSession, live: McpSession) -> None:
    tools = {t.name: t for t in mirror.list_tools()}
    assert set(tools) == READ_TOOLS | {"query_mirror"}  # no write tool without --allow-writes
    assert {t.name for t in live.list_tools()} == READ_TOOLS  # no SQL without a mirror
    for tool in tools.values():
        jsonschema.Draft202012Validator.check_schema(tool.input_schema)
        jsonschema.Draft202012Validator.check_schema(tool.output_schema)
        assert tool.annotations.read_only_hint is True, tool.name
        assert len(tool.description) > 80, tool.name
    assert "application_funnel" in tools["query_mirror"].description  # the schema is in the description
    assert "interview_events(id, interview_schedule_id" in tools["query_mirror"].description
    assert tools["list_applications"].input_schema["properties"]["feedback"]["enum"] == ["any", "none", "some"]


def test_writes_are_refused_without_the_flag(mirror: McpSession, served: tuple[Emulator, str]) -> None:
    emu = served[0]
    before = len(emu.requests)
    candidate_id = next(iter(emu.org["candidate"]))["id"]
    message = mirror.error("add_candidate_note", candidate_id=candidate_id, text="x")
    assert "Unknown tool" in message or "add_candidate_note" in message
    assert not [r for r in emu.requests[before:] if r.endpoint == "candidate.createNote"]


def _every_tool_call(org: Org) -> list[tuple[str, dict[str, Any]]]:
    candidate = org.rows("candidate")[0]
    app = org.rows("application")[0]
    job = org.unique_title_jobs()[0]
    return [
        ("status", {}),
        ("find_candidates", {"name": candidate["name"].split()[0]}),
        ("get_candidate", {"candidate_id": candidate["id"]}),
        ("get_application", {"application_id": app["id"]}),
        ("list_applications", {"job": job["title"]}),
        ("list_jobs", {"status": "any"}),
        ("job_pipeline", {"job": job["title"]}),
        ("upcoming_interviews", {"start_after": "2000-01-01"}),
        ("list_offers", {}),
        ("lookup", {"kind": "users"}),
    ]


@pytest.fixture(scope="module")
def org(served: tuple[Emulator, str]) -> Org:
    return Org(served[0])


def test_every_tool_answers_with_the_source_and_age_of_its_data(mirror: McpSession, live: McpSession, org: Org) -> None:
    for name, args in _every_tool_call(org):
        from_mirror, from_api = mirror.call(name, **args), live.call(name, **args)
        assert from_mirror["source"] == "mirror", (name, from_mirror.get("caveats"))
        assert from_mirror["data_as_of"] and from_mirror["data_age"].endswith(
            ("seconds", "second", "minutes", "minute")
        )
        if name != "status":
            assert from_api["source"] == "live API"
        assert from_api["data_as_of"].startswith("20")
        # The same question gets the same answer from either source.
        strip = ("source", "data_as_of", "data_age", "caveats", "answers_from", "mirror", "tables")
        if name not in ("status", "job_pipeline"):
            assert {k: v for k, v in from_mirror.items() if k not in strip} == {
                k: v for k, v in from_api.items() if k not in strip
            }, name
    rows = mirror.call("query_mirror", sql="select count(*) from candidates")
    assert rows["rows"] == [[len(org.rows("candidate"))]] and rows["source"] == "mirror"


def test_a_candidate_story_is_complete_and_far_smaller_than_the_raw_objects(mirror: McpSession, org: Org) -> None:
    from ashby_sdk.emulator.render import render

    candidate = max(org.rows("candidate"), key=lambda c: len(c["applicationIds"]))
    story = mirror.call("get_candidate", candidate_id=candidate["id"])
    raw = [render(org.o, "candidate", candidate)]
    for app in org.apps(_candidateId=candidate["id"]):
        raw.append(render(org.o, "application", app))
        raw += [render(org.o, "feedback", f) for f in org.feedback_of(app["id"])]
    raw += [render(org.o, "note", n) for n in org.rows("note") if n["candidateId"] == candidate["id"]]
    assert story["candidate"]["email"] == candidate["primaryEmailAddress"]["value"]
    assert {a["application_id"] for a in story["applications"]} == set(candidate["applicationIds"])
    assert len(json.dumps(story)) < len(json.dumps(raw)) / 2


def test_pages_follow_the_cursor_and_fit_the_size_cap(mirror: McpSession, org: Org) -> None:
    first = mirror.call("find_candidates", limit=7)
    assert first["returned"] == 7 and first["next_cursor"]
    second = mirror.call("find_candidates", limit=7, cursor=first["next_cursor"])
    assert second["offset"] == 7 and not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    assert len(mirror.every("find_candidates", limit=100)) == len(org.rows("candidate"))
    assert "other filters" in mirror.error("find_candidates", name="a", cursor=first["next_cursor"])
    assert "not one this server gave" in mirror.error("find_candidates", cursor="garbage!")
    assert "between 1 and 100" in mirror.error("find_candidates", limit=101)


def test_errors_are_one_sentence_without_a_traceback(mirror: McpSession, live: McpSession) -> None:
    for server in (mirror, live):
        for message in (
            server.error("get_candidate", candidate_id="00000000-0000-4000-8000-000000000000"),
            server.error("get_application", application_id="nope"),
            server.error("job_pipeline", job="No Such Job Title"),
            server.error("list_applications", feedback="maybe"),
        ):
            assert "Traceback" not in message and "\n" not in message.strip(), message
            assert len(message) < 600


def test_the_key_never_appears_in_any_answer_or_error(mirror: McpSession, live: McpSession, org: Org) -> None:
    for server in (mirror, live):
        for name, args in _every_tool_call(org):
            server.call(name, **args)
        server.error("get_candidate", candidate_id="x")
        assert server.outputs and not any(KEY in text for text in server.outputs)
    mirror.call("query_mirror", sql="select * from _sync_state")
    assert not any(KEY in text for text in mirror.outputs)


# -- the SQL tool -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        ("DELETE FROM candidates", "only SELECT"),
        ("select 1; delete from candidates", "one statement"),
        ("WITH x AS (SELECT 1) DELETE FROM candidates", "DELETE is not allowed"),
        ("PRAGMA writable_schema = 1", "only SELECT"),
        ("ATTACH DATABASE '/tmp/x.db' AS x", "only SELECT"),
        ("select * from candidates; ", None),
    ],
)
def test_query_mirror_refuses_what_is_not_one_read(mirror: McpSession, sql: str, why: str | None) -> None:
    if why is None:
        assert mirror.call("query_mirror", sql=sql, max_rows=2)["returned"] == 2
    else:
        assert why in mirror.error("query_mirror", sql=sql)


def test_query_mirror_cannot_write_even_past_the_text_check(mirror: McpSession) -> None:
    # A write hidden where the text check does not look (inside a string it strips, then run as SQL) cannot
    # exist in SQLite; what the connection itself refuses is shown with functions that write or read files.
    for sql in ("select writefile('/tmp/ashby-mcp-x', 'x')", "select load_extension('x')"):
        message = mirror.error("query_mirror", sql=sql)
        assert "mirror database refused" in message or "no such function" in message or "not authorized" in message


def test_query_mirror_caps_rows(mirror: McpSession) -> None:
    capped = mirror.call("query_mirror", sql="select c.id, j.id from candidates c, jobs j")
    assert capped["returned"] == 200 and capped["truncated"] is True and "LIMIT" in capped["hint"]
    assert mirror.call("query_mirror", sql="select id from jobs", max_rows=2)["returned"] == 2
    assert "between 1 and 200" in mirror.error("query_mirror", sql="select 1", max_rows=201)


# -- redaction, fallback --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def redacted(served: tuple[Emulator, str], mirror_path: str, start: Callable[..., McpSession]) -> McpSession:
    return start(["--db", mirror_path, "--redact", "--sql-timeout", "1"], server_env(served[1]))


def test_redaction_removes_emails_and_phones_everywhere(redacted: McpSession, org: Org) -> None:
    candidate = org.rows("candidate")[2]
    email, phone = candidate["primaryEmailAddress"]["value"], candidate["primaryPhoneNumber"]["value"]
    texts = [
        json.dumps(redacted.call("get_candidate", candidate_id=candidate["id"])),
        json.dumps(redacted.call("find_candidates", name=candidate["name"])),
        json.dumps(
            redacted.call(
                "query_mirror", sql=f"select data, primary_email from candidates where id = '{candidate['id']}'"
            )
        ),
        redacted.error("get_candidate", candidate_id=email),
    ]
    for text in texts:
        assert email not in text and phone not in text
    assert "[email redacted]" in texts[0] and "[phone redacted]" in texts[0]
    assert candidate["name"] in texts[1]  # names stay


def test_a_query_past_its_deadline_is_stopped(redacted: McpSession) -> None:
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    assert "longer than 1 s" in redacted.error("query_mirror", sql=endless)


@pytest.fixture(scope="module")
def partial(
    served: tuple[Emulator, str], start: Callable[..., McpSession], tmp_path_factory: pytest.TempPathFactory
) -> McpSession:
    path = str(tmp_path_factory.mktemp("partial") / "partial.db")
    sync_into(served[1], path, "--only", "candidates,applications,jobs,interview_stages")
    return start(["--db", path], server_env(served[1]))


def test_what_the_mirror_lacks_comes_from_the_live_api_and_says_so(partial: McpSession, org: Org) -> None:
    candidate = next(c for c in org.rows("candidate") if any(n["candidateId"] == c["id"] for n in org.rows("note")))
    story = partial.call("get_candidate", candidate_id=candidate["id"])
    assert story["source"] == "mirror + live API"
    assert any("the mirror has no candidate_notes" in n for n in story["caveats"])
    assert story["notes"] and story["candidate"]["id"] == candidate["id"]
    assert partial.call("find_candidates", name="a")["source"] == "mirror"  # all it needs is mirrored


def test_without_a_key_a_mirror_still_answers_and_says_what_it_lacks(
    served: tuple[Emulator, str], start: Callable[..., McpSession], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = str(tmp_path_factory.mktemp("nokey") / "m.db")
    sync_into(served[1], path, "--only", "candidates,jobs")
    session = start(["--db", path], server_env(served[1], key=False))
    assert session.call("list_jobs")["source"] == "mirror"
    message = session.error("list_offers")
    assert "the mirror has no offers" in message and "no API key" in message


def test_times_are_read_in_any_zone_and_a_bad_one_is_named(server: McpSession, org: Org) -> None:
    expected = {e["id"] for e, _ in org.events() if "2023-01-01T00:00:00.000Z" <= e["startTime"] < "2023-07-01"}
    got = server.every("upcoming_interviews", start_after="2023-01-01T02:00:00+02:00", start_before="2023-07-01")
    assert {e["event_id"] for e in got} == expected
    assert "start_after must be" in server.error("upcoming_interviews", start_after="next tuesday")
