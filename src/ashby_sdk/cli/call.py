"""``ashby call category.method '{json}'``: any endpoint of the catalogue; ``ashby endpoints`` lists them.

``call`` reads :data:`ashby_sdk._catalogue.ENDPOINTS`, so every endpoint added
there is callable (and completes in the shell) without touching this file.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Any

import typer

from .._catalogue import ENDPOINTS
from .config import client_from
from .errors import EXIT_USAGE, CLIError
from .output import JSONL_OPTION, Format, console, print_json, print_objects, progress

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


def call(
    ctx: typer.Context,
    endpoint: str = typer.Argument(
        ..., help="The endpoint, as category.method (e.g. candidate.search).", autocompletion=_complete_endpoint
    ),
    body: str | None = typer.Argument(None, help="The JSON body (default {})."),
    data: str | None = typer.Option(None, "--data", "-d", help="The JSON body, or @file.json, or @- for stdin."),
    every: bool = typer.Option(False, "--all", help="On a list endpoint, page through every result."),
    as_jsonl: bool = JSONL_OPTION,
) -> None:
    """Call any Ashby endpoint and print its results as JSON.

    Example: ashby call candidate.search '{"email": "ada@example.com"}'
    """
    if body is not None and data is not None:
        raise CLIError("give the body as an argument or with --data, not both", EXIT_USAGE)
    payload = read_body(data if data is not None else body)
    spec = ENDPOINTS.get(endpoint)
    if spec is None:
        close = difflib.get_close_matches(endpoint, ENDPOINTS, n=1)
        if "." not in endpoint or close:
            hint = f"; did you mean {close[0]}?" if close else ""
            raise CLIError(f"unknown endpoint {endpoint!r}{hint} (see `ashby endpoints`)", EXIT_USAGE)
        console(stderr=True).print(f"note: {endpoint} is not in the SDK's catalogue; sending it unchecked")
    client = client_from(ctx)
    fmt = Format.JSONL if as_jsonl else Format.JSON
    if spec is not None and spec.paged:
        pager = client.paginate(endpoint, payload)
        if every and as_jsonl:
            print_objects(pager, fmt, ())
            return
        if every:
            rows = []
            with progress(f"Paging {endpoint}") as (bar, task):
                for item in pager:
                    rows.append(item)
                    bar.advance(task)
            print_objects(rows, fmt, ())
            return
        page = pager.first_page()
        print_objects(page.items, fmt, ())
        if page.more:
            console(stderr=True).print("note: more results: add --all to page through every one")
        return
    if every:
        raise CLIError(f"{endpoint} is not a paged list: drop --all", EXIT_USAGE)
    results = client.request(endpoint, payload)
    if as_jsonl and isinstance(results, list):
        print_objects(results, fmt, ())
    else:
        print_json(results)


def endpoints(
    contains: str = typer.Argument("", help="Show only endpoints whose name contains this."),
) -> None:
    """List the endpoints `ashby call` knows, with their parameters (* required)."""
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for column in ("endpoint", "kind", "parameters"):
        table.add_column(column, overflow="fold")
    for spec in ENDPOINTS.values():
        if contains.casefold() in spec.name.casefold():
            kind = "write" if spec.write else "list (paged)" if spec.paged else "list" if spec.returns_list else "read"
            params = " ".join(p.name + ("*" if p.required else "") for p in spec.params)
            table.add_row(spec.name, kind, params)
    console().print(table)


def register(app: typer.Typer) -> None:
    """Add ``call`` and ``endpoints`` to ``app``."""
    app.command("call")(call)
    app.command("endpoints")(endpoints)
