"""emulator/pytest_plugin.py: the fixtures this package registers for everyone's tests."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AsyncAshbyClient
from ashby_sdk.emulator import Emulator


def test_sync_client_fixture_talks_to_the_fixture_emulator(ashby_emulator: Emulator, ashby_client: AshbyClient) -> None:
    created = ashby_client.candidates.create(name="Fixture Person")
    assert created.id in ashby_emulator.org["candidates"]
    assert ashby_emulator.requests[-1].endpoint == "candidate.create"


@pytest.mark.anyio
async def test_async_client_fixture(ashby_emulator: Emulator, async_ashby_client: AsyncAshbyClient) -> None:
    candidates = await async_ashby_client.candidates.list()
    assert len(candidates) == len(ashby_emulator.org["candidates"])


def test_each_test_gets_a_fresh_emulator(ashby_emulator: Emulator) -> None:
    assert ashby_emulator.requests == []
