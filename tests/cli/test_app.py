"""The root command: ``--version``, ``demo`` and ``emulator`` (the server the other tests talk to)."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from ashby_sdk import __version__
from ashby_sdk.cli.app import app

from .conftest import KEY


def test_version_and_no_args() -> None:
    assert CliRunner().invoke(app, ["--version"]).stdout == f"ashby {__version__}\n"
    bare = CliRunner().invoke(app, [])
    assert "Usage" in bare.stdout + bare.stderr


def test_demo_runs_offline_without_a_key() -> None:
    result = CliRunner().invoke(app, ["demo", "--candidates", "20"], env={"ASHBY_API_KEY": None, "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "Listed 20 candidates" in result.stdout


@pytest.mark.slow
def test_emulator_serves_until_interrupted() -> None:
    args = [sys.executable, "-m", "ashby_sdk.cli", "emulator", "--port", "0", "--candidates", "5", "--api-key", KEY]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Ashby emulator listening on http://127.0.0.1:") and KEY not in line
        url = line.split()[4]
        env = {"ASHBY_API_KEY": KEY, "ASHBY_BASE_URL": url, "ASHBY_PROFILE": None}
        result = CliRunner().invoke(app, ["candidates", "list", "--jsonl"], env=env)
        assert result.exit_code == 0 and len(result.stdout.splitlines()) == 5
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=15)
    assert proc.returncode in (0, 130)
