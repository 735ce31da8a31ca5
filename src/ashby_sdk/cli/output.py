"""How commands print: data on stdout in the format asked for, summaries and notes on stderr.

Formats (``--format``, every command that prints data):

- ``table``: for people, fitted to the terminal: long values end in ``…``,
  columns that cannot fit are left out (with a note on stderr); ``--no-trunc``
  shows every value in full, wrapped. The default when stdout is a terminal.
- ``tsv``: one line per object, the fields separated by tabs, no header (the
  columns are the ``--fields``, in order); tabs and newlines inside a value become
  spaces. The default when stdout is not a terminal, for ``cut``, ``grep``, ``awk``.
  ``ASHBY_FORMAT`` in the environment replaces that table-or-tsv default.
- ``csv``: a header, then one row per object, each text cell made safe to open in
  a spreadsheet (:mod:`ashby_sdk._csv`).
- ``json``: one document; ``jsonl``: one object per line, streamed as it arrives.
  Both carry the values exactly as Ashby sent them (every field, or only the
  ``--fields``).

``--fields`` takes column names (``name,email``) or dotted paths into the object
(``id,primaryEmailAddress.value``). Colour follows rich's rules: none when
``NO_COLOR`` is set or stdout is not a terminal. Progress goes to stderr, and only
when stderr is a terminal.
"""

from __future__ import annotations

import json
import os
import re
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
    "FIELDS_OPTION",
    "FORMAT_ENV",
    "FORMAT_OPTION",
    "JSONL_OPTION",
    "JSON_OPTION",
    "NO_TRUNC_OPTION",
    "Column",
    "Format",
    "Output",
    "cell",
    "console",
    "note",
    "print_json",
    "progress",
]

FORMAT_ENV = "ASHBY_FORMAT"
"""The default format of commands whose default is table-or-tsv (e.g. ``ASHBY_FORMAT=json``)."""

Column = tuple[str, str]
"""(header, dotted path into the object), e.g. ``("stage", "currentInterviewStage.title")``."""


class Format(str, Enum):
    TABLE = "table"
    TSV = "tsv"
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"


FORMAT_OPTION: Any = typer.Option(
    None,
    "--format",
    "-f",
    metavar="FORMAT",
    help="table, tsv, csv, json or jsonl (default: ASHBY_FORMAT, else table on a terminal, tsv when piped).",
    show_default=False,
)
JSON_OPTION: Any = typer.Option(False, "--json", help="Same as --format json.")
JSONL_OPTION: Any = typer.Option(False, "--jsonl", help="Same as --format jsonl.")
FIELDS_OPTION: Any = typer.Option(
    None,
    "--fields",
    metavar="LIST",
    help="Comma-separated columns or dotted paths to print, e.g. id,name,primaryEmailAddress.value.",
    show_default=False,
)
NO_TRUNC_OPTION: Any = typer.Option(False, "--no-trunc", help="Tables: show every value in full (wrapped).")

_ISO_TIME = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d(\.\d+)?)?Z$")


def _auto_format() -> Format:
    """``ASHBY_FORMAT`` when set, else a table on a terminal and tsv otherwise."""
    wanted = os.environ.get(FORMAT_ENV, "").strip().lower()
    if wanted:
        try:
            return Format(wanted)
        except ValueError:
            names = ", ".join(f.value for f in Format)
            raise typer.BadParameter(f"{FORMAT_ENV}={wanted!r} is not a format: use {names}") from None
    return Format.TABLE if sys.stdout.isatty() else Format.TSV


def console(*, stderr: bool = False) -> Console:
    """A rich console on stdout (or stderr); colour only on a terminal and without ``NO_COLOR``."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def note(message: str) -> None:
    """A one-line remark for people, on stderr."""
    sys.stderr.write(f"note: {message}\n")
    sys.stderr.flush()


def _dump(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False, default=str)


def print_json(value: Any) -> None:
    """``value`` as one indented JSON document on stdout."""
    sys.stdout.write(_dump(value, indent=2) + "\n")


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return _MISSING
        obj = obj[part]
    return obj


_MISSING: Any = object()


def _label(value: Any, *, human: bool) -> str:
    if isinstance(value, dict):
        for key in ("title", "name", "value", "email", "id"):
            if isinstance(value.get(key), str):
                return str(value[key])
        return _dump(value)
    if isinstance(value, bool):
        return ("yes" if value else "no") if human else ("true" if value else "false")
    if value is None or value is _MISSING:
        return ""
    if human and isinstance(value, str):
        match = _ISO_TIME.match(value)
        if match:  # 2024-01-05T13:45:12.345Z -> 2024-01-05 13:45 (UTC, as Ashby sends it)
            return f"{match.group(1)} {match.group(2)}"
    return str(value)


def cell(obj: Any, path: str, *, human: bool = True) -> str:
    """The text of one cell: a dict shows its title/name/value, a list its items' labels, joined.

    ``human`` (tables) shows yes/no and short UTC timestamps; otherwise true/false and the value as sent.
    """
    value = _get(obj, path)
    if isinstance(value, list):
        return ", ".join(_label(v, human=human) for v in value)
    return _label(value, human=human)


def _one_line(text: str) -> str:
    return text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


class Output:
    """What a command prints and how: the format, the columns, and truncation.

    Built from the common options (``--format``/``--json``/``--jsonl``/``--fields``/
    ``--no-trunc``) and the command's default columns; raises ``typer.BadParameter``
    (exit 2) for an unknown format or two formats at once.
    """

    def __init__(
        self,
        fmt: str | None = None,
        as_json: bool = False,
        as_jsonl: bool = False,
        fields: str | None = None,
        no_trunc: bool = False,
        *,
        columns: Sequence[Column] = (),
        default: Format | None = None,
    ) -> None:
        chosen = [f for f, on in ((fmt, fmt is not None), ("json", as_json), ("jsonl", as_jsonl)) if on]
        if len(chosen) > 1:
            raise typer.BadParameter(f"give one output format, not {' and '.join(map(str, chosen))}")
        if chosen:
            try:
                self.format = Format(str(chosen[0]).lower())
            except ValueError:
                names = ", ".join(f.value for f in Format)
                raise typer.BadParameter(f"unknown format {chosen[0]!r}: use {names}") from None
        else:
            self.format = default or _auto_format()
        self.fields_given = bool(fields and fields.strip())
        self.columns = _columns(fields, columns) if self.fields_given else list(columns)
        self.no_trunc = no_trunc

    @property
    def streams(self) -> bool:
        """Whether objects are printed one by one as they arrive (no table to fit)."""
        return self.format in (Format.JSONL, Format.TSV, Format.CSV)

    def _project(self, obj: Any) -> Any:
        if not self.fields_given or not isinstance(obj, dict):
            return obj
        return {name: (None if (v := _get(obj, path)) is _MISSING else v) for name, path in self.columns}

    def print_list(self, items: Iterable[Any], *, columns: Sequence[Column] | None = None) -> int:
        """Print objects; tsv, csv and jsonl stream each as it comes. Returns how many were printed."""
        if columns is not None and not self.fields_given:
            self.columns = list(columns)
        seen: set[str] = set()
        count = 0
        if self.format is Format.JSON:
            rows = [self._track(item, seen) for item in items]
            print_json([self._project(r) for r in rows])
            count = len(rows)
        elif self.format is Format.TABLE:
            rows = [self._track(item, seen) for item in items]
            _table(rows, self.columns, width=_table_console().width, no_trunc=self.no_trunc)
            count = len(rows)
        else:
            writer = self._line_writer()
            for item in items:
                writer(self._track(item, seen))
                count += 1
        self._warn_unknown(seen, count)
        return count

    def print_one(self, obj: Any) -> None:
        """One object: a field/value table (tsv: ``field<TAB>value`` lines), or one CSV row, or JSON."""
        if self.format is Format.JSON:
            print_json(self._project(obj))
        elif self.format is Format.JSONL or not isinstance(obj, dict):
            sys.stdout.write(_dump(self._project(obj)) + "\n")
        elif self.format is Format.CSV:
            self.columns = self.columns if self.fields_given else [(k, k) for k in obj]
            self.print_list([obj])
        else:
            pairs = self.columns if self.fields_given else [(k, k) for k in obj]
            if self.format is Format.TSV:
                for name, path in pairs:
                    sys.stdout.write(f"{name}\t{_one_line(_flat(obj, path))}\n")
            else:
                _pairs(obj, pairs, no_trunc=self.no_trunc)

    def _track(self, item: Any, seen: set[str]) -> Any:
        if self.fields_given and isinstance(item, dict):
            seen.update(path for _, path in self.columns if _get(item, path) is not _MISSING)
        return item

    def _warn_unknown(self, seen: set[str], count: int) -> None:
        if self.fields_given and count:
            unknown = [name for name, path in self.columns if path not in seen]
            if unknown:
                note(f"no object printed has {', '.join(unknown)} (fields are names of columns or paths like a.b)")

    def _line_writer(self) -> Any:
        out = sys.stdout
        if self.format is Format.JSONL:

            def jsonl(item: Any) -> None:
                out.write(_dump(self._project(item)) + "\n")
                out.flush()

            return jsonl
        if self.format is Format.TSV:

            def tsv(item: Any) -> None:
                out.write("\t".join(_one_line(cell(item, path, human=False)) for _, path in self.columns) + "\n")
                out.flush()

            return tsv
        import csv

        from .._csv import neutralise

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([neutralise(name) for name, _ in self.columns])

        def csv_row(item: Any) -> None:
            writer.writerow([neutralise(cell(item, path, human=False)) for _, path in self.columns])
            out.flush()

        return csv_row


def _flat(obj: Any, path: str) -> str:
    value = _get(obj, path)
    return _dump(value) if isinstance(value, (dict, list)) else cell(obj, path, human=False)


def _columns(fields: str | None, defaults: Sequence[Column]) -> list[Column]:
    by_header = {header.casefold(): (header, path) for header, path in defaults}
    chosen = []
    for token in (fields or "").split(","):
        token = token.strip()
        if token:
            chosen.append(by_header.get(token.casefold(), (token, token)))
    return chosen


def _is_id(path: str) -> bool:
    return path == "id" or path.endswith((".id", "Id"))


def _shrink(natural: list[int], fixed: list[bool], budget: int, floor: int) -> list[int] | None:
    """Cap the shrinkable columns at one level so the total fits ``budget``; ``None`` if ``floor`` is too wide."""
    flexible = [w for w, f in zip(natural, fixed, strict=True) if not f and w > floor]
    rigid = sum(natural) - sum(flexible)
    for level in range(max(flexible, default=floor), floor - 1, -1):
        if rigid + sum(min(w, level) for w in flexible) <= budget:
            return [w if f or w <= floor else min(w, level) for w, f in zip(natural, fixed, strict=True)]
    return None


def fit_widths(
    natural: list[int], fixed: list[bool], width: int, *, gap: int = 2, floor: int = 16, drop: bool = True
) -> list[int]:
    """Column widths that fit ``width``: the widest columns give way first, down to ``floor`` characters.

    When that is not enough, columns are left out from the right (width 0), never a
    ``fixed`` one while another remains (ids: a cut id is useless); with ``drop=False``
    every column stays, at ``floor`` at least. One width per column.
    """
    kept = list(range(len(natural)))
    while True:
        budget = width - gap * (len(kept) - 1)
        widths = _shrink([natural[i] for i in kept], [fixed[i] for i in kept], budget, floor)
        droppable = ([i for i in kept if not fixed[i]] or kept[1:]) if drop else []
        if widths is not None or not droppable:
            break
        kept.remove(droppable[-1])
    if widths is None:
        widths = [natural[i] if fixed[i] else min(natural[i], floor) for i in kept] if not drop else None
    result = [0] * len(natural)
    for i, w in zip(kept, widths or [min(natural[i], width) for i in kept], strict=True):
        result[i] = w
    return result


def _table(rows: list[Any], columns: Sequence[Column], *, width: int, no_trunc: bool) -> None:
    from rich.cells import cell_len
    from rich.table import Table

    texts = [[cell(row, path) for _, path in columns] for row in rows]
    natural = [max([cell_len(h)] + [cell_len(t[i]) for t in texts]) for i, (h, _) in enumerate(columns)]
    fixed = [_is_id(path) for _, path in columns]
    # --no-trunc: every column, every value in full, long ones wrapped inside their column
    widths = fit_widths(natural, fixed, width, floor=8, drop=False) if no_trunc else fit_widths(natural, fixed, width)
    kept = [i for i, w in enumerate(widths) if w > 0]
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", padding=(0, 1))
    for i in kept:
        table.add_column(
            columns[i][0], width=widths[i], no_wrap=not no_trunc, overflow="fold" if no_trunc else "ellipsis"
        )
    hidden = [columns[i][0] for i, w in enumerate(widths) if w == 0]
    if hidden:
        note(f"left out for width: {', '.join(hidden)} (choose with --fields, or --no-trunc)")
    for text in texts:
        table.add_row(*(text[i] for i in kept))
    _table_console().print(table)


def _table_console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _pairs(obj: dict[str, Any], pairs: Sequence[Column], *, no_trunc: bool) -> None:
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False, padding=(0, 1))
    # The names never give way to a long value: only values are cut (or folded with --no-trunc).
    table.add_column("field", style="bold", no_wrap=True, min_width=max((len(name) for name, _ in pairs), default=0))
    table.add_column("value", overflow="fold" if no_trunc else "ellipsis", no_wrap=not no_trunc)
    for name, path in pairs:
        table.add_row(name, _flat(obj, path) if no_trunc else _one_line(_flat(obj, path)))
    _table_console().print(table)


@contextmanager
def progress(description: str, total: float | None = None) -> Iterator[tuple[Progress, Any]]:
    """A transient progress bar on stderr, invisible when stderr is not a terminal: yields (progress, task).

    Print tables after the ``with`` block, not inside it, so the bar never mixes with them.
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
