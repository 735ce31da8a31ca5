"""Defaults, in one place. Every one can be overridden per client and per call."""

from __future__ import annotations

import httpx

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_PAGE_SIZE",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
]

DEFAULT_BASE_URL = "https://api.ashbyhq.com"
API_KEY_ENV = "ASHBY_API_KEY"
BASE_URL_ENV = "ASHBY_BASE_URL"

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Generous read timeout: large list pages and report endpoints can take tens of seconds."""

DEFAULT_MAX_RETRIES = 3
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
"""A ``Retry-After`` longer than this is not waited for: the error is raised instead."""

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 100

DEFAULT_RATE_LIMIT = 1000 / 60
"""Requests per second shared by every call of one client.

Ashby limits requests per API key and answers 429 with ``Retry-After`` beyond it,
but its reference does not publish the number; 1,000 requests a minute is the
figure integrators report and is inferred, not documented. Pass
``rate_limit=None`` to turn the client-side limiter off.
"""
