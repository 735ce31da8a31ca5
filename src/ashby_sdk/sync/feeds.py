"""Feeds: how one list's objects come off the API, page by page, resumable from a saved cursor.

A feed yields :class:`FeedPage` objects: the page's objects, the cursor to
resume from after it (opaque to the engine; ``None`` on the last page) and, on
the last page of a sync-capable list, the new sync token. Three shapes cover
every list the mirror copies:

- :class:`ListFeed`: a list endpoint, paged or not, with or without ``syncToken``;
  several ``parts`` (bodies) when the API splits one object type by a required
  parameter (survey submissions by ``surveyType``).
- :class:`PerParentFeed`: an unpaged list asked once per parent
  (interview stages per interview plan).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Literal

from .._client import AsyncAshbyClient
from .._exceptions import AshbyNotFoundError

__all__ = ["Feed", "FeedPage", "ListFeed", "Mode", "PerParentFeed"]

Mode = Literal["full", "incremental"]


@dataclass
class FeedPage:
    """One page of a feed."""

    items: list[dict[str, Any]]
    cursor: str | None
    """Where to resume after this page; ``None`` on the last page."""
    sync_token: str | None = None
    """The new sync token, on the last page of a sync-capable feed."""
    requests: int = 1
    """API requests this page took."""


@dataclass(frozen=True)
class ListFeed:
    """A list endpoint, in one or more ``parts`` (each part a body; tokens and cursors kept per part)."""

    endpoint: str
    parts: tuple[dict[str, Any], ...] = ({},)
    paged: bool = True
    sync: bool = False
    label: str = "listing"
    """The strategy's name in summaries, for lists without sync tokens (listed in full every run)."""

    def pages(
        self, client: AsyncAshbyClient, mode: Mode, token: str | None, cursor: str | None
    ) -> AsyncIterator[FeedPage]:
        """The pages of a ``mode`` listing (``token`` for incremental ones), from ``cursor`` when resuming."""
        return self._pages(client, mode, token, cursor)

    # One part: the API's own cursor and token, as sent. Several: JSON around the per-part values.
    def _decode(self, cursor: str | None, token: str | None) -> tuple[int, str | None, list[str], list[str | None]]:
        n = len(self.parts)
        if n == 1:
            return 0, cursor, [], [token]
        pos = json.loads(cursor) if cursor else {"part": 0, "cursor": None, "tokens": []}
        olds = json.loads(token) if token else [None] * n
        if not isinstance(olds, list) or len(olds) != n:
            olds = [None] * n
        return int(pos["part"]), pos["cursor"], list(pos["tokens"]), olds

    def _encode(self, part: int, cursor: str | None, tokens: list[str]) -> str | None:
        if len(self.parts) == 1:
            return cursor
        return json.dumps({"part": part, "cursor": cursor, "tokens": tokens})

    async def _pages(
        self, client: AsyncAshbyClient, mode: Mode, token: str | None, cursor: str | None
    ) -> AsyncIterator[FeedPage]:
        part, api_cursor, new_tokens, old_tokens = self._decode(cursor, token)
        last = len(self.parts) - 1
        for index in range(part, last + 1):
            body = dict(self.parts[index])
            if mode == "incremental" and old_tokens[index]:
                body["syncToken"] = old_tokens[index]
            if api_cursor is not None:
                body["cursor"] = api_cursor
            api_cursor = None
            pager = client.paginate(self.endpoint, body, limit=100 if self.paged else None)
            async for page in pager.pages():
                items = [i for i in page.items if isinstance(i, dict)]
                if page.more:
                    yield FeedPage(items, self._encode(index, page.next_cursor, new_tokens))
                    continue
                if self.sync:
                    new_tokens = [*new_tokens, page.sync_token or ""]
                if index < last:
                    yield FeedPage(items, self._encode(index + 1, None, new_tokens))
                elif not self.sync:
                    yield FeedPage(items, None)
                else:
                    joined = new_tokens[0] if len(self.parts) == 1 else json.dumps(new_tokens)
                    yield FeedPage(items, None, joined or None)


@dataclass(frozen=True)
class PerParentFeed:
    """An unpaged ``endpoint`` asked once per parent id (``param``), the ids read from ``parents`` first.

    The cursor holds the parent ids still to ask, so a resumed run asks the
    same parents as the run it resumes.
    """

    endpoint: str
    param: str
    parents: ListFeed
    label: str = "listing per parent"
    keep: Callable[[dict[str, Any]], bool] | None = None
    sync: bool = False

    def pages(
        self, client: AsyncAshbyClient, mode: Mode, token: str | None, cursor: str | None
    ) -> AsyncIterator[FeedPage]:
        return self._pages(client, cursor)

    async def _pages(self, client: AsyncAshbyClient, cursor: str | None) -> AsyncIterator[FeedPage]:
        extra = 0
        if cursor:
            todo: list[str] = json.loads(cursor)
        else:
            todo = []
            async for page in self.parents.pages(client, "full", None, None):
                todo += [str(p["id"]) for p in page.items if self.keep is None or self.keep(p)]
                extra += page.requests
        if not todo:
            yield FeedPage([], None, requests=extra)
        while todo:
            # A few parents at once (hundreds of plans at 20 ms each add up), written in order.
            batch, todo = todo[:8], todo[8:]
            answers = await asyncio.gather(*(self._children(client, parent) for parent in batch))
            for n, objects in enumerate(answers, 1):
                left = batch[n:] + todo
                yield FeedPage(objects, json.dumps(left) if left else None, requests=1 + extra)
                extra = 0

    async def _children(self, client: AsyncAshbyClient, parent: str) -> list[dict[str, Any]]:
        try:
            items = await client.request(self.endpoint, {self.param: parent})
        except AshbyNotFoundError:  # the parent went away since it was listed
            items = []
        return [i for i in items or [] if isinstance(i, dict)]


Feed = ListFeed | PerParentFeed
