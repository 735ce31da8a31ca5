"""``ashby whoami``: the key's title, where it came from, and with ``--permissions`` what it may read."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk.cli.app import app
from ashby_sdk.cli.whoami import probes
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

from .conftest import KEY, Served


def test_whoami_names_the_key_and_its_source_never_the_key(served: Served) -> None:
    out = served.ok("whoami", "--format", "table").stdout
    assert "Ashby emulator key" in out and served.url in out and "ASHBY_API_KEY environment variable" in out
    assert KEY not in out
    report = json.loads(served.ok("whoami", "--json").stdout)
    assert report["apiKey"]["title"] == "Ashby emulator key" and KEY not in json.dumps(report)


def test_every_read_permission_has_a_harmless_probe() -> None:
    for name, spec in probes().items():
        if spec is not None:
            assert not spec.write and not spec.required, name
    assert probes()["candidatesRead"] is not None and probes()["candidatesWrite"] is None


def _probe_report(emu: Emulator, *extra: str) -> dict[str, object]:
    with serve_in_thread(emu) as url:
        args = ["--api-key", KEY, "--base-url", url, "--max-retries", "0", *extra, "whoami", "--permissions", "--json"]
        result = CliRunner().invoke(app, args, env={"ASHBY_PROFILE": None})
    assert result.exit_code == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_permissions_are_probed_with_reads_only() -> None:
    emu = Emulator(seed=2, candidates=5, api_key=KEY, permissions={"candidatesRead", "jobsRead"})
    report = _probe_report(emu)
    assert report["apiKey"] == {"title": "(not shown: the key lacks apiKeysRead)"}
    permissions = report["permissions"]
    assert isinstance(permissions, dict)
    assert permissions["candidatesRead"] == "granted" and permissions["jobsRead"] == "granted"
    assert permissions["organizationRead"] == "missing"
    assert permissions["candidatesWrite"] == "not probed (write)"
    assert not [r for r in emu.requests if ENDPOINTS[r.endpoint].write]


def test_a_probe_that_gets_no_answer_says_unknown_never_granted() -> None:
    failing = {"candidatesRead": "503", "jobsRead": "drop", "offersRead": "500", "organizationRead": "429"}
    emu = Emulator(seed=2, candidates=5, api_key=KEY, permissions=set(failing))
    for permission, kind in failing.items():
        spec = probes()[permission]
        assert spec is not None
        emu.faults.add(kind, endpoint=spec.name, retry_after=0)
    report = _probe_report(emu)
    permissions = report["permissions"]
    assert isinstance(permissions, dict)
    assert {p: permissions[p] for p in failing} == dict.fromkeys(failing, "unknown")
    unknown = report["unknown"]
    assert isinstance(unknown, dict) and set(unknown) == set(failing)
    assert permissions["interviewsRead"] == "missing"  # answered 403: known
