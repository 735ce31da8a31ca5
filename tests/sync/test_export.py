"""sync/export.py: every format reads back to what the store holds."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
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
FORMULAS = ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "plain", "a=b"]


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


def test_csv_neutralises_formulas_and_raw_keeps_them(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "f.db")
    store.open()
    store.ensure_schema(TABLES.values())
    sources = [{"id": f"s{i}", "title": text, "isArchived": False} for i, text in enumerate(FORMULAS)]
    store.write_page(TABLES["sources"], sources, ListState("sources", "source.list", "full", None, None, "r"), now="t")
    export_store(store, tmp_path / "safe", "csv", tables=["sources"])
    export_store(store, tmp_path / "raw", "csv", tables=["sources"], raw=True)
    store.close()

    def titles(folder: str) -> list[str]:
        with (tmp_path / folder / "sources.csv").open(encoding="utf-8", newline="") as f:
            return [row["title"] for row in sorted(csv.DictReader(f), key=lambda r: int(r["id"][1:]))]

    assert titles("safe") == ["'=1+2", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tx", "'\rx", "plain", "a=b"]
    assert titles("raw") == FORMULAS


def test_parquet_reads_back_typed(store: SQLiteStore, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    export_store(store, tmp_path, "parquet", tables=["applications"])
    table = pq.read_table(tmp_path / "applications.parquet")
    assert table.schema.field("is_archived").type == pa.bool_()
    assert table.schema.field("created_at").type == pa.timestamp("ms", tz="UTC")
    rows = {r["id"]: r for r in table.to_pylist()}
    assert set(rows) == {"a1", "a2"}
    assert rows["a2"]["is_archived"] is True and rows["a1"]["candidate_id"] == "c1"
    assert rows["a1"]["created_at"] == datetime(2024, 1, 1, tzinfo=timezone.utc) and rows["a2"]["created_at"] is None
    assert json.loads(rows["a2"]["data"]) == APPS[1]
    assert not list(tmp_path.glob(".*partial"))  # nothing half-written left behind


def test_parquet_types_every_table_and_keeps_a_column_that_is_not_timestamps(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    store = SQLiteStore(tmp_path / "t.db")
    store.open()
    store.ensure_schema(TABLES.values())
    jobs = [
        {"id": "j1", "title": "A", "confidential": True, "createdAt": "2024-02-03T04:05:06.789Z", "status": "Open"},
        {"id": "j2", "title": "B", "confidential": False, "createdAt": "2024-02-03T04:05:06+02:00", "status": "Open"},
    ]
    stages = [{"id": "s1", "title": "Screen", "orderInInterviewPlan": 3, "interviewPlanId": "p"}]
    users = [{"id": "u1", "firstName": "A", "isEnabled": True, "updatedAt": "not a time"}]
    for name, rows in (("jobs", jobs), ("interview_stages", stages), ("users", users)):
        store.write_page(TABLES[name], rows, ListState(name, "x.list", "full", None, None, "r"), now="t")
    export_store(store, tmp_path, "parquet", tables=["jobs", "interview_stages", "users"])
    store.close()
    job_table = pq.read_table(tmp_path / "jobs.parquet")
    assert job_table.schema.field("confidential").type == pa.bool_()
    assert job_table.schema.field("created_at").type == pa.timestamp("ms", tz="UTC")
    created = {r["id"]: r["created_at"] for r in job_table.to_pylist()}
    assert created == {
        "j1": datetime(2024, 2, 3, 4, 5, 6, 789000, tzinfo=timezone.utc),
        "j2": datetime(2024, 2, 3, 2, 5, 6, tzinfo=timezone.utc),
    }
    stage_table = pq.read_table(tmp_path / "interview_stages.parquet")
    assert stage_table.schema.field("order_in_interview_plan").type == pa.int64()
    user_table = pq.read_table(tmp_path / "users.parquet")
    assert user_table.schema.field("updated_at").type == pa.string()  # kept as sent, not lost
    assert user_table.to_pylist()[0]["updated_at"] == "not a time"


def test_bad_format_or_table(store: SQLiteStore, tmp_path: Path) -> None:
    with pytest.raises(AshbyConfigError, match="format"):
        export_store(store, tmp_path, "xlsx")
    with pytest.raises(AshbyConfigError, match="nope"):
        export_store(store, tmp_path, "csv", tables=["nope"])
