"""``import ashby_sdk`` does nothing observable and loads nothing heavy of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = [
    "typer",
    "rich",
    "click",
    "uvicorn",
    "dotenv",
    "aiohttp",
    "httpx_aiohttp",
    "sqlite3",
    "ashby_sdk.emulator",
    "ashby_sdk.cli",
    "mcp",
    "ashby_sdk.mcp",
]

PROBE = """
import json, logging, os, sys
before = dict(os.environ)
import {module}
print(json.dumps({{
    "loaded": [m for m in {heavy!r} if m in sys.modules],
    "env_changed": dict(os.environ) != before,
    "handlers": len(logging.getLogger().handlers) + len(logging.getLogger("ashby_sdk").handlers),
}}))
"""


def _probe(module: str, cwd: Path) -> dict[str, object]:
    code = PROBE.format(module=module, heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True)
    assert result.stderr == ""
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_import_is_light_and_silent(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ASHBY_API_KEY=from-dotenv\n")
    # httpx itself imports rich and click when they are installed (for its own CLI); that is its
    # cost, not ours: nothing may come on top of what `import httpx` loads.
    baseline = _probe("httpx", tmp_path)["loaded"]
    assert set(baseline) <= {"rich", "click"}  # type: ignore[arg-type]
    report = _probe("ashby_sdk", tmp_path)
    assert set(report.pop("loaded")) <= set(baseline)  # type: ignore[call-overload]
    assert report == {"env_changed": False, "handlers": 0}


def test_clients_ready_to_send_load_nothing_heavy(tmp_path: Path) -> None:
    """Building either client (what start-up costs in real use) loads neither aiohttp nor the rest.

    The async client's transport imports aiohttp on its first request (test_aiohttp_transport.py).
    """
    module = "ashby_sdk; ashby_sdk.AshbyClient(api_key='x'); ashby_sdk.AsyncAshbyClient(api_key='x')"
    baseline = _probe("httpx", tmp_path)["loaded"]
    report = _probe(module, tmp_path)
    assert set(report.pop("loaded")) <= set(baseline)  # type: ignore[call-overload]
    assert report == {"env_changed": False, "handlers": 0}


def test_cli_help_does_not_load_the_emulator_or_servers(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "sys.argv = ['ashby', '--help']\n"
        "try:\n"
        "    from ashby_sdk.cli import main; main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('LOADED', [m for m in ('uvicorn', 'ashby_sdk.emulator', 'sqlite3') if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "LOADED []" in result.stdout
    assert "emulator" in result.stdout  # the command is listed


def test_a_client_ready_to_send_needs_no_pydantic(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from ashby_sdk import AshbyClient, AsyncAshbyClient\n"
        "AshbyClient(api_key='k', base_url='http://127.0.0.1:9'); AsyncAshbyClient(api_key='k')\n"
        "from ashby_sdk.types import Candidate\n"
        "heavy = ('pydantic', 'pydantic_core', 'typer', 'ashby_sdk.emulator')\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "LOADED []" in result.stdout
