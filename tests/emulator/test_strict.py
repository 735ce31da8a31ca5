"""The emulator accepts what Ashby accepts: unknown parameters are ignored, unless strict mode is asked for.

No reference page says how Ashby answers a parameter an endpoint does not take; it is inferred from the seed
package's integration suite, written against the live API and passing there, which sends ``limit`` to the
unpaged ``source.list``, ``archiveReason.list``, ``closeReason.list``, ``hiringTeamRole.list`` and
``interviewStage.list``; and from Ashby's changelog, which describes its request validation as Zod schemas
(whose objects drop unknown keys unless declared strict).
"""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx
import pytest

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.core import STRICT_ENV

from .conftest import Api
from .samples import happy_params

LISTS = sorted(name for name, e in ENDPOINTS.items() if e.returns_list and not e.write)
UNPAGED = ("source.list", "archiveReason.list", "closeReason.list", "hiringTeamRole.list", "interviewStage.list")


def test_the_unpaged_lists_are_unpaged() -> None:
    assert all(not ENDPOINTS[name].paged and "limit" not in ENDPOINTS[name].param_names for name in UNPAGED)


@pytest.mark.parametrize("name", LISTS)
def test_every_list_ignores_an_unknown_parameter(emu: Emulator, api: Api, name: str) -> None:
    params = happy_params(emu, api, ENDPOINTS[name])
    assert isinstance(params, dict)
    assert api.ok(name, {**params, "someFutureFilter": ["x"]}) == api.ok(name, params)


@pytest.mark.parametrize("name", UNPAGED)
def test_limit_on_an_unpaged_list_is_accepted_and_ignored(emu: Emulator, api: Api, name: str) -> None:
    params = happy_params(emu, api, ENDPOINTS[name])
    assert isinstance(params, dict)
    everything = api.ok(name, params)
    assert len(everything) > 1
    assert api.ok(name, {**params, "limit": 1}) == everything


@pytest.mark.parametrize("name", UNPAGED)
def test_strict_mode_refuses_what_the_endpoint_does_not_take(emu: Emulator, api: Api, name: str) -> None:
    emu.strict = True
    params = happy_params(emu, api, ENDPOINTS[name])
    assert isinstance(params, dict)
    assert api.ok(name, params) is not None
    payload = api(name, {**params, "limit": 1})
    assert payload["errorInfo"]["code"] == "invalid_input"
    assert f"Unknown parameter 'limit' for {name}" in payload["errorInfo"]["message"]


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("candidate.list", {"limit": "25"}),
        ("candidateTag.list", {"includeArchived": "yes"}),
        ("candidate.info", {"id": 42}),
        ("job.list", {"status": "Open"}),
    ],
)
def test_a_known_parameter_of_the_wrong_type_is_invalid_input(strict: bool, name: str, body: dict[str, object]) -> None:
    api = Api(Emulator(seed=0, candidates=5, strict=strict))
    assert api.error(name, body) == "invalid_input"


@pytest.mark.parametrize(("value", "strict"), [("1", True), ("true", True), ("ON", True), ("0", False), ("", False)])
def test_strict_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, strict: bool) -> None:
    monkeypatch.setenv(STRICT_ENV, value)
    assert Emulator(seed=0, candidates=0).strict is strict
    assert Emulator(seed=0, candidates=0, strict=False).strict is False  # an explicit choice wins


def test_an_unreadable_environment_value_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STRICT_ENV, "maybe")
    with pytest.raises(ValueError, match=STRICT_ENV):
        Emulator(seed=0, candidates=0)


@pytest.mark.slow
def test_ashby_emulator_strict_flag() -> None:
    args = [sys.executable, "-m", "ashby_sdk.cli", "emulator", "--port", "0", "--candidates", "3", "--strict"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url, key = line.split()[4], line.rsplit("API key: ", 1)[1].rstrip(")\n")
        with httpx.Client(base_url=url, auth=(key, ""), timeout=30) as http:
            assert http.post("/source.list", json={}).json()["success"] is True
            refused = http.post("/source.list", json={"limit": 5}).json()
            assert refused["errorInfo"]["code"] == "invalid_input"
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=15)
