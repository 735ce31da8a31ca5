"""A dlt source for Ashby: the mirror's streams, for pipelines that outgrow one process.

``ashby_source()`` yields one dlt resource per mirrored object type (the same
streams as ``ashby sync``, see :data:`ashby_sdk.sync.streams.STREAMS`). Lists that
take a ``syncToken`` keep it in the resource's dlt state and load incrementally
(``write_disposition="merge"`` on ``id``); an expired or refused token falls back
to a full listing of that resource only. Lists without tokens are small metadata
lists, listed in full each run (``"replace"``). The mirror's child lists (stage
history, notes, interview events: one request per changed parent) need the
mirror's queue of changed parents and are not offered here::

    import dlt
    from ashby_sdk.integrations.dlt import ashby_source

    pipeline = dlt.pipeline("ashby", destination="duckdb", dataset_name="ashby")
    pipeline.run(ashby_source(streams=["candidates", "applications", "jobs"]))

Needs the ``dlt`` extra. The API key comes from ``api_key=``, ``ASHBY_API_KEY`` or
``.env`` (dlt's own secrets work too: pass ``api_key=dlt.secrets["ashby_api_key"]``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import dlt

from .._client import AsyncAshbyClient
from .._exceptions import AshbyAuthError, AshbyConfigError, AshbySyncTokenExpiredError
from ..sync._raw import objects as objects_of
from ..sync.feeds import ChildFeed, FeedPage, Mode
from ..sync.streams import STREAMS, Stream

__all__ = ["ashby_source"]

ClientFactory = Callable[[], AsyncAshbyClient]
log = logging.getLogger("ashby_sdk")


def _pages(stream: Stream, make_client: ClientFactory, mode: Mode, token: str | None) -> Iterator[FeedPage]:
    """Drive the stream's async feed from dlt's (synchronous) extraction, one event loop per resource."""
    loop = asyncio.new_event_loop()
    try:
        client = make_client()
        feed = stream.feed
        assert not isinstance(feed, ChildFeed)
        pages = feed.pages(client, mode, token, None)
        try:
            while True:
                try:
                    yield loop.run_until_complete(pages.__anext__())
                except StopAsyncIteration:
                    return
        finally:
            close = getattr(pages, "aclose", None)
            if close is not None:
                loop.run_until_complete(close())
            loop.run_until_complete(client.close())
    finally:
        loop.close()


def _resource(stream: Stream, make_client: ClientFactory) -> Any:
    incremental = stream.feed.sync

    def objects() -> Iterator[list[Any]]:
        state = dlt.current.resource_state()
        token = state.get("sync_token") if incremental else None
        mode: Mode = "incremental" if token else "full"
        try:
            for page in _pages(stream, make_client, mode, token):
                yield objects_of(page.items)
                if page.cursor is None and incremental:
                    state["sync_token"] = page.sync_token
        except AshbySyncTokenExpiredError:
            state.pop("sync_token", None)  # too old or too large: list this resource in full
            for page in _pages(stream, make_client, "full", None):
                yield objects_of(page.items)
                if page.cursor is None:
                    state["sync_token"] = page.sync_token
        except AshbyAuthError as exc:
            # A key without this list's permission: skip the resource, as `ashby sync` does.
            log.warning("skipping %s: %s", stream.name, exc)

    return dlt.resource(
        objects,
        name=stream.name,
        primary_key="id",
        write_disposition="merge" if incremental else "replace",
    )


@dlt.source(name="ashby", max_table_nesting=0)
def ashby_source(
    api_key: str | None = None,
    base_url: str | None = None,
    streams: Iterable[str] | None = None,
    client_factory: ClientFactory | None = None,
) -> Any:
    """The Ashby streams as dlt resources (all of them, or those named in ``streams``).

    ``client_factory`` builds the :class:`AsyncAshbyClient` each resource uses
    (for tests or a custom transport); by default one is built from ``api_key``
    and ``base_url`` (or ``ASHBY_API_KEY`` / ``ASHBY_BASE_URL``).
    """
    known = {n: s for n, s in STREAMS.items() if not isinstance(s.feed, ChildFeed)}
    names = list(known) if streams is None else list(streams)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise AshbyConfigError(f"unknown stream(s) {', '.join(unknown)}: known are {', '.join(known)}")
    make_client = client_factory or (lambda: AsyncAshbyClient(api_key=api_key, base_url=base_url))
    return [_resource(STREAMS[name], make_client) for name in names]
