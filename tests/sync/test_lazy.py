"""The mirror loads only when used: not with ``import ashby_sdk``, nor with ``ashby --help``."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
{code}
print(sorted(m for m in ("ashby_sdk.sync", "sqlite3", "asyncio", "rich") if m in sys.modules))
"""


def _loaded(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE.format(code=code)], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_import_ashby_sdk_loads_no_mirror_and_no_sqlite() -> None:
    loaded = _loaded("import ashby_sdk")
    assert "ashby_sdk.sync" not in loaded and "sqlite3" not in loaded


def test_the_sync_command_module_is_light() -> None:
    loaded = _loaded("import ashby_sdk.cli.sync")
    assert "ashby_sdk.sync" not in loaded and "sqlite3" not in loaded and "asyncio" not in loaded
