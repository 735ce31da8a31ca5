"""Shared fixtures: every test talks to the emulator, in-process or over a real local server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from ashby_sdk import AshbyClient, AsyncAshbyClient
from ashby_sdk.emulator import Emulator


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def emu() -> Emulator:
    """A small, fresh organisation per test."""
    return Emulator(seed=7, candidates=60)


def make_client(emu: Emulator, **options: object) -> AshbyClient:
    options.setdefault("rate_limit", None)
    return AshbyClient(
        api_key=emu.api_key,
        base_url=emu.base_url,
        http_client=httpx.Client(transport=emu.transport()),
        **options,  # type: ignore[arg-type]
    )


def make_async_client(emu: Emulator, **options: object) -> AsyncAshbyClient:
    options.setdefault("rate_limit", None)
    return AsyncAshbyClient(
        api_key=emu.api_key,
        base_url=emu.base_url,
        http_client=httpx.AsyncClient(transport=emu.async_transport()),
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
def client(emu: Emulator) -> Iterator[AshbyClient]:
    with make_client(emu) as c:
        yield c


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncAshbyClient]:
    async with make_async_client(emu) as c:
        yield c


def api_requests(emu: Emulator, endpoint: str | None = None) -> list[object]:
    """The requests the emulator received (for one endpoint), faulted ones included."""
    return [r for r in emu.requests if endpoint is None or r.endpoint == endpoint]
