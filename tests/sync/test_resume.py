"""Crash safety: a run stopped at any page, then rerun, ends in the store a clean run produces."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread
from ashby_sdk.sync import STREAMS, SQLiteStore, TableSpec
from ashby_sdk.sync.feeds import ChildFeed
from ashby_sdk.sync.store import ListState, PageResult

from ._helpers import by_name, run_mirror, served, stored

ASHBY = [sys.executable, "-c", "from ashby_sdk.cli import main; main()"]


class Crash(Exception):
    pass


class CrashingStore(SQLiteStore):
    """Fails its ``n``-th page write (which then rolls back), like a process killed mid-page."""

    def __init__(self, path: Path, n: int) -> None:
        super().__init__(path)
        self.left = n

    def write_page(self, table: TableSpec, objects: Any, state: ListState, **kw: Any) -> PageResult:
        self.left -= 1
        if self.left == 0:
            raise Crash
        return super().write_page(table, objects, state, **kw)


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (bookkeeping columns left out), sorted: what two stores must agree on."""
    with sqlite3.connect(db) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {}
        for name in names:
            if name == "_sync_state":
                rows = conn.execute("SELECT name, phase, cursor IS NULL FROM _sync_state").fetchall()
            else:
                cols = [
                    c[1] for c in conn.execute(f"PRAGMA table_info({name})") if c[1] not in ("seen_run", "removed_at")
                ]
                rows = conn.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
            out[name] = sorted(rows, key=repr)
    return out


@pytest.mark.parametrize("crash_at", [1, 3, 9, 17, 40])
def test_a_run_stopped_at_a_page_resumes_to_the_clean_result(tmp_path: Path, crash_at: int) -> None:
    emu = Emulator(seed=4, candidates=400)
    with pytest.raises(Crash):
        run_mirror(emu, CrashingStore(tmp_path / "crashed.db", crash_at))
    run_mirror(emu, tmp_path / "crashed.db")
    run_mirror(emu, tmp_path / "clean.db")
    assert dump(tmp_path / "crashed.db") == dump(tmp_path / "clean.db")
    assert stored(tmp_path / "crashed.db") == served(emu)


def test_a_refused_cursor_restarts_that_listing(tmp_path: Path) -> None:
    now = [1_700_000_000.0]
    emu = Emulator(seed=4, candidates=300, clock=lambda: now[0])
    with pytest.raises(Crash):
        run_mirror(emu, CrashingStore(tmp_path / "m.db", 3), only=["candidates"])
    now[0] += 2 * 3600  # past the cursor's lifetime
    result = by_name(run_mirror(emu, tmp_path / "m.db", only=["candidates"]))["candidates"]
    assert result.strategy == "full (cursor expired, restarted)"
    assert stored(tmp_path / "m.db", ["candidates"]) == served(emu, ["candidates"])


@pytest.fixture(scope="module")
def served_emulator() -> Iterator[tuple[Emulator, str]]:
    emu = Emulator(seed=5, candidates=2000)
    with serve_in_thread(emu) as url:
        yield emu, url


# The lists of objects (2,000 candidates' children would take minutes here; tests/chaos kills runs with them).
TOP_LEVEL = ",".join(n for n, s in STREAMS.items() if not isinstance(s.feed, ChildFeed))


def _sync(url: str, key: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    args = [*ASHBY, "--api-key", key, "--base-url", url, "sync", "--db", str(db), "--json", "--rate-limit", "0",
            "--only", TOP_LEVEL, *extra]  # fmt: skip
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _wait_for_commits(db: Path, commits: int, proc: subprocess.Popen[str]) -> bool:
    """Wait until another connection committed ``commits`` transactions (pages) to ``db``; False if it ended."""
    deadline = time.monotonic() + 60
    while not db.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    with sqlite3.connect(db) as conn:
        start = conn.execute("PRAGMA data_version").fetchone()[0]
        while conn.execute("PRAGMA data_version").fetchone()[0] - start < commits:
            if proc.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.002)
    return True


@pytest.mark.slow
def test_kill_9_at_random_points_then_a_rerun_equals_a_clean_run(
    served_emulator: tuple[Emulator, str], tmp_path: Path
) -> None:
    emu, url = served_emulator
    clean = tmp_path / "clean.db"
    proc = _sync(url, emu.api_key, clean)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    rng = random.Random(11)
    killed = tmp_path / "killed.db"
    kills = mid_listing = 0
    for _ in range(6):
        proc = _sync(url, emu.api_key, killed)
        if _wait_for_commits(killed, rng.randint(1, 10), proc):  # commits, not pages: the writer groups pages
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.communicate(timeout=60)
        with sqlite3.connect(killed) as conn:
            mid_listing += conn.execute("SELECT COUNT(*) FROM _sync_state WHERE cursor IS NOT NULL").fetchone()[0] > 0
    assert kills >= 3 and mid_listing >= 1
    proc = _sync(url, emu.api_key, killed)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    # Neither store changed the organisation, and both end idle with a token on every sync list.
    assert dump(killed) == dump(clean)
