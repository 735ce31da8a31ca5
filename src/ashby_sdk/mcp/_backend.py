"""What a server answers from, and how much it answers at once: its settings, and one tool call's context.

:class:`Settings` holds the ``ashby mcp`` options. :class:`Backend` owns the
mirror connection and the API client for the server's life; each tool call
gets a :class:`Call` with a fresh reader (so each answer states what *it* was
built from) and the paging helpers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ._db import MirrorDB
from ._errors import ToolFailure
from ._live import LiveReader, now_iso
from ._mirror import MirrorReader
from ._paging import decode_cursor, fingerprint, take_page
from ._reader import Provenance, Reader
from ._redact import redact

if TYPE_CHECKING:
    from .._client import AshbyClient

__all__ = ["Backend", "Call", "Settings"]


@dataclass(frozen=True)
class Settings:
    """The server's options (``ashby mcp`` flags)."""

    allow_writes: bool = False
    redact: bool = False
    page_size: int = 20
    """Items per page when the caller does not say."""
    max_page_size: int = 100
    """The most items a caller may ask for in one page."""
    max_chars: int = 24_000
    """About the most characters of JSON one answer holds (~6,000 tokens): a page stops before passing it."""
    scan_cap: int = 5_000
    """The most objects a live answer scans per list (a mirror answers in full)."""
    sql_max_rows: int = 200
    sql_timeout: float = 10.0


def _age(iso: str) -> str | None:
    try:
        then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    seconds = max(0, int((datetime.now(timezone.utc) - then).total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} seconds"


class Backend:
    """The mirror (optional) and the API client (optional; at least one of them) of a running server."""

    def __init__(self, settings: Settings, *, db: MirrorDB | None = None, client: AshbyClient | None = None) -> None:
        if db is None and client is None:
            raise ValueError("a server needs a mirror or an API client")
        self.settings = settings
        self.db = db
        self.client = client

    def reader(self) -> Reader:
        """A fresh reader for one tool call: the mirror first when there is one, else the live API."""
        live = None if self.client is None else LiveReader(self.client, scan_cap=self.settings.scan_cap)
        if self.db is not None:
            return MirrorReader(self.db, live)
        assert live is not None
        return live

    def call(self, tool: str) -> Call:
        """The context of one call of ``tool``."""
        return Call(tool, self, self.reader())

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        if self.client is not None:
            self.client.close()


class Call:
    """One tool call: its reader, paging, and the answer's header (source and age of the data)."""

    def __init__(self, tool: str, backend: Backend, reader: Reader) -> None:
        self.tool = tool
        self.backend = backend
        self.settings = backend.settings
        self.reader = reader

    @property
    def provenance(self) -> Provenance:
        return self.reader.provenance

    def page(
        self,
        matches: Iterable[Any],
        filters: Mapping[str, Any],
        cursor: str | None,
        limit: int | None,
        render: Callable[[Any], Any] | None = None,
    ) -> dict[str, Any]:
        """A page of ``matches`` (``render`` makes each item): ``items``, ``next_cursor`` (``null`` at the end)."""
        size = self.settings.page_size if limit is None else limit
        if not 1 <= size <= self.settings.max_page_size:
            raise ToolFailure(f"limit must be between 1 and {self.settings.max_page_size}")
        question = fingerprint(self.tool, filters)
        offset = decode_cursor(cursor, question)
        page = take_page(
            matches, offset=offset, limit=size, budget=self.settings.max_chars, print_=question, render=render
        )
        return {"items": page.items, "returned": len(page.items), "offset": offset, "next_cursor": page.next_cursor}

    def answer(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """``body`` under the header that says where its data came from and how old it is; redacted if asked."""
        p = self.provenance
        header: dict[str, Any] = {}
        if p.tables:
            synced = sorted(t for t in p.tables.values() if t)
            oldest = synced[0] if synced else ""
            header["source"] = "mirror + live API" if p.endpoints else "mirror"
            header["data_as_of"] = oldest or None
            header["data_age"] = _age(oldest) if oldest else None
            if p.syncing:
                p.note(f"a sync was writing {', '.join(sorted(p.syncing))} while this was read")
        else:
            header["source"] = "live API" if p.endpoints else "server"
            header["data_as_of"] = now_iso()
        if p.notes:
            header["caveats"] = list(p.notes)
        out = {**header, **body}
        return redact(out) if self.settings.redact else out
