"""The installed ``ashby`` script as a real process: exit codes, plain output when piped, JSON for scripts."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time

import pytest

from .conftest import KEY, Served, ashby_command, clean_env

pytestmark = pytest.mark.slow


def _run(served: Served, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ASHBY_") and k != "NO_COLOR"}
    environ.update({"ASHBY_API_KEY": KEY, "ASHBY_BASE_URL": served.url, **env})
    return subprocess.run([*ashby_command(), *args], capture_output=True, text=True, env=environ, timeout=60)


def test_help_lists_every_group(served: Served) -> None:
    result = _run(served, "--help")
    assert result.returncode == 0
    for command in ("candidates", "applications", "call", "files", "webhooks", "whoami", "emulator", "sync"):
        assert command in result.stdout


def test_list_get_and_call_for_scripts(served: Served) -> None:
    listed = json.loads(_run(served, "candidates", "list", "-n", "3", "--json").stdout)
    assert len(listed) == 3
    got = json.loads(_run(served, "candidates", "get", listed[0]["id"], "--json").stdout)
    assert got["id"] == listed[0]["id"]
    lines = _run(served, "call", "candidate.list", "--all", "--jsonl").stdout.splitlines()
    assert len(lines) == len(served.emu.org["candidate"])


def test_piped_output_has_no_colour_codes(served: Served) -> None:
    piped = _run(served, "jobs", "list", "-n", "3")
    assert piped.returncode == 0 and "\t" in piped.stdout and "\x1b[" not in piped.stdout + piped.stderr
    table = _run(served, "jobs", "list", "-n", "3", "--format", "table")
    assert table.returncode == 0 and "title" in table.stdout and "\x1b[" not in table.stdout
    job_id = served.first("application")["_jobId"]
    assert "\x1b[36m" in _run(served, "jobs", "funnel", job_id, "-f", "table", FORCE_COLOR="1").stdout  # cyan bars
    assert "\x1b[36m" not in _run(served, "jobs", "funnel", job_id, "-f", "table", FORCE_COLOR="1", NO_COLOR="1").stdout


def test_move_and_exit_codes(served: Served) -> None:
    app = next(a for a in served.emu.org["application"] if a["status"] == "Active")
    moved = _run(served, "applications", "move", app["id"], "--stage", "Recruiter Screen")
    assert moved.returncode == 0, moved.stderr
    usage = _run(served, "applications", "move", app["id"])
    assert usage.returncode == 2 and "--stage" in usage.stderr
    missing = _run(served, "applications", "move", "00000000-0000-4000-8000-000000000000", "--stage", "x")
    assert missing.returncode == 1 and missing.stderr.startswith("error: application.info")
    assert KEY not in moved.stdout + moved.stderr + usage.stderr + missing.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_shell_completion_script(served: Served) -> None:
    result = _run(served, "--show-completion", "bash", _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    assert result.returncode == 0 and "complete" in result.stdout


def test_a_closed_pipe_ends_quietly_with_141(served: Served) -> None:
    environ = {**os.environ, "ASHBY_API_KEY": KEY, "ASHBY_BASE_URL": served.url}
    args = [*ashby_command(), "call", "candidate.list", "--all", "--jsonl"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # like `| head -0`: the reader is gone before the first line
        err = proc.stderr.read()
        assert proc.wait(timeout=30) == 141 and err == ""


def test_ctrl_c_in_the_middle_of_a_command_exits_130_with_one_line(served: Served) -> None:
    served.emu.latency = 0.5
    before = len(served.requests_to("candidate.list"))
    try:
        env = clean_env(ASHBY_API_KEY=KEY, ASHBY_BASE_URL=served.url)
        args = [*ashby_command(), "candidates", "list", "--all", "--jsonl"]
        with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as proc:
            deadline = time.monotonic() + 30
            while len(served.requests_to("candidate.list")) == before and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.2)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=30)
    finally:
        served.emu.latency = 0.0
    assert proc.returncode == 130 and err == "interrupted\n"
