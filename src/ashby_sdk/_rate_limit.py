"""Client-side rate limiting: adaptive by default (free until Ashby answers 429), or a fixed cap.

Ashby limits requests per API key and answers ``429 Too Many Requests`` with a
``Retry-After`` header beyond the limit, but publishes no number. So by default
the client sends as fast as it is asked to, and a 429 is what sets the pace
(additive increase, multiplicative decrease, as TCP does):

- every call sharing the limiter waits out the ``Retry-After`` (a pause);
- the rate is capped at ``DECREASE`` times the rate Ashby just refused: the
  successes of the last ``Retry-After`` seconds (at least one second), or the
  current cap when that is lower. One 429 lowers the rate once: a 429 to a request
  sent before the last decrease says nothing new;
- each success raises the cap by ``INCREASE`` times the refused rate per second
  of traffic at the cap, and once it has climbed to ``UNCAP_AT`` times the
  refused rate without another 429 the cap is dropped: uncapped again.

Inferred, not documented by Ashby: that its per-key limit is a window of requests
(the client only ever reads ``Retry-After``). Not every 429 is about the key's rate:

- ``X-RateLimit-Scope: integration-partner`` (changelog 2026-10-14) is Ashby
  throttling an integration partner's combined traffic across organisations:
  every call sharing the limiter waits out ``Retry-After``, but the key's own
  rate is left alone, since this key's traffic is not what was too much;
- ``report.*`` have limits of their own (15 report starts a minute and 3 at a
  time per organisation): such a 429 retries that one call after its
  ``Retry-After`` and touches nothing else;
- ``Retry-After: 0`` says the limit has already passed: the call is retried at
  once and the rate is left alone.

A limiter is shared by a client, its ``with_options`` copies, every thread and
task using them, and every other client built in the same process with the same
key and base URL (:func:`shared_limiter`). ``rate_limit=N`` instead gives the
client a fixed cap of ``N`` requests per second that no 429 changes (429s still
pause it).
"""

from __future__ import annotations

import hashlib
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Literal

__all__ = ["RateLimiter", "Scope", "rate_limit_scope", "shared_limiter"]

Scope = Literal["key", "partner", "endpoint"]

DECREASE = 0.8
"""The cap after a 429, as a fraction of the rate refused."""
INCREASE = 0.03
"""How fast the cap climbs back: this fraction of the refused rate, per second of traffic at the cap."""
UNCAP_AT = 2.0
"""The cap is dropped once it reaches this multiple of the refused rate without another 429."""
_HISTORY = 60.0
_KEPT = 20_000


def rate_limit_scope(endpoint: str, scope_header: str | None) -> Scope:
    """Whose limit a 429 is about: the key's, Ashby's across an integration partner, or one endpoint's."""
    if scope_header is not None and scope_header.strip().lower() == "integration-partner":
        return "partner"
    if endpoint.startswith("report."):
        return "endpoint"
    return "key"


class _Successes:
    """When recent requests succeeded (the last minute, at most ``_KEPT``): what the server let through."""

    __slots__ = ("_times",)

    def __init__(self) -> None:
        self._times: deque[float] = deque(maxlen=_KEPT)

    def add(self, now: float) -> None:
        self._times.append(now)

    def rate(self, now: float, horizon: float) -> tuple[int, float]:
        """(successes, per second) over the last ``horizon`` seconds."""
        times = self._times
        while times and times[0] < now - _HISTORY:
            times.popleft()
        since = now - horizon
        count = 0
        for stamp in reversed(times):
            if stamp < since:
                break
            count += 1
        return count, count / horizon


class RateLimiter:
    """When the next request may go: a pacer shared by threads and asyncio tasks alike.

    ``RateLimiter()`` is adaptive (uncapped until a 429); ``RateLimiter(rate)`` is a
    fixed cap of ``rate`` requests per second. :meth:`reserve` never blocks: it
    books the next slot and returns how long the caller must sleep before sending.
    The base client reports each answer back (:meth:`on_success`,
    :meth:`on_rate_limited`).
    """

    def __init__(
        self, rate: float | None = None, *, burst: int = 1, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if rate is not None and not rate > 0:
            raise ValueError("rate must be positive (or None: adaptive)")
        self.fixed = rate is not None
        self.rate: float | None = rate
        """The cap now, in requests per second; ``None``: uncapped."""
        self.burst = max(1, burst)
        self.paused_until = 0.0
        """No request is sent before this moment (``clock()`` time): a ``Retry-After`` being waited out."""
        self.pauses = 0
        """How many pauses have begun: a caller that slept through one books again."""
        self.decreases = 0
        self._clock = clock
        self._lock = threading.Lock()
        self._next_free = 0.0
        self._refused = 0.0
        self._last_decrease = float("-inf")
        self._successes = _Successes()

    def __repr__(self) -> str:
        kind = "fixed" if self.fixed else "adaptive"
        shown = "uncapped" if self.rate is None else f"{self.rate:.3g}/s"
        return f"RateLimiter({kind}, {shown})"

    def now(self) -> float:
        return self._clock()

    def reserve(self) -> float:
        """Book a slot; the seconds to wait before using it (0: send now)."""
        now = self._clock()
        if self.rate is None and now >= self.paused_until:
            return 0.0  # uncapped and not paused: nothing to book, no lock to take
        with self._lock:
            start = max(now, self.paused_until)
            if self.rate is None:
                return start - now
            interval = 1.0 / self.rate
            # Unused slots accumulate while idle, up to `burst`.
            slot = max(self._next_free, start - (self.burst - 1) * interval)
            self._next_free = slot + interval
            return max(0.0, slot - now)

    def on_success(self) -> None:
        """A request succeeded (any answer but a 429): count it, and climb while capped."""
        if self.fixed:
            return
        now = self._clock()
        with self._lock:
            self._successes.add(now)
            rate = self.rate
            if rate is None:
                return
            rate += INCREASE * self._refused / rate
            self.rate = None if rate >= UNCAP_AT * self._refused else rate

    def on_rate_limited(self, scope: Scope, retry_after: float | None, sent_at: float, fallback_wait: float) -> None:
        """A request sent at ``sent_at`` was refused with 429: pause, and lower the rate when it is ours.

        ``fallback_wait`` is the pause when the answer named no ``Retry-After``.
        """
        if scope == "endpoint":
            return
        wait = fallback_wait if retry_after is None else retry_after
        now = self._clock()
        with self._lock:
            if wait > 0 and now + wait > self.paused_until:
                self.paused_until = now + wait
                self._next_free = self.paused_until
                self.pauses += 1
            if self.fixed or scope != "key" or retry_after == 0 or sent_at < self._last_decrease:
                return
            count, measured = self._successes.rate(now, min(max(wait, 1.0), _HISTORY))
            if self.rate is None and count < 2:
                return  # refused before anything got through: no rate to learn from, only the pause
            # Capped, what was refused is the cap, or what actually got through when that was less (the cap
            # had climbed past what was sent); no lower than one decrease, as a pause just before deflates it.
            refused = measured if self.rate is None else min(self.rate, max(measured, self.rate * DECREASE))
            self._refused = max(refused, 0.1)
            self.rate = self._refused * DECREASE
            self._last_decrease = now
            self.decreases += 1


_SHARED: weakref.WeakValueDictionary[str, RateLimiter] = weakref.WeakValueDictionary()
_SHARED_LOCK = threading.Lock()


def shared_limiter(secret: str, base_url: str) -> RateLimiter:
    """The adaptive limiter of one key at one base URL in this process (made on first use).

    Held weakly: it lives as long as some client uses it. Indexed by a digest, so
    the key itself is not kept here.
    """
    index = hashlib.sha256(f"{base_url}\n{secret}".encode()).hexdigest()
    with _SHARED_LOCK:
        limiter = _SHARED.get(index)
        if limiter is None:
            limiter = RateLimiter()
            _SHARED[index] = limiter
        return limiter
