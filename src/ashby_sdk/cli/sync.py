"""``ashby sync``: mirror an organisation into a local database (SQLite by default)."""

from __future__ import annotations

from typing import Any

import typer

from .config import state_from
from .errors import EXIT_USAGE, CLIError

__all__ = ["register", "run_sync"]


def register(app: typer.Typer) -> None:
    """Add the ``sync`` command to ``app``."""

    @app.command("sync")
    def sync(
        ctx: typer.Context,
        db: str = typer.Option("ashby.db", "--db", help="SQLite file (or sqlite:///path) to mirror into."),
        api_key: str | None = typer.Option(None, "--api-key", help="API key (default: ASHBY_API_KEY, then .env)."),
        base_url: str | None = typer.Option(None, "--base-url", help="API base URL (default: ASHBY_BASE_URL)."),
        only: str | None = typer.Option(None, "--only", help="Comma-separated tables, e.g. candidates,applications."),
        full: bool = typer.Option(False, "--full", help="Ignore saved sync tokens: list everything again."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
        emulator: bool = typer.Option(False, "--emulator", help="Mirror an embedded emulator: offline, no key."),
        candidates: int | None = typer.Option(None, "--candidates", min=0, help="With --emulator: its size (500)."),
        seed: int | None = typer.Option(None, "--seed", help="With --emulator: its seed (0)."),
        rate_limit: float | None = typer.Option(
            None, "--rate-limit", min=0, help="Requests per second for the whole run (0: no limit; default ~16)."
        ),
    ) -> None:
        """Mirror the organisation into a database: in full the first time, incrementally after.

        Every object type gets a table (typed columns plus the raw JSON); a rerun
        after a crash or Ctrl-C resumes where the last one stopped.
        """
        state = state_from(ctx)
        if not emulator and (candidates is not None or seed is not None):
            raise CLIError("--candidates and --seed need --emulator", EXIT_USAGE)
        if emulator and (api_key or base_url or state.api_key or state.base_url):
            raise CLIError("--emulator takes no --api-key or --base-url", EXIT_USAGE)
        names = None if only is None else [n for n in only.split(",") if n.strip()]
        if names is not None:
            from ..sync.streams import STREAMS

            unknown = [n.strip() for n in names if n.strip() not in STREAMS]
            if unknown:
                raise CLIError(
                    f"unknown list {', '.join(unknown)} in --only; choose from {', '.join(STREAMS)}", EXIT_USAGE
                )
        options: dict[str, Any] = {"db": db, "only": names, "full": full, "as_json": as_json, "rate_limit": rate_limit}
        if emulator:
            run_sync(**options, emulator=(500 if candidates is None else candidates, seed or 0))
        else:
            key, url = state.resolved()  # the global --api-key/--base-url/--profile, below this command's own
            run_sync(**options, api_key=api_key or key, base_url=base_url or url)


def run_sync(
    *,
    db: str,
    only: list[str] | None,
    full: bool,
    as_json: bool,
    api_key: str | None = None,
    base_url: str | None = None,
    emulator: tuple[int, int] | None = None,
    rate_limit: float | None = None,
) -> None:
    """Run one mirror and print its summary (``ashby sync`` and the demo call this)."""
    import asyncio
    import json

    import httpx
    from rich.console import Console

    from .._client import AsyncAshbyClient
    from ..sync.display import RichProgress, summary_table
    from ..sync.mirror import Mirror, MirrorError
    from ..sync.stores import open_store
    from ..sync.summary import MirrorSummary

    store = open_store(db)  # AshbyConfigError (exit 2) for a store this installation does not have
    stderr = Console(stderr=True)
    stdout = Console()
    if not stdout.is_terminal:  # a file or a pipe: the whole table, not one cut to 80 columns
        stdout = Console(width=160)

    async def mirror() -> MirrorSummary:
        if emulator is not None:
            from ..emulator import Emulator

            emu = Emulator(seed=emulator[1], candidates=emulator[0])
            transport = httpx.AsyncClient(transport=emu.async_transport())
            client = AsyncAshbyClient(emu.api_key, base_url=emu.base_url, http_client=transport, rate_limit=None)
        else:
            limit: dict[str, Any] = {} if rate_limit is None else {"rate_limit": rate_limit or None}
            client = AsyncAshbyClient(api_key, base_url=base_url, **limit)
        async with client:
            with RichProgress(stderr) as progress:
                return await Mirror(client, store, only=only, full=full, progress=progress).run()

    def show(summary: MirrorSummary) -> None:
        if as_json:
            print(json.dumps(summary.to_dict(), indent=2))
        elif any(r.status == "ok" for r in summary.lists):
            stdout.print(summary_table(summary))

    try:
        summary = asyncio.run(mirror())
    except MirrorError as exc:
        show(exc.summary)
        raise
    except (OSError, _sqlite_error()) as exc:
        raise CLIError(f"store {db}: {exc}") from None
    show(summary)


def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error
