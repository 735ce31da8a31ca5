#!/usr/bin/env python3
"""Bootstrap a local virtualenv (``.venv``) and run a project command in it.

    python3 scripts/dev.py demo [ARGS]   the main job, offline: `ashby demo` (a generated
                                         organisation mirrored into ashby-demo.db)
    python3 scripts/dev.py test [ARGS]   every check: lint, format, types, generated code,
                                         docs, tests (ARGS go to pytest)
    python3 scripts/dev.py ashby ARGS    the `ashby` command line
    python3 scripts/dev.py TOOL ARGS     any tool of the development set (python, pytest, ruff...)

Only python3 (3.10+) is needed. ``demo`` and ``ashby`` install the project with
what they need to run (its dependencies and the emulator's server), nothing
more; ``test`` and the tools add the development set (the ``dev`` extra: linters,
type checker, docs, pyarrow, dlt...). Each level has its own marker in ``.venv``
(``.installed-demo``, ``.installed-dev``) holding a digest of ``pyproject.toml``,
so switching between them installs only what is missing, and a changed
``pyproject.toml`` reinstalls. Packages are installed with uv when it can be had
(it resolves and installs in parallel: seconds instead of a minute): from PATH, or
fetched once with pip into the user's cache directory (``~/.cache/ashby-sdk-dev/uv``)
and reused by every clone; else with pip.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
LEVELS = {"demo": "emulator", "dev": "dev"}
"""Install level -> the extra of pyproject.toml it installs."""
RUNTIME_COMMANDS = {"demo", "ashby"}


def say(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


def _digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def _installed(level: str) -> bool:
    marker = VENV / f".installed-{level}"
    return marker.exists() and marker.read_text() == _digest()


def _quiet(args: list[str]) -> bool:
    """Run ``args`` with its output kept back; ``True`` on success."""
    return subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def _pip() -> list[str]:
    """A pip that installs into ``.venv``: the host's (pip >= 22.3 has ``--python``), else the venv's own."""
    if importlib.util.find_spec("pip") is not None:
        import pip

        if tuple(int(p) for p in pip.__version__.split(".")[:2] if p.isdigit()) >= (22, 3):
            return [sys.executable, "-m", "pip", "--python", str(PYTHON), "install", "--disable-pip-version-check"]
    if not _quiet([str(PYTHON), "-m", "pip", "--version"]):
        say("adding pip to .venv ...")
        subprocess.run([str(PYTHON), "-m", "ensurepip", "--default-pip"], check=True, stdout=subprocess.DEVNULL)
    return [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check"]


def _uv_home() -> Path:
    """Where uv is kept between clones: the user's cache directory, like pip's and uv's own caches."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ashby-sdk-dev" / "uv"


def _installer() -> list[str]:
    """The command that installs packages into ``.venv``: uv (on PATH, or fetched once with pip into the
    user's cache), else pip."""
    found = shutil.which("uv")
    home = _uv_home()
    cached = home / "bin" / ("uv.exe" if os.name == "nt" else "uv")
    if not found and not (cached.exists() and _quiet([str(cached), "--version"])):
        say(f"fetching uv, the fast installer, into {home} (once; pip is used if that fails) ...")
        pip = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q", "--upgrade"]
        if importlib.util.find_spec("pip") is None or not _quiet([*pip, "--target", str(home), "uv"]):
            return _pip()
    return [found or str(cached), "pip", "install", "--python", str(PYTHON)]


def ensure(level: str) -> None:
    """Create ``.venv`` if needed and install the project at ``level`` (``demo`` or ``dev``) unless current."""
    if _installed(level) or (level == "demo" and _installed("dev")):
        return
    started = time.perf_counter()
    if sys.version_info < (3, 10):  # noqa: UP036 - any python3 of the machine may run this script
        sys.exit(f"dev.py: ashby-sdk needs Python 3.10 or later; this is {platform.python_version()}")
    if not PYTHON.exists():
        say(f"creating .venv (Python {platform.python_version()}) ...")
        venv.EnvBuilder(with_pip=False).create(VENV)
    what = "with the development tools" if level == "dev" else "with what the demo needs (dev tools: `dev.py test`)"
    say(f"installing ashby-sdk {what} ...")
    command = [*_installer(), "-e", f"{ROOT}[{LEVELS[level]}]"]
    if subprocess.run(command).returncode != 0:
        sys.exit(f"dev.py: installing failed: {' '.join(command)}")
    (VENV / f".installed-{level}").write_text(_digest())
    say(f"ready in {time.perf_counter() - started:.1f} s")


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    ensure("demo" if command in RUNTIME_COMMANDS else "dev")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    if command == "test":
        args = [str(PYTHON), str(ROOT / "scripts" / "check"), *rest]
    elif command == "demo":
        # `.venv/bin/ashby` is not put on PATH here, so the demo's "Next, try" shows the path to type.
        args, env = [str(BIN / "ashby"), "demo", *rest], dict(os.environ)
    else:
        args = [str(BIN / command), *rest]
    return subprocess.run(args, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
