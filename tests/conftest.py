"""Shared fixtures: every test talks to the emulator, in-process or over a real local server."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from ashby_sdk import AshbyClient, AsyncAshbyClient
from ashby_sdk.emulator import Emulator


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards.

    Needs ``ASHBY_TEST_POSTGRES_DSN`` (``.ci/run`` starts a server with
    ``scripts/ci_postgres.sh`` and sets it): skipped locally without it, and a
    failure under CI, so that the PostgreSQL tests can never silently not run.
    """
    dsn = os.environ.get("ASHBY_TEST_POSTGRES_DSN")
    if not dsn:
        if os.environ.get("CI"):
            pytest.fail("ASHBY_TEST_POSTGRES_DSN is not set: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL server (set ASHBY_TEST_POSTGRES_DSN, e.g. from scripts/ci_postgres.sh)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            sep = "&" if "?" in dsn else "?"
            yield f"{dsn}{sep}options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


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
