"""One sync per store at a time: a second ``ashby sync`` says so and exits 2; a ``kill -9``'d one blocks nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

from .test_resume import _wait_for_commits

ASHBY = [sys.executable, "-c", "from ashby_sdk.cli import main; main()"]
ENV = {**os.environ, "NO_COLOR": "1", "ASHBY_API_KEY": "", "ASHBY_BASE_URL": ""}
LISTS = "candidates,applications,application_history"


@pytest.fixture(scope="module")
def slow_server() -> Iterator[tuple[Emulator, str]]:
    emu = Emulator(seed=8, candidates=150)
    with serve_in_thread(emu) as url:
        yield emu, url


def _args(emu: Emulator, url: str, db: str) -> list[str]:
    return [*ASHBY, "sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--only", LISTS,
            "--db", db]  # fmt: skip


def _holder(emu: Emulator, url: str, db: str) -> subprocess.Popen[str]:
    emu.latency = 0.2  # a run that lasts, until it is killed
    return subprocess.Popen(_args(emu, url, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)


def _run(emu: Emulator, url: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_args(emu, url, db), capture_output=True, text=True, env=ENV, timeout=120)


def _kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def test_sqlite_a_second_sync_exits_2_and_a_killed_one_blocks_nothing(
    slow_server: tuple[Emulator, str], tmp_path: Path
) -> None:
    emu, url = slow_server
    db = str(tmp_path / "m.db")
    holder = _holder(emu, url, db)
    try:
        assert _wait_for_commits(Path(db), 1, holder)
        second = _run(emu, url, db)
        assert second.returncode == 2
        assert second.stderr == f"error: {db} is being synced by another `ashby sync`; wait for it to finish\n"
    finally:
        _kill(holder)
    emu.latency = 0.0
    third = _run(emu, url, db)
    assert third.returncode == 0, third.stderr


def test_postgres_a_second_sync_exits_2_and_a_killed_one_blocks_nothing(
    slow_server: tuple[Emulator, str],
    postgres_url: str,
) -> None:
    import psycopg

    emu, url = slow_server

    def advisory_locks() -> int:
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            row = conn.execute("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted").fetchone()
            return int(row[0]) if row else 0

    before = advisory_locks()
    holder = _holder(emu, url, postgres_url)
    try:
        deadline = time.monotonic() + 30
        while advisory_locks() == before:
            assert holder.poll() is None and time.monotonic() < deadline, holder.stderr and holder.stderr.read()
            time.sleep(0.05)
        second = _run(emu, url, postgres_url)
        assert second.returncode == 2
        assert second.stderr.startswith("error: postgresql://") and second.stderr.count("\n") == 1
        assert "is being synced by another `ashby sync`; wait for it to finish" in second.stderr
    finally:
        _kill(holder)
    deadline = time.monotonic() + 10
    while advisory_locks() > before and time.monotonic() < deadline:  # the server ends the dead session
        time.sleep(0.05)
    emu.latency = 0.0
    third = _run(emu, url, postgres_url)
    assert third.returncode == 0, third.stderr
