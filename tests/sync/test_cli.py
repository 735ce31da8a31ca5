"""``ashby sync`` as a user runs it: a real process, its exit codes, stdout and stderr."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread
from ashby_sdk.sync import STREAMS

from .test_resume import _wait_for_commits, dump

ASHBY = [sys.executable, "-c", "from ashby_sdk.cli import main; main()"]
ENV = {**os.environ, "NO_COLOR": "1", "ASHBY_API_KEY": "", "ASHBY_BASE_URL": ""}


def ashby(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ASHBY, *args], capture_output=True, text=True, env=ENV, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Emulator, str]]:
    emu = Emulator(seed=6, candidates=1500)
    with serve_in_thread(emu) as url:
        yield emu, url


def test_emulator_json_summary_then_a_second_run(tmp_path: Path) -> None:
    first = ashby("sync", "--emulator", "--candidates", "40", "--db", "m.db", "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["ok"] and [r["name"] for r in summary["lists"]] == list(STREAMS)
    candidates = summary["lists"][0]
    assert (candidates["name"], candidates["strategy"], candidates["new"], candidates["total"]) == (
        "candidates", "full", 40, 40)  # fmt: skip
    assert summary["requests"] == sum(r["requests"] for r in summary["lists"])
    # Each --emulator run is a new emulator, whose tokens the last one's are not: a full resync.
    again = json.loads(ashby("sync", "--emulator", "--candidates", "40", "--db", "m.db", "--json", cwd=tmp_path).stdout)
    assert again["lists"][0]["strategy"] == "full resync (token expired)"
    assert again["lists"][0]["new"] == again["lists"][0]["updated"] == 0


def test_only_and_the_table(tmp_path: Path) -> None:
    done = ashby("sync", "--emulator", "--candidates", "20", "--only", "candidates,jobs", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "candidates" in done.stdout and "jobs" in done.stdout and "applications" not in done.stdout
    assert (tmp_path / "ashby.db").exists()  # the default --db


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--only", "nope", "--emulator"], "unknown list nope in --only"),
        (["--candidates", "5"], "--candidates and --seed need --emulator"),
        (["--emulator", "--base-url", "http://x"], "--emulator takes no --api-key or --base-url"),
    ],
)
def test_bad_options_exit_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    done = ashby("sync", *args, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr


def test_a_refused_key_exits_1_with_one_line(server: tuple[Emulator, str], tmp_path: Path) -> None:
    _, url = server
    done = ashby("sync", "--api-key", "k3y-n0t-val1d", "--base-url", url, "--rate-limit", "0", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("error: candidates: ") and done.stderr.count("\n") == 1
    assert "k3y-n0t-val1d" not in done.stderr and done.stdout == ""


def test_ctrl_c_exits_130_and_a_rerun_finishes_the_job(server: tuple[Emulator, str], tmp_path: Path) -> None:
    emu, url = server
    args = [*ASHBY, "sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--db"]
    proc = subprocess.Popen([*args, str(tmp_path / "m.db")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=ENV, cwd=tmp_path)  # fmt: skip
    assert _wait_for_commits(tmp_path / "m.db", 5, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "interrupted"
    assert ashby("sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--db", "m.db",
                 cwd=tmp_path).returncode == 0  # fmt: skip
    assert ashby("sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--db", "clean.db",
                 cwd=tmp_path).returncode == 0  # fmt: skip
    assert dump(tmp_path / "m.db") == dump(tmp_path / "clean.db")
