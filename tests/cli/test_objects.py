"""``ashby <objects> list|get|search``: generated from one table and the catalogue."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from ashby_sdk._catalogue import ENDPOINTS, snake
from ashby_sdk.cli.objects import KINDS, Kind, page_size_for

from .conftest import Served


def test_list_json_is_one_document_and_jsonl_one_object_a_line(served: Served) -> None:
    items = json.loads(served.ok("candidates", "list", "-n", "5", "--json").stdout)
    assert len(items) == 5 and all("id" in c for c in items)
    lines = served.ok("candidates", "list", "-n", "5", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [c["id"] for c in items]


def test_list_all_pages_through_everything(served: Served) -> None:
    lines = served.ok("candidates", "list", "--all", "--jsonl").stdout.splitlines()
    assert len(lines) == len(served.emu.org["candidate"]) > 0
    assert len(served.ok("candidates", "list", "--max-items", "0", "--jsonl").stdout.splitlines()) == len(lines)


def test_max_items_stops_fetching_once_enough_are_printed(served: Served) -> None:
    before = len(served.requests_to("candidate.list"))
    assert len(served.ok("candidates", "list", "--max-items", "3", "--jsonl").stdout.splitlines()) == 3
    sent = served.requests_to("candidate.list")[before:]
    assert len(sent) == 1 and sent[0].body["limit"] == 4  # one page, one spare object to tell "more"
    assert len(served.ok("candidates", "list", "--limit", "2", "--jsonl").stdout.splitlines()) == 2  # gh's name


def test_page_size_for() -> None:
    assert [page_size_for(n) for n in (1, 50, 99, 100, 150, 250)] == [2, 51, 100, 51, 76, 84]
    assert page_size_for(None) == 100


def test_list_filters_come_from_the_catalogue(served: Served) -> None:
    jobs = json.loads(served.ok("jobs", "list", "--all", "--status", "Open", "--json").stdout)
    assert jobs and {j["status"] for j in jobs} == {"Open"}
    plan = served.first("application")["_planId"]
    stages = json.loads(served.ok("interview-stages", "list", "--interview-plan-id", plan, "--json").stdout)
    assert stages and {s["interviewPlanId"] for s in stages} == {plan}
    missing = served.run("interview-stages", "list")
    assert missing.exit_code == 2 and "--interview-plan-id" in missing.stderr


def _created_after(served: Served, moment: datetime) -> set[str]:
    return {
        c["id"]
        for c in served.emu.org["candidate"]
        if datetime.fromisoformat(c["createdAt"].replace("Z", "+00:00")) > moment
    }


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        ("2024-01-01", datetime(2024, 1, 1, tzinfo=timezone.utc)),
        ("2024-01-01T12:30:00Z", datetime(2024, 1, 1, 12, 30, tzinfo=timezone.utc)),
        ("2024-01-01T12:30", datetime(2024, 1, 1, 12, 30, tzinfo=timezone.utc)),  # naive: UTC
        ("2024-01-01T14:30:00+02:00", datetime(2024, 1, 1, 12, 30, tzinfo=timezone.utc)),
        ("1704112200000", datetime(2024, 1, 1, 12, 30, tzinfo=timezone.utc)),  # milliseconds, unambiguous
    ],
)
def test_date_filters_take_iso_dates_and_datetimes(served: Served, value: str, moment: datetime) -> None:
    wanted = _created_after(served, moment)
    assert 0 < len(wanted) < len(served.emu.org["candidate"])  # the filter really filters
    found = json.loads(served.ok("candidates", "list", "--all", "--created-after", value, "--json").stdout)
    assert {c["id"] for c in found} == wanted


def test_a_date_in_seconds_is_refused_not_read_as_1970(served: Served) -> None:
    result = served.run("candidates", "list", "--created-after", "1700000000")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "--created-after" in result.stderr and "seconds" in result.stderr and "1700000000000" in result.stderr
    bad = served.run("jobs", "list", "--closed-before", "last tuesday")
    assert bad.exit_code == 2 and "2024-01-31" in bad.stderr


def test_help_says_what_a_parameter_means(served: Served) -> None:
    out = served.ok("jobs", "list", "--help").stdout
    assert "Only those created after this moment" in out and "Only jobs closed before" in out
    assert "--created-after DATE" in out and "parameter." not in out
    assert "Include archived ones too." in served.ok("departments", "list", "--help").stdout


def test_get_shows_one_object(served: Served) -> None:
    candidate = served.first("candidate")
    piped = served.ok("candidates", "get", candidate["id"]).stdout
    assert f"name\t{candidate['name']}\n" in piped  # field<TAB>value lines when not a terminal
    assert json.loads(served.ok("candidates", "get", candidate["id"], "--json").stdout)["id"] == candidate["id"]
    picked = json.loads(served.ok("candidates", "get", candidate["id"], "--json", "--fields", "id,name").stdout)
    assert picked == {"id": candidate["id"], "name": candidate["name"]}


def test_get_unknown_id_is_one_line_and_exit_1(served: Served) -> None:
    result = served.run("candidates", "get", "00000000-0000-4000-8000-000000000000")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: candidate.info: ") and "check the id" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_search(served: Served) -> None:
    candidate = served.first("candidate")
    email = candidate["primaryEmailAddress"]["value"]
    found = json.loads(served.ok("candidates", "search", "--email", email, "--json").stdout)
    assert [c["id"] for c in found] == [candidate["id"]]
    assert served.ok("candidates", "search", "--email", email).stdout.startswith(candidate["id"] + "\t")
    result = served.run("candidates", "search")
    assert result.exit_code == 2 and "--email" in result.stderr


def test_two_formats_at_once_or_an_unknown_one_is_a_usage_error(served: Served) -> None:
    assert served.run("jobs", "list", "--json", "--jsonl").exit_code == 2
    unknown = served.run("jobs", "list", "--format", "xml")
    assert unknown.exit_code == 2 and "table, tsv, csv, json, jsonl" in unknown.stderr


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.command)
def test_every_kind_lists(served: Served, kind: Kind) -> None:
    endpoint = ENDPOINTS[f"{kind.category}.list"]
    args = ["--max-items", "2", "--json"]
    for p in endpoint.params:
        if p.required:  # e.g. interviewStage.list's plan
            args += ["--" + snake(p.name).replace("_", "-"), served.first("application")["_planId"]]
    items = json.loads(served.ok(kind.command, "list", *args).stdout)
    assert isinstance(items, list)
