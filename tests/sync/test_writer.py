"""The store's writer thread: jobs in order, page writes committed together when they queue up."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ashby_sdk.sync._writer import Writer
from ashby_sdk.sync.store import ListState
from ashby_sdk.sync.stores import open_store
from ashby_sdk.sync.tables import TABLES

CANDIDATES = TABLES["candidates"]


def _state(cursor: str) -> ListState:
    return ListState("candidates", "candidate.list", "full", None, cursor, "r1")  # type: ignore[arg-type]


def test_queued_page_writes_share_one_commit_and_resolve_only_once_committed(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    writer = Writer(store)
    writer.start()
    writer.submit(store.open).result()
    writer.submit(store.ensure_schema, TABLES.values()).result()
    gate = threading.Event()
    writer.submit(gate.wait)  # hold the writer while pages queue up behind it
    pages = [
        writer.submit(store.write_page, CANDIDATES, [{"id": f"c{n}"}], _state(f"c-{n}"), now="t", batch=True)
        for n in range(5)
    ]
    broken = writer.submit(store.write_page, CANDIDATES, [{"no": "id"}], _state("c-x"), now="t", batch=True)
    last = writer.submit(store.write_page, CANDIDATES, [{"id": "c9"}], _state("c-9"), now="t", batch=True)
    gate.set()
    assert [p.result(timeout=10).new for p in pages] == [1] * 5 and last.result(timeout=10).new == 1
    with pytest.raises(KeyError):
        broken.result(timeout=10)
    assert writer.batches == 1  # seven page writes, one transaction
    assert set(writer.submit(store.objects, CANDIDATES).result()) == {f"c{n}" for n in (0, 1, 2, 3, 4, 9)}
    assert writer.submit(store.get_state, "candidates").result().cursor == "c-9"  # type: ignore[union-attr]
    writer.submit(store.close).result()
    writer.stop()
