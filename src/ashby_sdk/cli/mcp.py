"""``ashby mcp``: serve the MCP server for AI agents (stdio, or streamable HTTP).

With ``--db`` it answers from a mirror made by ``ashby sync`` and asks the API
(key from the usual places: ``--api-key``, ``--profile``, ``ASHBY_API_KEY``,
``.env``, the default profile) only for what the mirror lacks; without a key it
answers from the mirror alone. Writes exist only with ``--allow-writes``. Over
stdio, stdout carries the protocol and nothing else: messages go to stderr.
"""

from __future__ import annotations

import sys

import typer

from .config import state_from
from .errors import EXIT_INTERRUPTED, EXIT_USAGE, CLIError

__all__ = ["register"]

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    """Add the ``mcp`` command to ``app``."""

    @app.command("mcp")
    def mcp(
        ctx: typer.Context,
        db: str | None = typer.Option(
            None,
            "--db",
            metavar="PATH|URL",
            help="Answer from this mirror (a SQLite file or postgresql:// URL made by `ashby sync`); "
            "the live API only for what it lacks.",
            show_default=False,
        ),
        allow_writes: bool = typer.Option(
            False, "--allow-writes", help="Add the write tools: move a stage, add a note, add a tag (off by default)."
        ),
        redact: bool = typer.Option(False, "--redact", help="Replace email addresses and phone numbers in answers."),
        transport: str = typer.Option("stdio", "--transport", metavar="stdio|http", help="stdio, or streamable HTTP."),
        host: str = typer.Option(
            "127.0.0.1", "--host", metavar="HOST", help="With --transport http: the address to listen on."
        ),
        port: int = typer.Option(
            8765, "--port", metavar="PORT", min=0, max=65535, help="With --transport http: the port."
        ),
        page_size: int = typer.Option(
            20, "--page-size", metavar="N", min=1, help="Items per page when the agent does not say."
        ),
        max_page_size: int = typer.Option(
            100, "--max-page-size", metavar="N", min=1, help="The most items one page may hold."
        ),
        max_chars: int = typer.Option(
            24_000, "--max-answer-chars", metavar="N", min=1000, help="About the most characters of JSON in one answer."
        ),
        sql_rows: int = typer.Option(
            200, "--sql-max-rows", metavar="N", min=1, help="The most rows query_mirror answers."
        ),
        sql_timeout: float = typer.Option(
            10.0, "--sql-timeout", metavar="SECONDS", min=0.1, help="Seconds a query_mirror may run."
        ),
    ) -> None:
        """Serve Ashby to AI agents over the Model Context Protocol (stdio by default).

        Read tools answer from the mirror given with --db (each answer says how
        old its data is) or from the live API. Writes only with --allow-writes.
        Configure your MCP client to run `ashby mcp --db ashby.db`: docs/mcp.md.
        """
        if transport not in ("stdio", "http"):
            raise CLIError(f"--transport {transport!r}: use stdio or http", EXIT_USAGE)
        if page_size > max_page_size:
            raise CLIError("--page-size cannot be above --max-page-size", EXIT_USAGE)
        state = state_from(ctx)
        found = state.credentials()
        if db is None and not found.api_key:
            from .config import missing_key_message

            raise CLIError(f"{missing_key_message()}; or give --db with a mirror to answer from", EXIT_USAGE)
        if allow_writes and not found.api_key:
            from .config import missing_key_message

            raise CLIError(f"--allow-writes needs a key: {missing_key_message()}", EXIT_USAGE)

        from ..mcp import Backend, Settings, build_server, open_mirror

        mirror = None
        if db is not None:
            mirror = open_mirror(db)  # AshbyConfigError (exit 2): no such file, a directory, no psycopg
            mirror.check()
        client = state.client() if found.api_key else None
        settings = Settings(
            allow_writes=allow_writes, redact=redact, page_size=page_size, max_page_size=max_page_size,
            max_chars=max_chars, sql_max_rows=sql_rows, sql_timeout=sql_timeout,
        )  # fmt: skip
        backend = Backend(settings, db=mirror, client=client)
        try:
            server = build_server(backend)
        except ModuleNotFoundError as exc:  # the `mcp` extra is not installed
            backend.close()
            raise CLIError(str(exc), EXIT_USAGE) from None
        source = f"mirror {mirror.label}" + (" (and the live API)" if client else "") if mirror else "the live API"
        writes = "writes ON" if allow_writes else "read-only"
        try:
            if transport == "stdio":
                sys.stderr.write(f"ashby mcp: serving over stdio from {source}, {writes}\n")
                server.run("stdio")
            else:
                if host not in _LOOPBACK:
                    sys.stderr.write(
                        f"ashby mcp: WARNING: listening on {host}: anyone who reaches this port can read Ashby "
                        "data through it (it has no authentication of its own)\n"
                    )
                sys.stderr.write(f"ashby mcp: serving at http://{host}:{port}/mcp from {source}, {writes}\n")
                server.run("streamable-http", host=host, port=port)
        except KeyboardInterrupt:
            raise typer.Exit(EXIT_INTERRUPTED) from None
        finally:
            backend.close()
