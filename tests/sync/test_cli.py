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
    emu = Emulator(seed=6, candidates=400)
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
    assert summary["retries"] == 0 and summary["waited"] == 0
    # Each --emulator run is a new emulator, whose tokens the last one's are not: a full resync.
    again = json.loads(ashby("sync", "--emulator", "--candidates", "40", "--db", "m.db", "--json", cwd=tmp_path).stdout)
    assert again["lists"][0]["strategy"] == "full resync (token expired)"
    assert again["lists"][0]["new"] == again["lists"][0]["updated"] == 0


def test_only_and_the_table_on_stderr_with_the_store_named(tmp_path: Path) -> None:
    done = ashby("sync", "--emulator", "--candidates", "20", "--only", "candidates,jobs", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # the summary is for people: stderr; --json puts data on stdout
    assert "candidates" in done.stderr and "jobs" in done.stderr and "applications" not in done.stderr
    assert "Mirror of ashby.db" in done.stderr and "SQLiteStore(" not in done.stderr
    assert "retries" in done.stderr and "deletes seen" in done.stderr
    assert (tmp_path / "ashby.db").exists()  # the default --db


def test_a_directory_as_db_exits_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    done = ashby("sync", "--emulator", "--candidates", "5", "--db", "dir", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "error: --db dir: is a directory; name a database file, e.g. dir/ashby.db\n"
    assert list((tmp_path / "dir").iterdir()) == []


def test_an_unreachable_postgres_exits_1_as_an_expected_failure(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    url = "postgresql://me:s3cret@127.0.0.1:1/x"
    done = ashby("sync", "--emulator", "--candidates", "5", "--db", url, cwd=tmp_path)
    assert done.returncode == 1
    line = done.stderr.strip()
    assert line.startswith("error: cannot reach PostgreSQL at postgresql://me:***@127.0.0.1:1/x: ")
    assert done.stderr.count("\n") == 1 and "unexpected" not in line and "s3cret" not in line


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


def test_a_refused_key_stops_at_the_first_list_leaves_nothing_and_says_so(
    server: tuple[Emulator, str], tmp_path: Path
) -> None:
    emu, url = server
    before = len(emu.requests)
    done = ashby("sync", "--api-key", "k3y-n0t-val1d", "--base-url", url, "--rate-limit", "0", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("error: the API key was refused (candidate.list: ") and done.stderr.count("\n") == 1
    assert "nothing was mirrored; check the API key" in done.stderr
    assert "k3y-n0t-val1d" not in done.stderr and done.stdout == ""
    assert len(emu.requests) - before == 1  # the first list's first page, and nothing after it
    assert list(tmp_path.iterdir()) == []  # no empty ashby.db (nor its -wal, -shm or .lock)


def test_ctrl_c_exits_130_and_a_rerun_finishes_the_job(server: tuple[Emulator, str], tmp_path: Path) -> None:
    emu, url = server
    lists = "candidates,applications,application_history"
    args = [*ASHBY, "sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--only", lists, "--db"]
    proc = subprocess.Popen([*args, str(tmp_path / "m.db")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=ENV, cwd=tmp_path)  # fmt: skip
    assert _wait_for_commits(tmp_path / "m.db", 5, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == (
        "interrupted: every page written so far is saved; run the same command again to resume"
    )
    assert ashby("sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--only", lists,
                 "--db", "m.db", cwd=tmp_path).returncode == 0  # fmt: skip
    assert ashby("sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--only", lists,
                 "--db", "clean.db", cwd=tmp_path).returncode == 0  # fmt: skip
    assert dump(tmp_path / "m.db") == dump(tmp_path / "clean.db")


def test_a_refused_key_creates_no_table_in_postgres(server: tuple[Emulator, str], postgres_url: str) -> None:
    import psycopg

    _, url = server
    done = ashby("sync", "--api-key", "k3y-n0t-val1d", "--base-url", url, "--db", postgres_url, cwd=Path.cwd())
    assert done.returncode == 1 and done.stderr.startswith("error: the API key was refused")
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        tables = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        assert tables.fetchall() == []
