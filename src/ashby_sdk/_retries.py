"""Retry decisions, as pure code shared by the sync and async clients (pacing: :mod:`._rate_limit`).

Which failures are retried:

========================================  ==========  =================================
failure                                   reads       writes
========================================  ==========  =================================
connect error / connect or pool timeout   retried     retried (never reached the server)
429 Too Many Requests                     retried     retried (refused before handling)
5xx, read timeout, connection dropped     retried     only idempotent writes (catalogue)
401/403, business errors (HTTP 200)       never       never
========================================  ==========  =================================

A call's ``idempotent=True`` option moves it to the reads column (the caller
declares that sending it twice changes nothing); ``idempotent=False`` moves an
idempotent write to the non-idempotent one.

Delays grow exponentially with full jitter, capped, and a server's
``Retry-After`` is honoured when it is given (up to a bound).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

__all__ = ["RetryPolicy", "parse_retry_after"]

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), or ``None``."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            seconds = float(parsedate_to_datetime(value).timestamp()) - time.time()
        except (TypeError, ValueError, IndexError):
            return None
    return max(seconds, 0.0)


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait. ``rng`` is injectable so tests can fix the jitter."""

    max_retries: int
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    rng: random.Random | None = None

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0)."""
        if retry_after is not None and retry_after <= self.max_retry_after:
            return retry_after
        ceiling = min(self.initial_delay * 2.0**attempt, self.max_delay)
        jitter = self.rng.random() if self.rng is not None else random.random()
        # Full jitter on the upper quarter: spreads a herd of clients without collapsing to ~0.
        return ceiling * (0.75 + 0.25 * jitter)

    def retry_status(self, status: int, attempt: int, *, write: bool, idempotent: bool) -> bool:
        """Whether an answer with this HTTP status is worth another attempt."""
        if attempt >= self.max_retries:
            return False
        if status == 429:
            return True
        if status >= 500:
            return not write or idempotent
        return False

    def retry_exception(self, exc: Exception, attempt: int, *, write: bool, idempotent: bool) -> bool:
        """Whether a transport failure is worth another attempt."""
        if attempt >= self.max_retries or not isinstance(exc, httpx.TransportError):
            return False
        if isinstance(exc, _NEVER_SENT):
            return True
        if isinstance(exc, (httpx.UnsupportedProtocol, httpx.ProxyError, httpx.LocalProtocolError)):
            return False
        return not write or idempotent
