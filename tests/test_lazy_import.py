"""``import ashby_sdk`` does nothing observable and loads nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ["typer", "rich", "uvicorn", "dotenv", "aiohttp", "httpx_aiohttp", "ashby_sdk.emulator", "ashby_sdk.cli"]

PROBE = """
import json, logging, os, sys
before = dict(os.environ)
import ashby_sdk
from ashby_sdk import AshbyClient
print(json.dumps({
    "loaded": [m for m in %r if m in sys.modules],
    "env_changed": dict(os.environ) != before,
    "handlers": len(logging.getLogger().handlers) + len(logging.getLogger("ashby_sdk").handlers),
}))
"""


def test_import_is_light_and_silent(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ASHBY_API_KEY=from-dotenv\n")
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,)], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert report == {"loaded": [], "env_changed": False, "handlers": 0}
    assert result.stderr == ""


def test_cli_help_does_not_load_the_emulator_or_servers(tmp_path: Path) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['ashby', '--help']\n"
        "try:\n"
        "    from ashby_sdk.cli import main; main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('LOADED', [m for m in ('uvicorn', 'ashby_sdk.emulator') if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "LOADED []" in result.stdout
    assert "emulator" in result.stdout  # the command is listed
