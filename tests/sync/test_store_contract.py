"""Every store keeps the same promises (sync/store.py): SQLite always, PostgreSQL against a real server.

The PostgreSQL half needs ``ASHBY_TEST_POSTGRES_DSN`` (the ``postgres_url``
fixture of ``tests/conftest.py``): skipped locally without it, a failure under CI.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ashby_sdk._base_client import Answer
from ashby_sdk.sync._raw import decode_page
from ashby_sdk.sync.store import ListState, Store
from ashby_sdk.sync.stores import open_store
from ashby_sdk.sync.tables import TABLES, table

CANDIDATES = TABLES["candidates"]
APPLICATIONS = TABLES["applications"]


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    url = str(tmp_path / "mirror.db") if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    s = open_store(url)
    s.open()
    s.ensure_schema(TABLES.values())
    try:
        yield s
    finally:
        s.close()


def _candidate(n: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"c{n}",
        "name": f"Person {n}",
        "primaryEmailAddress": {"value": f"p{n}@example.com", "type": "Personal", "isPrimary": True},
        "createdAt": "2024-01-02T03:04:05.678Z",
        "unknownField": {"nested": [1, 2.5, None, "x"]},
        **extra,
    }


def _state(run: str, *, phase: str = "full", cursor: str | None = None, token: str | None = None) -> ListState:
    return ListState("candidates", "candidate.list", phase, token, cursor, run)  # type: ignore[arg-type]


def test_pages_upsert_idempotently_and_keep_objects_exactly(store: Store) -> None:
    page = [_candidate(1), _candidate(2)]
    first = store.write_page(CANDIDATES, page, _state("r1", cursor="next"), now="t1")
    assert (first.new, first.updated) == (2, 0)
    again = store.write_page(CANDIDATES, page, _state("r1", cursor="next"), now="t1")
    assert (again.new, again.updated) == (0, 0)  # a replayed page changes nothing
    changed = store.write_page(CANDIDATES, [_candidate(2, name="Renamed")], _state("r1"), now="t1")
    assert (changed.new, changed.updated) == (0, 1)
    objects = store.objects(CANDIDATES)
    assert objects == {"c1": page[0], "c2": _candidate(2, name="Renamed")}
    assert store.counts(CANDIDATES).total == 2


def test_state_is_saved_with_the_page(store: Store) -> None:
    assert store.get_state("candidates") is None
    store.write_page(CANDIDATES, [_candidate(1)], _state("r1", cursor="cursor-2"), now="t1")
    saved = store.get_state("candidates")
    assert saved is not None and (saved.phase, saved.cursor, saved.run_id) == ("full", "cursor-2", "r1")
    store.set_state(_state("r1", phase="idle", token="tok"))
    idle = store.get_state("candidates")
    assert idle is not None and (idle.phase, idle.sync_token) == ("idle", "tok")


def test_sweep_marks_unseen_rows_removed_and_a_return_revives_them(store: Store) -> None:
    store.write_page(CANDIDATES, [_candidate(1), _candidate(2), _candidate(3)], _state("r1"), sweep=True, now="t1")
    result = store.write_page(CANDIDATES, [_candidate(1)], _state("r2"), sweep=False, now="t2")
    result = store.write_page(CANDIDATES, [_candidate(3)], _state("r2"), sweep=True, now="t2")
    assert result.removed == 1
    assert set(store.objects(CANDIDATES)) == {"c1", "c3"}
    assert set(store.objects(CANDIDATES, include_removed=True)) == {"c1", "c2", "c3"}
    assert store.counts(CANDIDATES).removed == 1
    back = store.write_page(CANDIDATES, [_candidate(2)], _state("r3"), now="t3")
    assert back.new == 1 and store.counts(CANDIDATES).removed == 0


def test_archived_objects_are_counted_not_dropped(store: Store) -> None:
    app = {"id": "a1", "status": "Active", "candidate": {"id": "c1"}, "job": {"id": "j1"}}
    store.write_page(APPLICATIONS, [app], ListState("applications", "application.list"), now="t1")
    result = store.write_page(
        APPLICATIONS, [{**app, "status": "Archived"}], ListState("applications", "application.list"), now="t2"
    )
    assert (result.updated, result.archived) == (1, 1)
    counts = store.counts(APPLICATIONS)
    assert (counts.total, counts.archived, counts.removed) == (1, 1, 0)


def test_a_failed_page_leaves_nothing_behind(store: Store) -> None:
    store.write_page(CANDIDATES, [_candidate(1)], _state("r1", cursor="c-2"), now="t1")
    with pytest.raises(KeyError):
        store.write_page(CANDIDATES, [_candidate(2), {"no": "id"}], _state("r1", cursor="c-3"), now="t1")
    assert set(store.objects(CANDIDATES)) == {"c1"}
    saved = store.get_state("candidates")
    assert saved is not None and saved.cursor == "c-2"


def test_the_repr_never_shows_a_password(tmp_path: Path) -> None:
    pg = open_store("postgresql://ashby:hunter2@db.example:5432/hiring")
    assert "hunter2" not in repr(pg) and "db.example" in repr(pg)


HISTORY = TABLES["application_history"]
STAGES = TABLES["interview_stages"]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "mirror.md"


def _doc_queries() -> list[str]:
    """The example queries of docs/mirror.md's views section (```sql blocks, one statement each)."""
    text = DOCS.read_text().split("## Views for analysts", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in text.split("```sql\n")[1:]]
    return [q.strip().rstrip(";") for block in blocks for q in block.split(";\n") if q.strip()]


def _history(n: int, stage: str, entered: str, left: str | None) -> dict[str, Any]:
    return {"id": f"h{n}", "stageId": stage, "title": stage, "enteredStageAt": entered, "leftStageAt": left,
            "stageNumber": n, "allowedActions": [], "actorId": None}  # fmt: skip


def test_child_lists_queue_changed_parents_and_views_answer_the_documented_queries(store: Store) -> None:
    app = {"id": "a1", "status": "Active", "candidate": {"id": "c1"}, "job": {"id": "j1"}}
    apps = ListState("applications", "application.list", run_id="r1")
    store.write_page(APPLICATIONS, [app, {**app, "id": "a2"}], apps, now="t1", children=("application_history",))
    assert store.pending("application_history", 10) == ["a1", "a2"]
    store.write_page(APPLICATIONS, [app], apps, now="t1", children=("application_history",))  # unchanged
    assert store.count_pending("application_history") == 2
    stages = [{"id": "s1", "title": "Screen", "type": "Active", "orderInInterviewPlan": 0},
              {"id": "s2", "title": "Onsite", "type": "Active", "orderInInterviewPlan": 1}]  # fmt: skip
    store.write_page(STAGES, stages, ListState("interview_stages", "interviewStage.list"), now="t1")
    store.write_page(TABLES["jobs"], [{"id": "j1", "title": "Engineer"}], ListState("jobs", "job.list"), now="t1")
    history = [("a1", _history(0, "s1", "2024-01-01T00:00:00.000Z", "2024-01-03T12:00:00.000Z")),
               ("a1", _history(1, "s2", "2024-01-03T12:00:00.000Z", None)),
               ("a2", _history(2, "s1", "2024-01-02T00:00:00.000Z", None))]  # fmt: skip
    state = ListState("application_history", "application.listHistory", run_id="k1")
    written = store.write_children(HISTORY, ["a1", "a2"], history, state, now="t2")
    assert written.new == 3 and store.count_pending("application_history") == 0
    # The next time a1's history is asked, an entry it no longer lists is marked removed (a2's stay).
    store.write_page(APPLICATIONS, [{**app, "status": "Hired"}], apps, now="t3", children=("application_history",))
    assert store.pending("application_history", 10) == ["a1"]
    again = store.write_children(HISTORY, ["a1"], history[1:2], ListState(state.name, state.endpoint, run_id="k2"),
                                 now="t4")  # fmt: skip
    assert again.removed == 1 and set(store.objects(HISTORY)) == {"h1", "h2"}

    rows = list(store.iter_rows("SELECT application_id, stage_id, seconds_in_stage, is_current "
                                "FROM application_time_in_stage ORDER BY application_id, stage_id"))  # fmt: skip
    assert [(a, s, bool(c)) for a, s, _, c in rows] == [("a1", "s2", True), ("a2", "s1", True)]
    store.write_children(HISTORY, ["a1"], history[:2], ListState(state.name, state.endpoint, run_id="k3"), now="t5")
    first = next(store.iter_rows("SELECT seconds_in_stage FROM application_time_in_stage WHERE stage_id = 's1' "
                                 "AND application_id = 'a1'"))  # fmt: skip
    assert float(first[0]) == pytest.approx(2.5 * 86400)
    funnel = sorted(store.iter_rows("SELECT stage_id, applications_reached, applications_now FROM application_funnel"))
    assert [(s, int(r), int(n)) for s, r, n in funnel] == [("s1", 2, 1), ("s2", 1, 1)]
    queries = _doc_queries()
    assert len(queries) >= 3
    for query in queries:
        assert list(store.iter_rows(query)), query


def test_webhook_events_apply_once_and_record_merges(store: Store) -> None:
    store.write_page(CANDIDATES, [_candidate(1), _candidate(2)], _state("r1"), now="t1")
    app = {"id": "a1", "status": "Active", "candidate": {"id": "c1"}, "job": {"id": "j1"},
           "updatedAt": "2024-05-01T00:00:00.000Z"}  # fmt: skip
    upsert = [("upsert", (APPLICATIONS, app, ("application_history",)))]
    assert store.apply_event("k1", "applicationSubmit", {"action": "applicationSubmit"}, upsert, now="t2")
    assert not store.apply_event("k1", "applicationSubmit", {"action": "applicationSubmit"}, upsert, now="t3")
    assert store.objects(APPLICATIONS) == {"a1": app} and store.pending("application_history", 5) == ["a1"]
    older = [("upsert", (APPLICATIONS, {**app, "status": "Archived", "updatedAt": "2024-04-01T00:00:00.000Z"}, ()))]
    assert store.apply_event("k2", "applicationUpdate", {}, older, now="t4")
    assert store.objects(APPLICATIONS)["a1"]["status"] == "Active"  # a late delivery loses to a newer copy
    assert store.apply_event("k3", "candidateMerge", {}, [("merge", ("c1", "c2"))], now="t5")
    assert store.merges() == {"c1": "c2"} and set(store.objects(CANDIDATES)) == {"c2"}
    assert store.apply_event("k4", "candidateDelete", {}, [("remove", (CANDIDATES, "c2"))], now="t6")
    assert store.objects(CANDIDATES) == {}
    rows = list(store.iter_rows("SELECT key, action FROM _webhook_events ORDER BY key"))
    assert [tuple(r) for r in rows] == [("k1", "applicationSubmit"), ("k2", "applicationUpdate"),
                                        ("k3", "candidateMerge"), ("k4", "candidateDelete")]  # fmt: skip


def test_identifiers_are_quoted_never_read_as_sql(store: Store) -> None:
    odd = table('odd "name"; DROP TABLE x', 'col"umn:=title', "select")
    store.ensure_schema([odd])
    state = ListState('odd "name"; DROP TABLE x', "x.list")
    result = store.write_page(odd, [{"id": "o1", "title": "t", "select": "s"}], state, now="t1")
    assert result.new == 1 and store.objects(odd) == {"o1": {"id": "o1", "title": "t", "select": "s"}}
    assert next(store.iter_rows('SELECT "col""umn", "select" FROM "odd ""name""; DROP TABLE x"')) == ("t", "s")


def test_raw_pages_are_stored_as_ashby_sent_them(store: Store) -> None:
    # The mirror hands the store raw JSON slices of a page; the text is kept, never re-encoded.
    text = '{"id":"c7","name":"Zo\\u00eb","unknownField":{"nested":[1,2.5,null,"x"]}}'
    page = decode_page(Answer(200, httpx.Headers(), f'{{"success":true,"results":[{text}]}}'.encode()), "x.list")
    first = store.write_page(CANDIDATES, page.items, _state("r1"), now="t1")
    assert first.new == 1
    assert store.objects(CANDIDATES)["c7"] == {
        "id": "c7",
        "name": "Zoë",
        "unknownField": {"nested": [1, 2.5, None, "x"]},
    }
    rows = list(store.iter_rows("SELECT name FROM candidates WHERE id = ?", ("c7",)))
    assert rows == [("Zoë",)]
    again = store.write_page(CANDIDATES, page.items, _state("r1"), now="t1")
    assert (again.new, again.updated) == (0, 0)


def test_a_batch_commits_its_calls_together_and_a_failed_call_leaves_nothing(store: Store) -> None:
    with store.batch():
        store.write_page(CANDIDATES, [_candidate(1)], _state("r1", cursor="c-2"), now="t1")
        with pytest.raises(KeyError):  # its savepoint is rolled back; the batch goes on
            store.write_page(CANDIDATES, [_candidate(2), {"no": "id"}], _state("r1", cursor="c-3"), now="t1")
        store.write_page(CANDIDATES, [_candidate(3)], _state("r1", cursor="c-4"), now="t1")
    assert set(store.objects(CANDIDATES)) == {"c1", "c3"}
    saved = store.get_state("candidates")
    assert saved is not None and saved.cursor == "c-4"

    def a_batch_that_fails_as_a_whole() -> None:
        with store.batch():
            store.write_page(CANDIDATES, [_candidate(4)], _state("r1", cursor="c-5"), now="t1")
            raise RuntimeError("the writer went away")

    with pytest.raises(RuntimeError):
        a_batch_that_fails_as_a_whole()
    assert set(store.objects(CANDIDATES)) == {"c1", "c3"}
    saved = store.get_state("candidates")
    assert saved is not None and saved.cursor == "c-4"
