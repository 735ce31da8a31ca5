"""``ashby mcp`` as an agent's host runs it: a real subprocess, spoken to by the MCP SDK's own client over stdio.

One emulator is served over HTTP for the whole session and mirrored once with
``ashby sync`` into a temporary SQLite file; each server (mirror, live,
with writes...) is started once per session and shared by the tests, through
:class:`McpSession`, which keeps one client session open on a background
event loop and offers plain blocking calls.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

from ..cli.conftest import ashby_command

KEY = "sk_mcp_test_DO_NOT_PRINT_4e1d77"
"""A recognisable key: no answer or error may ever contain it."""


class ToolFailed(AssertionError):
    """A tool answered with is_error (its text is the message)."""


class McpSession:
    """A connected MCP client session to ``ashby mcp ARGS`` in a subprocess, usable from synchronous tests."""

    def __init__(self, args: list[str], env: dict[str, str], errlog: Path) -> None:
        self.outputs: list[str] = []
        """Every text the server sent back (answers and errors), to check for secrets."""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._stop: asyncio.Event | None = None
        self._client: Any = None
        self._errlog = errlog.open("w")
        ready: Future[None] = Future()
        self._task = asyncio.run_coroutine_threadsafe(self._hold(args, env, ready), self._loop)
        ready.result(timeout=60)

    async def _hold(self, args: list[str], env: dict[str, str], ready: Future[None]) -> None:
        from mcp import Client, StdioServerParameters, stdio_client

        command = ashby_command()
        params = StdioServerParameters(command=command[0], args=[*command[1:], "mcp", *args], env=env)
        self._stop = asyncio.Event()
        try:
            async with Client(stdio_client(params, errlog=self._errlog)) as client:
                self._client = client
                ready.set_result(None)
                await self._stop.wait()
        except BaseException as exc:
            if not ready.done():
                ready.set_exception(exc)
            raise

    def _run(self, coro: Any, timeout: float = 60) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=timeout)

    def list_tools(self) -> list[Any]:
        return list(self._run(self._client.list_tools()).tools)

    def raw(self, tool: str, arguments: dict[str, Any] | None = None) -> Any:
        """The ``CallToolResult`` of one call."""
        result = self._run(self._client.call_tool(tool, arguments or {}))
        self.outputs.extend(c.text for c in result.content if getattr(c, "text", None) is not None)
        if result.structured_content is not None:
            self.outputs.append(json.dumps(result.structured_content))
        return result

    def call(self, tool: str, **arguments: Any) -> dict[str, Any]:
        """The answer (the JSON text the model reads, decoded); :class:`ToolFailed` on a tool error."""
        result = self.raw(tool, {k: v for k, v in arguments.items() if v is not None})
        text = result.content[0].text
        if result.is_error:
            raise ToolFailed(text)
        answer: dict[str, Any] = json.loads(text)
        assert answer == result.structured_content  # the model and the application see the same answer
        return answer

    def error(self, tool: str, **arguments: Any) -> str:
        """The message of a call that must fail."""
        result = self.raw(tool, arguments)
        assert result.is_error, result.content[0].text
        message: str = result.content[0].text
        return message

    def every(self, tool: str, **arguments: Any) -> list[dict[str, Any]]:
        """Every item of a paged list, following next_cursor to the end."""
        items: list[dict[str, Any]] = []
        cursor = None
        for _ in range(1000):
            page = self.call(tool, **arguments, cursor=cursor)
            items.extend(page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                return items
        raise AssertionError("next_cursor never ended")

    def close(self) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        try:
            self._task.result(timeout=30)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._loop.close()
            self._errlog.close()


def server_env(url: str, *, key: bool = True) -> dict[str, str]:
    """What the host passes the server: the key and base URL (the emulator's), no config file."""
    env = {"ASHBY_BASE_URL": url, "XDG_CONFIG_HOME": "/nonexistent-ashby-config", "NO_COLOR": "1"}
    if key:
        env["ASHBY_API_KEY"] = KEY
    return env


def sync_into(url: str, db: str, *extra: str) -> None:
    """Mirror the served emulator with ``ashby sync``, as a user would."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASHBY_")}
    env.update(server_env(url))
    done = subprocess.run(
        [*ashby_command(), "sync", "--db", db, *extra], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="session")
def served() -> Iterator[tuple[Emulator, str]]:
    emu = Emulator(seed=5, candidates=200, api_key=KEY)
    with serve_in_thread(emu) as url:
        yield emu, url


@pytest.fixture(scope="session")
def mirror_path(served: tuple[Emulator, str], tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("mcp") / "mirror.db")
    sync_into(served[1], path)
    return path


@pytest.fixture(scope="session")
def start(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., McpSession]]:
    sessions: list[McpSession] = []

    def start(args: list[str], env: dict[str, str]) -> McpSession:
        log = tmp_path_factory.mktemp("mcp-log") / "stderr.txt"
        session = McpSession(args, env, log)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


@pytest.fixture(scope="session")
def mirror(served: tuple[Emulator, str], mirror_path: str, start: Callable[..., McpSession]) -> McpSession:
    """``ashby mcp --db mirror.db`` with a key (the live API for what the mirror lacks)."""
    return start(["--db", mirror_path], server_env(served[1]))


@pytest.fixture(scope="session")
def live(served: tuple[Emulator, str], start: Callable[..., McpSession]) -> McpSession:
    """``ashby mcp`` without a mirror: every answer from the live API."""
    return start([], server_env(served[1]))


@pytest.fixture(params=["mirror", "live"])
def server(request: pytest.FixtureRequest) -> McpSession:
    """Each read test runs against both sources, which must answer alike."""
    session: McpSession = request.getfixturevalue(request.param)
    return session
