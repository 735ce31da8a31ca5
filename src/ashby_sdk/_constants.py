"""Defaults, in one place. Every one can be overridden per client and per call."""

from __future__ import annotations

import httpx

__all__ = [
    "ALLOW_INSECURE_HTTP_ENV",
    "API_KEY_ENV",
    "API_VERSION_HEADER",
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
    "ON_BEHALF_OF_HEADER",
    "RATE_LIMIT_SCOPE_HEADER",
    "REQUEST_ID_HEADER",
]

DEFAULT_BASE_URL = "https://api.ashbyhq.com"
API_KEY_ENV = "ASHBY_API_KEY"
BASE_URL_ENV = "ASHBY_BASE_URL"
ALLOW_INSECURE_HTTP_ENV = "ASHBY_ALLOW_INSECURE_HTTP"
"""Set to ``1`` to allow a plain-http base URL to a host other than this machine (the key then travels in clear)."""

REQUEST_ID_HEADER = "x-ashby-request-id"
"""Ashby's request id, to quote to its support (developers.ashbyhq.com, Support guide)."""
API_VERSION_HEADER = "Ashby-Version"
"""Selects a dated API version (API versioning reference); without it Ashby uses the key's default version."""
ON_BEHALF_OF_HEADER = "X-On-Behalf-Of"
"""Acts as the Ashby user with this id (beta, changelog 2026-04-30; needs the key's permission to)."""
RATE_LIMIT_SCOPE_HEADER = "X-RateLimit-Scope"
"""On a 429: ``integration-partner`` when Ashby throttles a partner's traffic across organisations."""

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Generous read timeout: large list pages and report endpoints can take tens of seconds."""

DEFAULT_MAX_RETRIES = 3
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
"""A ``Retry-After`` longer than this is not waited for: the error is raised instead."""

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 100

DEFAULT_RATE_LIMIT: float | None = None
"""No fixed cap: the rate adapts to Ashby's 429s (see :mod:`ashby_sdk._rate_limit`).

Ashby limits requests per API key and answers 429 with ``Retry-After`` beyond it,
but its reference does not publish the number, so none is assumed. Pass
``rate_limit=N`` for a fixed cap of ``N`` requests per second instead.
"""
