"""Fault injection: scripted faults and a seeded random schedule.

Faults are drawn before the handler runs, so a faulted write changes nothing,
except a ``drop`` with ``after_handler=True``: the handler runs (the write
lands) and then the connection is cut, as when a server's answer is lost.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = ["FAULT_KINDS", "Fault", "FaultKind", "Faults", "RandomSchedule"]

FaultKind = Literal["500", "502_html", "503", "429", "drop", "latency", "expire_sync_token"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass
class Fault:
    """One fault to inject; ``times`` counts down as matching requests consume it."""

    kind: FaultKind
    endpoint: str | None = None
    times: int = 1
    retry_after: float | None = None
    delay: float | None = None
    after_handler: bool = False
    scope: str | None = None
    """For a ``429``: sent as ``X-RateLimit-Scope`` (``integration-partner``: Ashby protecting itself across
    organisations, changelog 2026-10-14); ``None`` sends no such header, as for a key's own limit."""

    def matches(self, endpoint: str, has_sync_token: bool) -> bool:
        if self.endpoint is not None and self.endpoint != endpoint:
            return False
        # An expired-token fault only means something to a request that carries a token.
        return self.kind != "expire_sync_token" or has_sync_token


@dataclass
class RandomSchedule:
    """Per-request probabilities of each fault kind, drawn from a seeded generator."""

    rate_5xx: float = 0.0
    rate_429: float = 0.0
    rate_drop: float = 0.0
    latency: float = 0.0
    latency_delay: float = 0.05
    retry_after: float = 1.0
    seed: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def draw(self) -> Fault | None:
        u = self.rng.random()
        pick = self.rng.random()
        edge = self.rate_5xx
        if u < edge:
            kind: FaultKind = "500" if pick < 0.5 else ("502_html" if pick < 0.75 else "503")
            return Fault(kind)
        edge += self.rate_429
        if u < edge:
            return Fault("429", retry_after=self.retry_after)
        edge += self.rate_drop
        if u < edge:
            return Fault("drop")
        edge += self.latency
        if u < edge:
            return Fault("latency", delay=self.latency_delay)
        return None


class Faults:
    """The emulator's fault injector (``emu.faults``).

    ```python
    emu.faults.add("503", endpoint="candidate.list", times=2)
    emu.faults.add("drop", endpoint="candidate.create", after_handler=True)
    emu.faults.random(rate_5xx=0.1, rate_429=0.1, rate_drop=0.05, latency=0.02, seed=1)
    ```
    """

    def __init__(self) -> None:
        self.scripted: list[Fault] = []
        self.schedule: RandomSchedule | None = None
        self._lock = threading.Lock()

    def add(
        self,
        kind: FaultKind | str,
        endpoint: str | None = None,
        times: int = 1,
        retry_after: float | None = None,
        delay: float | None = None,
        after_handler: bool = False,
        scope: str | None = None,
    ) -> Fault:
        """Inject ``kind`` into the next ``times`` requests to ``endpoint`` (any endpoint when ``None``).

        Raises ``ValueError`` for an unknown kind or a ``times`` below 1.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(FAULT_KINDS)}")
        if times < 1:
            raise ValueError("times must be >= 1")
        if scope is not None and (kind != "429" or not isinstance(scope, str)):
            raise ValueError("scope is the X-RateLimit-Scope of a 429 fault, a string")
        fault = Fault(kind, endpoint, times, retry_after, delay, after_handler, scope)  # type: ignore[arg-type]
        with self._lock:
            self.scripted.append(fault)
        return fault

    def random(
        self,
        rate_5xx: float = 0.0,
        rate_429: float = 0.0,
        rate_drop: float = 0.0,
        latency: float = 0.0,
        seed: int = 0,
        *,
        latency_delay: float = 0.05,
        retry_after: float = 1.0,
    ) -> RandomSchedule:
        """Give every request these probabilities of a 5xx, a 429, a drop and a latency fault.

        ``latency`` is a probability; each latency fault sleeps ``latency_delay`` seconds.
        The same seed and request sequence give the same faults.
        """
        rates = (rate_5xx, rate_429, rate_drop, latency)
        if any(r < 0 for r in rates) or sum(rates) > 1:
            raise ValueError("rates must be >= 0 and sum to at most 1")
        schedule = RandomSchedule(rate_5xx, rate_429, rate_drop, latency, latency_delay, retry_after, seed)
        with self._lock:
            self.schedule = schedule
        return schedule

    def clear(self) -> None:
        """Remove every scripted fault and the random schedule."""
        with self._lock:
            self.scripted.clear()
            self.schedule = None

    def take(self, endpoint: str, has_sync_token: bool) -> Fault | None:
        """The fault the next request to ``endpoint`` suffers, consuming it; ``None`` for none."""
        with self._lock:
            for fault in self.scripted:
                if fault.matches(endpoint, has_sync_token):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.scripted.remove(fault)
                    return fault
            if self.schedule is not None:
                return self.schedule.draw()
        return None
