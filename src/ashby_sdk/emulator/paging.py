"""Cursors and sync tokens: full listings, incremental listings, expiry.

A full listing walks a table in creation order; its cursor carries the offset
reached and the change counter's value when the *first* page was served, and
the sync token on its last page is that value. So every change made while a
client was paging (even to rows it had already passed) is newer than the token
and comes back in the next incremental sync.

An incremental listing walks the table's change log after the token's value,
keyed by the last sequence number served, so a row that changes again while
the client pages moves behind the keyset and is served again rather than
shifting another row out of reach.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ._util import b64decode_json, b64encode_json
from .errors import ApiError
from .render import render
from .state import Organisation, Row, Table

__all__ = ["DEFAULT_LIMIT", "Listing", "Pager", "SyncConfig"]

DEFAULT_LIMIT = 100


@dataclass
class Listing:
    """What a paged list endpoint lists: a table, filters, and how to render a row."""

    kind: str
    where: Callable[[Row], bool] | None = None
    """Applied to full and incremental listings (explicit filters such as ``jobId``)."""
    where_full: Callable[[Row], bool] | None = None
    """Applied to full listings only: hiding archived rows must not hide that a row became archived."""
    render: Callable[[Row], dict[str, Any]] | None = None
    match: tuple[str, Any] | None = None
    """``(field, value)``: only rows whose field is value (a child list of one parent), found in full listings
    through the table's grouping; ``where`` still applies."""

    def __post_init__(self) -> None:
        if self.match is not None:  # incremental listings and re-checks filter by it like any other condition
            name, value = self.match
            where = self.where
            self.where = lambda row: row.get(name) == value and (where is None or where(row))


@dataclass
class SyncConfig:
    """How sync tokens and cursors age."""

    token_ttl: float = 7 * 86400.0
    cursor_ttl: float = 3600.0
    max_incremental_pages: int = 100


class Pager:
    """Serves pages of :class:`Listing` objects and mints and checks cursors and tokens."""

    def __init__(self, config: SyncConfig, clock: Callable[[], float]) -> None:
        self.config = config
        self.clock = clock
        self.generation = 0
        self.instance = os.urandom(4).hex()

    def expire_tokens(self) -> None:
        """Every sync token (and incremental cursor) minted so far becomes ``sync_token_expired``."""
        self.generation += 1

    def _token(self, endpoint: str, seq: int) -> str:
        return b64encode_json(
            {"e": endpoint, "q": seq, "t": round(self.clock(), 3), "g": self.generation, "i": self.instance}
        )

    def check_token(self, endpoint: str, token: str) -> int:
        try:
            data = b64decode_json(token)
            seq, minted, gen, inst = int(data["q"]), float(data["t"]), int(data["g"]), str(data["i"])
            ok = data["e"] == endpoint
        except (ValueError, KeyError, TypeError):
            ok = False
        if not ok:
            raise ApiError("sync_token_invalid", "The syncToken could not be decoded; discard it and run a full sync")
        if inst != self.instance or gen != self.generation or self.clock() - minted > self.config.token_ttl:
            raise ApiError("sync_token_expired", "The syncToken has expired; discard it and run a full sync")
        return seq

    def _read_cursor(self, endpoint: str, cursor: str) -> dict[str, Any]:
        try:
            data = b64decode_json(cursor)
            ok = isinstance(data, dict) and data.get("e") == endpoint and data.get("m") in ("full", "inc")
            int(data["o"]), int(data["s"]), float(data["t"])
        except (ValueError, KeyError, TypeError):
            ok = False
        if not ok:
            raise ApiError("invalid_next_cursor", "The cursor could not be decoded; restart the listing")
        if data.get("i") != self.instance or self.clock() - float(data["t"]) > self.config.cursor_ttl:
            raise ApiError("next_cursor_expired", "The cursor has expired; restart the listing")
        if data["m"] == "inc" and data.get("g") != self.generation:
            raise ApiError("sync_token_expired", "The syncToken has expired; discard it and run a full sync")
        return dict(data)

    def page(
        self, org: Organisation, endpoint: str, sync: bool, listing: Listing, params: dict[str, Any]
    ) -> dict[str, Any]:
        """One page of ``listing`` as the envelope's fields (``results``, ``moreDataAvailable``...)."""
        limit = int(params.get("limit") or DEFAULT_LIMIT)
        table = org[listing.kind]
        cursor = params.get("cursor")
        token = params.get("syncToken") if sync else None
        if cursor:
            state = self._read_cursor(endpoint, cursor)
            mode, offset, start = state["m"], int(state["o"]), int(state["s"])
        elif token:
            mode, start = "inc", org.seq
            offset = self.check_token(endpoint, token)
            self._check_size(table, listing, offset, limit)
        else:
            mode, offset, start = "full", 0, org.seq
        if mode == "full":
            rows, next_offset, more = self._full(table, listing, offset, limit)
        else:
            rows, next_offset, more = self._incremental(table, listing, offset, limit)
        draw = listing.render or (lambda row: render(org, listing.kind, row))
        out: dict[str, Any] = {"results": [draw(r) for r in rows], "moreDataAvailable": more}
        if more:
            out["nextCursor"] = b64encode_json(
                {
                    "e": endpoint,
                    "m": mode,
                    "o": next_offset,
                    "s": start,
                    "t": round(self.clock(), 3),
                    "g": self.generation,
                    "i": self.instance,
                }
            )
        elif sync:
            out["syncToken"] = self._token(endpoint, start)
        return out

    @staticmethod
    def everything(org: Organisation, listing: Listing) -> list[dict[str, Any]]:
        """Every row of a full listing, for endpoints that do not page."""
        rows, _, _ = Pager._full(org[listing.kind], listing, 0, len(org[listing.kind].rows) + 1)
        draw = listing.render or (lambda row: render(org, listing.kind, row))
        return [draw(r) for r in rows]

    def _check_size(self, table: Table, listing: Listing, after: int, limit: int) -> None:
        allowed = self.config.max_incremental_pages * limit
        where = listing.where
        count = 0
        for row in table.changed_since(after):
            if row["id"] in table.deleted or (where is not None and not where(row)):
                continue
            count += 1
            if count > allowed:
                raise ApiError(
                    "incremental_sync_too_large",
                    f"This incremental sync would need more than {self.config.max_incremental_pages} pages; "
                    "discard the syncToken and run a full sync",
                )

    @staticmethod
    def _full(table: Table, listing: Listing, offset: int, limit: int) -> tuple[list[Row], int, bool]:
        rows: list[Row] = []
        all_rows, deleted = table.rows, table.deleted
        where, where_full = listing.where, listing.where_full
        n = len(all_rows)
        if listing.match is not None:
            positions = table.positions(*listing.match)
            candidates: Iterable[int] = positions[bisect.bisect_left(positions, offset) :]
        else:
            candidates = range(offset, n)
        for i in candidates:
            row = all_rows[i]
            ok = row["id"] not in deleted and (where is None or where(row)) and (where_full is None or where_full(row))
            if ok:
                if len(rows) == limit:
                    return rows, i, True
                rows.append(row)
        return rows, max(n, offset), False

    @staticmethod
    def _incremental(table: Table, listing: Listing, after: int, limit: int) -> tuple[list[Row], int, bool]:
        rows: list[Row] = []
        where = listing.where
        last = after
        for row in table.changed_since(after):
            if row["id"] in table.deleted or (where is not None and not where(row)):
                continue
            if len(rows) == limit:
                return rows, last, True
            rows.append(row)
            last = table.seq[row["id"]]
        return rows, last, False
