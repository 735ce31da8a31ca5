"""sync/export.py: every format reads back to what the store holds."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from ashby_sdk import AshbyConfigError
from ashby_sdk.sync.export import export_store
from ashby_sdk.sync.store import ListState
from ashby_sdk.sync.stores.sqlite import SQLiteStore
from ashby_sdk.sync.tables import TABLES

APPS = [
    {
        "id": "a1",
        "status": "Active",
        "candidate": {"id": "c1"},
        "job": {"id": "j1"},
        "createdAt": "2024-01-01T00:00:00.000Z",
    },
    {
        "id": "a2",
        "status": "Archived",
        "candidate": {"id": "c2"},
        "job": {"id": "j1"},
        "note": 'émoji ✓, "quotes"\nline',
    },
    {"id": "a3", "status": "Hired", "candidate": {"id": "c3"}, "job": {"id": "j2"}},
]


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "m.db")
    s.open()
    s.ensure_schema(TABLES.values())
    state = ListState("applications", "application.list", "full", None, None, "r1")
    s.write_page(TABLES["applications"], APPS, state, now="t")
    s.write_page(
        TABLES["applications"],
        APPS[:2],
        ListState("applications", "application.list", "full", None, None, "r2"),
        sweep=True,
        now="t2",
    )
    return s


def test_jsonl_is_the_objects_exactly(store: SQLiteStore, tmp_path: Path) -> None:
    written = export_store(store, tmp_path / "out", "jsonl", tables=["applications", "candidates"])
    assert [(w.table, w.rows) for w in written] == [("applications", 2), ("candidates", 0)]
    lines = (tmp_path / "out" / "applications.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted((json.loads(line) for line in lines), key=lambda o: o["id"]) == APPS[:2]
    assert (tmp_path / "out" / "candidates.jsonl").read_text() == ""


def test_csv_has_typed_columns_and_the_whole_object(store: SQLiteStore, tmp_path: Path) -> None:
    export_store(store, tmp_path, "csv", tables=["applications"], include_removed=True)
    with (tmp_path / "applications.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    assert set(rows) == {"a1", "a2", "a3"}
    assert rows["a2"]["status"] == "Archived" and rows["a2"]["is_archived"] == "1"
    assert rows["a1"]["job_id"] == "j1" and rows["a1"]["created_at"] == "2024-01-01T00:00:00.000Z"
    assert json.loads(rows["a2"]["data"]) == APPS[1]


def test_parquet_reads_back_typed(store: SQLiteStore, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    export_store(store, tmp_path, "parquet", tables=["applications"])
    table = pq.read_table(tmp_path / "applications.parquet")
    assert table.schema.field("is_archived").type == "bool"
    rows = {r["id"]: r for r in table.to_pylist()}
    assert set(rows) == {"a1", "a2"}
    assert rows["a2"]["is_archived"] is True and rows["a1"]["candidate_id"] == "c1"
    assert json.loads(rows["a2"]["data"]) == APPS[1]
    assert not list(tmp_path.glob(".*partial"))  # nothing half-written left behind


def test_bad_format_or_table(store: SQLiteStore, tmp_path: Path) -> None:
    with pytest.raises(AshbyConfigError, match="format"):
        export_store(store, tmp_path, "xlsx")
    with pytest.raises(AshbyConfigError, match="nope"):
        export_store(store, tmp_path, "csv", tables=["nope"])
