"""``ashby <objects> list|get|search``: generated from one table and the catalogue."""

from __future__ import annotations

import json

import pytest

from ashby_sdk._catalogue import ENDPOINTS, snake
from ashby_sdk.cli.objects import KINDS, Kind

from .conftest import Served


def test_list_table_shows_the_columns(served: Served) -> None:
    out = served.ok("candidates", "list", "--limit", "3").stdout
    assert "name" in out and "email" in out
    names = [c["name"] for c in list(served.emu.org["candidate"])[:3]]
    assert all(name in out for name in names)


def test_list_json_is_one_document_and_jsonl_one_object_a_line(served: Served) -> None:
    items = json.loads(served.ok("candidates", "list", "-n", "5", "--json").stdout)
    assert len(items) == 5 and all("id" in c for c in items)
    lines = served.ok("candidates", "list", "-n", "5", "--jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [c["id"] for c in items]


def test_list_all_pages_through_everything(served: Served) -> None:
    lines = served.ok("candidates", "list", "--all", "--jsonl").stdout.splitlines()
    assert len(lines) == len(served.emu.org["candidate"]) > 0
    assert len(served.ok("candidates", "list", "--limit", "0", "--jsonl").stdout.splitlines()) == len(lines)


def test_list_filters_come_from_the_catalogue(served: Served) -> None:
    jobs = json.loads(served.ok("jobs", "list", "--all", "--status", "Open", "--json").stdout)
    assert jobs and {j["status"] for j in jobs} == {"Open"}
    plan = served.first("application")["_planId"]
    stages = json.loads(served.ok("interview-stages", "list", "--interview-plan-id", plan, "--json").stdout)
    assert stages and {s["interviewPlanId"] for s in stages} == {plan}
    missing = served.run("interview-stages", "list")
    assert missing.exit_code == 2 and "--interview-plan-id" in missing.stderr


def test_get_shows_one_object(served: Served) -> None:
    candidate = served.first("candidate")
    assert candidate["name"] in served.ok("candidates", "get", candidate["id"]).stdout
    assert json.loads(served.ok("candidates", "get", candidate["id"], "--json").stdout)["id"] == candidate["id"]


def test_get_unknown_id_is_one_line_and_exit_1(served: Served) -> None:
    result = served.run("candidates", "get", "00000000-0000-4000-8000-000000000000")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: candidate.info: ") and "check the id" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_search(served: Served) -> None:
    candidate = served.first("candidate")
    found = json.loads(
        served.ok("candidates", "search", "--email", candidate["primaryEmailAddress"]["value"], "--json").stdout
    )
    assert [c["id"] for c in found] == [candidate["id"]]
    result = served.run("candidates", "search")
    assert result.exit_code == 2 and "--email" in result.stderr


def test_json_and_jsonl_together_is_a_usage_error(served: Served) -> None:
    assert served.run("jobs", "list", "--json", "--jsonl").exit_code == 2


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.command)
def test_every_kind_lists(served: Served, kind: Kind) -> None:
    endpoint = ENDPOINTS[f"{kind.category}.list"]
    args = ["--limit", "2", "--json"]
    for p in endpoint.params:
        if p.required:  # e.g. interviewStage.list's plan
            args += ["--" + snake(p.name).replace("_", "-"), served.first("application")["_planId"]]
    items = json.loads(served.ok(kind.command, "list", *args).stdout)
    assert isinstance(items, list)
