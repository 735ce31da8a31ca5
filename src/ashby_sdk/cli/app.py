"""The typer application behind ``ashby``: commands are registered from small modules."""

from __future__ import annotations

import sys

import typer

from .._exceptions import AshbyError

__all__ = ["app", "run"]

app = typer.Typer(
    name="ashby",
    help="Work with the Ashby ATS API from a terminal, and run a local Ashby emulator.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)


@app.command()
def demo(
    candidates: int = typer.Option(500, min=1, help="Size of the generated organisation."),
    seed: int = typer.Option(0, help="Seed of the generated organisation."),
) -> None:
    """List jobs and candidates of a generated organisation through the SDK, offline, with no key."""
    from .demo import run_demo

    run_demo(candidates=candidates, seed=seed)


@app.command()
def emulator(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8787, min=0, max=65535, help="Port to listen on (0: any free port)."),
    api_key: str | None = typer.Option(None, "--api-key", help="The key clients must send (default: printed)."),
    candidates: int = typer.Option(200, min=0, help="Number of candidates to generate."),
    seed: int = typer.Option(0, help="Seed of the generated organisation."),
) -> None:
    """Serve a local Ashby emulator over HTTP until interrupted."""
    from ..emulator import Emulator
    from ..emulator.server import run as serve

    emu = Emulator(seed=seed, candidates=candidates, api_key=api_key)
    serve(emu, host=host, port=port)


def run() -> None:
    """Run the app, turning SDK errors into one line and exit code 1, Ctrl-C into 130."""
    try:
        app()
    except AshbyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
