"""``--debug``: the SDK's request log on stderr; ``--debug-transport`` adds httpx's and httpcore's own lines.

The SDK logs one line per request on the ``ashby_sdk`` logger (endpoint, status,
time, attempt; never the key or the body). httpx and httpcore log every
connection step, several lines per request, which bury the useful ones: they
stay off unless asked for.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

__all__ = ["log_to_stderr"]


class _Format(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        source = "debug" if record.name.startswith("ashby_sdk") else record.name
        return f"{source}: {record.getMessage()}"


def log_to_stderr(*names: str) -> Callable[[], None]:
    """Send DEBUG records of the loggers ``names`` to stderr; returns the function that undoes it."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Format())
    previous: list[tuple[logging.Logger, int, bool]] = []
    for name in names:
        logger = logging.getLogger(name)
        previous.append((logger, logger.level, logger.propagate))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        logger.propagate = False  # once is enough, even when the application logs at the root too

    def undo() -> None:
        for logger, level, propagate in previous:
            logger.removeHandler(handler)
            logger.setLevel(level)
            logger.propagate = propagate

    return undo
