"""``ashby sync``: mirror an organisation into a local database (SQLite by default).

The summary goes to stderr (it is for people); ``--json`` prints it on stdout
(it is data). With ``--listen`` the command stays up: it applies Ashby's
webhooks to the store as they arrive and reconciles with a token sync every
``--every`` seconds.
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from .config import state_from
from .errors import EXIT_INTERRUPTED, EXIT_USAGE, CLIError

__all__ = ["register", "run_sync"]


def register(app: typer.Typer) -> None:
    """Add the ``sync`` command to ``app``."""

    @app.command("sync")
    def sync(
        ctx: typer.Context,
        db: str = typer.Option(
            "ashby.db", "--db", help="SQLite file (or sqlite:///path), or a postgresql:// URL, to mirror into."
        ),
        api_key: str | None = typer.Option(None, "--api-key", help="API key (default: ASHBY_API_KEY, then .env)."),
        base_url: str | None = typer.Option(None, "--base-url", help="API base URL (default: ASHBY_BASE_URL)."),
        only: str | None = typer.Option(None, "--only", help="Comma-separated tables, e.g. candidates,applications."),
        full: bool = typer.Option(False, "--full", help="Ignore saved sync tokens: list everything again."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
        emulator: bool = typer.Option(False, "--emulator", help="Mirror an embedded emulator: offline, no key."),
        candidates: int | None = typer.Option(None, "--candidates", min=0, help="With --emulator: its size (500)."),
        seed: int | None = typer.Option(None, "--seed", help="With --emulator: its seed (0)."),
        rate_limit: float | None = typer.Option(
            None,
            "--rate-limit",
            min=0,
            help="A fixed cap in requests per second (default or 0: none until Ashby answers 429, then adaptive).",
        ),
        patience: float = typer.Option(
            600, "--patience", min=0, help="Seconds a list may keep failing (5xx, 429, timeouts) before it is given up."
        ),
        relist: int = typer.Option(
            1, "--relist", min=0, help="Lists re-listed in full per run to see deletions, if unchecked for a day."
        ),
        relist_after: float = typer.Option(
            7 * 86400, "--relist-after", min=0, help="Re-list in full every list unchecked for deletions this long (s)."
        ),
        listen: str | None = typer.Option(
            None, "--listen", help="Stay up: apply Ashby's webhooks at HOST:PORT as they arrive (e.g. 127.0.0.1:8089)."
        ),
        secret: str | None = typer.Option(
            None, "--secret", help="With --listen: the webhooks' secret (better: ASHBY_WEBHOOK_SECRET, out of `ps`)."
        ),
        every: float = typer.Option(900, "--every", min=1, help="With --listen: seconds between reconciling syncs."),
    ) -> None:
        """Mirror the organisation into a database: in full the first time, incrementally after.

        Every object type gets a table (typed columns plus the raw JSON); a rerun
        after a crash or Ctrl-C resumes where the last one stopped. Passing
        failures are retried for up to --patience seconds per list.
        """
        state = state_from(ctx)
        if not emulator and (candidates is not None or seed is not None):
            raise CLIError("--candidates and --seed need --emulator", EXIT_USAGE)
        if emulator and (api_key or base_url or state.api_key or state.base_url):
            raise CLIError("--emulator takes no --api-key or --base-url", EXIT_USAGE)
        if listen is None and secret is not None:
            raise CLIError("--secret needs --listen", EXIT_USAGE)
        names = None if only is None else [n for n in only.split(",") if n.strip()]
        if names is not None:
            from ..sync.streams import STREAMS

            unknown = [n.strip() for n in names if n.strip() not in STREAMS]
            if unknown:
                raise CLIError(
                    f"unknown list {', '.join(unknown)} in --only; choose from {', '.join(STREAMS)}", EXIT_USAGE
                )
        options: dict[str, Any] = {
            "db": db, "only": names, "full": full, "as_json": as_json, "rate_limit": rate_limit,
            "mirror_options": {"patience": patience, "relist": relist, "relist_after": relist_after},
        }  # fmt: skip
        if listen is not None:
            options["listen"] = (_address(listen), _secret(secret), every)
        if emulator:
            run_sync(**options, emulator=(500 if candidates is None else candidates, seed or 0))
        else:
            key, url = state.resolved()  # the global --api-key/--base-url/--profile, below this command's own
            run_sync(**options, api_key=api_key or key, base_url=base_url or url)


def _address(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) < 65536:
        raise CLIError(f"--listen {value}: expected HOST:PORT, e.g. 127.0.0.1:8089", EXIT_USAGE)
    return host or "127.0.0.1", int(port)


def _secret(value: str | None) -> str:
    import os

    secret = value or os.environ.get("ASHBY_WEBHOOK_SECRET")
    if not secret:
        raise CLIError("--listen needs the webhooks' secret token: --secret or ASHBY_WEBHOOK_SECRET", EXIT_USAGE)
    return secret


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
    mirror_options: dict[str, Any] | None = None,
    listen: tuple[tuple[str, int], str, float] | None = None,
) -> None:
    """Run one mirror (or, with ``listen``, keep one current) and print its summary."""
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
    if not stderr.is_terminal:  # a file or a pipe: the whole table, not one cut to 80 columns
        stderr = Console(stderr=True, width=200)

    def show(summary: MirrorSummary) -> None:
        if as_json:  # listening: one line per sync (JSON Lines), since there are many
            print(json.dumps(summary.to_dict(), indent=None if listen else 2), flush=True)
        elif any(r.status == "ok" for r in summary.lists):
            stderr.print(summary_table(summary))

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
                engine = Mirror(client, store, only=only, full=full, progress=progress, **(mirror_options or {}))
                if listen is None:
                    return await engine.run()
            from ..sync.listen import listen_and_sync

            address, secret, every = listen
            return await listen_and_sync(engine, address, secret, every=every, report=show, console=stderr)

    try:
        summary = asyncio.run(mirror())
    except MirrorError as exc:
        show(exc.summary)
        raise
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: every page written so far is saved; run the same command again to resume\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (OSError, _sqlite_error()) as exc:
        raise CLIError(f"store {store.label}: {exc}") from None
    show(summary)


def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error
