"""Shared by the mirror tests: run a mirror against an emulator, and what the emulator serves."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from ashby_sdk import AshbyClient
from ashby_sdk.emulator import Emulator
from ashby_sdk.sync import STREAMS, Mirror, MirrorSummary, SQLiteStore
from ashby_sdk.sync.feeds import ChildFeed, ListFeed, PerParentFeed

from ..conftest import make_async_client, make_client


def run_mirror(emu: Emulator, db: Path | SQLiteStore, **options: Any) -> MirrorSummary:
    """One mirror run of ``emu`` into ``db`` (through the in-process async transport)."""

    async def go() -> MirrorSummary:
        client_options = {"max_retries": options.pop("max_retries", 3)}
        if "client_retry_delay" in options:
            client_options["retry_delay"] = options.pop("client_retry_delay")
        async with make_async_client(emu, **client_options) as client:
            store = db if isinstance(db, SQLiteStore) else str(db)
            return await Mirror(client, store, **options).run()

    return asyncio.run(go())


def _listed(client: AshbyClient, feed: ListFeed) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for body in feed.parts:
        out += client.paginate(feed.endpoint, body, limit=100 if feed.paged else None).to_list()
    return out


def served(emu: Emulator, names: list[str] | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """Every object the emulator serves now, per table and id (asked with the sync client, not the mirror)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with make_client(emu) as client:
        for name in names or list(STREAMS):
            feed = STREAMS[name].feed
            if isinstance(feed, PerParentFeed):
                objects = []
                for parent in _listed(client, feed.parents):
                    objects += client.request(feed.endpoint, {feed.param: parent["id"]})
            elif isinstance(feed, ChildFeed):
                parent_feed = STREAMS[feed.parent].feed
                assert isinstance(parent_feed, ListFeed)
                objects = []
                for parent in _listed(client, parent_feed):
                    objects += client.paginate(feed.endpoint, {feed.param: parent["id"]}).to_list()
            else:
                objects = _listed(client, feed)
            out[name] = {o["id"]: o for o in objects}
    return out


def stored(db: Path, names: list[str] | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """Every object of the store (removed rows left out), per table and id."""
    with SQLiteStore(db) as store:
        return {name: store.objects(STREAMS[name].table) for name in names or list(STREAMS)}


def by_name(summary: MirrorSummary) -> dict[str, Any]:
    return {r.name: r for r in summary.lists}
