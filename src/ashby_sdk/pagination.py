"""Lazy pagers over Ashby's cursor-paged and unpaged list endpoints.

A pager sends nothing until it is iterated; then it walks the pages one
request at a time (``limit`` is the page size, at most 100), yielding typed
objects, so a list of any size streams in constant memory. ``max_items`` stops
it once that many objects were yielded: no further page is fetched (and when
no ``limit`` is given the page size shrinks to fit, so ``max_items=1`` is one
small request). After the last page :attr:`Pager.sync_token` holds the
``syncToken`` Ashby sent, for the next incremental sync (a pager stopped early
by ``max_items`` has none)::

    pager = client.candidates.sync(sync_token=saved)
    for candidate in pager:
        store(candidate)
    saved = pager.sync_token
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from ._base_client import Answer, APIClient, AsyncAPIClient, decode_envelope
from ._constants import MAX_PAGE_SIZE
from ._decode import decode_typed
from ._exceptions import AshbyAPIError
from ._models import AshbyModel, parse_many

__all__ = ["AsyncPager", "Page", "Pager"]

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    """One page of a list: its objects and where the list goes on from there."""

    items: list[T]
    more: bool = False
    next_cursor: str | None = None
    sync_token: str | None = None
    content: bytes = field(default=b"", repr=False)
    """The answer's bytes, as received."""

    @property
    def raw(self) -> dict[str, Any]:
        """The whole answer (envelope included), decoded."""
        decoded: dict[str, Any] = json.loads(self.content) if self.content else {}
        return decoded


def parse_items(model: type[AshbyModel] | None, results: Any) -> list[T]:
    """Parse a page's ``results`` into ``model`` objects (plain values when ``model`` is ``None``)."""
    if not isinstance(results, list):
        results = [] if results is None else [results]
    if model is None:
        return cast("list[T]", results)
    return cast("list[T]", parse_many(model, results))


class _PagerState(Generic[T]):
    """What a pager knows, shared by the sync and async shells."""

    def __init__(
        self,
        endpoint: str,
        body: dict[str, Any],
        model: type[AshbyModel] | None,
        *,
        page_size: int | None,
        paged: bool,
        keep: Callable[[T], bool] | None = None,
        max_items: int | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.body = body
        self.model = model
        self.max_items = max_items
        """Stop once this many objects were yielded (``None``: every page)."""
        if page_size is None and max_items is not None and keep is None:
            page_size = min(max_items, MAX_PAGE_SIZE)
        self.page_size = page_size
        self.paged = paged
        self.keep = keep
        self.sync_token: str | None = None
        """The ``syncToken`` of the last page, once the pager has been drained."""
        self.pages_fetched = 0

    def capped(self, page: Page[T], yielded: int) -> tuple[Page[T], bool]:
        """``page`` cut to what ``max_items`` still allows after ``yielded`` objects; and whether to stop."""
        if self.max_items is None:
            return page, not page.more
        room = self.max_items - yielded
        if len(page.items) >= room:
            page.items = page.items[:room]
            return page, True
        return page, not page.more

    def request_body(self, cursor: str | None) -> dict[str, Any]:
        body = dict(self.body)
        if self.paged:
            if self.page_size is not None:
                body["limit"] = self.page_size
            if cursor is not None:
                body["cursor"] = cursor
        return body

    def to_page(self, response: Answer, previous_cursor: str | None) -> Page[T]:
        """A page of typed objects, the whole page validated at once (fast: for :meth:`to_list`)."""
        decoded = decode_typed(response, self.model, many=True) if self.model is not None else None
        if decoded is None:  # raw pages, error envelopes, payloads that need the lenient parser
            page = self.raw_page(response, previous_cursor)
            parsed: list[T] = parse_items(self.model, page.items)
            page.items = [item for item in parsed if self.keep is None or self.keep(item)]
            return cast("Page[T]", page)
        items = cast("list[T]", decoded.items)
        if self.keep is not None:
            items = [item for item in items if self.keep(item)]
        return self._finish(items, decoded.more, decoded.next_cursor, decoded.sync_token, response, previous_cursor)

    def raw_page(self, response: Answer, previous_cursor: str | None) -> Page[Any]:
        """A page of the objects as sent (dicts), not yet parsed."""
        envelope = decode_envelope(response, self.endpoint)
        results = envelope.get("results")
        items = results if isinstance(results, list) else ([] if results is None else [results])
        token = envelope.get("syncToken")
        more, cursor = bool(envelope.get("moreDataAvailable")), envelope.get("nextCursor")
        return self._finish(items, more, cursor, token if isinstance(token, str) else None, response, previous_cursor)

    def _finish(
        self,
        items: list[Any],
        more: bool,
        cursor: Any,
        token: str | None,
        response: Answer,
        previous_cursor: str | None,
    ) -> Page[Any]:
        more = more and self.paged
        if more and (not isinstance(cursor, str) or not cursor or cursor == previous_cursor):
            # Looping on the same cursor would never end; say so instead.
            raise AshbyAPIError(
                "moreDataAvailable is true but nextCursor is missing or repeated",
                endpoint=self.endpoint,
                body=response.content[:200].decode(errors="replace"),
            )
        self.pages_fetched += 1
        page: Page[Any] = Page(items, more, cursor if more else None, token, response.content)
        if not more:
            self.sync_token = page.sync_token
        return page


# <unasync>
class AsyncPager(_PagerState[T]):
    """A lazy list: iterate it (``async for``) to walk every page; ``sync_token`` is set once drained."""

    def __init__(
        self,
        api: AsyncAPIClient,
        endpoint: str,
        body: dict[str, Any],
        model: type[AshbyModel] | None,
        *,
        page_size: int | None = None,
        paged: bool = True,
        keep: Callable[[T], bool] | None = None,
        max_items: int | None = None,
    ) -> None:
        super().__init__(endpoint, body, model, page_size=page_size, paged=paged, keep=keep, max_items=max_items)
        self._api = api

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn, one request per page (stopping once ``max_items`` objects were yielded)."""
        cursor: str | None = None
        yielded = 0
        while True:
            envelope = await self._api.post_raw(self.endpoint, self.request_body(cursor))
            page, last = self.capped(self.to_page(envelope, cursor), yielded)
            yielded += len(page.items)
            yield page
            if last:
                return
            cursor = page.next_cursor

    async def first_page(self) -> Page[T]:
        """Only the first page (one request; at most ``max_items`` objects)."""
        page = self.to_page(await self._api.post_raw(self.endpoint, self.request_body(None)), None)
        return self.capped(page, 0)[0]

    async def _items(self) -> AsyncIterator[T]:
        # One page of typed objects at a time: smaller than the same page as dicts.
        async for page in self.pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def to_list(self) -> list[T]:
        """Every object of every page, in one list."""
        items: list[T] = []
        async for page in self.pages():
            items.extend(page.items)
        return items


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Pager(_PagerState[T]):
    """A lazy list: iterate it (``for``) to walk every page; ``sync_token`` is set once drained."""

    def __init__(
        self,
        api: APIClient,
        endpoint: str,
        body: dict[str, Any],
        model: type[AshbyModel] | None,
        *,
        page_size: int | None = None,
        paged: bool = True,
        keep: Callable[[T], bool] | None = None,
        max_items: int | None = None,
    ) -> None:
        super().__init__(endpoint, body, model, page_size=page_size, paged=paged, keep=keep, max_items=max_items)
        self._api = api

    def pages(self) -> Iterator[Page[T]]:
        """Each page in turn, one request per page (stopping once ``max_items`` objects were yielded)."""
        cursor: str | None = None
        yielded = 0
        while True:
            envelope = self._api.post_raw(self.endpoint, self.request_body(cursor))
            page, last = self.capped(self.to_page(envelope, cursor), yielded)
            yielded += len(page.items)
            yield page
            if last:
                return
            cursor = page.next_cursor

    def first_page(self) -> Page[T]:
        """Only the first page (one request; at most ``max_items`` objects)."""
        page = self.to_page(self._api.post_raw(self.endpoint, self.request_body(None)), None)
        return self.capped(page, 0)[0]

    def _items(self) -> Iterator[T]:
        # One page of typed objects at a time: smaller than the same page as dicts.
        for page in self.pages():
            for item in page.items:
                yield item

    def __iter__(self) -> Iterator[T]:
        return self._items()

    def to_list(self) -> list[T]:
        """Every object of every page, in one list."""
        items: list[T] = []
        for page in self.pages():
            items.extend(page.items)
        return items


# </generated>
