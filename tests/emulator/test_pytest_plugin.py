"""emulator/pytest_plugin.py: the fixtures this package registers for everyone's tests."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from ashby_sdk import AshbyClient, AsyncAshbyClient
from ashby_sdk.emulator import Emulator

pytest_plugins = ["pytester"]


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
    assert ashby_emulator.strict is False  # unknown parameters are ignored, as Ashby does


def test_the_plugin_costs_nothing_until_a_fixture_is_used() -> None:
    # pytest imports the plugin in every run of every project that installs us.
    probe = (
        "import sys\n"
        "import ashby_sdk.emulator.pytest_plugin\n"
        "heavy = ('httpx', 'ashby_sdk.emulator.core', 'ashby_sdk.emulator.wire', 'ashby_sdk._client',\n"
        "         'ashby_sdk._base_client', 'pydantic', 'msgspec')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout


def test_the_plugin_is_registered_for_pytest() -> None:
    (entry,) = [e for e in entry_points(group="pytest11") if e.name == "ashby_emulator"]
    assert entry.value == "ashby_sdk.emulator.pytest_plugin"


TEST_FILE = """
def test_it(ashby_emulator):
    http = __import__("httpx").Client(
        base_url=ashby_emulator.base_url, transport=ashby_emulator.transport(), auth=(ashby_emulator.api_key, "")
    )
    answer = http.post("/source.list", json={"limit": 5}).json()
    assert answer["success"] is EXPECTED, answer
"""


@pytest.mark.parametrize(
    ("args", "ini", "expected"),
    [
        (["--ashby-emulator-strict"], "", False),
        ([], "[pytest]\nashby_emulator_strict = true\n", False),
    ],
)
def test_strict_mode_for_the_fixture(pytester: pytest.Pytester, args: list[str], ini: str, expected: bool) -> None:
    pytester.makepyfile(TEST_FILE.replace("EXPECTED", str(expected)))
    if ini:
        pytester.makeini(ini)
    pytester.runpytest(*args, "-p", "no:cacheprovider").assert_outcomes(passed=1)
