"""``applications move``, ``candidates note``/``tag`` and ``jobs funnel``."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ashby_sdk.cli.actions import find_by_name
from ashby_sdk.cli.errors import CLIError

from .conftest import Served


def _active_application(served: Served, skip: int = 0) -> dict[str, Any]:
    return [a for a in served.emu.org["application"] if a["status"] == "Active"][skip]


def _stages(served: Served, plan_id: str) -> list[dict[str, Any]]:
    stages = [s for s in served.emu.org["interviewStage"] if s["interviewPlanId"] == plan_id]
    return sorted(stages, key=lambda s: s["orderInInterviewPlan"])


def test_move_by_title_any_case_and_by_id(served: Served) -> None:
    app = _active_application(served)
    stages = _stages(served, app["_planId"])
    title = stages[1]["title"]
    result = served.ok("applications", "move", app["id"], "--stage", title.upper())
    assert f"to {title!r}" in result.stderr and result.stdout == ""  # what was done: on stderr
    assert served.emu.org["application"].get(app["id"])["_stageId"] == stages[1]["id"]  # type: ignore[index]
    moved = json.loads(served.ok("applications", "move", app["id"], "--stage", stages[2]["id"], "--json").stdout)
    assert moved["currentInterviewStage"]["id"] == stages[2]["id"]


def test_move_to_an_unknown_stage_lists_the_choices(served: Served) -> None:
    app = _active_application(served, 1)
    result = served.run("applications", "move", app["id"], "--stage", "Lunch")
    assert result.exit_code == 2
    assert "no stage in this application's plan named 'Lunch'" in result.stderr
    assert _stages(served, app["_planId"])[0]["title"] in result.stderr


def test_move_to_archived_needs_a_reason(served: Served) -> None:
    app = _active_application(served, 2)
    archived = next(s for s in _stages(served, app["_planId"]) if s["type"] == "Archived")
    result = served.run("applications", "move", app["id"], "--stage", archived["title"])
    assert result.exit_code == 2 and "--archive-reason" in result.stderr
    reason = next(iter(served.emu.org["archiveReason"]))
    moved = served.ok("applications", "move", app["id"], "-s", archived["title"], "--archive-reason", reason["text"])
    assert "status Archived" in moved.stderr


def test_note(served: Served) -> None:
    candidate = served.first("candidate")
    out = served.ok("candidates", "note", candidate["id"], "Strong systems design").stderr
    assert out.startswith("Added note ")
    notes = [n for n in served.emu.org["note"] if n.get("_candidateId") == candidate["id"] or n.get("candidateId")]
    assert any("Strong systems design" in json.dumps(n) for n in notes)


def test_tag_by_title_or_id(served: Served) -> None:
    candidate, tag = served.first("candidate"), served.first("tag", isArchived=False)
    assert f"with {tag['title']!r}" in served.ok("candidates", "tag", candidate["id"], tag["title"].lower()).stderr
    tagged = json.loads(served.ok("candidates", "tag", candidate["id"], tag["id"], "--json").stdout)
    assert tag["id"] in [t["id"] for t in tagged["tags"]]
    result = served.run("candidates", "tag", candidate["id"], "No Such Tag")
    assert result.exit_code == 2 and "no tag named 'No Such Tag'" in result.stderr


def test_funnel_counts_every_application_of_the_job(served: Served) -> None:
    job_id = served.first("application")["_jobId"]
    report = json.loads(served.ok("jobs", "funnel", job_id, "--json").stdout)
    expected = sum(1 for a in served.emu.org["application"] if a["_jobId"] == job_id)
    assert sum(row["count"] for row in report["stages"]) == expected
    chart = served.ok("jobs", "funnel", job_id, "--format", "table").stdout
    assert f"{expected} applications" in chart and "█" in chart
    rows = [line.split("\t") for line in served.ok("jobs", "funnel", job_id).stdout.splitlines()]
    assert sum(int(row[1]) for row in rows) == expected  # piped: stage<TAB>count<TAB>type<TAB>id


def test_find_by_name() -> None:
    items = [{"id": "1", "title": "Onsite"}, {"id": "2", "title": "Offer"}, {"id": "3", "title": "offer"}]
    assert find_by_name(items, "onsite", "stage")["id"] == "1"
    assert find_by_name(items, "3", "stage")["id"] == "3"
    with pytest.raises(CLIError, match="several stage named 'Offer'"):
        find_by_name(items, "Offer", "stage")
