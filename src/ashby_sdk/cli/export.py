"""``ashby export``: write a mirror's tables to JSON Lines, CSV or Parquet files."""

from __future__ import annotations

import typer

from .errors import EXIT_USAGE, CLIError

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the ``export`` command to ``app``."""

    @app.command("export")
    def export(
        db: str = typer.Option("ashby.db", "--db", help="The mirror: a SQLite file or a postgresql:// URL."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet (needs pyarrow)."),
        out: str = typer.Option(..., "--out", "-o", help="Directory to write <table>.<format> files into."),
        only: str | None = typer.Option(None, "--only", help="Comma-separated tables (default: all)."),
        include_removed: bool = typer.Option(False, "--include-removed", help="Also rows marked removed."),
    ) -> None:
        """Export the tables of a mirror made by `ashby sync`, one file per object type."""
        from pathlib import Path

        from rich.console import Console
        from rich.table import Table

        from ..sync.export import FORMATS, export_store
        from ..sync.stores import open_store
        from ..sync.tables import TABLES

        if fmt not in FORMATS:
            raise CLIError(f"unknown --format {fmt!r}: use one of {', '.join(FORMATS)}", EXIT_USAGE)
        if "://" not in db and not Path(db).exists():
            raise CLIError(f"no mirror at {db}: run `ashby sync --db {db}` first", EXIT_USAGE)
        names = None if only is None else [n.strip() for n in only.split(",") if n.strip()]
        store = open_store(db)
        store.open()
        try:
            store.ensure_schema(TABLES.values())  # tables a partial mirror never made export as empty files
            written = export_store(store, out, fmt, tables=names, include_removed=include_removed)
        finally:
            store.close()
        table = Table(title=f"Exported to {out}")
        table.add_column("table")
        table.add_column("rows", justify="right")
        table.add_column("file")
        for item in written:
            table.add_row(item.table, str(item.rows), str(item.path))
        Console(stderr=True).print(table)
