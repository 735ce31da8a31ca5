"""The base of every resource: name the endpoint, check and build the body, say what to parse into.

Resources never touch HTTP; they hand an endpoint and a body to the base client.

The typed methods follow one principle: never stricter than Ashby. Every
optional parameter defaults to :data:`~ashby_sdk.NOT_GIVEN` (not sent); ``None``
is sent as ``null``; enum values are any string; dates take a datetime, a date,
an ISO 8601 string or epoch milliseconds (naive means UTC). Only what would make
a request malformed is refused before sending (:mod:`ashby_sdk._validation`).
Every list, iterator and sync pager takes ``limit`` (the page size) and
``max_items`` (stop after that many objects). Every typed method takes the
per-call options (:class:`~ashby_sdk.RequestOptions`: ``timeout``,
``max_retries``, ``extra_headers``, ``extra_body``, ``idempotent``) as
``**options`` and hands them to :meth:`AsyncAPIResource._call`, ``_upload`` or
``_pager`` (a pager keeps them for every page it fetches).
"""

from __future__ import annotations

import builtins
import functools
import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, ParamSpec, TypeVar, cast

from ._base_client import Answer, FileTuple, decode_envelope
from ._catalogue import ENDPOINTS
from ._dates import to_epoch_ms, to_iso
from ._decode import decode_typed
from ._models import AshbyModel, parse_model
from ._not_given import NotGiven
from ._request_options import check_keywords
from ._validation import check_body, check_max_items, check_page_size
from .pagination import AsyncPager, Pager

if TYPE_CHECKING:
    from ._base_client import APIClient, AsyncAPIClient
    from ._client import AshbyClient, AsyncAshbyClient
    from ._request_options import RequestOptions, Unpack

__all__ = [
    "APIResource",
    "AsyncAPIResource",
    "AsyncListResource",
    "AsyncSyncableListResource",
    "ListResource",
    "SyncableListResource",
    "epoch_ms",
    "iso_time",
    "sync_body",
]

M = TypeVar("M", bound=AshbyModel)
P = ParamSpec("P")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])


def collect(iterate: Callable[Concatenate[R, P], Pager[M]], doc: str) -> Callable[Concatenate[R, P], builtins.list[M]]:
    """``list`` made from ``iter``: the same parameters, every page fetched into one list.

    Used as ``list = collect(iter, "...")`` in a resource class, so the two never drift apart; the
    list's docstring is ``doc`` followed by ``iter``'s, which says what each parameter means.
    """

    @functools.wraps(iterate)
    def collected(self: R, /, *args: P.args, **kwargs: P.kwargs) -> builtins.list[M]:
        return iterate(self, *args, **kwargs).to_list()

    return _named_list(collected, doc)


def async_collect(
    iterate: Callable[Concatenate[R, P], AsyncPager[M]], doc: str
) -> Callable[Concatenate[R, P], Awaitable[builtins.list[M]]]:
    """:func:`collect` for the async resources (``await resource.list(...)``)."""

    @functools.wraps(iterate)
    async def collected(self: R, /, *args: P.args, **kwargs: P.kwargs) -> builtins.list[M]:
        return await iterate(self, *args, **kwargs).to_list()

    return _named_list(collected, doc)


def _named_list(function: F, doc: str) -> F:
    # functools.wraps gave it iter's name and docstring (and its signature, which is the point).
    signature = inspect.signature(function)
    returned = signature.return_annotation
    if isinstance(returned, str) and "[" in returned:  # "Pager[Job]" -> "list[Job]"
        signature = signature.replace(return_annotation="list[" + returned.split("[", 1)[1])
    function.__signature__ = signature  # type: ignore[attr-defined]
    iterated = inspect.cleandoc(function.__doc__ or "")  # iter's, copied by functools.wraps
    function.__doc__ = (
        f"{doc}\n\nParameters as for :meth:`iter`, which fetches one page at a time:\n\n{iterated}" if iterated else doc
    )
    function.__name__ = "list"
    function.__qualname__ = function.__qualname__.rsplit(".", 1)[0] + ".list"
    return function


def _paged(endpoint: str) -> bool:
    spec = ENDPOINTS.get(endpoint)
    return spec.paged if spec is not None else True


def epoch_ms(value: Any, name: str = "value") -> Any:
    """A moment as Ashby's ``createdAfter``-style filters take it: milliseconds since the epoch.

    ``NOT_GIVEN`` and ``None`` pass through (left out, or sent as ``null``); see :mod:`ashby_sdk._dates`.
    """
    return value if value is None or isinstance(value, NotGiven) else to_epoch_ms(value, name)


def iso_time(value: Any, name: str = "value") -> Any:
    """A moment as Ashby's ``createdAt``-style fields take it: ISO 8601 (a naive datetime is UTC)."""
    return value if value is None or isinstance(value, NotGiven) else to_iso(value, name)


def sync_body(sync_token: str | None) -> dict[str, Any]:
    """The ``syncToken`` part of a sync request: nothing for a full sync (``None``)."""
    return {} if sync_token is None else {"syncToken": sync_token}


def parse_one(response: Answer, endpoint: str, model: type[M]) -> M:
    """The one object of an answer: the fast typed path, else the lenient one (which also raises errors)."""
    decoded = decode_typed(response, model, many=False)
    if decoded is not None:
        return decoded.items[0]
    return parse_model(model, decode_envelope(response, endpoint).get("results"))


# <unasync>
class AsyncAPIResource:
    """Base of the async resources (``client.candidates``, ``client.jobs``, ...)."""

    def __init__(self, client: AsyncAshbyClient) -> None:
        self._client = client

    def _api_for(self, options: RequestOptions) -> AsyncAPIClient:
        """The transport as a call with ``options`` sees it (the client's own when there are none)."""
        if not options:
            return self._client._api
        check_keywords(options)
        return self._client._api.with_request_options(options)

    async def _call(self, endpoint: str, body: dict[str, Any], model: type[M], **options: Unpack[RequestOptions]) -> M:
        if options:
            check_keywords(options)
        response = await self._client._api.post_raw(endpoint, check_body(endpoint, body), **options)
        return parse_one(response, endpoint, model)

    async def _upload(
        self,
        endpoint: str,
        body: dict[str, Any],
        files: dict[str, FileTuple],
        model: type[M],
        **options: Unpack[RequestOptions],
    ) -> M:
        if options:
            check_keywords(options)
        response = await self._client._api.post_raw(endpoint, check_body(endpoint, body), files=files, **options)
        return parse_one(response, endpoint, model)

    def _pager(
        self,
        endpoint: str,
        body: dict[str, Any],
        model: type[M],
        *,
        limit: int | None = None,
        max_items: int | None = None,
        keep: Callable[[M], bool] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[M]:
        return AsyncPager(
            self._api_for(options),  # the options checked now, and kept for every page
            endpoint,
            check_body(endpoint, body),
            model,
            page_size=check_page_size(limit),
            paged=_paged(endpoint),
            keep=keep,
            max_items=check_max_items(max_items),
        )


class AsyncListResource(AsyncAPIResource, Generic[M]):
    """A resource whose list endpoint takes no filters: ``list()``, ``iter()``."""

    list_endpoint: ClassVar[str]
    model: ClassVar[type[AshbyModel]]
    list_body: ClassVar[Mapping[str, Any]] = {}

    def iter(
        self, *, limit: int | None = None, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[M]:
        """Every object (the first ``max_items`` when given), lazily: one request per page where the endpoint
        pages, ``limit`` objects a page."""
        model = cast("type[M]", self.model)
        body = dict(self.list_body)
        return self._pager(self.list_endpoint, body, model, limit=limit, max_items=max_items, **options)

    async def list(
        self, *, limit: int | None = None, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[M]:
        """Every object (the first ``max_items`` when given), in one list; ``limit`` is the page size."""
        return await self.iter(limit=limit, max_items=max_items, **options).to_list()


class AsyncSyncableListResource(AsyncListResource[M]):
    """A list resource whose endpoint takes a ``syncToken``: adds ``sync()``."""

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[M]:
        """Objects changed since ``sync_token`` (all when ``None``); read ``.sync_token`` once drained
        (a pager stopped by ``max_items`` has none).

        Raises :class:`AshbySyncTokenExpiredError` when the token is too old.
        """
        body = {**self.list_body, **sync_body(sync_token)}
        model = cast("type[M]", self.model)
        return self._pager(self.list_endpoint, body, model, limit=limit, max_items=max_items, **options)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class APIResource:
    """Base of the async resources (``client.candidates``, ``client.jobs``, ...)."""

    def __init__(self, client: AshbyClient) -> None:
        self._client = client

    def _api_for(self, options: RequestOptions) -> APIClient:
        """The transport as a call with ``options`` sees it (the client's own when there are none)."""
        if not options:
            return self._client._api
        check_keywords(options)
        return self._client._api.with_request_options(options)

    def _call(self, endpoint: str, body: dict[str, Any], model: type[M], **options: Unpack[RequestOptions]) -> M:
        if options:
            check_keywords(options)
        response = self._client._api.post_raw(endpoint, check_body(endpoint, body), **options)
        return parse_one(response, endpoint, model)

    def _upload(
        self,
        endpoint: str,
        body: dict[str, Any],
        files: dict[str, FileTuple],
        model: type[M],
        **options: Unpack[RequestOptions],
    ) -> M:
        if options:
            check_keywords(options)
        response = self._client._api.post_raw(endpoint, check_body(endpoint, body), files=files, **options)
        return parse_one(response, endpoint, model)

    def _pager(
        self,
        endpoint: str,
        body: dict[str, Any],
        model: type[M],
        *,
        limit: int | None = None,
        max_items: int | None = None,
        keep: Callable[[M], bool] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[M]:
        return Pager(
            self._api_for(options),  # the options checked now, and kept for every page
            endpoint,
            check_body(endpoint, body),
            model,
            page_size=check_page_size(limit),
            paged=_paged(endpoint),
            keep=keep,
            max_items=check_max_items(max_items),
        )


class ListResource(APIResource, Generic[M]):
    """A resource whose list endpoint takes no filters: ``list()``, ``iter()``."""

    list_endpoint: ClassVar[str]
    model: ClassVar[type[AshbyModel]]
    list_body: ClassVar[Mapping[str, Any]] = {}

    def iter(
        self, *, limit: int | None = None, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[M]:
        """Every object (the first ``max_items`` when given), lazily: one request per page where the endpoint
        pages, ``limit`` objects a page."""
        model = cast("type[M]", self.model)
        body = dict(self.list_body)
        return self._pager(self.list_endpoint, body, model, limit=limit, max_items=max_items, **options)

    def list(
        self, *, limit: int | None = None, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[M]:
        """Every object (the first ``max_items`` when given), in one list; ``limit`` is the page size."""
        return self.iter(limit=limit, max_items=max_items, **options).to_list()


class SyncableListResource(ListResource[M]):
    """A list resource whose endpoint takes a ``syncToken``: adds ``sync()``."""

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[M]:
        """Objects changed since ``sync_token`` (all when ``None``); read ``.sync_token`` once drained
        (a pager stopped by ``max_items`` has none).

        Raises :class:`AshbySyncTokenExpiredError` when the token is too old.
        """
        body = {**self.list_body, **sync_body(sync_token)}
        model = cast("type[M]", self.model)
        return self._pager(self.list_endpoint, body, model, limit=limit, max_items=max_items, **options)


# </generated>
