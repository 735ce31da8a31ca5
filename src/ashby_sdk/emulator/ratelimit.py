"""A per-key sliding-window rate limiter answering 429 with ``Retry-After``.

Ashby limits requests per API key and answers HTTP 429 with a ``Retry-After``
header; its reference pages publish no number, so the default of 1,000 requests
a minute here is an assumption (inferred), configurable per emulator.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable

__all__ = ["RateLimiter"]


class RateLimiter:
    """Allows ``limit`` requests per key within any ``window`` seconds."""

    def __init__(self, limit: int = 1000, window: float = 60.0, *, clock: Callable[[], float]) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> int | None:
        """Count one request; ``None`` when allowed, else the seconds to wait (for ``Retry-After``)."""
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, math.ceil(hits[0] + self.window - now))
            hits.append(now)
        return None
