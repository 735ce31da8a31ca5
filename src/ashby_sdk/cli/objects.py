"""``ashby <objects> list|get|search``: one command group per main object type, generated from one table.

Each row of :data:`KINDS` names an Ashby category and the columns a table shows.
The commands and their options come from the API catalogue: ``list`` gets an
option per parameter of ``<category>.list`` (``--job-id``, ``--status``,
``--created-after``...), ``get`` exists when ``<category>.info`` does, and
``search`` when ``<category>.search`` does, with its parameters as options. So a
parameter added to the catalogue shows up here without touching this file; its
help comes from :mod:`._params`.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import typer

from .._catalogue import ENDPOINTS, Endpoint, Param, snake
from ._params import describe, is_date
from .config import client_from
from .errors import EXIT_USAGE, CLIError
from .output import (
    FIELDS_OPTION,
    FORMAT_OPTION,
    JSON_OPTION,
    JSONL_OPTION,
    NO_TRUNC_OPTION,
    Column,
    Output,
    note,
    progress,
)

__all__ = ["DEFAULT_MAX_ITEMS", "KINDS", "Kind", "page_size_for", "register"]

DEFAULT_MAX_ITEMS = 50


@dataclass(frozen=True)
class Kind:
    """One object type on the command line."""

    command: str
    category: str
    columns: tuple[Column, ...]
    help: str

    def endpoint(self, method: str) -> Endpoint | None:
        return ENDPOINTS.get(f"{self.category}.{method}")

    @property
    def plural(self) -> str:
        return self.command.replace("-", " ")


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
_KW = inspect.Parameter.KEYWORD_ONLY


def _flag(param: Param) -> str:
    return "--" + snake(param.name).rstrip("_").replace("_", "-")


def _to_epoch_ms(value: str | None) -> int | None:
    from .dates import DateError, epoch_ms

    if value is None:
        return None
    try:
        return epoch_ms(value)
    except DateError as exc:
        raise typer.BadParameter(str(exc)) from None


def _options(params: tuple[Param, ...]) -> list[tuple[Param, inspect.Parameter]]:
    """A keyword parameter with a typer option for each simple body parameter (objects go through ``ashby call``)."""
    out = []
    for p in params:
        if p.name in _SKIPPED or (p.type not in _PYTHON_TYPES and p.type != "boolean"):
            continue
        flag, help_text = _flag(p), describe(p)
        annotation: Any
        if p.type == "boolean":
            option, annotation = typer.Option(False, flag, help=help_text), bool
        elif is_date(p):
            option = typer.Option(None, flag, metavar="DATE", help=help_text, callback=_to_epoch_ms, show_default=False)
            annotation = str | None
        else:
            default = ... if p.required else None
            metavar = "ID" if p.name.endswith("Id") else p.name.upper() if p.enum else None
            option = typer.Option(default, flag, metavar=metavar, help=help_text, show_default=False)
            annotation = _PYTHON_TYPES[p.type]
        name = "p_" + snake(p.name).rstrip("_")
        out.append((p, inspect.Parameter(name, _KW, default=option, annotation=annotation)))
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

    ctx = inspect.Parameter("ctx", _KW, annotation=typer.Context)
    parameters = [ctx, *extra]
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in parameters}
    command.__doc__ = doc
    return command


def _output_params() -> list[inspect.Parameter]:
    return [
        inspect.Parameter("fmt", _KW, default=FORMAT_OPTION, annotation=str | None),
        inspect.Parameter("as_json", _KW, default=JSON_OPTION, annotation=bool),
        inspect.Parameter("as_jsonl", _KW, default=JSONL_OPTION, annotation=bool),
        inspect.Parameter("fields", _KW, default=FIELDS_OPTION, annotation=str | None),
        inspect.Parameter("no_trunc", _KW, default=NO_TRUNC_OPTION, annotation=bool),
    ]


def _output(values: dict[str, Any], kind: Kind) -> Output:
    """The :class:`Output` of the common options in ``values`` (taken out of it), with ``kind``'s columns."""
    chosen = (values.pop(k) for k in ("fmt", "as_json", "as_jsonl", "fields", "no_trunc"))
    return Output(*chosen, columns=kind.columns)


def page_size_for(cap: int | None) -> int:
    """The page size that fetches ``cap`` objects (and one more, to tell whether there are more) in the
    fewest requests, with the least waste: 50 -> one page of 51; 150 -> two pages of 76."""
    if cap is None:
        return 100
    wanted = cap + 1
    pages = -(-wanted // 100)
    return -(-wanted // pages)


def _add_list(group: typer.Typer, kind: Kind, endpoint: Endpoint) -> None:
    params = _options(endpoint.params)
    max_items = typer.Option(
        DEFAULT_MAX_ITEMS,
        "--max-items",
        "-n",
        "--limit",
        metavar="N",
        min=0,
        help=f"Print at most N, fetching no more pages than that needs (default {DEFAULT_MAX_ITEMS}; 0: all).",
        show_default=False,
    )
    every = typer.Option(False, "--all", help="Every one, paging through the whole list (same as --max-items 0).")
    extra = [
        inspect.Parameter("max_items", _KW, default=max_items, annotation=int),
        inspect.Parameter("every", _KW, default=every, annotation=bool),
        *(p for _, p in params),
        *_output_params(),
    ]

    def impl(ctx: typer.Context, max_items: int, every: bool, **values: Any) -> None:
        output = _output(values, kind)
        client = client_from(ctx)
        body = _body(params, values)
        cap = None if every or max_items == 0 else max_items
        items: Iterator[dict[str, Any]]
        if endpoint.paged:
            items = iter(client.paginate(endpoint.name, body, limit=page_size_for(cap)))
        else:
            items = iter(client.request(endpoint.name, body) or [])
        shown = islice(items, cap) if cap else items
        if output.streams:
            output.print_list(shown)
        else:
            rows = []
            with progress(f"Listing {kind.plural}") as (bar, task):
                for item in shown:
                    rows.append(item)
                    bar.advance(task)
            output.print_list(rows)
        if cap and sys.stderr.isatty() and next(items, None) is not None:
            note(f"showing the first {cap} {kind.plural}; more with --max-items N, or --all")

    doc = f"List {kind.plural} ({endpoint.name})."
    group.command("list")(_command(impl, extra, doc))


def _add_get(group: typer.Typer, kind: Kind, endpoint: Endpoint) -> None:
    id_param = next((p.name for p in endpoint.params if p.required), endpoint.params[0].name)
    argument = typer.Argument(..., metavar="ID", help=f"The id of one of the {kind.plural}.", show_default=False)
    extra = [inspect.Parameter("object_id", _KW, default=argument, annotation=str), *_output_params()]

    def impl(ctx: typer.Context, object_id: str, **values: Any) -> None:
        output = _output(values, kind)
        output.print_one(client_from(ctx).request(endpoint.name, {id_param: object_id}))

    group.command("get")(_command(impl, extra, f"Show one of the {kind.plural} by id ({endpoint.name})."))


def _add_search(group: typer.Typer, kind: Kind, endpoint: Endpoint) -> None:
    params = _options(tuple(Param(p.name, p.type, False, p.enum) for p in endpoint.params))
    extra = [*(p for _, p in params), *_output_params()]
    flags = ", ".join(_flag(p) for p, _ in params)

    def impl(ctx: typer.Context, **values: Any) -> None:
        output = _output(values, kind)
        body = _body(params, values)
        if not body:
            raise CLIError(f"give at least one of {flags}", EXIT_USAGE)
        found = client_from(ctx).request(endpoint.name, body) or []
        output.print_list(found)

    group.command("search")(_command(impl, extra, f"Search {kind.plural} by {flags} ({endpoint.name})."))


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
