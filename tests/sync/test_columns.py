"""SQLite reads the typed columns out of each object's JSON text (json_columns): the same values as Python's.

The mirror's SQLite store binds only ``(id, data, run id)`` per row and lets
SQLite's json functions fill the typed columns (see ``sync/_raw.py`` for why).
Python's :meth:`Column.extract` stays the definition (PostgreSQL and webhook
payloads use it, and SQLite built without json functions): these tests write
the same objects through both and compare what the tables hold.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ashby_sdk.sync.store import ListState
from ashby_sdk.sync.stores.sqlite import SQLiteStore
from ashby_sdk.sync.tables import TABLES, TableSpec, table

_ids = itertools.count()

# JSON values as Ashby could send them at a column's path. Floats are kept to ones with an exact short
# form: a float read back by SQLite's own number parser may differ from Python's in its last digit, and no
# column Ashby fills holds one.
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0.0, -0.0, 0.5, 1.25, -3.0, 1e10]),
    st.text(max_size=8),
    st.sampled_from(["", "Archived", "Active", "0", "false", "é\u2028\"'\\"]),
)
values = st.recursive(
    leaves,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)),
    max_leaves=6,
)


@st.composite
def objects(draw: st.DrawFn, spec: TableSpec) -> dict[str, Any]:
    """An object of ``spec``'s type: each column's path filled (or cut short) with arbitrary JSON."""
    obj: dict[str, Any] = {"id": f"id-{next(_ids)}"}
    keys = [c.path for c in spec.columns] + [("status",), ("isArchived",)]
    for path in keys:
        if not draw(st.booleans()):
            continue
        depth = draw(st.integers(min_value=1, max_value=len(path)))
        node = obj
        for key in path[: depth - 1]:
            child = node.get(key)
            if not isinstance(child, dict):
                child = node[key] = {}
            node = child
        node[path[depth - 1]] = draw(values)
    return obj


@pytest.fixture(scope="module")
def stores() -> Iterator[tuple[SQLiteStore, SQLiteStore]]:
    in_sql, in_python = SQLiteStore(":memory:"), SQLiteStore(":memory:")
    for store in (in_sql, in_python):
        store.open()
        store.ensure_schema([*TABLES.values(), *(s for s in SPECS.values() if s is not None)])
    in_python.json_columns = False  # what a SQLite without json functions does: Column.extract in Python
    assert in_sql.json_columns
    yield in_sql, in_python
    in_sql.close()
    in_python.close()


def _write(store: SQLiteStore, spec: TableSpec, raw: list[msgspec.Raw], state: ListState) -> None:
    if spec.parent:
        objs = [(f"parent-{n}", msgspec.json.decode(r)) for n, r in enumerate(raw)]
        store.write_children(spec, [p for p, _ in objs], objs, state, now="2026-01-01T00:00:00Z")
    else:
        store.write_page(spec, raw, state, now="2026-01-01T00:00:00Z")


def _columns(store: SQLiteStore, spec: TableSpec, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    names = ", ".join(f'"{n}"' for n in spec.column_names)
    marks = ", ".join("?" * len(ids))
    rows = store.iter_rows(f'SELECT id, {names} FROM "{spec.name}" WHERE id IN ({marks})', ids)
    return {row[0]: tuple(row[1:]) for row in rows}


# Every column type at one and two keys deep, under each kind of archived rule; then the mirror's own tables.
KINDS = ("title", "count:integer", "flag:boolean", "score:real", "owner_id:=owner.id", "rank:integer=meta.rank",
         "on:boolean=meta.on", "amount:real=meta.amount")  # fmt: skip
SPECS = {
    "every type, isArchived": table("typed_flag", *KINDS, archived=TABLES["departments"].archived),
    "every type, status": table("typed_status", *KINDS, archived=TABLES["jobs"].archived),
    "the mirror's tables": None,
}


@pytest.mark.parametrize("which", list(SPECS))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_sqlite_reads_every_column_as_python_does(
    stores: tuple[SQLiteStore, SQLiteStore], which: str, data: Any
) -> None:
    in_sql, in_python = stores
    spec = SPECS[which] or data.draw(st.sampled_from(list(TABLES.values())), label="table")
    objs = data.draw(st.lists(objects(spec), min_size=1, max_size=4), label="objects")
    raw = [msgspec.Raw(msgspec.json.encode(o)) for o in objs]
    state = ListState(spec.name, "x.list", run_id="r")
    for store in (in_sql, in_python):
        _write(store, spec, raw, state)
    ids = [o["id"] for o in objs]
    assert _columns(in_sql, spec, ids) == _columns(in_python, spec, ids)


def test_every_table_of_the_mirror_is_read_in_sql() -> None:
    # A column or archived rule SQLite cannot read (a plain function) would quietly put the mirror back on
    # the slow path (Python holding the GIL for every object): every built-in table must have its SQL.
    store = SQLiteStore(":memory:")
    store.open()
    try:
        assert store.json_columns, "this SQLite has no json functions"
        missing = [name for name, spec in TABLES.items() if spec.sql_row("?2") is None]
        assert missing == []
    finally:
        store.close()


def _archived_by_function(obj: Mapping[str, Any]) -> bool:
    return obj.get("state") == "closed"


def test_a_table_with_a_plain_function_is_read_in_python() -> None:
    spec = table("things", "title", "owner_id:=owner.id", archived=_archived_by_function)
    assert spec.sql_row("?2") is None
    store = SQLiteStore(":memory:")
    store.open()
    try:
        store.ensure_schema([spec])
        page = [
            {"id": "a", "title": "A", "owner": {"id": "u1"}, "state": "closed"},
            msgspec.Raw(b'{"id":"b","title":"B","owner":"nobody","state":"open"}'),
        ]
        store.write_page(spec, page, ListState("things", "thing.list", run_id="r"), now="2026-01-01T00:00:00Z")
        rows = sorted(store.iter_rows("SELECT id, title, owner_id, is_archived FROM things"))
        assert rows == [("a", "A", "u1", 1), ("b", "B", None, 0)]
    finally:
        store.close()


def test_an_archived_object_updated_counts_once_as_archived() -> None:
    # The archived count of an update is read from the object itself (in Python), not from SQLite's columns.
    store = SQLiteStore(":memory:")
    store.open()
    try:
        store.ensure_schema([TABLES["jobs"]])
        jobs, state = TABLES["jobs"], ListState("jobs", "job.list", run_id="r")
        now = "2026-01-01T00:00:00Z"
        store.write_page(jobs, [msgspec.Raw(b'{"id":"j","title":"T","status":"Open"}')], state, now=now)
        closed = store.write_page(jobs, [msgspec.Raw(b'{"id":"j","title":"T","status":"Archived"}')], state, now=now)
        again = store.write_page(jobs, [msgspec.Raw(b'{"id":"j","title":"U","status":"Archived"}')], state, now=now)
        assert (closed.updated, closed.archived, again.updated, again.archived) == (1, 1, 1, 0)
        assert list(store.iter_rows("SELECT title, status, is_archived FROM jobs")) == [("U", "Archived", 1)]
    finally:
        store.close()
