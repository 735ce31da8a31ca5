"""The store's writer thread: jobs in order, page writes committed together when they queue up."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.sync import Mirror, MirrorSummary, SQLiteStore, _lists
from ashby_sdk.sync._writer import Writer
from ashby_sdk.sync.store import ListState, PageResult
from ashby_sdk.sync.stores import open_store
from ashby_sdk.sync.tables import TABLES

from ..conftest import api_requests, make_async_client
from ._helpers import served, stored

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


class HeldStore(SQLiteStore):
    """A SQLite store whose page writes wait for ``release``: a writer thread that fell behind."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.entered = threading.Event()
        self.release = threading.Event()

    def write_page(self, *args: Any, **kwargs: Any) -> PageResult:
        self.entered.set()
        self.release.wait(timeout=60)
        return super().write_page(*args, **kwargs)


def _mirror_while_held(emu: Emulator, store: HeldStore, expect: int) -> tuple[int, MirrorSummary]:
    """Mirror the candidates (7 pages) with the writer held from the first page's write, until ``expect``
    pages were asked for and a while after: the pages asked for by then, and the run's summary."""

    async def go() -> tuple[int, MirrorSummary]:
        async with make_async_client(emu) as client:
            run = asyncio.ensure_future(Mirror(client, store, only=["candidates"]).run())
            deadline = time.monotonic() + 30
            try:
                while not store.entered.is_set() or len(api_requests(emu, "candidate.list")) < expect:
                    await asyncio.sleep(0.01)
                    assert time.monotonic() < deadline and not run.done()
                await asyncio.sleep(0.3)  # room to ask for more, had the list not stopped
                asked = len(api_requests(emu, "candidate.list"))
            finally:
                store.release.set()
            return asked, await run

    return asyncio.run(go())


def test_a_list_keeps_asking_while_the_writer_is_behind_and_loses_nothing(tmp_path: Path) -> None:
    # Two pages a list used to be the limit: a long list then waited on other lists' writes page after page.
    emu = Emulator(seed=7, candidates=650)
    store = HeldStore(tmp_path / "m.db")
    asked, summary = _mirror_while_held(emu, store, expect=7)  # every page, while the first write waits
    assert asked == 7
    assert summary.ok and summary.lists[0].items == 650
    assert stored(tmp_path / "m.db", ["candidates"]) == served(emu, ["candidates"])


@pytest.mark.parametrize(
    ("setting", "value", "asked"),
    [
        ("WRITE_AHEAD", 3, 4),  # three pages queued, the fourth in hand waits for the first write
        ("WRITE_AHEAD_BYTES", 1, 1),  # the budget of all lists' queued answers, passed by the first page
    ],
)
def test_a_list_stops_asking_once_it_is_too_far_ahead_of_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, value: int, asked: int
) -> None:
    monkeypatch.setattr(_lists, setting, value)
    emu = Emulator(seed=7, candidates=650)
    store = HeldStore(tmp_path / "m.db")
    seen, summary = _mirror_while_held(emu, store, expect=asked)
    assert seen == asked
    assert summary.ok and summary.lists[0].items == 650


def test_send_never_blocks_the_event_loop_and_counts_its_backlog(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    writer = Writer(store, size=2)
    writer.start()
    gate = threading.Event()
    writer.submit(gate.wait, 10)  # (a send that blocked the event loop would fail the test, not hang it)

    async def go() -> None:
        sent = [writer.send(len, "x", size=1000) for _ in range(500)]  # far more than size: queued all the same
        assert writer.backlog == 500_000
        gate.set()
        assert await asyncio.gather(*sent) == [1] * 500
        assert writer.backlog == 0

    asyncio.run(go())
    writer.stop()


def test_other_threads_wait_while_their_queue_is_full(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    writer = Writer(store, size=2)
    writer.start()
    gate = threading.Event()
    writer.submit(gate.wait)
    writer.submit(len, "ab")
    third: list[Future[int]] = []
    waiting = threading.Thread(target=lambda: third.append(writer.submit(len, "abc")))
    waiting.start()
    waiting.join(timeout=0.3)
    assert waiting.is_alive() and not third  # the receiver thread waits for room
    gate.set()
    waiting.join(timeout=10)
    assert third[0].result(timeout=10) == 3
    writer.stop()
