"""``ashby <objects> list|get|search``: one command group per main object type, generated from one table.

Each row of :data:`KINDS` names an Ashby category and the columns a table shows.
The commands and their options come from the API catalogue: ``list`` gets an
option per parameter of ``<category>.list`` (``--job-id``, ``--status``,
``--include-archived``...), ``get`` exists when ``<category>.info`` does, and
``search`` when ``<category>.search`` does, with its parameters as options. So a
parameter added to the catalogue shows up here without touching this file.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import typer

from .._catalogue import ENDPOINTS, Endpoint, Param, snake
from .config import client_from
from .output import JSON_OPTION, JSONL_OPTION, Column, Format, output_format, print_object, print_objects, progress

__all__ = ["KINDS", "Kind", "register"]


@dataclass(frozen=True)
class Kind:
    """One object type on the command line."""

    command: str
    category: str
    columns: tuple[Column, ...]
    help: str

    def endpoint(self, method: str) -> Endpoint | None:
        return ENDPOINTS.get(f"{self.category}.{method}")


_ID: Column = ("id", "id")
_STATUS: Column = ("status", "status")
KINDS: tuple[Kind, ...] = (
    Kind(
        "candidates",
        "candidate",
        (_ID, ("name", "name"), ("email", "primaryEmailAddress"), ("phone", "primaryPhoneNumber"), ("tags", "tags")),
        "Candidates: people in the pipeline.",
    ),
    Kind(
        "applications",
        "application",
        (_ID, ("candidate", "candidate.name"), ("job", "job.title"), ("stage", "currentInterviewStage"), _STATUS),
        "Applications: a candidate considered for a job.",
    ),
    Kind(
        "jobs",
        "job",
        (_ID, ("title", "title"), ("status", "status"), ("type", "employmentType"), ("opened", "openedAt")),
        "Jobs and their hiring teams.",
    ),
    Kind(
        "job-postings",
        "jobPosting",
        (_ID, ("title", "title"), ("location", "locationName"), ("team", "teamName"), ("listed", "isListed")),
        "Job postings on job boards.",
    ),
    Kind(
        "users",
        "user",
        (_ID, ("first", "firstName"), ("last", "lastName"), ("email", "email"), ("role", "globalRole")),
        "Users of the Ashby organisation.",
    ),
    Kind("departments", "department", (_ID, ("name", "name"), ("parent", "parentId")), "Departments (teams)."),
    Kind("locations", "location", (_ID, ("name", "name"), ("type", "type"), ("remote", "isRemote")), "Locations."),
    Kind("sources", "source", (_ID, ("title", "title"), ("type", "sourceType")), "Candidate sources."),
    Kind(
        "interview-stages",
        "interviewStage",
        (_ID, ("#", "orderInInterviewPlan"), ("title", "title"), ("type", "type")),
        "Stages of an interview plan.",
    ),
    Kind("interview-plans", "interviewPlan", (_ID, ("title", "title")), "Interview plans."),
    Kind("interviews", "interview", (_ID, ("title", "title")), "Interview types."),
    Kind(
        "offers",
        "offer",
        (_ID, ("application", "applicationId"), ("status", "offerStatus"), ("acceptance", "acceptanceStatus")),
        "Offers.",
    ),
    Kind(
        "openings", "opening", (_ID, ("identifier", "identifier"), ("state", "openingState")), "Openings (headcount)."
    ),
    Kind("projects", "project", (_ID, ("title", "title"), ("archived", "isArchived")), "Projects (talent pools)."),
    Kind("tags", "candidateTag", (_ID, ("title", "title"), ("archived", "isArchived")), "Candidate tags."),
    Kind("archive-reasons", "archiveReason", (_ID, ("text", "text"), ("type", "reasonType")), "Archive reasons."),
    Kind("custom-fields", "customField", (_ID, ("title", "title"), ("object", "objectType")), "Custom fields."),
)

_PYTHON_TYPES: dict[str, Any] = {
    "string": str | None,
    "integer": int | None,
    "number": float | None,
    "string[]": list[str] | None,
}
_SKIPPED = {"cursor", "limit", "syncToken"}


def _options(params: tuple[Param, ...]) -> list[tuple[Param, inspect.Parameter]]:
    """A keyword parameter with a typer option for each simple body parameter (objects go through ``ashby call``)."""
    out = []
    for p in params:
        if p.name in _SKIPPED or (p.type not in _PYTHON_TYPES and p.type != "boolean"):
            continue
        flag = "--" + snake(p.name).rstrip("_").replace("_", "-")
        choices = f" One of: {', '.join(e for e in p.enum if e)}." if p.enum else ""
        if p.type == "boolean":
            option, annotation = typer.Option(False, flag, help=f"Send {p.name}: true."), bool
        else:
            default = ... if p.required else None
            option = typer.Option(default, flag, help=f"The {p.name} parameter.{choices}", show_default=False)
            annotation = _PYTHON_TYPES[p.type]
        name = "p_" + snake(p.name).rstrip("_")
        out.append((p, inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation)))
    return out


def _body(params: list[tuple[Param, inspect.Parameter]], values: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {}
    for p, parameter in params:
        value = values.get(parameter.name)
        if value is None or value is False or value == []:
            continue
        body[p.name] = value
    return body


def _command(impl: Callable[..., None], extra: list[inspect.Parameter], doc: str) -> Callable[..., None]:
    """``impl`` with a signature typer reads: ``ctx``, then ``extra`` options."""

    def command(**kwargs: Any) -> None:
        impl(**kwargs)

    ctx = inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)
    parameters = [ctx, *extra]
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in parameters}
    command.__doc__ = doc
    return command


def _format_params() -> list[inspect.Parameter]:
    kw = inspect.Parameter.KEYWORD_ONLY
    return [
        inspect.Parameter("as_json", kw, default=JSON_OPTION, annotation=bool),
        inspect.Parameter("as_jsonl", kw, default=JSONL_OPTION, annotation=bool),
    ]


def _limited(items: Iterator[dict[str, Any]], limit: int | None) -> Iterator[dict[str, Any]]:
    return islice(items, limit) if limit else items


def _add_list(group: typer.Typer, kind: Kind, endpoint: Endpoint) -> None:
    params = _options(endpoint.params)
    kw = inspect.Parameter.KEYWORD_ONLY
    limit = typer.Option(50, "--limit", "-n", min=0, help="Show at most N (0: all).")
    every = typer.Option(False, "--all", help="Every object, paging through the whole list (same as --limit 0).")
    extra = [
        inspect.Parameter("limit", kw, default=limit, annotation=int),
        inspect.Parameter("every", kw, default=every, annotation=bool),
        *(p for _, p in params),
        *_format_params(),
    ]

    def impl(ctx: typer.Context, limit: int, every: bool, as_json: bool, as_jsonl: bool, **values: Any) -> None:
        fmt = output_format(as_json, as_jsonl)
        client = client_from(ctx)
        body = _body(params, values)
        cap = None if every or limit == 0 else limit
        if endpoint.paged:
            page = min(cap or 100, 100)
            items: Iterator[dict[str, Any]] = iter(client.paginate(endpoint.name, body, limit=page))
        else:
            items = iter(client.request(endpoint.name, body) or [])
        title = kind.command.replace("-", " ").capitalize()
        if fmt is Format.JSONL:  # streamed: the lines themselves show progress
            print_objects(_limited(items, cap), fmt, kind.columns)
            return
        rows = []
        with progress(f"Listing {kind.command}") as (bar, task):
            for item in _limited(items, cap):
                rows.append(item)
                bar.advance(task)
        print_objects(rows, fmt, kind.columns, title=title)

    group.command("list")(_command(impl, extra, f"List {kind.command.replace('-', ' ')} ({endpoint.name})."))


def _add_get(group: typer.Typer, kind: Kind, endpoint: Endpoint) -> None:
    id_param = next((p.name for p in endpoint.params if p.required), endpoint.params[0].name)
    kw = inspect.Parameter.KEYWORD_ONLY
    argument = typer.Argument(..., metavar="ID", help=f"The {id_param}.", show_default=False)
    extra = [inspect.Parameter("object_id", kw, default=argument, annotation=str), *_format_params()]

    def impl(ctx: typer.Context, object_id: str, as_json: bool, as_jsonl: bool) -> None:
        fmt = output_format(as_json, as_jsonl)
        print_object(client_from(ctx).request(endpoint.name, {id_param: object_id}), fmt)

    group.command("get")(_command(impl, extra, f"Show one of the {kind.command.replace('-', ' ')} ({endpoint.name})."))


def _add_search(group: typer.Typer, kind: Kind, endpoint: Endpoint) -> None:
    params = _options(tuple(Param(p.name, p.type, False, p.enum) for p in endpoint.params))
    extra = [*(p for _, p in params), *_format_params()]
    flags = ", ".join("--" + snake(p.name).replace("_", "-") for p, _ in params)

    def impl(ctx: typer.Context, as_json: bool, as_jsonl: bool, **values: Any) -> None:
        fmt = output_format(as_json, as_jsonl)
        body = _body(params, values)
        if not body:
            raise typer.BadParameter(f"give at least one of {flags}")
        found = client_from(ctx).request(endpoint.name, body) or []
        print_objects(found, fmt, kind.columns, title=f"{len(found)} found")

    group.command("search")(_command(impl, extra, f"Search {kind.command.replace('-', ' ')} by {flags}."))


def register(app: typer.Typer) -> dict[str, typer.Typer]:
    """Add a command group per :data:`KINDS` row to ``app``; returns the groups by name, for extra commands."""
    groups: dict[str, typer.Typer] = {}
    for kind in KINDS:
        group = typer.Typer(help=kind.help, no_args_is_help=True)
        for method, add in (("list", _add_list), ("info", _add_get), ("search", _add_search)):
            endpoint = kind.endpoint(method)
            if endpoint is not None:
                add(group, kind, endpoint)
        app.add_typer(group, name=kind.command)
        groups[kind.command] = group
    return groups
