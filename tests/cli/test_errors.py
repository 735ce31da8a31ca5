"""One line, the right exit code, a traceback only with ``--debug``, and never the key."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from ashby_sdk.webhooks import sign

from .conftest import KEY, Served


def _fault(served: Served, kind: str, endpoint: str) -> None:
    httpx.post(
        f"{served.url}/_emulator/faults", json={"kind": kind, "endpoint": endpoint, "times": 1}
    ).raise_for_status()


@pytest.mark.parametrize(
    ("kind", "hint"),
    [
        ("503", "Ashby failed: try again later"),
        ("429", "rate limited after every retry"),
        ("drop", "check the network"),
    ],
)
def test_api_and_network_failures_exit_1_with_a_hint(served: Served, kind: str, hint: str) -> None:
    _fault(served, kind, "department.list")
    result = served.run("--max-retries", "0", "departments", "list")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and hint in result.stderr and result.stderr.count("\n") == 1


def test_unreachable_server(served: Served) -> None:
    result = served.run("--max-retries", "0", "--base-url", "http://127.0.0.1:1", "jobs", "list")
    assert result.exit_code == 1 and "--base-url" in result.stderr and "unexpected" not in result.stderr


def test_debug_shows_our_request_lines_not_the_transports(served: Served) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    plain = served.run("candidates", "get", missing)
    assert "Traceback" not in plain.stderr and "debug:" not in plain.stderr
    debug = served.run("--debug", "candidates", "get", missing)
    assert debug.exit_code == 1 and "debug: POST candidate.info -> " in debug.stderr
    assert "httpcore" not in debug.stderr and "httpx" not in debug.stderr
    assert "Traceback" not in debug.stderr  # an expected failure: its one line says it all
    transport = served.run("candidates", "get", missing, "--debug-transport")
    assert "httpcore.http11: send_request_headers" in transport.stderr and "debug: POST" in transport.stderr
    assert "Traceback" in transport.stderr and "AshbyNotFoundError" in transport.stderr


def test_a_failure_of_the_environment_is_not_called_unexpected(served: Served, tmp_path: Path) -> None:
    handle = served.first("file")["handle"]
    result = served.run("files", "download", handle, "--out", "/dev/null/x")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "unexpected" not in result.stderr and "/dev/null/x" in result.stderr


def test_usage_errors_exit_2_in_one_line(served: Served) -> None:
    for args in (["candidates", "list", "--max-items", "lots"], ["whoami", "--max-retries", "-1"]):
        result = served.run(*args)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert served.run("no-such-command").exit_code == 2
    assert served.run("--max-retries", "-1", "whoami").exit_code == 2


def _every_command(served: Served, tmp_path: Path) -> list[list[str]]:
    app = next(a for a in served.emu.org["application"] if a["status"] == "Active")
    candidate, job, file = served.first("candidate"), served.first("job"), served.first("file")
    body = json.dumps({"action": "ping", "data": {}})
    commands = [
        ["whoami"],
        ["endpoints", "candidate"],
        ["call", "candidate.search", json.dumps({"name": candidate["name"]})],
        ["call", "candidate.list", "--all", "--jsonl"],
        ["candidates", "list", "-n", "3", "--format", "table"],
        ["login", "--no-verify", "--profile", "leak-check"],
        ["candidates", "get", candidate["id"], "--json"],
        ["candidates", "search", "--name", candidate["name"]],
        ["candidates", "note", candidate["id"], "checked for leaks"],
        ["candidates", "tag", candidate["id"], served.first("tag", isArchived=False)["id"]],
        ["applications", "move", app["id"], "--stage", "Onsite"],
        ["jobs", "funnel", job["id"]],
        ["files", "download", file["handle"], "--out", str(tmp_path)],
        ["webhooks", "verify", "--secret", "s", "--signature", sign(body.encode(), "s")],
        ["candidates", "get", "00000000-0000-4000-8000-000000000000"],  # an error, with --debug: a traceback
        ["sync", "--db", str(tmp_path / "mirror.db"), "--only", "candidates"],
    ]
    from ashby_sdk.cli.objects import KINDS

    commands += [[kind.command, "list", "-n", "1"] for kind in KINDS if kind.command != "interview-stages"]
    return commands


def test_the_key_is_never_printed(served: Served, tmp_path: Path) -> None:
    body = json.dumps({"action": "ping", "data": {}})
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    for i, args in enumerate(_every_command(served, tmp_path)):
        via_flag = ["--api-key", KEY] if i % 2 else []
        result = served.run("--debug", *via_flag, *args, input=body, env=env)
        assert result.exit_code in (0, 1), (args, result.stderr[-2000:])
        assert KEY not in result.stdout and KEY not in result.stderr, args
        assert "debug: POST" in result.stderr or args[0] in ("endpoints", "webhooks", "login"), args  # logging on
