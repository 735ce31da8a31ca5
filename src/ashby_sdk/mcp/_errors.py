"""Failures a tool reports to the model: one clear sentence, never a traceback or the key.

Tools raise :class:`ToolFailure` for what they can explain (an unknown stage,
a cursor from another question, a refused SQL statement). :func:`explain` turns
the SDK's and the databases' exceptions into the same one sentence; anything
else is a bug, reported as such without its details (the server's log has them).
"""

from __future__ import annotations

from .._exceptions import (
    AshbyAPIError,
    AshbyArgumentError,
    AshbyAuthError,
    AshbyConfigError,
    AshbyConnectionError,
    AshbyError,
    AshbyNotFoundError,
    AshbyRateLimitError,
    AshbyServerError,
)

__all__ = ["ToolFailure", "explain"]


class ToolFailure(Exception):
    """A failure a tool explains itself: the message goes to the model as it is."""


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:300]


def explain(exc: BaseException) -> str | None:
    """One sentence for an expected failure (the API's errors, the network, the database); ``None`` for a bug."""
    if isinstance(exc, ToolFailure):
        return str(exc)
    if isinstance(exc, AshbyAuthError):
        return f"Ashby refused the request ({_first_line(str(exc))}): the API key lacks access or is wrong"
    if isinstance(exc, AshbyNotFoundError):
        return f"Ashby has no such object ({_first_line(str(exc))}): check the id"
    if isinstance(exc, AshbyRateLimitError):
        return f"Ashby is rate limiting this key ({_first_line(str(exc))}): wait a minute and ask again"
    if isinstance(exc, AshbyServerError):
        return f"Ashby failed to answer ({_first_line(str(exc))}): try again later"
    if isinstance(exc, AshbyConnectionError):
        return f"Ashby could not be reached ({_first_line(str(exc))})"
    if isinstance(exc, AshbyAPIError):
        return f"Ashby refused the request: {_first_line(str(exc))}"
    if isinstance(exc, (AshbyArgumentError, AshbyConfigError, AshbyError)):
        return _first_line(str(exc))
    module = type(exc).__module__
    if module.startswith(("sqlite3", "psycopg")):
        return f"the mirror database refused: {_first_line(str(exc)) or type(exc).__name__}"
    return None
