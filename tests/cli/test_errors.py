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
    assert result.exit_code == 1 and "--base-url" in result.stderr


def test_traceback_only_with_debug(served: Served) -> None:
    plain = served.run("candidates", "get", "00000000-0000-4000-8000-000000000000")
    assert "Traceback" not in plain.stderr
    debug = served.run("--debug", "candidates", "get", "00000000-0000-4000-8000-000000000000")
    assert debug.exit_code == 1 and "Traceback" in debug.stderr and "AshbyNotFoundError" in debug.stderr
    assert "candidate.info" in debug.stderr  # the request log


def test_usage_errors_exit_2(served: Served) -> None:
    assert served.run("candidates", "list", "--limit", "lots").exit_code == 2
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
        ["candidates", "list", "-n", "3"],
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
    for i, args in enumerate(_every_command(served, tmp_path)):
        via_flag = ["--api-key", KEY] if i % 2 else []
        result = served.run("--debug", *via_flag, *args, input=body)
        assert result.exit_code in (0, 1), (args, result.stderr[-2000:])
        assert KEY not in result.stdout and KEY not in result.stderr, args
        assert "DEBUG" in result.stderr or args[0] in ("endpoints", "webhooks"), args  # logging was on
