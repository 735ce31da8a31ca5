"""Lazy pagers over Ashby's cursor-paged and unpaged list endpoints.

A pager sends nothing until it is iterated; then it walks the pages one
request at a time (``limit`` is the page size, at most 100), yielding typed
objects, so a list of any size streams in constant memory. After the last page
:attr:`Pager.sync_token` holds the ``syncToken`` Ashby sent, for the next
incremental sync::

    pager = client.candidates.sync(sync_token=saved)
    for candidate in pager:
        store(candidate)
    saved = pager.sync_token
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from ._base_client import APIClient, AsyncAPIClient
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
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


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
        parse: Callable[[Any], list[T]],
        *,
        page_size: int | None,
        paged: bool,
        keep: Callable[[T], bool] | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.body = body
        self.parse = parse
        self.page_size = page_size
        self.paged = paged
        self.keep = keep
        self.sync_token: str | None = None
        """The ``syncToken`` of the last page, once the pager has been drained."""
        self.pages_fetched = 0

    def request_body(self, cursor: str | None) -> dict[str, Any]:
        body = dict(self.body)
        if self.paged:
            if self.page_size is not None:
                body["limit"] = self.page_size
            if cursor is not None:
                body["cursor"] = cursor
        return body

    def to_page(self, envelope: dict[str, Any], previous_cursor: str | None) -> Page[T]:
        items = self.parse(envelope.get("results"))
        if self.keep is not None:
            items = [item for item in items if self.keep(item)]
        more = bool(envelope.get("moreDataAvailable")) and self.paged
        cursor = envelope.get("nextCursor")
        if more and (not isinstance(cursor, str) or not cursor or cursor == previous_cursor):
            # Looping on the same cursor would never end; say so instead.
            raise AshbyAPIError(
                "moreDataAvailable is true but nextCursor is missing or repeated",
                endpoint=self.endpoint,
                body=envelope,
            )
        self.pages_fetched += 1
        token = envelope.get("syncToken")
        page = Page(items, more, cursor if more else None, token if isinstance(token, str) else None, envelope)
        if not more:
            self.sync_token = page.sync_token
        return page


def _next_cursor(envelope: dict[str, Any]) -> str | None:
    cursor = envelope.get("nextCursor")
    return cursor if envelope.get("moreDataAvailable") and isinstance(cursor, str) and cursor else None


def pages_ahead(state: _PagerState[T], post: Callable[[str, dict[str, Any]], dict[str, Any]]) -> Iterator[Page[T]]:
    """Pages, with the next one downloading (in a worker thread) while this one is parsed.

    Requests stay strictly one after another (each needs the previous cursor);
    only parsing overlaps the wait for the server.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ashby-prefetch") as pool:
        cursor: str | None = None
        future = pool.submit(post, state.endpoint, state.request_body(None))
        while True:
            envelope = future.result()
            ahead = _next_cursor(envelope) if state.paged else None
            if ahead is not None and ahead != cursor:
                future = pool.submit(post, state.endpoint, state.request_body(ahead))
            page = state.to_page(envelope, cursor)
            yield page
            if not page.more:
                return
            cursor = page.next_cursor


async def async_pages_ahead(
    state: _PagerState[T], post: Callable[[str, dict[str, Any]], Awaitable[dict[str, Any]]]
) -> AsyncIterator[Page[T]]:
    """Pages, with the next one downloading while this one is parsed (in a thread, off the event loop)."""
    cursor: str | None = None
    task: asyncio.Future[dict[str, Any]] = asyncio.ensure_future(post(state.endpoint, state.request_body(None)))
    try:
        while True:
            envelope = await task
            ahead = _next_cursor(envelope) if state.paged else None
            if ahead is not None and ahead != cursor:
                task = asyncio.ensure_future(post(state.endpoint, state.request_body(ahead)))
            page = await asyncio.to_thread(state.to_page, envelope, cursor)
            yield page
            if not page.more:
                return
            cursor = page.next_cursor
    finally:
        if not task.done():
            task.cancel()


# <unasync>
class AsyncPager(_PagerState[T]):
    """A lazy list: iterate it (``async for``) to walk every page; ``sync_token`` is set once drained."""

    def __init__(
        self,
        api: AsyncAPIClient,
        endpoint: str,
        body: dict[str, Any],
        parse: Callable[[Any], list[T]],
        *,
        page_size: int | None = None,
        paged: bool = True,
        keep: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(endpoint, body, parse, page_size=page_size, paged=paged, keep=keep)
        self._api = api

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn, one request per page."""
        cursor: str | None = None
        while True:
            envelope = await self._api.post(self.endpoint, self.request_body(cursor))
            page = self.to_page(envelope, cursor)
            yield page
            if not page.more:
                return
            cursor = page.next_cursor

    async def first_page(self) -> Page[T]:
        """Only the first page (one request)."""
        return self.to_page(await self._api.post(self.endpoint, self.request_body(None)), None)

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def to_list(self) -> list[T]:
        """Every object of every page, in one list.

        Since every page is wanted, the next page is requested as soon as the
        current one arrives and downloads while the current one is parsed.
        """
        items: list[T] = []
        async for page in async_pages_ahead(self, self._post):
            items.extend(page.items)
        return items

    async def _post(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        return await self._api.post(endpoint, body)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Pager(_PagerState[T]):
    """A lazy list: iterate it (``for``) to walk every page; ``sync_token`` is set once drained."""

    def __init__(
        self,
        api: APIClient,
        endpoint: str,
        body: dict[str, Any],
        parse: Callable[[Any], list[T]],
        *,
        page_size: int | None = None,
        paged: bool = True,
        keep: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(endpoint, body, parse, page_size=page_size, paged=paged, keep=keep)
        self._api = api

    def pages(self) -> Iterator[Page[T]]:
        """Each page in turn, one request per page."""
        cursor: str | None = None
        while True:
            envelope = self._api.post(self.endpoint, self.request_body(cursor))
            page = self.to_page(envelope, cursor)
            yield page
            if not page.more:
                return
            cursor = page.next_cursor

    def first_page(self) -> Page[T]:
        """Only the first page (one request)."""
        return self.to_page(self._api.post(self.endpoint, self.request_body(None)), None)

    def _items(self) -> Iterator[T]:
        for page in self.pages():
            for item in page.items:
                yield item

    def __iter__(self) -> Iterator[T]:
        return self._items()

    def to_list(self) -> list[T]:
        """Every object of every page, in one list.

        Since every page is wanted, the next page is requested as soon as the
        current one arrives and downloads while the current one is parsed.
        """
        items: list[T] = []
        for page in pages_ahead(self, self._post):
            items.extend(page.items)
        return items

    def _post(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._api.post(endpoint, body)


# </generated>
