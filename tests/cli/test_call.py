"""``ashby call``, ``ashby endpoints`` and ``ashby whoami``."""

from __future__ import annotations

import json
from pathlib import Path

from ashby_sdk._catalogue import ENDPOINTS

from .conftest import Served


def test_call_prints_results_as_json(served: Served) -> None:
    candidate = served.first("candidate")
    out = served.ok("call", "candidate.info", json.dumps({"id": candidate["id"]})).stdout
    assert json.loads(out)["name"] == candidate["name"]


def test_call_body_from_a_file_or_stdin(served: Served, tmp_path: Path) -> None:
    job = served.first("job")
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"id": job["id"]}))
    assert json.loads(served.ok("call", "job.info", "--data", f"@{body}").stdout)["title"] == job["title"]
    out = served.ok("call", "job.info", "-d", "@-", input=json.dumps({"id": job["id"]})).stdout
    assert json.loads(out)["id"] == job["id"]


def test_call_a_list_one_page_or_all(served: Served) -> None:
    first = served.ok("call", "candidate.list", '{"limit": 5}')
    assert len(json.loads(first.stdout)) == 5 and "--all" in first.stderr
    lines = served.ok("call", "candidate.list", "--all", "--jsonl").stdout.splitlines()
    assert len(lines) == len(served.emu.org["candidate"])
    assert len(json.loads(served.ok("call", "candidate.list", "--all").stdout)) == len(lines)


def test_call_mistakes_are_usage_errors(served: Served, tmp_path: Path) -> None:
    cases = {
        ("call", "candidate.lst"): "did you mean candidate.list?",
        ("call", "candidate.info", "{not json"): "not valid JSON",
        ("call", "candidate.info", "[1]"): "must be a JSON object",
        ("call", "candidate.info", "{}", "--data", "{}"): "not both",
        ("call", "job.info", "-d", f"@{tmp_path / 'missing.json'}"): "cannot read",
        ("call", "job.info", '{"id": "x"}', "--all"): "not a paged list",
    }
    for args, message in cases.items():
        result = served.run(*args)
        assert result.exit_code == 2, args
        assert message in result.stderr, (args, result.stderr)
    # The body goes as given (client.request() checks only that it is JSON): Ashby judges a missing id.
    result = served.run("call", "job.info")
    assert result.exit_code == 1 and "Missing required parameter 'id'" in result.stderr, result.stderr


def test_call_reaches_every_catalogue_endpoint_by_name(served: Served) -> None:
    # Completion and `ashby endpoints` read the catalogue, so new endpoints appear without CLI changes.
    from ashby_sdk.cli.call import _complete_endpoint

    assert set(_complete_endpoint("")) == set(ENDPOINTS)
    listing = served.ok("endpoints").stdout
    assert all(name in listing for name in ENDPOINTS)
    assert "candidate.search" in served.ok("endpoints", "search").stdout


def test_call_an_endpoint_outside_the_catalogue_is_sent_unchecked(served: Served) -> None:
    result = served.run("call", "madeUpCategory.doSomething", "{}")
    assert "not in the SDK's catalogue" in result.stderr
    assert result.exit_code == 1  # the server does not know it either
