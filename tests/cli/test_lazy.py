"""``ashby --help`` loads typer and the catalogue, not httpx, pydantic, rich, the client or the emulator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = [
    "httpx",
    "pydantic",
    "ashby_sdk._client",
    "ashby_sdk.resources",
    "ashby_sdk.types",
    "ashby_sdk.emulator",
    "ashby_sdk.sync",
    "uvicorn",
    "sqlite3",
    "dotenv",
    "http.server",
    "rich",
    "mcp",
    "ashby_sdk.mcp",
]

PROBE = """
import json, sys
sys.argv = {argv!r}
try:
    from ashby_sdk.cli import main; main()
except SystemExit:
    pass
print(json.dumps([m for m in {heavy!r} if m in sys.modules]))
"""


def _loaded(argv: list[str], cwd: Path) -> list[str]:
    code = PROBE.format(argv=argv, heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def test_help_loads_nothing_heavy(tmp_path: Path) -> None:
    assert _loaded(["ashby", "--help"], tmp_path) == []


def test_a_command_help_loads_nothing_heavy_of_ours(tmp_path: Path) -> None:
    # typer >= 0.29 itself imports pydantic (typer._adapters) to describe a command's parameters.
    assert set(_loaded(["ashby", "candidates", "list", "--help"], tmp_path)) <= {"pydantic"}


def test_the_mcp_command_help_loads_no_mcp_sdk(tmp_path: Path) -> None:
    assert set(_loaded(["ashby", "mcp", "--help"], tmp_path)) <= {"pydantic"}
