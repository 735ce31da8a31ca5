"""``kill -9`` at 20 random points of ``ashby sync`` runs, then a clean finish: the store a clean run makes.

Real subprocesses of the CLI against an emulator served over HTTP from a thread. Each killed run
is stopped once it has committed a random number of pages (read from ``_sync_state`` by another
connection: each page's transaction bumps its list's ``pages``), in four chains of five kills on
fresh databases, so that kills land in first full listings, in resumed ones and in incremental
runs. After every kill the store must hold whole pages only; after the finishing run it must equal
a clean run's store and what the API serves.
"""

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

from ..sync._helpers import served, stored

ASHBY = [sys.executable, "-c", "from ashby_sdk.cli import main; main()"]
CHAINS, KILLS_PER_CHAIN = 4, 5
BUDGET = 150.0  # seconds: a guard against hangs; the test takes about 60 on two cores


@pytest.fixture(scope="module")
def served_emulator() -> Iterator[tuple[Emulator, str]]:
    emu = Emulator(seed=21, candidates=150)  # multi-page lists, and ~400 per-parent requests for the child lists
    with serve_in_thread(emu) as url:
        yield emu, url


def _sync(url: str, key: str, db: Path) -> subprocess.Popen[str]:
    args = [*ASHBY, "--api-key", key, "--base-url", url, "sync", "--db", str(db), "--json", "--rate-limit", "0"]
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "NO_COLOR": "1"}
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    return err


def _listings(db: Path) -> dict[str, tuple[str, int]]:
    """Each list's listing (run id) and its pages so far, from ``_sync_state``; empty before the first run."""
    if not db.exists():
        return {}
    with sqlite3.connect(db) as conn:
        try:
            return {n: (r, p) for n, r, p in conn.execute("SELECT name, run_id, pages FROM _sync_state")}
        except sqlite3.OperationalError:  # no table yet
            return {}


def _committed(db: Path, before: dict[str, tuple[str, int]]) -> int:
    """Pages committed since ``before``: every page a listing commits bumps its ``pages`` in the same transaction."""
    total = 0
    for name, (run_id, pages) in _listings(db).items():
        old_run, old_pages = before.get(name, (None, 0))
        total += pages - old_pages if run_id == old_run else pages
    return total


def _wait_for_pages(
    db: Path, before: dict[str, tuple[str, int]], pages: int, proc: subprocess.Popen[str], deadline: float
) -> bool:
    """Wait until the run committed ``pages`` pages to ``db`` since ``before``; False if it ended first."""
    while _committed(db, before) < pages:
        if proc.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.005)  # (each look opens a connection: polling harder slows the server in this process)
    return True


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (run bookkeeping left out), sorted: what two stores must agree on."""
    with sqlite3.connect(db) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {}
        for name in names:
            if name == "_sync_state":
                # Not items, pages, strategy: a finishing run may be incremental where the clean one was full.
                query = "SELECT name, endpoint, phase, cursor, sync_token IS NULL FROM _sync_state"
                rows = conn.execute(query).fetchall()
            else:
                skip = ("seen_run", "removed_at")
                cols = [c[1] for c in conn.execute(f"PRAGMA table_info({name})") if c[1] not in skip]
                rows = conn.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
            out[name] = sorted(rows, key=repr)
    return out


def _wait_for_children(db: Path, proc: subprocess.Popen[str], deadline: float) -> bool:
    """Wait until a child list has queued parents (it is mid-way); False if the run ended first."""
    while not db.exists() or _children_left(db) == 0:
        if proc.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True


def _children_left(db: Path) -> int:
    """Parents still queued for a child list after a kill (their children are the rerun's to fetch)."""
    with sqlite3.connect(db) as conn:
        try:
            return int(conn.execute("SELECT COUNT(*) FROM _sync_pending").fetchone()[0])
        except sqlite3.OperationalError:  # killed before the tables were made
            return 0


def _after_a_kill(db: Path) -> int:
    """Check a killed run's store (intact, whole pages only); the number of listings it left mid-way."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "_sync_state" not in tables:
            return 0
        unfinished = conn.execute(
            "SELECT name, phase, run_id, items FROM _sync_state WHERE cursor IS NOT NULL"
        ).fetchall()
        for name, phase, run_id, items in unfinished:
            assert phase in ("full", "incremental")
            # Every object of the pages committed so far was stamped by that listing; nothing more.
            seen = conn.execute(f"SELECT COUNT(*) FROM {name} WHERE seen_run = ?", (run_id,)).fetchone()[0]
            assert seen == items, (name, seen, items)
    return len(unfinished)


@pytest.mark.slow
def test_kill_9_at_20_random_points_then_a_clean_finish_equals_a_clean_run(
    served_emulator: tuple[Emulator, str], tmp_path: Path
) -> None:
    emu, url = served_emulator
    deadline = time.monotonic() + BUDGET
    clean = tmp_path / "clean.db"
    pages = []
    for _ in range(2):  # a full run, then an incremental one, which changes nothing
        before = _listings(clean)
        proc = _sync(url, emu.api_key, clean)
        err = _finish(proc)
        assert proc.returncode == 0, err
        pages.append(_committed(clean, before))
    assert pages[0] > pages[1] > 30

    rng = random.Random(20)
    kills = mid_listing = mid_children = 0
    points = []
    for chain in range(CHAINS):
        db = tmp_path / f"killed-{chain}.db"
        for n in range(KILLS_PER_CHAIN):
            point = rng.randint(1, pages[1] - 1)  # kill every run, full, resumed or incremental
            before = _listings(db)
            proc = _sync(url, emu.api_key, db)
            # The first run of a chain is killed inside its child lists (once they have queued parents),
            # the others after a random number of committed pages.
            reached = (
                _wait_for_children(db, proc, deadline) if n == 0 else _wait_for_pages(db, before, point, proc, deadline)
            )
            if reached:
                os.kill(proc.pid, signal.SIGKILL)
            _finish(proc)
            assert time.monotonic() < deadline, "the kill loop ran out of time"
            if proc.returncode == -signal.SIGKILL:
                kills += 1
                points.append(point)
            else:
                assert proc.returncode == 0  # finished before its kill point
            mid_listing += _after_a_kill(db) > 0
            mid_children += _children_left(db) > 0
        proc = _sync(url, emu.api_key, db)
        err = _finish(proc)
        assert proc.returncode == 0, err
        assert dump(db) == dump(clean)
        assert stored(db) == served(emu)
    print(f"{kills} kills at commits {sorted(points)}; {mid_listing} left a listing mid-way, "
          f"{mid_children} left child lists to finish")  # fmt: skip
    # Half the chains start with a kill inside child lists. Kills inside a paged listing are rarer here (the
    # writer commits a small list's pages together when they queue up); tests/sync/test_resume.py makes them
    # on an organisation large enough to have long listings.
    assert kills >= 15 and mid_children >= CHAINS // 2
