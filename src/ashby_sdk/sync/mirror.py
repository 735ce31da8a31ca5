"""The mirror engine: every list, concurrently, into a store, resumable at any page.

Per list it picks the cheapest correct strategy (see ``docs/mirror.md``):
incremental from the saved sync token when there is one, a full listing
otherwise (and for lists without tokens, every run), resuming from the saved
cursor when a previous run stopped half-way. Each page goes to the store in
one transaction with the list's new state, so a crash at any point followed by
a rerun ends in the store a clean run would have produced.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Protocol

from .._client import AsyncAshbyClient
from .._exceptions import (
    AshbyAPIError,
    AshbyAuthError,
    AshbyConfigError,
    AshbyError,
    AshbyIncrementalSyncTooLargeError,
    AshbySyncTokenExpiredError,
)
from .feeds import Mode
from .store import ListState, Store
from .streams import STREAMS, Stream
from .summary import ListResult, MirrorSummary

__all__ = ["Mirror", "MirrorError", "Progress"]


class Progress(Protocol):
    """Hooks the engine calls as lists advance (the CLI draws rich progress bars with them)."""

    def start(self, name: str, strategy: str) -> None: ...

    def advance(self, name: str, items: int) -> None:
        """One more page of ``items`` objects was written."""

    def finish(self, result: ListResult) -> None: ...

    def warn(self, message: str) -> None: ...


class MirrorError(AshbyError):
    """Some lists could not be mirrored; ``summary`` says which (the rest were, and the store is consistent)."""

    def __init__(self, message: str, summary: MirrorSummary) -> None:
        super().__init__(message)
        self.summary = summary


class _CursorRefused(Exception):
    pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _key_refused(exc: AshbyAuthError) -> bool:
    """A wrong, missing or deactivated key, as opposed to a key lacking one list's permission."""
    code = exc.code or ""
    return exc.status_code == 401 or "api_key" in code or code in ("unauthenticated", "unauthorized")


def _token_problem(exc: AshbyAPIError) -> str | None:
    """Why a sync token cannot be used (``None``: the error is about something else)."""
    if isinstance(exc, AshbyIncrementalSyncTooLargeError):
        return "incremental sync too large"
    if isinstance(exc, AshbySyncTokenExpiredError):
        return "token expired"
    if exc.code == "sync_token_invalid":
        return "token invalid"
    return None


class Mirror:
    """Copies an Ashby organisation into a store, and keeps it current on every later run.

    ```python
    import asyncio
    from ashby_sdk import AsyncAshbyClient
    from ashby_sdk.sync import Mirror

    async def main() -> None:
        async with AsyncAshbyClient() as client:
            summary = await Mirror(client, "ashby.db").run()
        for result in summary.lists:
            print(result.name, result.strategy, result.new, result.updated, result.total)

    asyncio.run(main())
    ```

    ``store`` is a :class:`~ashby_sdk.sync.store.Store` or a ``--db`` value (a
    SQLite path, ``sqlite:///path``...). ``only`` limits the run to some tables
    (``{"candidates", "applications"}``); ``full`` ignores saved sync tokens;
    ``concurrency`` caps how many lists are fetched at once (``None``: all;
    every request still goes through the client's rate limiter).

    :meth:`run` opens the store, closes it when done, and returns a
    :class:`MirrorSummary`; it raises :class:`MirrorError` when some list failed
    (after the client's retries). The constructor raises
    :class:`AshbyConfigError` for an unknown name in ``only``. A list the key
    has no permission for is skipped with a warning.
    """

    def __init__(
        self,
        client: AsyncAshbyClient,
        store: Store | str = "ashby.db",
        *,
        only: Iterable[str] | None = None,
        full: bool = False,
        concurrency: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        if isinstance(store, str):
            from .stores import open_store

            store = open_store(store)
        self.client = client
        self.store: Store = store
        self.streams = _select(only)
        self.full = full
        if concurrency is not None and concurrency < 1:
            raise AshbyConfigError(f"concurrency must be at least 1, got {concurrency}")
        self.concurrency = concurrency
        self.progress = progress

    async def run(self) -> MirrorSummary:
        """Mirror every selected list; see the class docstring for what it raises."""
        started = time.perf_counter()
        store = self.store
        summary = MirrorSummary(store=repr(store))
        store.open()
        try:
            store.ensure_schema(s.table for s in self.streams)
            gate = asyncio.Semaphore(self.concurrency or len(self.streams) or 1)

            async def one(stream: Stream) -> ListResult:
                async with gate:
                    return await self._run_list(stream)

            tasks = [asyncio.ensure_future(one(s)) for s in self.streams]
            try:
                summary.lists = list(await asyncio.gather(*tasks))
            except BaseException:
                # A store error or Ctrl-C: stop every list at its next await, before the store closes.
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                raise
        finally:
            store.close()
        summary.seconds = time.perf_counter() - started
        failed = [r for r in summary.lists if r.status == "failed"]
        if failed:
            first = failed[0]
            others = f" (and {len(failed) - 1} more lists failed)" if len(failed) > 1 else ""
            raise MirrorError(f"{first.name}: {first.message}{others}", summary)
        return summary

    async def _run_list(self, stream: Stream) -> ListResult:
        result = ListResult(stream.name, stream.endpoint)
        started = time.perf_counter()
        state = self.store.get_state(stream.name) or ListState(stream.name, stream.endpoint)
        mode, strategy = self._plan(stream, state)
        try:
            try:
                await self._listing(stream, state, mode, strategy, result)
            except AshbyAPIError as exc:
                problem = _token_problem(exc) if mode == "incremental" else None
                if problem is None:
                    raise
                fresh = ListState(stream.name, stream.endpoint)
                await self._listing(stream, fresh, "full", f"full resync ({problem})", result)
        except AshbyAuthError as exc:
            if _key_refused(exc):  # nothing can work: fail, rather than skip every list
                result.status, result.message = "failed", str(exc)
            else:
                result.status = "skipped"
                result.message = f"no permission ({stream.permission or 'unknown'}): {exc.message}"
                if self.progress is not None:
                    self.progress.warn(f"skipped {stream.name}: {result.message}")
        except AshbyError as exc:
            result.status, result.message = "failed", str(exc)
        counts = self.store.counts(stream.table)
        result.total = counts.total - counts.removed
        result.seconds = time.perf_counter() - started
        if self.progress is not None:
            self.progress.finish(result)
        return result

    def _plan(self, stream: Stream, state: ListState) -> tuple[Mode, str]:
        feed = stream.feed
        if not feed.sync:
            return "full", feed.label + (" (resumed)" if state.phase == "full" and state.cursor else "")
        if state.phase == "full" and state.cursor:
            return "full", "full (resumed)"
        if not self.full and state.phase == "incremental" and state.cursor:
            return "incremental", "incremental (resumed)"
        if not self.full and state.sync_token:
            return "incremental", "incremental"
        return "full", "full"

    async def _listing(self, stream: Stream, state: ListState, mode: Mode, strategy: str, result: ListResult) -> None:
        resuming = state.phase == mode and state.cursor is not None
        try:
            await self._pages(stream, state, mode, strategy, result, resuming)
        except _CursorRefused:
            # The saved cursor is too old (or from another server): start this listing over.
            restart = ListState(stream.name, stream.endpoint, sync_token=state.sync_token)
            strategy = strategy.replace(" (resumed)", "") + " (cursor expired, restarted)"
            await self._pages(stream, restart, mode, strategy, result, False)

    async def _pages(
        self, stream: Stream, state: ListState, mode: Mode, strategy: str, result: ListResult, resuming: bool
    ) -> None:
        result.strategy = strategy
        if self.progress is not None:
            self.progress.start(stream.name, strategy)
        run_id = state.run_id if resuming and state.run_id else uuid.uuid4().hex
        items, pages = (state.items, state.pages) if resuming else (0, 0)
        cursor = state.cursor if resuming else None
        feed = stream.feed
        pager = feed.pages(self.client, mode, state.sync_token, cursor)
        while True:
            try:
                page = await pager.__anext__()
            except StopAsyncIteration:
                return
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
            )
            written = self.store.write_page(
                stream.table, page.items, new_state, sweep=final and mode == "full", now=now
            )
            result.new += written.new
            result.updated += written.updated
            result.archived += written.archived
            result.removed += written.removed
            result.items += len(page.items)
            result.requests += page.requests
            if self.progress is not None:
                self.progress.advance(stream.name, len(page.items))


def _select(only: Iterable[str] | None) -> list[Stream]:
    if only is None:
        return list(STREAMS.values())
    names = [n.strip() for n in only if n.strip()]
    unknown = [n for n in names if n not in STREAMS]
    if unknown:
        raise AshbyConfigError(f"unknown list {', '.join(map(repr, unknown))}; choose from {', '.join(STREAMS)}")
    return [s for name, s in STREAMS.items() if name in names]
