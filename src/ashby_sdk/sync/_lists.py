"""One list's run inside a mirror: plan it, fetch its pages patiently, hand them to the writer.

A list goes on asking for pages while the ones it fetched wait for the store's
one writer thread, so requests, decoding and writing overlap; its new state
goes into the store with each page (see :mod:`.store`). How far it runs ahead
is bounded: :data:`WRITE_AHEAD` pages of its own, and :data:`WRITE_AHEAD_BYTES`
of answers queued by all lists together. A child list asks the parents its
queue holds, a block at a time, several at once.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import (
    AshbyAPIError,
    AshbyAuthError,
    AshbyError,
    AshbyIncrementalSyncTooLargeError,
    AshbySyncTokenExpiredError,
)
from ._patience import GaveUp, Patience
from .feeds import ChildFeed, FeedPage, Mode
from .store import ListState, PageResult
from .streams import CHILDREN, STREAMS, Stream
from .summary import ListResult

if TYPE_CHECKING:
    from ._writer import Writer
    from .mirror import Mirror

__all__ = ["ListRun"]

T = TypeVar("T")

WRITE_AHEAD = 32
"""Pages of one list queued for writing at most while its next page is asked for."""
WRITE_AHEAD_BYTES = 32 * 2**20
"""Bytes of answers queued for writing by all lists together, at most, before a list waits for its writes.

The writer serves every list in turn, so a long list whose own window is small
waits behind the other lists' pages, page after page; measured on a full mirror
(20,000 candidates, 20 ms latency, ``bench/mirror.py``) with two pages a list,
the longest list spent 2.5 ms a page waiting for the writer, about 0.7 s over
its 251 pages. The budget bounds memory instead: the pages waiting hold their
answers, and nothing more.
"""
IN_FLIGHT = 2
"""Pages of unknown size (a child list's blocks, built of dicts) queued for writing at most."""
CHILD_BLOCK = 64
"""Parents a child list takes off its queue (and writes) at a time."""
CHILD_CONCURRENCY = 16
"""Parents of one child list asked at once."""


class _CursorRefused(Exception):
    pass


class _Skipped(Exception):
    """Not written, because an earlier page of the same list failed to be."""


def _token_problem(exc: AshbyAPIError) -> str | None:
    """Why a sync token cannot be used (``None``: the error is about something else)."""
    if isinstance(exc, AshbyIncrementalSyncTooLargeError):
        return "incremental sync too large"
    if isinstance(exc, AshbySyncTokenExpiredError):
        return "token expired"
    if exc.code == "sync_token_invalid":
        return "token invalid"
    return None


def _advice(exc: BaseException) -> str:
    if isinstance(exc, GaveUp):
        return "the pages before it are saved: run the same command again to resume (or raise --patience)"
    if isinstance(exc, AshbyAuthError):
        return "check the API key (--api-key, ASHBY_API_KEY or .env)"
    return "the pages before it are saved, and a rerun resumes from there"


class ListRun:
    """Runs one stream for a :class:`Mirror`, through its store's :class:`Writer`."""

    def __init__(
        self,
        mirror: Mirror,
        writer: Writer,
        stream: Stream,
        state: ListState | None,
        relist: bool,
        stop: asyncio.Event,
        answered: asyncio.Event,
    ) -> None:
        self.mirror, self.writer, self.stream, self.stop, self.answered = mirror, writer, stream, stop, answered
        self.store = mirror.store
        self.state = state or ListState(stream.name, stream.endpoint)
        self.relist = relist
        self.result = ListResult(stream.name, stream.endpoint, deletes_checked_at=self.state.full_at)
        self.patience = Patience(mirror.patience, first_delay=mirror.retry_delay)
        self._writes: deque[tuple[asyncio.Future[PageResult], int]] = deque()
        self._broken = False

    def not_run(self) -> ListResult:
        self.result.status, self.result.message = "skipped", "not run: the API key was refused"
        return self.result

    def lacks_scope(self, scope: str) -> ListResult:
        """Skipped without a request: the key's scopes (``apiKey.info``) do not include ``scope``."""
        result, progress = self.result, self.mirror.progress
        result.status = "skipped"
        result.message = f"no permission ({self.stream.permission}): the API key's scopes lack {scope}"
        if progress is not None:
            progress.warn(f"skipped {self.stream.name}: {result.message}")
            progress.finish(result)
        return result

    async def run(self) -> ListResult:
        result, stream, progress = self.result, self.stream, self.mirror.progress
        started = time.perf_counter()
        try:
            if isinstance(stream.feed, ChildFeed):
                await self._children(stream.feed)
            else:
                await self._list()
        except AshbyError as exc:
            if isinstance(exc, AshbyAuthError) and not _key_refused(exc):
                result.status = "skipped"
                result.message = f"no permission ({stream.permission or 'unknown'}): {exc.message}"
                if progress is not None:
                    progress.warn(f"skipped {stream.name}: {result.message}")
            else:
                result.status, result.message = "failed", f"{exc}; {_advice(exc)}"
                if _key_refused(exc):
                    result.message = f"the API key was refused ({exc}): nothing was mirrored; {_advice(exc)}"
                    self.stop.set()
        finally:
            self.answered.set()
            await self._drain(raise_errors=False)
        result.retries, result.waited = self.patience.retries, self.patience.waited
        if not self.stop.is_set():
            await self.mirror.ensure_schema(self.writer)
            counts = await self.writer.call(self.store.counts, stream.table)
            result.total = counts.total - counts.removed
        result.seconds = time.perf_counter() - started
        if progress is not None:
            progress.finish(result)
        return result

    async def _retry(self, what: str, request: Callable[[], Awaitable[T]]) -> T:
        return await self.patience.call(what, lambda: self._first(request))

    async def _first(self, request: Callable[[], Awaitable[T]]) -> T:
        # The run's first request gates the others (see Mirror.run_with): a refused key stops the run
        # before they start; any other answer, even a passing failure, lets them go.
        try:
            return await request()
        except AshbyAuthError as exc:
            if _key_refused(exc):
                self.stop.set()
            raise
        finally:
            self.answered.set()

    # Writes, pipelined.
    async def _write(self, items: int, size: int | None, fn: Any, *args: Any, **kwargs: Any) -> None:
        """Queue a page's write; wait for this list's earlier writes only once it ran too far ahead.

        ``size``: the bytes the page holds (``None``: unknown, and at most :data:`IN_FLIGHT` such pages).
        """
        await self.mirror.ensure_schema(self.writer)
        writer, writes = self.writer, self._writes
        writes.append((writer.send(self._guarded, fn, *args, batch=True, size=size or 0, **kwargs), items))
        while writes and (
            writes[0][0].done()  # written: counted now, so results and progress stay current
            or len(writes) > (WRITE_AHEAD if size is not None else IN_FLIGHT)
            or writer.backlog > WRITE_AHEAD_BYTES
        ):
            await self._collect()

    def _guarded(self, fn: Any, *args: Any, **kwargs: Any) -> PageResult:
        # On the writer thread, in order: once a page of this list failed to write, the pages queued
        # after it must not be written either (their state would carry a cursor past the lost page).
        if self._broken:
            raise _Skipped
        try:
            written: PageResult = fn(*args, **kwargs)
        except BaseException:
            self._broken = True
            raise
        return written

    async def _collect(self) -> None:
        future, items = self._writes.popleft()
        written = await asyncio.shield(future)  # a cancelled list still lets its queued writes land
        r = self.result
        r.new += written.new
        r.updated += written.updated
        r.archived += written.archived
        r.removed += written.removed
        if self.mirror.progress is not None:
            self.mirror.progress.advance(self.stream.name, items)

    async def _drain(self, *, raise_errors: bool = True) -> None:
        while self._writes:
            try:
                await self._collect()
            except _Skipped:
                pass
            except Exception:
                if raise_errors:
                    raise

    # A top-level list.
    def _plan(self) -> tuple[Mode, str]:
        state, feed = self.state, self.stream.feed
        if not feed.sync:
            return "full", feed.label + (" (resumed)" if state.phase == "full" and state.cursor else "")
        if state.phase == "full" and state.cursor:
            return "full", "full (resumed)"
        if not self.mirror.full and state.phase == "incremental" and state.cursor:
            return "incremental", "incremental (resumed)"
        if self.relist:
            return "full", "full (re-listed to see deletions)"
        if not self.mirror.full and state.sync_token:
            return "incremental", "incremental"
        return "full", "full"

    async def _list(self) -> None:
        mode, strategy = self._plan()
        state = self.state
        try:
            await self._listing(state, mode, strategy)
        except AshbyAPIError as exc:
            problem = _token_problem(exc) if mode == "incremental" else None
            if problem is None:
                raise
            await self._drain()
            fresh = ListState(state.name, state.endpoint, full_at=state.full_at)
            await self._listing(fresh, "full", f"full resync ({problem})")

    async def _listing(self, state: ListState, mode: Mode, strategy: str) -> None:
        resuming = state.phase == mode and state.cursor is not None
        try:
            await self._pages(state, mode, strategy, resuming)
        except _CursorRefused:
            # The saved cursor is too old (or from another server): start this listing over.
            await self._drain()
            restart = ListState(state.name, state.endpoint, sync_token=state.sync_token, full_at=state.full_at)
            strategy = strategy.replace(" (resumed)", "") + " (cursor expired, restarted)"
            await self._pages(restart, mode, strategy, False)

    async def _pages(self, state: ListState, mode: Mode, strategy: str, resuming: bool) -> None:
        stream, result, progress = self.stream, self.result, self.mirror.progress
        result.strategy = strategy
        if progress is not None:
            progress.start(stream.name, strategy)
        run_id = state.run_id if resuming and state.run_id else uuid.uuid4().hex
        items, pages = (state.items, state.pages) if resuming else (0, 0)
        cursor = state.cursor if resuming else None
        feed = stream.feed
        assert not isinstance(feed, ChildFeed)
        children = tuple(c for c in CHILDREN.get(stream.name, ()) if c in self.mirror.queued_children)
        while True:
            try:
                page: FeedPage = await feed.page(self.mirror.client, mode, state.sync_token, cursor, self._retry)
            except AshbyAPIError as exc:
                if exc.code is not None and "cursor" in exc.code and (resuming or pages > 0):
                    raise _CursorRefused from exc
                raise
            final = page.cursor is None
            items += len(page.items)
            pages += 1
            now = _now()
            new_state = ListState(
                stream.name,
                stream.endpoint,
                phase="idle" if final else mode,
                sync_token=(page.sync_token if final else state.sync_token) if feed.sync else None,
                cursor=page.cursor,
                run_id=run_id,
                items=items,
                pages=pages,
                strategy=strategy if final else state.strategy,
                updated_at=now,
                full_at=now if final and mode == "full" else state.full_at,
            )
            sweep = final and mode == "full"
            await self._write(
                len(page.items), page.size, self.store.write_page, stream.table, page.items, new_state,
                sweep=sweep, now=now, children=children,
            )  # fmt: skip
            result.items += len(page.items)
            result.requests += page.requests
            if final:
                result.deletes_checked_at = new_state.full_at
                break
            cursor = page.cursor
        await self._drain()

    # A child list.
    async def _children(self, feed: ChildFeed) -> None:
        stream, result, store, progress = self.stream, self.result, self.store, self.mirror.progress
        await self.mirror.ensure_schema(self.writer)
        state = self.state
        if state.updated_at == "" or (self.mirror.full and state.phase == "idle"):
            # First run (or --full): every parent, not only those whose changes queued them.
            state = ListState(stream.name, stream.endpoint, phase="full", run_id=uuid.uuid4().hex,
                              strategy="every parent", updated_at=_now(), full_at=state.full_at)  # fmt: skip
            total = await self.writer.call(store.seed_pending, stream.name, STREAMS[feed.parent].table, state)
            strategy = "every parent"
        else:
            total = await self.writer.call(store.count_pending, stream.name)
            resumed = state.phase == "full"
            strategy = "every parent (resumed)" if resumed else "changed parents"
            if not resumed:
                state = ListState(
                    stream.name,
                    stream.endpoint,
                    phase="incremental",
                    run_id=uuid.uuid4().hex,
                    strategy=state.strategy,
                    updated_at=state.updated_at,
                    full_at=state.full_at,
                )
        result.strategy = f"{strategy}: {total:,}"
        if progress is not None:
            progress.start(stream.name, result.strategy)
            expect = getattr(progress, "expect", None)
            if expect is not None:
                expect(stream.name, total)
        gate = asyncio.Semaphore(CHILD_CONCURRENCY)
        client = self.mirror.client

        async def one(parent_id: str) -> FeedPage:
            async with gate:
                return await feed.children(client, parent_id, self._retry)

        after = ""
        items, pages = state.items, state.pages
        while True:
            # Ids above the last block: its rows leave the queue only once its write commits.
            block = await self.writer.call(store.pending, stream.name, CHILD_BLOCK, after)
            if not block:
                break
            answers = await asyncio.gather(*(one(p) for p in block))
            objects = [(parent, obj) for parent, page in zip(block, answers, strict=True) for obj in page.items]
            items += len(objects)
            pages += 1
            state = ListState(
                stream.name,
                stream.endpoint,
                phase=state.phase,
                run_id=state.run_id,
                items=items,
                pages=pages,
                strategy=state.strategy,
                updated_at=_now(),
                full_at=state.full_at,
            )
            now = state.updated_at
            await self._write(len(block), None, store.write_children, stream.table, block, objects, state, now=now)
            result.parents += len(block)
            result.items += len(objects)
            result.requests += sum(a.requests for a in answers)
            after = block[-1]
        await self._drain()
        now = _now()
        final = ListState(stream.name, stream.endpoint, phase="idle", run_id=state.run_id, items=items, pages=pages,
                          strategy=strategy, updated_at=now,
                          full_at=now if state.phase == "full" else state.full_at)  # fmt: skip
        await self.writer.call(store.set_state, final)
        result.deletes_checked_at = final.full_at


def _now() -> str:
    from .mirror import now_iso

    return now_iso()


def _key_refused(exc: BaseException) -> bool:
    from .mirror import key_refused

    return key_refused(exc)
