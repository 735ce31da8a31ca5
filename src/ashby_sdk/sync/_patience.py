"""Patience: a page that fails for a passing reason is asked again, for minutes if need be.

The client already retries each request a few times (seconds). Above it, the
mirror retries the *page* with growing, jittered delays (honouring
``Retry-After``) for as long as its list keeps failing within ``deadline``
seconds: the clock starts at the list's first failure and restarts on every
page that succeeds, so a list that makes progress is never given up, and a
list that fails without a break for ``deadline`` seconds is. Only transient
failures are retried: 5xx, 429, timeouts and dropped connections. Any other
error (a refused key, bad input) fails the list at once.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from .._exceptions import (
    AshbyAPIError,
    AshbyConnectionError,
    AshbyError,
    AshbyRateLimitError,
    AshbyServerError,
)

__all__ = ["DEFAULT_PATIENCE", "GaveUp", "Patience", "is_transient"]

T = TypeVar("T")
DEFAULT_PATIENCE = 600.0
"""Seconds a list may keep failing before the mirror gives it up (ten minutes)."""


def is_transient(exc: BaseException) -> bool:
    """Whether ``exc`` may pass if the same request is sent again later."""
    if isinstance(exc, (AshbyServerError, AshbyRateLimitError, AshbyConnectionError)):
        return True
    return isinstance(exc, AshbyAPIError) and (exc.status_code >= 500 or exc.status_code == 429)


class GaveUp(AshbyError):
    """A list kept failing for longer than its deadline; ``cause`` is the last failure."""

    def __init__(self, message: str, cause: AshbyError) -> None:
        super().__init__(message)
        self.cause = cause


@dataclass
class Patience:
    """How one list retries its pages, and what that cost (``retries``, ``waited`` seconds)."""

    deadline: float = DEFAULT_PATIENCE
    first_delay: float = 1.0
    max_delay: float = 60.0
    retries: int = 0
    waited: float = 0.0
    _failing_since: float | None = None
    _delay: float = 0.0

    async def call(self, what: str, request: Callable[[], Awaitable[T]]) -> T:
        """``await request()``, asked again after transient failures; raises :class:`GaveUp` past the deadline."""
        while True:
            try:
                value = await request()
            except AshbyError as exc:
                if not is_transient(exc):
                    raise
                await self._wait(what, exc)
                continue
            self._failing_since = None
            return value

    async def _wait(self, what: str, exc: AshbyError) -> None:
        now = time.monotonic()
        if self._failing_since is None:
            self._failing_since, self._delay = now, self.first_delay
        delay = random.uniform(self._delay / 2, self._delay)
        hint = exc.retry_after if isinstance(exc, AshbyRateLimitError) else None
        if hint:
            delay = max(delay, hint)
        failing = now - self._failing_since
        if failing + delay > self.deadline:
            raise GaveUp(
                f"{what} still failing after {_secs(failing)} and {self.retries} retries "
                f"(the deadline is {_secs(self.deadline)}): {exc}",
                exc,
            ) from exc
        self.retries += 1
        self.waited += delay
        self._delay = min(self._delay * 2, self.max_delay)
        await asyncio.sleep(delay)


def _secs(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"
