"""pytest fixtures: a fresh small emulator per test and SDK clients wired to it.

Registered as the ``ashby_emulator`` pytest11 entry point, so any project that
installs ``ashby-sdk`` can use::

    def test_lists(ashby_client):
        assert ashby_client.candidates.list()

pytest loads this module into every test run of every project that installs us,
so it costs nothing until a fixture is used: it imports pytest only, and the
emulator, httpx and the client load inside the fixtures.

``pytest --ashby-emulator-strict`` (or ``ashby_emulator_strict = true`` in the
pytest configuration, or ``ASHBY_EMULATOR_STRICT=1`` in the environment) makes the
fixture emulator refuse body parameters it does not know, to catch typos in the
code under test; by default it ignores them, as Ashby does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ashby_sdk import AshbyClient, AsyncAshbyClient

    from .core import Emulator

__all__ = ["ashby_client", "ashby_emulator", "async_ashby_client", "pytest_addoption"]

_STRICT_OPTION = "--ashby-emulator-strict"
_STRICT_INI = "ashby_emulator_strict"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--ashby-emulator-strict`` and the ``ashby_emulator_strict`` ini setting."""
    help_text = "the ashby_emulator fixture refuses unknown body parameters (Ashby ignores them)"
    parser.getgroup("ashby-sdk").addoption(_STRICT_OPTION, action="store_true", default=False, help=help_text)
    parser.addini(_STRICT_INI, help_text, type="bool", default=False)


@pytest.fixture
def ashby_emulator(request: pytest.FixtureRequest) -> Emulator:
    """A fresh emulator (seed 0, 50 candidates) for one test."""
    from .core import Emulator

    config = request.config
    strict = bool(config.getoption(_STRICT_OPTION) or config.getini(_STRICT_INI))
    # Not asked for here: leave it to ASHBY_EMULATOR_STRICT (read by the emulator).
    return Emulator(seed=0, candidates=50, strict=True if strict else None)


@pytest.fixture
def ashby_client(ashby_emulator: Emulator) -> Iterator[AshbyClient]:
    """An ``AshbyClient`` talking to :func:`ashby_emulator` in-process (no client-side rate limit)."""
    import httpx

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
    import httpx

    from ashby_sdk import AsyncAshbyClient

    http = httpx.AsyncClient(transport=ashby_emulator.async_transport())
    try:
        yield AsyncAshbyClient(
            api_key=ashby_emulator.api_key, base_url=ashby_emulator.base_url, http_client=http, rate_limit=None
        )
    finally:
        await http.aclose()
