"""Every ``console`` example of docs/cli.md and README's "Command line" section runs as shown.

A ``$ ashby ...`` line runs through CliRunner against the served emulator (``$NAME``
variables stand for ids of its organisation, ``< file`` feeds standard input, a trailing
``# exits N`` gives the expected exit code); the lines shown under it must appear in its
output, ``...`` matching anything.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ashby_sdk.webhooks import sign

from .conftest import Served

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Example:
    source: str
    command: str
    output: list[str] = field(default_factory=list)


def examples(path: Path) -> list[Example]:
    found: list[Example] = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("```"):
            inside = line.strip() == "```console"
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            found.append(Example(path.name, line[2:]))
        elif found and line.strip():
            found[-1].output.append(line.rstrip())
    return found


EXAMPLES = [*examples(ROOT / "docs" / "cli.md"), *examples(ROOT / "README.md")]


def _variables(served: Served, tmp_path: Path) -> dict[str, str]:
    app = next(a for a in served.emu.org["application"] if a["status"] == "Active")
    stage = next(s for s in served.emu.org["interviewStage"] if s["interviewPlanId"] == app["_planId"])
    candidate = next(c for c in served.emu.org["candidate"] if c.get("fileHandles"))
    body = json.dumps({"action": "applicationSubmit", "data": {"application": {"id": app["id"]}}})
    (tmp_path / "body.json").write_text(body)
    (tmp_path / "job.json").write_text(json.dumps({"id": app["_jobId"]}))
    return {
        "PLAN": app["_planId"],
        "CANDIDATE": candidate["id"],
        "EMAIL": candidate["primaryEmailAddress"]["value"],
        "USER_EMAIL": served.first("user")["email"],
        "JOB": app["_jobId"],
        "APPLICATION": app["id"],
        "STAGE_ID": stage["id"],
        "FILE_HANDLE": served.first("file")["handle"],
        "SECRET": "whsec_docs",
        "SIGNATURE": sign(body.encode(), "whsec_docs"),
    }


def _pattern(shown: str, url: str) -> re.Pattern[str]:
    parts = [re.escape(part.replace("http://127.0.0.1:8787", url)) for part in shown.split("...")]
    return re.compile(".*".join(parts))


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 20
    assert any(e.source == "README.md" for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.source}: {e.command[:60]}")
def test_example(served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example: Example) -> None:
    monkeypatch.chdir(tmp_path)
    command, _, comment = example.command.partition("  # ")
    expected = int(comment.split()[-1]) if comment.startswith("exits") else 0
    words = shlex.split(command)
    stdin = None
    if "<" in words:
        at = words.index("<")
        words, stdin = words[:at], ("<", words[at + 1])
    values = _variables(served, tmp_path)
    words = [re.sub(r"\$(\w+)", lambda m: values[m.group(1)], w) for w in words]
    assert words[0] == "ashby"
    data = (tmp_path / stdin[1]).read_text() if stdin else None
    result = served.run(*words[1:], input=data, env={"ASHBY_FORMAT": "table"})  # what a terminal shows
    assert result.exit_code == expected, (result.stdout, result.stderr)
    printed = (result.stdout + result.stderr).splitlines()
    for shown in example.output:
        pattern = _pattern(shown, served.url)
        assert any(pattern.fullmatch(line.rstrip()) for line in printed), (shown, printed)
