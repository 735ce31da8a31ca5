"""The seam between the mirror engine and a database: :class:`Store`, and the values it trades in.

A store keeps one table per object type (see :mod:`.tables`) and one state row
per list (:class:`ListState`). The engine calls it from one thread (its writer
thread), one call at a time, so a store needs no locking of its own. The one operation that matters
for crash safety is :meth:`Store.write_page`: a page of objects and the list's
new state go in together, in one transaction, or not at all.

To add a store (PostgreSQL, DuckDB...), implement this protocol and register a
URL scheme in :func:`ashby_sdk.sync.stores.open_store`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .._exceptions import AshbyConfigError, AshbyError
from .tables import TableSpec

__all__ = ["ListState", "PageResult", "Phase", "Store", "StoreBusyError", "StoreUnavailableError", "TableCounts"]

Phase = Literal["idle", "full", "incremental"]


@dataclass
class ListState:
    """Where one list stands: its last sync token and, during a listing, the cursor to go on from.

    ``phase`` is ``"idle"`` between runs, or the kind of listing in progress
    (``cursor`` is then the next page's cursor, ``run_id`` the listing's id,
    stamped on every row it writes so the last page can mark the rest removed).
    """

    name: str
    endpoint: str
    phase: Phase = "idle"
    sync_token: str | None = None
    cursor: str | None = None
    run_id: str | None = None
    items: int = 0
    """Objects written by the listing in progress (or the last one)."""
    pages: int = 0
    strategy: str = ""
    """How the last completed listing ran (``"full"``, ``"incremental"``...)."""
    updated_at: str = ""
    full_at: str = ""
    """When the last full listing completed (deletes are seen by full listings only); ``""``: never."""


class StoreBusyError(AshbyConfigError):
    """Another sync holds the store's lock (one sync per store at a time; the CLI exits 2)."""


class StoreUnavailableError(AshbyError):
    """The store cannot be reached (a database server down or refusing the connection)."""


@dataclass
class PageResult:
    """What writing one page changed."""

    new: int = 0
    updated: int = 0
    archived: int = 0
    """Objects that became archived."""
    removed: int = 0
    """Rows marked removed because the listing that ended here did not see them."""


@dataclass
class TableCounts:
    """Rows of one table: all, those marked removed, and those archived."""

    total: int = 0
    removed: int = 0
    archived: int = 0


class Store(Protocol):
    """Where a mirror lives. Every method is synchronous and may raise the driver's own errors."""

    def open(self) -> None:
        """Connect (creating the database when it does not exist)."""

    def lock(self) -> None:
        """Take this store's sync lock, held until :meth:`close` or the process ends; raise
        :class:`StoreBusyError` at once when another process holds it."""

    def close(self) -> None:
        """Disconnect (releasing the lock); safe to call twice."""

    def discard(self) -> None:
        """Close, and remove the database if :meth:`open` created it (nothing was mirrored)."""

    @property
    def label(self) -> str:
        """The store for people (a path, or a URL without its password)."""

    def batch(self) -> AbstractContextManager[None]:
        """One transaction around several calls (group commit): each call's own transaction becomes a
        savepoint inside it, so a call that fails leaves nothing while the others are committed together."""

    def ensure_schema(self, tables: Iterable[TableSpec]) -> None:
        """Create the state table and the given tables, and add columns a newer spec has."""

    def get_state(self, name: str) -> ListState | None:
        """The saved state of list ``name`` (``None`` before its first page was ever written)."""

    def set_state(self, state: ListState) -> None:
        """Save ``state`` on its own (e.g. to abandon a listing whose cursor was refused)."""

    def write_page(
        self,
        table: TableSpec,
        objects: Sequence[Mapping[str, Any]],
        state: ListState,
        *,
        sweep: bool = False,
        now: str,
        children: Sequence[str] = (),
    ) -> PageResult:
        """In ONE transaction: upsert ``objects`` (by ``id``, stamping ``state.run_id``) and save ``state``.

        An upsert is idempotent: writing the same object twice leaves one row,
        unchanged, and clears ``is_removed``. With ``sweep`` (the last page of a
        full listing), every row of ``table`` not stamped with ``state.run_id``
        and not yet removed is marked removed at ``now``. The ids of new or
        changed objects are queued for each child list named in ``children``.
        """

    def seed_pending(self, child: str, parent: TableSpec, state: ListState) -> int:
        """Queue every live row of ``parent`` for the child list ``child`` and save ``state`` (one transaction)."""

    def count_pending(self, child: str) -> int:
        """How many parents wait for the child list ``child``."""

    def pending(self, child: str, limit: int, after: str = "") -> list[str]:
        """Up to ``limit`` parent ids waiting for ``child``, in id order, from the first one above ``after``."""

    def write_children(
        self,
        table: TableSpec,
        parents: Sequence[str],
        objects: Sequence[tuple[str, Mapping[str, Any]]],
        state: ListState,
        *,
        now: str,
    ) -> PageResult:
        """In ONE transaction: upsert ``(parent id, child)`` pairs, mark removed the other children of
        ``parents``, take ``parents`` off the queue of list ``state.name``, and save ``state``."""

    def apply_event(
        self, key: str, action: str, body: Mapping[str, Any], operations: Sequence[tuple[str, Any]], *, now: str
    ) -> bool:
        """Record a webhook delivery (by ``key``) and apply its operations in ONE transaction; ``False``
        (and nothing changed) when ``key`` was recorded before."""

    def states(self) -> list[ListState]:
        """Every saved list state."""

    def merges(self) -> dict[str, str]:
        """Recorded candidate merges: old id -> new id."""

    def iter_rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of a query of your own (``?`` placeholders on every store)."""

    def counts(self, table: TableSpec) -> TableCounts:
        """How many rows ``table`` holds, how many are marked removed and how many archived."""

    def objects(self, table: TableSpec, *, include_removed: bool = False) -> dict[str, dict[str, Any]]:
        """Every object of ``table`` by id, as the API sent it (for exports and tests)."""
