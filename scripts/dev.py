#!/usr/bin/env python3
"""Bootstrap a local virtualenv (``.venv``) and run a project command in it.

``python3 scripts/dev.py test`` runs every check (lint, format, types, the
sync-generation check, the test suite); ``python3 scripts/dev.py demo`` runs
the main job against the embedded emulator (``ashby sync --emulator`` into a
fresh ``ashby-demo.db``); ``python3 scripts/dev.py ashby ...``
runs the CLI. Only python3 is needed: the first call creates ``.venv`` and
installs the project with its development extras; later calls reinstall only
when ``pyproject.toml`` changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"
DEMO_DB = "ashby-demo.db"


def _ensure_venv() -> None:
    if not (BIN / "python").exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("installing ashby-sdk[dev] into .venv ...", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(digest)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    _ensure_venv()
    command, rest = argv[0], argv[1:]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    if command == "test":
        args = [str(BIN / "python"), str(ROOT / "scripts" / "check"), *rest]
    elif command == "demo":
        # The main job end to end, offline: mirror a generated organisation into a fresh SQLite file.
        for suffix in ("", "-wal", "-shm"):
            (ROOT / f"{DEMO_DB}{suffix}").unlink(missing_ok=True)
        args = [str(BIN / "ashby"), "sync", "--emulator", "--candidates", "2000", "--db", DEMO_DB, *rest]
    else:
        args = [str(BIN / command), *rest]
    return subprocess.run(args, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
