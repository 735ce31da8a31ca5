"""``ashby whoami``: the key's title and base URL, and with ``--permissions`` what it may read."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk.cli.app import app
from ashby_sdk.cli.whoami import probes
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

from .conftest import KEY, Served


def test_whoami_names_the_key_never_shows_it(served: Served) -> None:
    out = served.ok("whoami").stdout
    assert "Ashby emulator key" in out and served.url in out and KEY not in out
    assert json.loads(served.ok("whoami", "--json").stdout)["apiKey"]["title"] == "Ashby emulator key"


def test_every_read_permission_has_a_harmless_probe() -> None:
    for name, spec in probes().items():
        if spec is not None:
            assert not spec.write and not spec.required, name
    assert probes()["candidatesRead"] is not None and probes()["candidatesWrite"] is None


def test_permissions_are_probed_with_reads_only() -> None:
    emu = Emulator(seed=2, candidates=5, api_key=KEY, permissions={"candidatesRead", "jobsRead"})
    with serve_in_thread(emu) as url:
        result = CliRunner().invoke(
            app, ["--api-key", KEY, "--base-url", url, "whoami", "--permissions", "--json"], env={"ASHBY_PROFILE": None}
        )
        assert result.exit_code == 0, result.stderr
        report = json.loads(result.stdout)
        assert report["apiKey"]["title"].startswith("(not shown")
        assert report["permissions"]["candidatesRead"] == "granted"
        assert report["permissions"]["jobsRead"] == "granted"
        assert report["permissions"]["organizationRead"] == "missing"
        assert report["permissions"]["candidatesWrite"] == "not probed (write)"
        assert not [r for r in emu.requests if ENDPOINTS[r.endpoint].write]
