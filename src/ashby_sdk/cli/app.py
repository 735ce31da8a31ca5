"""The typer application behind ``ashby``: global options here, commands registered from small modules.

Every module below imports only typer and the API catalogue at import time;
httpx, pydantic, rich tables and the emulator load inside the command that
needs them, so ``ashby --help`` stays fast (``tests/cli/test_lazy.py``).
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from . import actions, call, export, files, objects, sync, webhooks, whoami
from .config import State, state_from
from .errors import report

__all__ = ["app", "run"]


# typer >= 0.29 vendors click: take its exception classes from typer, whichever click that is.
_CLICK_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_PASSED_ON = (_CLICK_ERROR, typer.Exit, typer.Abort)


class _Root(TyperGroup):
    """The root group: turns every failure inside a command into one line and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _PASSED_ON:
            raise
        except (Exception, KeyboardInterrupt) as exc:
            raise typer.Exit(report(exc, debug=state_from(ctx).debug)) from None


app = typer.Typer(
    name="ashby",
    cls=_Root,
    help="Work with the Ashby ATS API from a terminal, and run a local Ashby emulator.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"ashby {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    api_key: str | None = typer.Option(
        None, "--api-key", help="The Ashby API key (default: ASHBY_API_KEY, then .env).", show_default=False
    ),
    base_url: str | None = typer.Option(
        None, "--base-url", help="The API's base URL (default: ASHBY_BASE_URL, then Ashby's).", show_default=False
    ),
    profile: str | None = typer.Option(
        None, "--profile", "-p", help="A named profile of ~/.config/ashby/config.toml (or ASHBY_PROFILE)."
    ),
    max_retries: int | None = typer.Option(
        None, "--max-retries", min=0, help="Retries of a failed request (default 3).", show_default=False
    ),
    timeout: float | None = typer.Option(
        None, "--timeout", min=0.1, help="Seconds to wait for an answer (default 60).", show_default=False
    ),
    debug: bool = typer.Option(False, "--debug", help="Log every request to stderr; tracebacks on errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Work with the Ashby ATS API from a terminal, and run a local Ashby emulator."""
    state = State(api_key=api_key, base_url=base_url, profile=profile, debug=debug)
    state.max_retries, state.timeout = max_retries, timeout
    ctx.obj = state
    ctx.call_on_close(state.close)
    if debug:
        ctx.call_on_close(_log_to_stderr())


def _log_to_stderr() -> Any:
    """Send DEBUG logs (the SDK's request log, httpx's) to stderr for this run; returns the undo."""
    import logging

    root = logging.getLogger()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)

    def undo() -> None:
        root.removeHandler(handler)
        root.setLevel(level)

    return undo


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
    strict: bool = typer.Option(False, "--strict", help="Refuse unknown body parameters (Ashby ignores them)."),
) -> None:
    """Serve a local Ashby emulator over HTTP until interrupted."""
    from ..emulator import Emulator
    from ..emulator.server import run as serve

    # Without --strict, ASHBY_EMULATOR_STRICT decides (read by the emulator).
    emu = Emulator(seed=seed, candidates=candidates, api_key=api_key, strict=True if strict else None)
    serve(emu, host=host, port=port)


actions.register(objects.register(app))
call.register(app)
whoami.register(app)
files.register(app)
webhooks.register(app)
sync.register(app)
export.register(app)
# Further command groups register here, one line each.


def run() -> None:
    """Run the app; Ctrl-C before any command started still exits with 130."""
    try:
        app(prog_name="ashby")
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
