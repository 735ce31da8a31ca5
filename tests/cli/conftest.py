"""The CLI runs against a real local emulator server, configured the way users configure it (environment).

``served.run`` goes through typer's CliRunner (stdout is not a terminal there, as
in a pipe); ``tests/cli/_pty.py`` runs the installed script in a real
pseudo-terminal for what only a terminal shows.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from ashby_sdk.cli.app import app
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

KEY = "sk_cli_test_DO_NOT_PRINT_7f3a9c"
"""A recognisable key: no command may ever print it."""


def ashby_command() -> list[str]:
    """The installed ``ashby`` script (or ``python -m ashby_sdk.cli``), for tests that run a real process."""
    script = Path(sys.executable).parent / "ashby"
    return [str(script)] if script.exists() else [sys.executable, "-m", "ashby_sdk.cli"]


def clean_env(**extra: str) -> dict[str, str]:
    """The test process's environment without ASHBY_* settings, colour switches or a config home."""
    dropped = ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "XDG_CONFIG_HOME")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASHBY_") and k not in dropped}
    env["XDG_CONFIG_HOME"] = "/nonexistent-ashby-config"
    return {**env, **extra}


@dataclass
class Served:
    """A served emulator and a way to run ``ashby`` against it through typer's CliRunner."""

    emu: Emulator
    url: str
    env: dict[str, str] = field(default_factory=dict)

    def run(self, *args: str, input: str | bytes | None = None, env: Mapping[str, str | None] | None = None) -> Result:
        return CliRunner().invoke(app, list(args), input=input, env={**self.env, **(env or {})})

    def ok(self, *args: str, **kwargs: Any) -> Result:
        result = self.run(*args, **kwargs)
        assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
        return result

    def first(self, kind: str, **match: Any) -> dict[str, Any]:
        return next(r for r in self.emu.org[kind] if all(r.get(k) == v for k, v in match.items()))

    def requests_to(self, endpoint: str) -> list[Any]:
        return [r for r in self.emu.requests if r.endpoint == endpoint]


@pytest.fixture(scope="session")
def served() -> Iterator[Served]:
    emu = Emulator(seed=11, candidates=40, api_key=KEY)
    with serve_in_thread(emu) as url:
        env = {
            "ASHBY_API_KEY": KEY,
            "ASHBY_BASE_URL": url,
            "ASHBY_PROFILE": None,
            "XDG_CONFIG_HOME": "/nonexistent-ashby-config",
            "NO_COLOR": "1",
            "COLUMNS": "200",
        }
        yield Served(emu, url, env)  # type: ignore[arg-type]
