"""How commands print: rich tables for people, ``--json`` (one document) and ``--jsonl`` (one object a line).

Colour follows rich's rules: none when stdout is not a terminal or ``NO_COLOR``
is set. JSON output is plain text, never styled, so scripts can parse it.
Progress goes to stderr and only when stderr is a terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

__all__ = [
    "JSONL_OPTION",
    "JSON_OPTION",
    "Column",
    "Format",
    "cell",
    "console",
    "output_format",
    "print_json",
    "print_object",
    "print_objects",
    "progress",
]

Column = tuple[str, str]
"""(header, dotted path into the object), e.g. ``("stage", "currentInterviewStage.title")``."""

JSON_OPTION: Any = typer.Option(False, "--json", help="Print one JSON document (for scripts).")
JSONL_OPTION: Any = typer.Option(False, "--jsonl", help="Print one JSON object per line, as it arrives.")


class Format(str, Enum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def output_format(as_json: bool, as_jsonl: bool) -> Format:
    """The format the ``--json``/``--jsonl`` flags ask for; both at once is a usage error."""
    if as_json and as_jsonl:
        raise typer.BadParameter("give --json or --jsonl, not both")
    return Format.JSON if as_json else Format.JSONL if as_jsonl else Format.TABLE


def console(*, stderr: bool = False) -> Console:
    """A rich console on stdout (or stderr); colour only on a terminal and without ``NO_COLOR``."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _dump(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False, default=str)


def print_json(value: Any) -> None:
    """``value`` as one indented JSON document on stdout."""
    sys.stdout.write(_dump(value, indent=2) + "\n")


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def _label(value: Any) -> str:
    if isinstance(value, dict):
        for key in ("title", "name", "value", "email", "id"):
            if isinstance(value.get(key), str):
                return str(value[key])
        return _dump(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def cell(obj: Any, path: str) -> str:
    """The text of one table cell: a dict shows its title/name/value, a list its items' labels, joined."""
    value = _get(obj, path)
    if isinstance(value, list):
        return ", ".join(_label(v) for v in value)
    return _label(value)


def print_objects(items: Iterable[dict[str, Any]], fmt: Format, columns: Sequence[Column], *, title: str = "") -> int:
    """Print objects in ``fmt``; JSONL streams each one as it comes. Returns how many were printed."""
    count = 0
    if fmt is Format.JSONL:
        for item in items:
            sys.stdout.write(_dump(item) + "\n")
            sys.stdout.flush()
            count += 1
        return count
    rows = list(items)
    if fmt is Format.JSON:
        print_json(rows)
        return len(rows)
    from rich.table import Table

    table = Table(title=title or None, title_justify="left")
    for header, path in columns:
        table.add_column(header, overflow="fold", no_wrap=path == "id", min_width=36 if path == "id" else None)
    for row in rows:
        table.add_row(*(cell(row, path) for _, path in columns))
    console().print(table)
    return len(rows)


def print_object(obj: Any, fmt: Format) -> None:
    """One object: a two-column field/value table, or JSON."""
    if fmt is not Format.TABLE or not isinstance(obj, dict):
        sys.stdout.write(_dump(obj, indent=2 if fmt is not Format.JSONL else None) + "\n")
        return
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in obj.items():
        text = _dump(value) if isinstance(value, (dict, list)) else _label(value)
        table.add_row(key, text)
    console().print(table)


@contextmanager
def progress(description: str, total: float | None = None) -> Iterator[tuple[Progress, Any]]:
    """A transient progress bar on stderr, invisible when stderr is not a terminal: yields (progress, task).

    Print results after the ``with`` block, not inside it, so the bar never mixes with them.
    """
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    err = console(stderr=True)
    columns = (
        (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeElapsedColumn())
        if total
        else (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed:,.0f}"))
    )
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        yield bar, bar.add_task(description, total=total)
