"""``ashby call category.method '{json}'``: any endpoint of the catalogue; ``ashby endpoints`` lists them.

``call`` reads :data:`ashby_sdk._catalogue.ENDPOINTS`, so every endpoint added
there is callable (and completes in the shell) without touching this file.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import typer

from .._catalogue import ENDPOINTS
from .config import client_from
from .errors import EXIT_USAGE, CLIError
from .output import FIELDS_OPTION, FORMAT_OPTION, JSONL_OPTION, NO_TRUNC_OPTION, Format, Output, note, progress

__all__ = ["call", "endpoints", "read_body", "register"]


def _complete_endpoint(incomplete: str) -> list[str]:
    return [name for name in sorted(ENDPOINTS) if name.startswith(incomplete)]


def read_body(text: str | None) -> dict[str, Any]:
    """A request body from JSON text, ``@path`` (a JSON file) or ``@-`` (standard input); ``None`` is ``{}``."""
    if text is None or not text.strip():
        return {}
    source = "the body"
    if text.startswith("@"):
        source = "standard input" if text == "@-" else text[1:]
        try:
            text = sys.stdin.read() if text == "@-" else Path(text[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise CLIError(f"cannot read {source}: {exc.strerror or exc}", EXIT_USAGE) from None
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise CLIError(f"{source} is not valid JSON: {exc}", EXIT_USAGE) from None
    if not isinstance(body, dict):
        raise CLIError(f"{source} must be a JSON object ({{...}}), got {type(body).__name__}", EXIT_USAGE)
    return body


def _columns(items: list[Any]) -> list[tuple[str, str]]:
    """Columns for a table of arbitrary objects: ``id`` first, then the first plain fields of the first one."""
    first = next((i for i in items if isinstance(i, dict)), {})
    plain = [k for k, v in first.items() if not isinstance(v, (dict, list)) and k != "id"]
    return [(k, k) for k in (["id"] if "id" in first else []) + plain[:5]]


def call(
    ctx: typer.Context,
    endpoint: str = typer.Argument(
        ..., help="The endpoint, as category.method (e.g. candidate.search).", autocompletion=_complete_endpoint
    ),
    body: str | None = typer.Argument(None, help="The JSON body (default {})."),
    data: str | None = typer.Option(
        None, "--data", "-d", metavar="JSON", help="The JSON body, or @file.json, or @- for stdin."
    ),
    every: bool = typer.Option(False, "--all", help="On a list endpoint, page through every result."),
    max_items: int = typer.Option(
        0,
        "--max-items",
        "-n",
        metavar="N",
        min=0,
        help="Page through the list, stopping after N results.",
        show_default=False,
    ),
    fmt: str | None = FORMAT_OPTION,
    as_jsonl: bool = JSONL_OPTION,
    fields: str | None = FIELDS_OPTION,
    no_trunc: bool = NO_TRUNC_OPTION,
) -> None:
    """Call any Ashby endpoint and print its results (JSON unless --format says otherwise).

    Example: ashby call candidate.search '{"email": "ada@example.com"}'
    """
    if body is not None and data is not None:
        raise CLIError("give the body as an argument or with --data, not both", EXIT_USAGE)
    payload = read_body(data if data is not None else body)
    output = Output(fmt, False, as_jsonl, fields, no_trunc, default=Format.JSON)
    spec = ENDPOINTS.get(endpoint)
    if spec is None:
        close = difflib.get_close_matches(endpoint, ENDPOINTS, n=1)
        if "." not in endpoint or close:
            hint = f"; did you mean {close[0]}?" if close else ""
            raise CLIError(f"unknown endpoint {endpoint!r}{hint} (see `ashby endpoints`)", EXIT_USAGE)
        note(f"{endpoint} is not in the SDK's catalogue; sending it unchecked")
    client = client_from(ctx)
    if spec is not None and spec.paged:
        pager = client.paginate(endpoint, payload)
        if every or max_items:
            items: Iterator[Any] = iter(pager)
            if max_items:
                items = islice(items, max_items)
            if output.streams:
                output.print_list(items, columns=None if output.fields_given else [("id", "id")])
                return
            rows = []
            with progress(f"Paging {endpoint}") as (bar, task):
                for item in items:
                    rows.append(item)
                    bar.advance(task)
            output.print_list(rows, columns=_columns(rows))
            return
        page = pager.first_page()
        output.print_list(page.items, columns=_columns(list(page.items)))
        if page.more:
            note("more results: add --all to page through every one")
        return
    if every:
        raise CLIError(f"{endpoint} is not a paged list: drop --all", EXIT_USAGE)
    results = client.request(endpoint, payload)
    if isinstance(results, list):
        output.print_list(results, columns=_columns(results))
    else:
        output.print_one(results)


def endpoints(
    contains: str = typer.Argument("", help="Show only endpoints whose name contains this."),
    fmt: str | None = FORMAT_OPTION,
    fields: str | None = FIELDS_OPTION,
    no_trunc: bool = NO_TRUNC_OPTION,
) -> None:
    """List the endpoints `ashby call` knows, with their parameters (* required)."""
    columns = [("endpoint", "endpoint"), ("kind", "kind"), ("parameters", "parameters")]
    rows = []
    for spec in ENDPOINTS.values():
        if contains.casefold() in spec.name.casefold():
            kind = "write" if spec.write else "list (paged)" if spec.paged else "list" if spec.returns_list else "read"
            params = " ".join(p.name + ("*" if p.required else "") for p in spec.params)
            rows.append({"endpoint": spec.name, "kind": kind, "parameters": params})
    Output(fmt, fields=fields, no_trunc=no_trunc, columns=columns).print_list(rows)


def register(app: typer.Typer) -> None:
    """Add ``call`` and ``endpoints`` to ``app``."""
    app.command("call")(call)
    app.command("endpoints")(endpoints)
