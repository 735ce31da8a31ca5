"""Everyday writes and views on top of the generated groups.

``ashby applications move ID --stage STAGE``, ``ashby candidates note ID TEXT``,
``ashby candidates tag ID TAG`` and ``ashby jobs funnel JOB_ID``. Names are
resolved the way people type them: a stage by id or by title within the
application's interview plan, a tag by id or title, case-insensitively. A write
says what it did on stderr; ``--json`` prints the changed object on stdout.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import TYPE_CHECKING, Any

import typer

from .config import client_from
from .errors import EXIT_USAGE, CLIError
from .output import (
    FIELDS_OPTION,
    FORMAT_OPTION,
    JSON_OPTION,
    JSONL_OPTION,
    Format,
    Output,
    console,
    print_json,
    progress,
)

if TYPE_CHECKING:
    from .._client import AshbyClient

__all__ = ["find_by_name", "register"]


def find_by_name(items: list[dict[str, Any]], wanted: str, what: str, *, key: str = "title") -> dict[str, Any]:
    """The item whose id is ``wanted``, else the one whose ``key`` matches it case-insensitively.

    Raises :class:`CLIError` (exit 2) listing the choices when none or several match.
    """
    for item in items:
        if item.get("id") == wanted:
            return item
    matches = [i for i in items if str(i.get(key) or "").casefold() == wanted.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    choices = ", ".join(repr(str(i.get(key))) for i in items) or "none"
    problem = "several" if matches else "no"
    raise CLIError(f"{problem} {what} named {wanted!r}; choose one of: {choices} (or pass its id)", EXIT_USAGE)


def _done(message: str) -> None:
    sys.stderr.write(message + "\n")


def _plan_stages(client: AshbyClient, plan_id: str) -> list[dict[str, Any]]:
    stages = client.request("interviewStage.list", {"interviewPlanId": plan_id}) or []
    return sorted(stages, key=lambda s: s.get("orderInInterviewPlan") or 0)


def move(
    ctx: typer.Context,
    application_id: str = typer.Argument(..., metavar="ID", help="The application's id."),
    stage: str = typer.Option(..., "--stage", "-s", help="The stage's id, or its title in the application's plan."),
    archive_reason: str | None = typer.Option(
        None, "--archive-reason", help="For an Archived-type stage: the reason's id or text."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Move an application to another interview stage (application.changeStage)."""
    client = client_from(ctx)
    application = client.request("application.info", {"applicationId": application_id})
    plan_id = (application.get("currentInterviewStage") or {}).get("interviewPlanId")
    if not plan_id:
        raise CLIError(f"application {application_id} has no interview plan to pick a stage from")
    target = find_by_name(_plan_stages(client, plan_id), stage, "stage in this application's plan")
    body: dict[str, Any] = {"applicationId": application_id, "interviewStageId": target["id"]}
    if archive_reason:
        reasons = client.request("archiveReason.list", {}) or []
        body["archiveReasonId"] = find_by_name(reasons, archive_reason, "archive reason", key="text")["id"]
    elif target.get("type") == "Archived":
        raise CLIError(f"{target.get('title')!r} is an Archived stage: give --archive-reason", EXIT_USAGE)
    moved = client.request("application.changeStage", body)
    if as_json:
        print_json(moved)
    now = (moved.get("currentInterviewStage") or {}).get("title", target.get("title"))
    _done(f"Moved application {application_id} to {now!r} (status {moved.get('status')}).")


def note(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., metavar="ID", help="The candidate's id."),
    text: str = typer.Argument(..., help="The note, as plain text."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Add a note to a candidate (candidate.createNote)."""
    created = client_from(ctx).request("candidate.createNote", {"candidateId": candidate_id, "note": text})
    if as_json:
        print_json(created)
    _done(f"Added note {created.get('id')} to candidate {candidate_id}.")


def tag(
    ctx: typer.Context,
    candidate_id: str = typer.Argument(..., metavar="ID", help="The candidate's id."),
    tag_name: str = typer.Argument(..., metavar="TAG", help="The tag's id or title."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Tag a candidate (candidate.addTag); the tag by id or title."""
    client = client_from(ctx)
    tags = list(client.paginate("candidateTag.list", {}))
    chosen = find_by_name(tags, tag_name, "tag")
    candidate = client.request("candidate.addTag", {"candidateId": candidate_id, "tagId": chosen["id"]})
    if as_json:
        print_json(candidate)
    _done(f"Tagged {candidate.get('name') or candidate_id} with {chosen.get('title')!r}.")


def funnel(
    ctx: typer.Context,
    job_id: str = typer.Argument(..., metavar="JOB_ID", help="The job's id."),
    fmt: str | None = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
    as_jsonl: bool = JSONL_OPTION,
    fields: str | None = FIELDS_OPTION,
) -> None:
    """Applications per interview stage of a job: a bar chart, or rows (--format)."""
    output = Output(fmt, as_json, as_jsonl, fields, columns=_FUNNEL)
    client = client_from(ctx)
    job = client.request("job.info", {"id": job_id})
    plan_id = job.get("defaultInterviewPlanId") or next(iter(job.get("interviewPlanIds") or []), None)
    stages = _plan_stages(client, plan_id) if plan_id else []
    counts: Counter[str] = Counter()
    with progress("Counting applications") as (bar, task):
        for application in client.paginate("application.list", {"jobId": job_id}):
            counts[(application.get("currentInterviewStage") or {}).get("id", "")] += 1
            bar.advance(task)
    rows = [
        {"stageId": s["id"], "stage": s.get("title"), "type": s.get("type"), "count": counts[s["id"]]} for s in stages
    ]
    other = sum(counts.values()) - sum(r["count"] for r in rows)
    if other:
        rows.append({"stageId": None, "stage": "(other plans)", "type": None, "count": other})
    if output.format is Format.JSON and not output.fields_given:
        print_json({"job": {"id": job_id, "title": job.get("title")}, "stages": rows})
    elif output.format is Format.TABLE and not output.fields_given:
        _chart(f"{job.get('title')}: {sum(counts.values())} applications", rows)
    else:
        output.print_list(rows)


_FUNNEL = [("stage", "stage"), ("count", "count"), ("type", "type"), ("stageId", "stageId")]


def _chart(title: str, rows: list[dict[str, Any]], width: int = 40) -> None:
    from rich.table import Table

    top = max((r["count"] for r in rows), default=0) or 1
    table = Table(title=title, title_justify="left", box=None, show_header=False, pad_edge=False)
    table.add_column("stage", no_wrap=True)
    table.add_column("count", justify="right")
    table.add_column("bar", no_wrap=True)
    for row in rows:
        bar = "█" * round(width * row["count"] / top) or ("▏" if row["count"] else "")
        table.add_row(str(row["stage"]), str(row["count"]), f"[cyan]{bar}[/cyan]")
    console().print(table)


def register(groups: dict[str, typer.Typer]) -> None:
    """Add these commands to the generated ``applications``, ``candidates`` and ``jobs`` groups."""
    groups["applications"].command("move")(move)
    groups["candidates"].command("note")(note)
    groups["candidates"].command("tag")(tag)
    groups["jobs"].command("funnel")(funnel)
