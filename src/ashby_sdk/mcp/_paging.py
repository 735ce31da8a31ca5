"""Pages of answers: a size cap that fits a model's context, and a cursor to ask for the rest.

A list tool collects its matches lazily and keeps at most ``limit`` of them,
then fewer if the page would pass the answer's character budget (so one huge
object cannot flood the context). ``next_cursor`` is an opaque string that
holds the offset to go on from and a fingerprint of the question: a cursor
handed back with other filters is refused rather than silently paging through
another result.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import ToolFailure

__all__ = ["Page", "decode_cursor", "encode_cursor", "fingerprint", "take_page"]


def fingerprint(tool: str, filters: Mapping[str, Any]) -> str:
    """A short digest of a question: the tool and its filters (not the cursor or page size)."""
    canonical = json.dumps([tool, {k: v for k, v in sorted(filters.items()) if v is not None}], default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def encode_cursor(offset: int, print_: str) -> str:
    """The cursor for the page starting at ``offset`` of the question ``print_``."""
    raw = json.dumps({"o": offset, "q": print_}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, print_: str) -> int:
    """The offset a cursor points at (0 without one).

    Raises :class:`ToolFailure` for a cursor that is not one of ours or belongs to another question.
    """
    if not cursor:
        return 0
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset, owner = int(raw["o"]), str(raw["q"])
    except (ValueError, KeyError, TypeError):
        raise ToolFailure("that cursor is not one this server gave: ask again without a cursor") from None
    if owner != print_ or offset < 0:
        raise ToolFailure("that cursor belongs to a question with other filters: ask again without a cursor") from None
    return offset


@dataclass
class Page:
    """One page of a list: the items, and the cursor of the next page (``None`` at the end)."""

    items: list[Any]
    next_cursor: str | None
    offset: int


def _size(item: Any) -> int:
    return len(json.dumps(item, separators=(",", ":"), default=str))


def take_page(
    matches: Iterable[Any],
    *,
    offset: int,
    limit: int,
    budget: int,
    print_: str,
    render: Callable[[Any], Any] | None = None,
) -> Page:
    """Skip ``offset`` matches, keep up to ``limit`` that fit in ``budget`` characters, and say where to go on.

    ``render`` makes the answer's item of a match (only for the matches of this page). The first
    item of a page is always kept (a page is never empty while there are matches).
    """
    window = list(itertools.islice(matches, offset, offset + limit + 1))
    more = len(window) > limit
    items: list[Any] = []
    used = 0
    for match in window[:limit]:
        item = render(match) if render is not None else match
        size = _size(item)
        if items and used + size > budget:
            more = True
            break
        items.append(item)
        used += size
    following = offset + len(items)
    return Page(items, encode_cursor(following, print_) if more else None, offset)
