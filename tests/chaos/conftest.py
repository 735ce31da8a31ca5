"""Fixtures of the chaos suite."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ashby_sdk import _base_client
from ashby_sdk._retries import RetryPolicy


@dataclass(frozen=True)
class QuickRetryPolicy(RetryPolicy):
    """The client's retry decisions unchanged, with backoff delays 25 times shorter (0.02 s, doubling)."""

    initial_delay: float = 0.02


@pytest.fixture
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shorten the exponential backoff after drops, so hundreds of faults cost seconds, not minutes.

    Only the waiting changes: which failures are retried, how often, and Retry-After are the library's own.
    """
    monkeypatch.setattr(_base_client, "RetryPolicy", QuickRetryPolicy)
