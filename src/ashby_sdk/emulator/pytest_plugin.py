"""pytest fixtures: a fresh small emulator per test and SDK clients wired to it.

Registered as the ``ashby_emulator`` pytest11 entry point, so any project that
installs ``ashby-sdk`` can use::

    def test_lists(ashby_client):
        assert ashby_client.candidates.list()
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx
import pytest

from .core import Emulator

if TYPE_CHECKING:
    from ashby_sdk import AshbyClient, AsyncAshbyClient

__all__ = ["ashby_client", "ashby_emulator", "async_ashby_client"]


@pytest.fixture
def ashby_emulator() -> Emulator:
    """A fresh emulator (seed 0, 50 candidates) for one test."""
    return Emulator(seed=0, candidates=50)


@pytest.fixture
def ashby_client(ashby_emulator: Emulator) -> Iterator[AshbyClient]:
    """An ``AshbyClient`` talking to :func:`ashby_emulator` in-process (no client-side rate limit)."""
    from ashby_sdk import AshbyClient

    http = httpx.Client(transport=ashby_emulator.transport())
    try:
        yield AshbyClient(
            api_key=ashby_emulator.api_key, base_url=ashby_emulator.base_url, http_client=http, rate_limit=None
        )
    finally:
        http.close()


@pytest.fixture
async def async_ashby_client(ashby_emulator: Emulator) -> AsyncIterator[AsyncAshbyClient]:
    """An ``AsyncAshbyClient`` talking to :func:`ashby_emulator` in-process (needs an async test plugin, e.g. anyio)."""
    from ashby_sdk import AsyncAshbyClient

    http = httpx.AsyncClient(transport=ashby_emulator.async_transport())
    try:
        yield AsyncAshbyClient(
            api_key=ashby_emulator.api_key, base_url=ashby_emulator.base_url, http_client=http, rate_limit=None
        )
    finally:
        await http.aclose()
