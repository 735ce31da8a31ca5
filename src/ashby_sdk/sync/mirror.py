"""The mirror engine: every list, concurrently, into a store, resumable at any page.

Per list it picks the cheapest correct strategy (see ``docs/mirror.md``):
incremental from the saved sync token when there is one, a full listing
otherwise (and for lists without tokens, every run), resuming from the saved
cursor when a previous run stopped half-way; one token list per run (the one
whose deletions were checked longest ago, if over a day) is listed in full
again, and every list at least weekly, so deletes are seen within a bound. Child lists (history per
application...) follow their parent list and ask only the parents it queued.
Each page goes to the store in one transaction with the list's new state, on
the store's writer thread (:mod:`._writer`), so a crash at any point followed
by a rerun ends in the store a clean run would have produced. Pages that fail
for a passing reason are asked again (:mod:`._patience`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Protocol

from .._catalogue import ENDPOINTS, scope_of
from .._client import AsyncAshbyClient
from .._exceptions import AshbyAuthError, AshbyConfigError, AshbyError
from ._lists import ListRun
from ._patience import DEFAULT_PATIENCE
from ._writer import Writer
from .feeds import ChildFeed
from .store import ListState, Store
from .streams import STREAMS, Stream
from .summary import ListResult, MirrorSummary

_CHILD_LISTS = frozenset(n for n, s in STREAMS.items() if isinstance(s.feed, ChildFeed))

__all__ = ["ROTATE_AFTER", "Mirror", "MirrorError", "Progress"]

ROTATE_AFTER = 86400.0
"""A list's deletions are re-checked by the rotation once they are a day old (see ``Mirror(relist=)``)."""
DEFAULT_RELIST_AFTER = 7 * 86400.0
DEFAULT_CONCURRENCY = 8
"""Lists fetched at once. More buys nothing once the longest lists run (the biggest are declared first),
and costs CPU: httpx's connection pool checks every open connection on every request."""


class Progress(Protocol):
    """Hooks the engine calls as lists advance (the CLI draws rich progress bars with them).

    An object may also have ``expect(name, total)``: called when a child list
    knows how many parents it will ask (for an ETA).
    """

    def start(self, name: str, strategy: str) -> None: ...

    def advance(self, name: str, items: int) -> None:
        """One more page of ``items`` objects was written."""

    def finish(self, result: ListResult) -> None: ...

    def warn(self, message: str) -> None: ...


class MirrorError(AshbyError):
    """Some lists could not be mirrored; ``summary`` says which (the rest were, and the store is consistent)."""

    def __init__(self, message: str, summary: MirrorSummary, *, key_refused: bool = False) -> None:
        super().__init__(message)
        self.summary = summary
        self.key_refused = key_refused
        """The API key was refused: the run stopped at once and mirrored nothing."""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def key_refused(exc: BaseException) -> bool:
    """A wrong, missing or deactivated key, as opposed to a key lacking one list's permission."""
    if not isinstance(exc, AshbyAuthError):
        return False
    code = exc.code or ""
    return exc.status_code == 401 or "api_key" in code or code in ("unauthenticated", "unauthorized")


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
    SQLite path, ``sqlite:///path``, ``postgresql://...``). ``only`` limits the
    run to some tables (``{"candidates", "applications"}``); ``full`` ignores
    saved sync tokens (and asks every parent's children again);
    ``concurrency`` caps how many lists are fetched at once (8; ``None``: all;
    every request still goes through the client's rate limiter).
    ``patience`` is how many seconds a list may keep failing for passing
    reasons (5xx, 429, timeouts, drops) before it is given up (its pages are
    retried with growing, jittered delays from ``retry_delay`` seconds up to a
    minute). Incremental syncs do not show deletions, full listings do: per
    run, up to ``relist`` token lists whose deletions were last checked over a
    day ago are listed in full again (the stalest first), and every list not
    checked for ``relist_after`` seconds (a week; ``None``: no limit) is.

    :meth:`run` locks the store (one sync per store at a time), opens it,
    closes it when done, and returns a :class:`MirrorSummary`; it raises
    :class:`MirrorError` when some list failed (the others are saved),
    :class:`~ashby_sdk.sync.store.StoreBusyError` when another sync holds the
    store. The constructor raises :class:`AshbyConfigError` for an unknown name
    in ``only`` or a bad option. A list the key has no permission for is
    skipped with a warning; a key refused outright stops the run at once (and a
    database this run created is removed again).
    """

    def __init__(
        self,
        client: AsyncAshbyClient,
        store: Store | str = "ashby.db",
        *,
        only: Iterable[str] | None = None,
        full: bool = False,
        concurrency: int | None = DEFAULT_CONCURRENCY,
        progress: Progress | None = None,
        patience: float = DEFAULT_PATIENCE,
        retry_delay: float = 1.0,
        relist: int = 1,
        relist_after: float | None = DEFAULT_RELIST_AFTER,
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
        if patience < 0 or retry_delay <= 0:
            raise AshbyConfigError("patience must be >= 0 seconds and retry_delay > 0 seconds")
        if relist < 0 or (relist_after is not None and relist_after < 0):
            raise AshbyConfigError("relist must be >= 0 and relist_after >= 0 seconds")
        self.concurrency = concurrency
        self.queued_children: frozenset[str] = frozenset()
        """The child lists whose changed parents page writes queue (those that ran before)."""
        self.progress = progress
        self.patience = patience
        self.retry_delay = retry_delay
        self.relist = relist
        self.relist_after = relist_after
        self._schema: asyncio.Future[None] | None = None

    async def run(self) -> MirrorSummary:
        """Mirror every selected list; see the class docstring for what it raises."""
        writer = await self.open_writer(schema=False)  # tables come with the first answer (a wrong key makes none)
        try:
            summary = await self.run_with(writer)
        except BaseException as exc:
            writer.stop()  # the jobs already queued finish first; then the store is ours to close
            if isinstance(exc, MirrorError) and exc.key_refused:
                self.store.discard()  # nothing was mirrored: leave no empty database behind
            else:
                self.store.close()
            raise
        await writer.call(self.store.close)
        writer.stop()
        return summary

    async def open_writer(self, *, schema: bool = True) -> Writer:
        """Start the store's writer thread, open and lock the store, and (with ``schema``) create its tables.

        Raises :class:`~ashby_sdk.sync.store.StoreBusyError` when another sync holds the store.
        """
        writer = Writer(self.store)
        writer.start()
        self._schema = None
        try:
            await writer.call(self.store.open)
            await writer.call(self.store.lock)
            if schema:
                await self.ensure_schema(writer)
        except BaseException:
            writer.stop()
            self.store.close()
            raise
        return writer

    async def ensure_schema(self, writer: Writer) -> None:
        """Create the run's tables (once; every list awaits this before it touches the store)."""
        if self._schema is None:
            tables = {s.table.name: s.table for s in self.streams}
            for stream in self.streams:  # a child list reads its parent's table
                if isinstance(stream.feed, ChildFeed):
                    parent = STREAMS[stream.feed.parent].table
                    tables.setdefault(parent.name, parent)
            self._schema = writer.send(self.store.ensure_schema, list(tables.values()))
        await asyncio.shield(self._schema)

    async def run_with(self, writer: Writer) -> MirrorSummary:
        """Run the mirror on an open, locked store owned by ``writer`` (``--listen`` keeps one open)."""
        started = time.perf_counter()
        summary = MirrorSummary(store=self.store.label)
        states = {s.name: s for s in await writer.call(self.store.states)}
        # Parents are queued only for child lists that ran before: a child list's first run asks every parent.
        self.queued_children = frozenset(n for n, s in states.items() if n in _CHILD_LISTS and s.updated_at)
        relisted = self._rotation(states)
        gate = asyncio.Semaphore(self.concurrency or len(self.streams) or 1)
        done = {s.name: asyncio.Event() for s in self.streams}
        stop = asyncio.Event()
        # The first list's first answer comes before every other request: a refused key stops the run there.
        answered = asyncio.Event()
        first = self.streams[0].name if self.streams else ""
        scopes: list[asyncio.Future[Scopes | None]] = []  # asked once the key is known to be accepted

        async def granted() -> Scopes | None:
            if not scopes:
                scopes.append(asyncio.ensure_future(self._granted()))
            return await asyncio.shield(scopes[0])

        async def one(stream: Stream) -> ListResult:
            run = ListRun(self, writer, stream, states.get(stream.name), stream.name in relisted, stop, answered)
            try:
                if stream.name != first:
                    await answered.wait()
                    key = None if stop.is_set() else await granted()
                    if key is not None and not key.allows(stream.permission):
                        return run.lacks_scope(scope_of(stream.permission))
                if isinstance(stream.feed, ChildFeed) and stream.feed.parent in done:
                    await done[stream.feed.parent].wait()  # its queue is complete once the parent list is
                if stop.is_set():
                    return run.not_run()
                async with gate:
                    return await run.run()
            finally:
                done[stream.name].set()

        tasks = [asyncio.ensure_future(one(s)) for s in self.streams]
        try:
            summary.lists = list(await asyncio.gather(*tasks))
        except BaseException:
            # A store error or Ctrl-C: stop every list at its next await, before the store closes.
            for task in tasks:
                task.cancel()
            for future in scopes:
                future.cancel()
            await asyncio.gather(*tasks, *scopes, return_exceptions=True)
            raise
        summary.seconds = time.perf_counter() - started
        failed = [r for r in summary.lists if r.status == "failed"]
        if failed:
            head = failed[0]
            if stop.is_set():
                raise MirrorError(head.message, summary, key_refused=True)
            others = f" (and {len(failed) - 1} more lists failed)" if len(failed) > 1 else ""
            raise MirrorError(f"{head.name}: {head.message}{others}", summary)
        return summary

    async def _granted(self) -> Scopes | None:
        """The key's scopes from ``apiKey.info``, or ``None`` when they cannot be read or trusted.

        That call needs the ``apiKeysRead`` permission, which many keys lack; then each list finds out
        from its own first answer (a 403) as before. Only ``jobs:read`` and ``candidates:read`` appear in
        Ashby's reference: the other modules' scopes are taken to be spelt the same way (inferred), and
        a list of scopes holding any spelling we do not know is not trusted at all, so that a wrong
        guess costs one request per list, never a list left out.
        """
        try:  # briefly: every list but the first waits for this answer
            info = await self.client.api_keys.info(timeout=5, max_retries=0)
        except AshbyError:
            return None
        return Scopes.parse(info.scopes)

    def _rotation(self, states: dict[str, ListState]) -> set[str]:
        """The token lists to list in full this run, to see deletions.

        Up to ``relist`` lists not checked for a day (the stalest first, then the
        smallest), and every list not checked for ``relist_after`` seconds.
        """
        if self.full:
            return set()
        now = time.time()
        ages: dict[str, float] = {}
        for stream in self.streams:
            state = states.get(stream.name)
            if stream.feed.sync and state is not None and state.sync_token and state.phase == "idle":
                checked = _epoch(state.full_at)
                ages[stream.name] = float("inf") if checked is None else now - checked
        due = sorted((n for n, age in ages.items() if age >= ROTATE_AFTER), key=lambda n: (-ages[n] // 3600,
                     states[n].items))  # fmt: skip
        chosen = set(due[: self.relist])
        if self.relist_after is not None:
            chosen |= {n for n, age in ages.items() if age >= self.relist_after}
        return chosen


class Scopes:
    """The permissions an ``apiKey.info`` answer grants (``candidates:read`` is ``candidatesRead``)."""

    def __init__(self, permissions: frozenset[str]) -> None:
        self.permissions = permissions

    @classmethod
    def parse(cls, scopes: Iterable[object]) -> Scopes | None:
        known = {scope_of(e.permission): e.permission for e in ENDPOINTS.values() if e.permission}
        granted: set[str] = set()
        for scope in scopes:
            permission = known.get(scope) if isinstance(scope, str) else None
            if permission is None:
                return None
            granted.add(permission)
            if permission.endswith("Write"):  # not known to imply read: never the reason to leave a list out
                granted.add(permission[: -len("Write")] + "Read")
        return cls(frozenset(granted)) if granted else None

    def allows(self, permission: str) -> bool:
        return not permission or permission in self.permissions


def _epoch(iso: str) -> float | None:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _select(only: Iterable[str] | None) -> list[Stream]:
    if only is None:
        return list(STREAMS.values())
    names = [n.strip() for n in only if n.strip()]
    unknown = [n for n in names if n not in STREAMS]
    if unknown:
        raise AshbyConfigError(f"unknown list {', '.join(map(repr, unknown))}; choose from {', '.join(STREAMS)}")
    return [s for name, s in STREAMS.items() if name in names]
