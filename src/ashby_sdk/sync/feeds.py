"""Feeds: how one list's objects come off the API, one page per call, resumable from a saved cursor.

A feed's :meth:`page` makes the request(s) for one page and returns a
:class:`FeedPage`: the page's objects, the cursor to resume from after it
(opaque to the engine; ``None`` on the last page) and, on the last page of a
sync-capable list, the new sync token. Each request goes through ``retry``
(the mirror's patience, see :mod:`._patience`), so a failed request is asked
again with the same cursor. Three shapes cover every list the mirror copies:

- :class:`ListFeed`: a list endpoint, paged or not, with or without ``syncToken``;
  several ``parts`` (bodies) when the API splits one object type by a required
  parameter (survey submissions by ``surveyType``).
- :class:`PerParentFeed`: an unpaged list asked once per parent, for every
  parent on every run (interview stages per interview plan: few, and without
  sync tokens).
- :class:`ChildFeed`: a list asked per parent *that changed* (stage history per
  application, notes per candidate, events per interview schedule); the engine
  queues the parents (see ``Store.write_page(children=...)``) and calls
  :meth:`ChildFeed.children` for each.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from .._client import AsyncAshbyClient
from .._exceptions import AshbyAPIError, AshbyNotFoundError
from .._validation import check_sendable
from ._raw import RawPage, decode_page
from ._raw import objects as decoded

__all__ = ["ChildFeed", "Feed", "FeedPage", "ListFeed", "Mode", "PerParentFeed", "Retry"]

Mode = Literal["full", "incremental"]
Retry = Callable[[str, Callable[[], Awaitable[Any]]], Awaitable[Any]]
"""``retry(what, request)``: awaits ``request()``, asking again after passing failures."""


async def _once(what: str, request: Callable[[], Awaitable[Any]]) -> Any:
    return await request()


@dataclass
class FeedPage:
    """One page of a feed."""

    items: list[Any]
    """The objects: dicts, or raw JSON slices the store decodes (:func:`ashby_sdk.sync._raw.objects`)."""
    cursor: str | None
    """Where to resume after this page; ``None`` on the last page."""
    sync_token: str | None = None
    """The new sync token, on the last page of a sync-capable feed."""
    requests: int = 1
    """API requests this page took."""
    size: int | None = None
    """The bytes of the answer its items were sliced from (raw pages), which they keep in memory."""


def _dicts(items: Any) -> list[dict[str, Any]]:
    return [i for i in items or [] if isinstance(i, dict)]


@dataclass(frozen=True)
class ListFeed:
    """A list endpoint, in one or more ``parts`` (each part a body; tokens and cursors kept per part)."""

    endpoint: str
    parts: tuple[dict[str, Any], ...] = ({},)
    paged: bool = True
    sync: bool = False
    label: str = "listing"
    """The strategy's name in summaries, for lists without sync tokens (listed in full every run)."""

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

    async def page(
        self, client: AsyncAshbyClient, mode: Mode, token: str | None, cursor: str | None, retry: Retry = _once
    ) -> FeedPage:
        """The page at ``cursor`` (``None``: the first) of a ``mode`` listing (from ``token`` when incremental)."""
        part, api_cursor, new_tokens, old_tokens = self._decode(cursor, token)
        body = dict(self.parts[part])
        if mode == "incremental" and old_tokens[part]:
            body["syncToken"] = old_tokens[part]
        if api_cursor is not None:
            body["cursor"] = api_cursor
        if self.paged:
            body["limit"] = 100
        page = await retry(self.endpoint, lambda: self._fetch(client, body))
        items: list[Any] = page.items  # raw slices: the store's writer decodes them (see _raw)
        size = page.size
        if page.more:
            return FeedPage(items, self._encode(part, page.next_cursor, new_tokens), size=size)
        if self.sync:
            new_tokens = [*new_tokens, page.sync_token or ""]
        if part < len(self.parts) - 1:
            return FeedPage(items, self._encode(part + 1, None, new_tokens), size=size)
        if not self.sync:
            return FeedPage(items, None, size=size)
        joined = new_tokens[0] if len(self.parts) == 1 else json.dumps(new_tokens)
        return FeedPage(items, None, joined or None, size=size)

    async def _fetch(self, client: AsyncAshbyClient, body: dict[str, Any]) -> RawPage:
        answer = await client._api.post_raw(self.endpoint, check_sendable(self.endpoint, body))
        page = decode_page(answer, self.endpoint)
        if page.more and (not page.next_cursor or page.next_cursor == body.get("cursor")):
            # Looping on the same cursor would never end; say so instead (as the client's pagers do).
            raise AshbyAPIError(
                "moreDataAvailable is true but nextCursor is missing or repeated", endpoint=self.endpoint
            )
        return page

    async def pages(
        self, client: AsyncAshbyClient, mode: Mode, token: str | None, cursor: str | None, retry: Retry = _once
    ) -> AsyncIterator[FeedPage]:
        """Every page from ``cursor`` on."""
        while True:
            page = await self.page(client, mode, token, cursor, retry)
            yield page
            if page.cursor is None:
                return
            cursor = page.cursor


@dataclass(frozen=True)
class PerParentFeed:
    """An unpaged ``endpoint`` asked once per parent id (``param``), the ids read from ``parents`` first.

    The cursor holds the parent ids still to ask, so a resumed run asks the
    same parents as the run it resumes. A page is the children of up to
    ``batch`` parents, asked at once.
    """

    endpoint: str
    param: str
    parents: ListFeed
    label: str = "listing per parent"
    keep: Callable[[dict[str, Any]], bool] | None = None
    sync: bool = False
    batch: int = 8

    async def page(
        self, client: AsyncAshbyClient, mode: Mode, token: str | None, cursor: str | None, retry: Retry = _once
    ) -> FeedPage:
        extra = 0
        if cursor:
            todo: list[str] = json.loads(cursor)
        else:
            todo = []
            async for page in self.parents.pages(client, "full", None, None, retry):
                parents = decoded(page.items)
                todo += [str(p["id"]) for p in parents if self.keep is None or self.keep(dict(p))]
                extra += page.requests
        batch, todo = todo[: self.batch], todo[self.batch :]
        answers = await asyncio.gather(*(self._children(client, parent, retry) for parent in batch))
        objects = [o for answer in answers for o in answer]
        return FeedPage(objects, json.dumps(todo) if todo else None, requests=len(batch) + extra)

    async def pages(
        self, client: AsyncAshbyClient, mode: Mode, token: str | None, cursor: str | None, retry: Retry = _once
    ) -> AsyncIterator[FeedPage]:
        while True:
            page = await self.page(client, mode, token, cursor, retry)
            yield page
            if page.cursor is None:
                return
            cursor = page.cursor

    async def _children(self, client: AsyncAshbyClient, parent: str, retry: Retry) -> list[dict[str, Any]]:
        try:
            items = await retry(self.endpoint, lambda: client.request(self.endpoint, {self.param: parent}))
        except AshbyNotFoundError:  # the parent went away since it was listed
            items = []
        return _dicts(items)


@dataclass(frozen=True)
class ChildFeed:
    """A list asked per parent (``param`` = the parent's id), for the parents of stream ``parent`` that changed."""

    endpoint: str
    param: str
    parent: str
    """The name of the parent's stream (``"applications"``)."""
    paged: bool = True
    label: str = "per changed parent"
    sync: bool = False

    async def children(self, client: AsyncAshbyClient, parent_id: str, retry: Retry = _once) -> FeedPage:
        """Every child of ``parent_id`` (all its pages; none when the parent is gone)."""
        body: dict[str, Any] = {self.param: parent_id}
        items: list[dict[str, Any]] = []
        requests = 0
        try:
            while True:
                pager = client.paginate(self.endpoint, body, limit=100 if self.paged else None)
                page = await retry(self.endpoint, pager.first_page)
                requests += 1
                items += _dicts(page.items)
                if not page.more:
                    break
                body = {**body, "cursor": page.next_cursor}
        except AshbyNotFoundError:  # the parent went away since it changed: it has no children now
            pass
        return FeedPage(items, None, requests=max(requests, 1))


Feed = ListFeed | PerParentFeed | ChildFeed
