"""One line per failure, naming what went wrong and what to do next, and the exit code that goes with it.

Exit codes: 0 done; 1 the work failed (Ashby answered with an error, the network,
a port, a file or a database could not be used); 2 usage or configuration
(a wrong option or value, no key, an unknown profile: nothing was sent);
130 interrupted (Ctrl-C); 141 the reader of a pipe went away (``ashby ... | head``),
silently, as Unix tools do.

Failures a command can meet in normal use (the API's errors, an unreachable host,
a port in use, a missing file, a database that refuses the connection) are
worded as such. Only a bug of ours is called "unexpected"; ``--debug`` prints its
traceback (``--debug-transport``: every traceback).
"""

from __future__ import annotations

import errno
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
    if isinstance(exc, AshbyAuthError):
        if exc.status_code == 401 or "key" in (exc.code or ""):
            return "check the API key: `ashby whoami` shows where it comes from; `ashby login` stores a new one"
        return "the key lacks a permission this needs: `ashby whoami --permissions` shows which it has"
    if isinstance(exc, AshbyNotFoundError):
        return "check the id (list them with `ashby <objects> list`)"
    if isinstance(exc, AshbyInvalidInputError):
        return "check the parameters against the endpoint's reference"
    if isinstance(exc, AshbyRateLimitError):
        return "rate limited after every retry: wait a minute and run it again"
    if isinstance(exc, AshbyServerError):
        return "Ashby failed: try again later, quoting the request id if it persists"
    if isinstance(exc, AshbyConnectionError):
        return "check the network and the base URL (`ashby whoami` shows it; --base-url changes it)"
    return ""


def _expected(exc: BaseException) -> str | None:
    """The message for a failure of the environment rather than of our code; ``None`` for a bug."""
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        if exc.errno == errno.EADDRINUSE:
            return f"address already in use{where}: another server listens there; choose another --port"
        if exc.errno in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT):
            return f"cannot connect{where}: {exc.strerror or exc}"
        return f"{exc.strerror or exc}{':' if where else ''}{where}"
    module = type(exc).__module__
    if module.startswith(("psycopg", "sqlite3")) and type(exc).__name__ in ("OperationalError", "DatabaseError"):
        return f"the database refused: {str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}"
    return None


def exit_code(exc: BaseException) -> int:
    """The exit code for ``exc``."""
    if isinstance(exc, CLIError):
        return exc.exit_code
    if isinstance(exc, (AshbyConfigError, AshbyArgumentError)):
        return EXIT_USAGE
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    return EXIT_API


def report(exc: BaseException, *, debug: bool, transport: bool = False) -> int:
    """Print ``exc`` as one line on stderr (a traceback too with ``debug`` when it is a bug); return its exit code."""
    if isinstance(exc, KeyboardInterrupt):
        sys.stderr.write("interrupted\n")
        return EXIT_INTERRUPTED
    if isinstance(exc, BrokenPipeError):
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    if isinstance(exc, AshbyConfigError) and "No Ashby API key" in str(exc):
        from .config import missing_key_message

        message: str | None = missing_key_message()  # the SDK's wording gives Python advice
    elif isinstance(exc, (AshbyError, CLIError)):
        message = str(exc)
    else:
        message = _expected(exc)
    if transport or (debug and message is None):
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    if message is None:
        message = f"unexpected {type(exc).__name__}: {exc} (a bug: please report it; --debug shows the traceback)"
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
