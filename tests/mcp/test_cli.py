"""``ashby mcp`` from the command line: its options, its refusals (exit 2, one line), streamable HTTP."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ashby_sdk.emulator import Emulator

from ..cli.conftest import ashby_command
from .conftest import KEY, McpSession, server_env

pytestmark = pytest.mark.slow


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ASHBY_")}
    environ.update(env)
    return subprocess.run(
        [*ashby_command(), "mcp", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    ("args", "key", "says"),
    [
        ([], False, "no Ashby API key"),
        (["--db", "/nonexistent/mirror.db"], True, "no mirror at /nonexistent/mirror.db"),
        (["--db", "/tmp"], True, "is a directory"),
        (["--db", "mysql://x"], True, "give a SQLite file or a postgresql:// URL"),
        (["--transport", "sse"], True, "use stdio or http"),
        (["--page-size", "50", "--max-page-size", "10"], True, "--page-size cannot be above"),
    ],
)
def test_refusals_are_one_line_with_exit_2(served: tuple[Emulator, str], args: list[str], key: bool, says: str) -> None:
    done = _run(*args, env=server_env(served[1], key=key))
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and done.stderr.count("\n") == 1 and done.stdout == ""


def test_writes_without_a_key_are_refused(served: tuple[Emulator, str], mirror_path: str) -> None:
    done = _run("--db", mirror_path, "--allow-writes", env=server_env(served[1], key=False))
    assert done.returncode == 2 and "--allow-writes needs a key" in done.stderr


def test_a_file_that_is_not_a_mirror_is_refused(served: tuple[Emulator, str], tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("not sqlite")
    done = _run("--db", str(junk), env=server_env(served[1]))
    assert done.returncode == 2 and "not a mirror made by `ashby sync`" in done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_streamable_http(served: tuple[Emulator, str], mirror_path: str) -> None:
    from mcp import Client

    port = _free_port()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ASHBY_")}
    environ.update(server_env(served[1]))
    args = [*ashby_command(), "mcp", "--db", mirror_path, "--transport", "http", "--port", str(port)]
    with subprocess.Popen(args, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            url = f"http://127.0.0.1:{port}/mcp"
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)

            async def ask() -> tuple[set[str], str]:
                async with Client(url) as client:
                    tools = {t.name for t in (await client.list_tools()).tools}
                    result = await client.call_tool("list_jobs", {"status": "any"})
                    return tools, result.content[0].text

            tools, text = asyncio.run(ask())
            assert "query_mirror" in tools and "add_candidate_note" not in tools
            assert '"source":"mirror"' in text
            assert all(j["id"] in text for j in served[0].org["job"])
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=30)
    assert f"serving at http://127.0.0.1:{port}/mcp" in err and KEY not in err


def test_the_key_comes_from_a_profile_like_every_command(
    served: tuple[Emulator, str], tmp_path: Path, start: Callable[..., McpSession]
) -> None:
    config = tmp_path / "ashby"
    config.mkdir()
    (config / "config.toml").write_text(f'[work]\napi_key = "{KEY}"\nbase_url = "{served[1]}"\n')
    session = start(["--profile", "work"], {"XDG_CONFIG_HOME": str(tmp_path), "NO_COLOR": "1"})
    answer = session.call("list_jobs", status="any")
    assert answer["source"] == "live API" and answer["total"] == len(served[0].org["job"])


def test_without_the_mcp_extra_the_command_says_which_to_install(
    served: tuple[Emulator, str], mirror_path: str
) -> None:
    import sys

    code = (
        "import sys; sys.modules['mcp'] = None\n"  # as if the extra were not installed
        f"sys.argv = ['ashby', 'mcp', '--db', {mirror_path!r}]\n"
        "from ashby_sdk.cli import main; main()\n"
    )
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ASHBY_")}
    environ.update(server_env(served[1]))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ, timeout=60)
    assert done.returncode == 2 and "pip install 'ashby-sdk[mcp]'" in done.stderr and done.stderr.count("\n") == 1
