"""One line per failure, naming what went wrong and what to do, and the exit code that goes with it.

Exit codes: 0 done; 1 the API or the network failed; 2 usage or configuration
(nothing was sent); 130 interrupted (Ctrl-C); 141 the reader of a pipe went away
(``ashby ... | head``), silently, as Unix tools do. A traceback only with ``--debug``.
"""

from __future__ import annotations

import os
import sys
import traceback

from .._exceptions import (
    AshbyArgumentError,
    AshbyAuthError,
    AshbyConfigError,
    AshbyConnectionError,
    AshbyError,
    AshbyInvalidInputError,
    AshbyNotFoundError,
    AshbyRateLimitError,
    AshbyServerError,
)

__all__ = ["EXIT_API", "EXIT_BROKEN_PIPE", "EXIT_INTERRUPTED", "EXIT_USAGE", "CLIError", "exit_code", "report"]

EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class CLIError(Exception):
    """A failure a command explains itself: ``message`` is printed as is, ``exit_code`` returned."""

    def __init__(self, message: str, exit_code: int = EXIT_API) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _hint(exc: BaseException) -> str:
    if isinstance(exc, AshbyConfigError) and "API key" in str(exc):
        return "on the command line: --api-key KEY or --profile NAME"
    if isinstance(exc, AshbyAuthError):
        if exc.status_code == 401 or "key" in (exc.code or ""):
            return "check the API key (--api-key, --profile, ASHBY_API_KEY or .env)"
        return "the key lacks a permission this needs: see `ashby whoami` and the key's settings in Ashby"
    if isinstance(exc, AshbyNotFoundError):
        return "check the id (list them with `ashby <objects> list`)"
    if isinstance(exc, AshbyInvalidInputError):
        return "check the parameters against the endpoint's reference"
    if isinstance(exc, AshbyRateLimitError):
        return "rate limited after every retry: wait a minute and run it again"
    if isinstance(exc, AshbyServerError):
        return "Ashby failed: try again later, quoting the request id if it persists"
    if isinstance(exc, AshbyConnectionError):
        return "check the network and --base-url / ASHBY_BASE_URL"
    return ""


def exit_code(exc: BaseException) -> int:
    """The exit code for ``exc``."""
    if isinstance(exc, CLIError):
        return exc.exit_code
    if isinstance(exc, (AshbyConfigError, AshbyArgumentError)):
        return EXIT_USAGE
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    return EXIT_API


def report(exc: BaseException, *, debug: bool) -> int:
    """Print ``exc`` as one line on stderr (plus the traceback with ``debug``); return its exit code."""
    if isinstance(exc, KeyboardInterrupt):
        sys.stderr.write("interrupted\n")
        return EXIT_INTERRUPTED
    if isinstance(exc, BrokenPipeError):
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    if debug:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    if isinstance(exc, (AshbyError, CLIError)):
        message = str(exc)
    else:
        message = f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)"
    hint = _hint(exc)
    sys.stderr.write(f"error: {message}" + (f"; {hint}" if hint else "") + "\n")
    return exit_code(exc)


def _silence_stdout() -> None:
    # Python would otherwise fail again flushing stdout at exit, printing a second error.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (e.g. under a test runner)
        pass
