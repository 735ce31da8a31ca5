"""``ashby export``: write a mirror's tables to JSON Lines, CSV or Parquet files (summary on stderr)."""

from __future__ import annotations

import typer

from .errors import EXIT_USAGE, CLIError

__all__ = ["register"]


def _check_db(db: str) -> None:
    from pathlib import Path

    if "://" in db:
        return
    path = Path(db)
    if path.is_dir():
        raise CLIError(f"--db {db} is a directory: give the mirror's file, e.g. {path / 'ashby.db'}", EXIT_USAGE)
    if not path.exists():
        raise CLIError(f"no mirror at {db}: run `ashby sync --db {db}` first", EXIT_USAGE)


def register(app: typer.Typer) -> None:
    """Add the ``export`` command to ``app``."""

    @app.command("export")
    def export(
        db: str = typer.Option(
            "ashby.db", "--db", metavar="PATH|URL", help="The mirror: a SQLite file or a postgresql:// URL."
        ),
        fmt: str = typer.Option(
            "jsonl", "--format", "-f", metavar="FORMAT", help="jsonl, csv or parquet (needs pyarrow)."
        ),
        out: str = typer.Option(..., "--out", "-o", metavar="DIR", help="Directory to write <table>.<format> into."),
        only: str | None = typer.Option(
            None, "--only", metavar="LIST", help="Comma-separated tables (default: all).", show_default=False
        ),
        include_removed: bool = typer.Option(False, "--include-removed", help="Also rows marked removed."),
        raw: bool = typer.Option(
            False, "--raw", help="CSV: keep cells as they are, without making formulas inert (not for spreadsheets)."
        ),
    ) -> None:
        """Export the tables of a mirror made by `ashby sync`, one file per object type.

        CSV cells that a spreadsheet would run as a formula (starting with = + - @,
        a tab or a carriage return) get a leading ' so they open as text; JSON Lines
        and Parquet keep every value exactly (and so does --raw).
        """
        from ..sync.export import FORMATS, export_store
        from ..sync.stores import open_store
        from ..sync.tables import TABLES

        if fmt not in FORMATS:
            raise CLIError(f"unknown --format {fmt!r}: use one of {', '.join(FORMATS)}", EXIT_USAGE)
        _check_db(db)
        names = None if only is None else [n.strip() for n in only.split(",") if n.strip()]
        store = open_store(db)
        store.open()
        try:
            store.ensure_schema(TABLES.values())  # tables a partial mirror never made export as empty files
            written = export_store(store, out, fmt, tables=names, include_removed=include_removed, raw=raw)
        finally:
            store.close()
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"Exported to {out}", title_justify="left", box=None, pad_edge=False)
        table.add_column("table")
        table.add_column("rows", justify="right")
        table.add_column("file")
        for item in written:
            table.add_row(item.table, f"{item.rows:,}", str(item.path))
        Console(stderr=True, highlight=False).print(table)
