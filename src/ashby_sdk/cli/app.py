"""The typer application behind ``ashby``: global options here, commands registered from small modules.

Global options (``--api-key``, ``--base-url``, ``--profile``, ``--max-retries``,
``--timeout``, ``--debug``, ``--debug-transport``) are accepted before the
command and after it: :class:`_Root` gives every command a copy of them when it
is resolved (unless the command has an option of that name itself, like
``ashby emulator --api-key``), and the copies write into the same :class:`State`.

Every module below imports only typer and the API catalogue at import time;
httpx, pydantic, rich tables and the emulator load inside the command that
needs them, so ``ashby --help`` stays fast (``tests/cli/test_lazy.py``).
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from . import actions, call, demo, emulator, export, files, login, mcp, objects, sync, webhooks, whoami
from .config import State, state_from
from .errors import report

__all__ = ["GLOBAL_OPTIONS", "app", "run"]

GLOBAL_OPTIONS = ("api_key", "base_url", "profile", "max_retries", "timeout", "debug", "debug_transport")
_GLOBAL_NOTE = (
    "Global options (--api-key, --base-url, --profile, --max-retries, --timeout, --debug) "
    "work before or after the command: see `ashby --help`."
)

# typer >= 0.29 vendors click: take its exception classes from typer, whichever click that is.
_CLICK_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_USAGE_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_PASSED_ON = (_CLICK_ERROR, typer.Exit, typer.Abort)


def _store_global(ctx: Any, param: Any, value: Any) -> Any:
    """Callback of a global option given after the command: write it into the run's :class:`State`."""
    if getattr(ctx.get_parameter_source(param.name), "name", "") == "COMMANDLINE":
        state = state_from(ctx)
        if param.name == "debug" and value:
            state.set_debug()
        elif param.name == "debug_transport" and value:
            state.set_debug(transport=True)
        elif param.name not in ("debug", "debug_transport"):
            setattr(state, param.name, value)
    return value


def _share_globals(root: Any, command: Any) -> None:
    """Give ``command`` and every command under it a copy of the root's global options (once)."""
    if getattr(command, "_ashby_globals", False):
        return
    command._ashby_globals = True
    command.rich_markup_mode = None  # plain click help: wrapped to the terminal, nothing cut
    taken = {name for p in command.params for name in (*p.opts, *p.secondary_opts)}
    added = False
    for option in root.params:
        if option.name in GLOBAL_OPTIONS and not taken & {*option.opts, *option.secondary_opts}:
            clone = copy.copy(option)
            clone.expose_value, clone.callback, clone.hidden = False, _store_global, True
            command.params.append(clone)
            added = True
    if added and not hasattr(command, "commands"):
        command.epilog = f"{command.epilog}\n\n{_GLOBAL_NOTE}" if command.epilog else _GLOBAL_NOTE
    for sub in getattr(command, "commands", {}).values():
        _share_globals(root, sub)


class _Root(TyperGroup):
    """The root group: shares the global options, and turns every failure into one line and an exit code."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:
            _share_globals(self, command)
        return name, command, rest

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """Each command's first sentence in full, wrapped: never cut with "..." at 80 columns."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=1000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _USAGE_ERROR as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # `ashby candidates` alone: its help
                raise
            where = getattr(getattr(exc, "ctx", None), "command_path", "ashby")
            sys.stderr.write(f"error: {exc.format_message()} (see `{where} -h`)\n")  # type: ignore[attr-defined]
            raise typer.Exit(2) from None
        except _PASSED_ON:
            raise
        except (Exception, KeyboardInterrupt) as exc:
            state = state_from(ctx)
            raise typer.Exit(report(exc, debug=state.debug, transport=state.debug_transport)) from None


app = typer.Typer(
    name="ashby",
    cls=_Root,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
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
        None,
        "--api-key",
        metavar="KEY",
        help="The Ashby API key (default: a --profile, ASHBY_API_KEY, .env, then the default profile).",
        show_default=False,
    ),
    base_url: str | None = typer.Option(
        None,
        "--base-url",
        metavar="URL",
        help="The API's base URL (default: the one set beside the key, else Ashby's).",
        show_default=False,
    ),
    profile: str | None = typer.Option(
        None,
        "--profile",
        "-p",
        metavar="NAME",
        help="Use the key of this profile of ~/.config/ashby/config.toml (or ASHBY_PROFILE).",
        show_default=False,
    ),
    max_retries: int | None = typer.Option(
        None, "--max-retries", metavar="N", min=0, help="Retries of a failed request (default 3).", show_default=False
    ),
    timeout: float | None = typer.Option(
        None,
        "--timeout",
        metavar="SECONDS",
        min=0.1,
        help="Seconds to wait for an answer (default 60).",
        show_default=False,
    ),
    debug: bool = typer.Option(
        False, "--debug", help="Log each request and answer to stderr (never the key); tracebacks of bugs."
    ),
    debug_transport: bool = typer.Option(
        False, "--debug-transport", help="--debug, plus httpx's own connection log and every traceback."
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Work with the Ashby ATS API from a terminal, and run a local Ashby emulator.

    Start with `ashby login` (stores a key), or `ashby demo` (offline, no key).
    Lists print a table on a terminal and tab-separated rows in a pipe; every list
    takes --format table|tsv|csv|json|jsonl and --fields. Docs: docs/cli.md.
    """
    state = State(api_key=api_key, base_url=base_url, profile=profile)
    state.max_retries, state.timeout = max_retries, timeout
    ctx.obj = state
    ctx.call_on_close(state.close)
    if debug or debug_transport:
        state.set_debug(transport=debug_transport)


login.register(app)
whoami.register(app)
demo.register(app)
emulator.register(app)
actions.register(objects.register(app))
call.register(app)
files.register(app)
webhooks.register(app)
sync.register(app)
export.register(app)
mcp.register(app)
# Further command groups register here, one line each.


def run() -> None:
    """Run the app; Ctrl-C before any command started still exits with 130."""
    try:
        app(prog_name="ashby")
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
