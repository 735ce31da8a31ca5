"""integrations/dlt.py: the emulator loaded into DuckDB by dlt, in full and then incrementally."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from ashby_sdk import AshbyClient, AsyncAshbyClient
from ashby_sdk.emulator import Emulator

dlt = pytest.importorskip("dlt")
duckdb = pytest.importorskip("duckdb")


def _pipeline(tmp_path: Path) -> object:
    return dlt.pipeline(
        pipeline_name="ashby_test",
        destination=dlt.destinations.duckdb(str(tmp_path / "warehouse.duckdb")),
        dataset_name="ashby",
        pipelines_dir=str(tmp_path / "pipelines"),
    )


def _rows(tmp_path: Path, table: str) -> dict[str, tuple[object, ...]]:
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as db:
        return {r[0]: r for r in db.execute(f"SELECT id, name FROM ashby.{table}").fetchall()}


def test_full_then_incremental_load(tmp_path: Path) -> None:
    from ashby_sdk.integrations.dlt import ashby_source

    emu = Emulator(seed=5, candidates=40)

    def client() -> AsyncAshbyClient:
        http = httpx.AsyncClient(transport=emu.async_transport())
        return AsyncAshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http, rate_limit=None)

    streams = ["candidates", "sources"]
    pipeline = _pipeline(tmp_path)
    pipeline.run(ashby_source(streams=streams, client_factory=client))  # type: ignore[attr-defined]
    first = _rows(tmp_path, "candidates")
    assert len(first) == len(emu.org["candidates"])
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as db:
        assert db.execute("SELECT count(*) FROM ashby.sources").fetchone()[0] > 0  # type: ignore[index]

    sync = AshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=httpx.Client(transport=emu.transport()))
    target = next(iter(first))
    sync.candidates.update(target, name="Renamed Person")
    added = sync.candidates.create(name="New Person")
    before = len(emu.requests)

    pipeline.run(ashby_source(streams=streams, client_factory=client))  # type: ignore[attr-defined]
    second = _rows(tmp_path, "candidates")
    assert len(second) == len(first) + 1
    assert second[target][1] == "Renamed Person" and second[added.id][1] == "New Person"
    incremental = [r for r in emu.requests[before:] if r.endpoint == "candidate.list"]
    assert incremental and all("syncToken" in r.body for r in incremental)  # only the changes were asked for
