"""The root command: ``--version``, global options anywhere, ``demo``, and ``emulator`` from the command line."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from ashby_sdk import __version__
from ashby_sdk.cli.app import app
from ashby_sdk.emulator import Emulator

from .conftest import KEY, Served, ashby_command, clean_env


def test_version_and_no_args() -> None:
    assert CliRunner().invoke(app, ["--version"]).stdout == f"ashby {__version__}\n"
    bare = CliRunner().invoke(app, [])
    assert "Usage" in bare.stdout + bare.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--api-key", "wrong", "whoami"],
        ["whoami", "--api-key", "wrong"],
        ["candidates", "list", "--api-key", "wrong"],
        ["candidates", "--api-key", "wrong", "list"],
        ["call", "candidate.list", "{}", "--api-key=wrong"],
    ],
)
def test_global_options_work_before_or_after_the_command(served: Served, args: list[str]) -> None:
    result = served.run(*args)  # the environment's key is right: only the option can make it fail
    assert result.exit_code == 1 and "check the API key" in result.stderr, result.stderr


def test_global_options_after_the_command_are_not_lost_to_the_one_before(served: Served) -> None:
    result = served.ok("--api-key", "wrong", "--max-retries", "0", "whoami", "--api-key", KEY, "--json")
    assert json.loads(result.stdout)["keyFrom"] == "the --api-key option"
    debug = served.ok("jobs", "list", "-n", "1", "--debug")
    assert "debug: POST job.list -> 200" in debug.stderr


def test_a_commands_own_option_of_the_same_name_wins(served: Served, tmp_path: Path) -> None:
    # `ashby sync --api-key` is sync's own option: the global copy is not added beside it.
    db = str(tmp_path / "m.db")
    result = served.run("sync", "--db", db, "--only", "sources", "--api-key", "wrong", "--rate-limit", "0")
    assert result.exit_code != 0
    assert served.run("sync", "--db", db, "--only", "sources", "--api-key", KEY, "--rate-limit", "0").exit_code == 0


def test_demo_mirrors_a_generated_organisation_and_says_what_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ashby-demo.db").write_text("an old demo, replaced")
    env = {"ASHBY_API_KEY": None, "ASHBY_BASE_URL": None, "NO_COLOR": "1"}
    result = CliRunner().invoke(app, ["demo", "--candidates", "20"], env=env)
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(tmp_path / "ashby-demo.db") as db:
        assert db.execute("select count(*) from candidates").fetchone() == (20,)
    assert "Next, try:" in result.stderr and "ashby export --db ashby-demo.db" in result.stderr
    assert "ashby login" in result.stderr


@contextmanager
def _serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [*ashby_command(), "emulator", "--port", "0", "--candidates", "5", "--api-key", KEY, *args]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env())
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Ashby emulator listening on http://127.0.0.1:") and KEY not in line, line
        yield proc, line.split()[4]
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=15)


def _post(url: str, endpoint: str, **body: object) -> httpx.Response:
    return httpx.post(f"{url}/{endpoint}", json=body, auth=(KEY, ""), timeout=30)


@pytest.mark.slow
def test_emulator_serves_until_ctrl_c_then_exits_0() -> None:
    with _serving("--strict") as (proc, url):
        env = {"ASHBY_API_KEY": KEY, "ASHBY_BASE_URL": url, "ASHBY_PROFILE": None}
        result = CliRunner().invoke(app, ["candidates", "list", "--jsonl"], env=env)
        assert result.exit_code == 0 and len(result.stdout.splitlines()) == 5
        assert _post(url, "department.list", nosuchparameter=1).json()["success"] is False
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Emulator stopped." in err and "interrupted" not in err


@pytest.mark.slow
def test_emulator_faults_follow_the_python_apis_seeded_schedule() -> None:
    with _serving("--faults", "5xx=0.3,429=0.2,drop=0.1", "--faults-seed", "7") as (_, url):
        served = []
        for _ in range(30):
            try:
                served.append(str(_post(url, "department.list").status_code))
            except httpx.TransportError:
                served.append("drop")
    twin = Emulator(seed=0, candidates=5, api_key=KEY)
    schedule = twin.faults.random(rate_5xx=0.3, rate_429=0.2, rate_drop=0.1, seed=7)
    expected = []
    for _ in range(30):
        fault = schedule.draw()
        kind = fault.kind if fault else "200"
        expected.append({"500": "500", "502_html": "502", "503": "503"}.get(kind, kind))
    assert served == expected and len(set(served)) >= 3


@pytest.mark.slow
def test_emulator_latency_and_rate_limit() -> None:
    with _serving("--latency", "0.3", "--rate-limit", "3/60") as (_, url):
        started = time.perf_counter()
        codes = [_post(url, "department.list").status_code for _ in range(4)]
        elapsed = time.perf_counter() - started
    assert codes == [200, 200, 200, 429]
    assert elapsed >= 3 * 0.3


def test_emulator_bad_options_are_usage_errors() -> None:
    for args in (["--faults", "5xx=lots"], ["--faults", "oops=0.1"], ["--faults", "5xx=0.9,429=0.9"]):
        result = CliRunner().invoke(app, ["emulator", "--port", "0", *args])
        assert result.exit_code == 2 and "--faults" in result.stderr, (args, result.stderr)
    result = CliRunner().invoke(app, ["emulator", "--port", "0", "--rate-limit", "0/1"])
    assert result.exit_code == 2 and "--rate-limit" in result.stderr


@pytest.mark.parametrize("command", [["emulator", "--candidates", "1"], ["webhooks", "listen", "--secret", "s"]])
def test_a_port_in_use_is_an_expected_failure(command: list[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = CliRunner().invoke(app, [*command, "--port", port])
    assert result.exit_code == 1, result.stderr
    assert "in use" in result.stderr and "--port" in result.stderr and "unexpected" not in result.stderr
    assert result.stderr.count("\n") == 1
