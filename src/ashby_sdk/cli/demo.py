"""``ashby demo``: the main job end to end, offline and with no key.

It generates an Ashby organisation in the embedded emulator and mirrors it with
the same code as ``ashby sync`` (progress per list on stderr, then the summary)
into ``ashby-demo.db`` in the working directory, made afresh on every run, then
says what to try next. ``python3 scripts/dev.py demo`` (the README's first
command) installs what this needs and runs it.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import typer

__all__ = ["DEMO_DB", "next_steps", "register"]

DEMO_DB = "ashby-demo.db"


def _program() -> str:
    """How the user can type this command: ``ashby`` when it is on PATH, else its path (``.venv/bin/ashby``)."""
    script = Path(sys.argv[0])
    if script.name != "ashby" or not script.exists():
        return "ashby"
    found = shutil.which("ashby")
    if found and Path(found).resolve() == script.resolve():
        return "ashby"
    try:
        relative = os.path.relpath(script)
    except ValueError:  # another drive (Windows)
        relative = ""
    return relative if relative and not relative.startswith("..") else str(script.resolve())


def next_steps(db: str, candidates: int, program: str = "ashby") -> str:
    """The lines printed after the demo: what to try next, each runnable as shown."""
    return (
        f"Next, try:\n"
        f"  sqlite3 {db} 'select status, count(*) from applications group by 1'\n"
        f"  {program} export --db {db} --format csv --out demo-export\n"
        f"  {program} emulator --candidates {candidates} --api-key demo\n"
        f"  {program} --base-url http://127.0.0.1:8787 --api-key demo jobs list\n"
        f"      (the same organisation over HTTP, then listed from another terminal)\n"
        f"  {program} login\n"
        f"      (stores your key; `{program} sync` then mirrors your organisation)\n"
    )


def demo(
    candidates: int = typer.Option(2000, metavar="N", min=1, help="Size of the generated organisation."),
    seed: int = typer.Option(0, metavar="N", help="Seed of the generated organisation."),
) -> None:
    """Mirror a generated organisation into ashby-demo.db (offline, no key).

    The same code as `ashby sync`, against the embedded emulator; the file is made afresh each run.
    """
    from .sync import run_sync

    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{DEMO_DB}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    sys.stderr.write(f"Mirroring a generated organisation ({candidates:,} candidates, seed {seed}) into {DEMO_DB}\n")
    sys.stderr.flush()
    run_sync(db=DEMO_DB, only=None, full=False, as_json=False, emulator=(candidates, seed))
    elapsed = time.perf_counter() - started
    sys.stderr.write(f"\nDone in {elapsed:.1f} s: {Path(DEMO_DB).resolve()}\n\n")
    sys.stderr.write(next_steps(DEMO_DB, candidates, _program()))


def register(app: typer.Typer) -> None:
    """Add ``demo`` to ``app``."""
    app.command("demo")(demo)
