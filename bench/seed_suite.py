"""Run the seed package's own integration suite (written against the live Ashby API) against ``ashby emulator``.

    python3 scripts/dev.py python bench/seed_suite.py [--candidates 200] [--keep]

On demand, not in CI: it fetches the seed package ``ashby`` 0.4.1 from PyPI at run time (the sdist, which
ships its ``tests/``), so nothing of it is committed here. Steps:

1. ``bench/.venv-seed-suite``: a virtualenv with ``ashby==0.4.1`` and pytest (the seed package also imports as
   ``ashby_sdk``, so it never shares an environment with ours);
2. the sdist's ``tests/test_integration.py`` and ``tests/conftest.py`` unpacked into a temporary directory;
3. ``ashby emulator --port 0`` started from our environment (it prints its URL and generated key);
4. the suite run there with ``-m integration``, ``ASHBY_API_KEY`` set to the emulator's key, and a small pytest
   plugin that points the seed client at the emulator: the seed hardcodes ``https://api.ashbyhq.com`` as the
   class attribute ``AshbyClient.BASE_URL`` with no argument or environment variable for it (as in
   ``seed_child.py``).

Prints each test's outcome and ``N of M passed``; exits 0 when at most one test fails and that one is the
known exception (``test_list_sources`` reads ``Source.name`` where Ashby sends ``title``).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-seed-suite"
PYTHON = VENV / ("Scripts" if os.name == "nt" else "bin") / "python"
REQUIREMENT = "ashby==0.4.1"
KNOWN_FAILURES = {"test_list_sources": "reads Source.name; Ashby (and the emulator) send `title`"}
WANTED = ("tests/test_integration.py", "tests/conftest.py")

POINT_AT_EMULATOR = '''
"""Loaded with -p: point the seed client (which hardcodes its base URL) at the emulator."""
import os

from ashby_sdk.client import AshbyClient

AshbyClient.BASE_URL = os.environ["SEED_SUITE_BASE_URL"]
'''


def _venv() -> None:
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = "import importlib.metadata as m; print(m.version('ashby'), m.version('pytest'))"
    found = subprocess.run([str(PYTHON), "-c", probe], capture_output=True, text=True)
    if found.returncode or not found.stdout.startswith(REQUIREMENT.split("==")[1] + " "):
        pip = [str(PYTHON), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run([*pip, REQUIREMENT, "pytest"], check=True)


def _tests(into: Path) -> Path:
    """The seed's integration tests, from its sdist on PyPI, unpacked under ``into``."""
    download = [str(PYTHON), "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps"]
    download += ["--no-binary", ":all:", "-d", str(into), REQUIREMENT]
    subprocess.run(download, check=True)
    (sdist,) = into.glob("ashby-*.tar.gz")
    suite = into / "suite"
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            relative = member.name.split("/", 1)[-1]
            if relative in WANTED and member.isfile():
                target = suite / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                extracted = tar.extractfile(member)
                assert extracted is not None
                target.write_bytes(extracted.read())
    missing = [w for w in WANTED if not (suite / w).exists()]
    if missing:
        raise SystemExit(f"the sdist of {REQUIREMENT} has no {', '.join(missing)}")
    (suite / "point_at_emulator.py").write_text(POINT_AT_EMULATOR)
    return suite


def _serve(candidates: int) -> tuple[subprocess.Popen[str], str, str]:
    code = "from ashby_sdk.cli import main; main()"
    args = [sys.executable, "-c", code, "emulator", "--port", "0", "--candidates", str(candidates)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert proc.stdout is not None
    line = proc.stdout.readline()  # "Ashby emulator listening on URL (API key: KEY)"
    if " on " not in line:
        proc.kill()
        raise SystemExit(f"the emulator did not start: {line!r}")
    return proc, line.split(" on ", 1)[1].split()[0], line.rsplit("API key: ", 1)[1].rstrip(")\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=200)
    opts = parser.parse_args()
    _venv()
    with tempfile.TemporaryDirectory(prefix="seed-suite-") as tmp:
        suite = _tests(Path(tmp))
        proc, url, key = _serve(opts.candidates)
        try:
            env = {**os.environ, "ASHBY_API_KEY": key, "SEED_SUITE_BASE_URL": url, "PYTHONPATH": str(suite)}
            args = [str(PYTHON), "-m", "pytest", "tests/test_integration.py", "-m", "integration"]
            args += ["-p", "point_at_emulator", "-p", "no:cacheprovider", "-rA", "-q", "--no-header"]
            run = subprocess.run(args, cwd=suite, env=env, capture_output=True, text=True)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=15)
    outcomes = {
        m.group(2).rsplit("::", 1)[-1]: m.group(1)
        for m in re.finditer(r"^(PASSED|FAILED|ERROR|SKIPPED) (\S+)", run.stdout, re.MULTILINE)
    }
    passed = sorted(t for t, o in outcomes.items() if o == "PASSED")
    others = {t: o for t, o in outcomes.items() if o != "PASSED"}
    print(run.stdout if others else "", end="")
    for test, outcome in sorted(others.items()):
        note = KNOWN_FAILURES.get(test, "unexpected")
        print(f"{outcome} {test}: {note}")
    print(f"{len(passed)} of {len(outcomes)} passed against ashby emulator ({REQUIREMENT}'s integration suite)")
    unexpected = set(others) - set(KNOWN_FAILURES)
    return 0 if outcomes and not unexpected else 1


if __name__ == "__main__":
    sys.exit(main())
