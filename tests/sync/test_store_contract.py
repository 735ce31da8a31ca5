"""Every store keeps the same promises (sync/store.py): SQLite always, PostgreSQL against a real server.

The PostgreSQL half needs ``ASHBY_TEST_POSTGRES_DSN`` (``.ci/run`` starts a server
with ``scripts/ci_postgres.sh`` and sets it); without it the half is skipped
locally, and fails under CI so that it can never silently not run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk.sync.store import ListState, Store
from ashby_sdk.sync.stores import open_store
from ashby_sdk.sync.tables import TABLES

CANDIDATES = TABLES["candidates"]
APPLICATIONS = TABLES["applications"]
DSN = os.environ.get("ASHBY_TEST_POSTGRES_DSN")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    if not DSN:
        if os.environ.get("CI"):
            pytest.fail("ASHBY_TEST_POSTGRES_DSN is not set: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL server (set ASHBY_TEST_POSTGRES_DSN, e.g. from scripts/ci_postgres.sh)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(DSN, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            sep = "&" if "?" in DSN else "?"
            yield f"{DSN}{sep}options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


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
