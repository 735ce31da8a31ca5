"""The transport layer: auth, the ``{success, results}`` envelope, retries, rate limits, errors.

Every decision is pure code at the top of this module (and in :mod:`._retries`);
the I/O shells below it are written once for asyncio and generated for
blocking I/O by ``scripts/unasync.py``. Resources never touch HTTP: they call
:meth:`AsyncAPIClient.post` / :meth:`APIClient.post` with an endpoint name and a body.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, replace
from typing import IO, Any

import httpx

from ._catalogue import ENDPOINTS
from ._config import ApiKey
from ._exceptions import (
    AshbyAPIError,
    AshbyConnectionError,
    AshbyRateLimitError,
    AshbyTimeoutError,
    error_from_response,
)
from ._retries import RateLimiter, RetryPolicy, parse_retry_after

__all__ = ["APIClient", "Answer", "AsyncAPIClient", "FileTuple", "Settings"]

log = logging.getLogger("ashby_sdk")

FileTuple = tuple[str, "bytes | IO[bytes]", str]
"""A multipart file part: (file name, content, content type)."""

_READ_METHODS = ("list", "info", "search")


@dataclass(frozen=True)
class Settings:
    """Everything one client (or one ``with_options`` copy of it) is configured with."""

    api_key: ApiKey
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    rate_limiter: RateLimiter | None
    user_agent: str

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def is_write(endpoint: str) -> tuple[bool, bool]:
    """(writes, idempotent) for an endpoint: from the catalogue, else guessed from the method name.

    An endpoint we do not describe is taken as a non-idempotent write unless its
    method is a list, info or search call, so that it is never blindly retried.
    """
    spec = ENDPOINTS.get(endpoint)
    if spec is not None:
        return spec.write, spec.idempotent
    method = endpoint.rsplit(".", 1)[-1]
    read = method.startswith(_READ_METHODS)
    return (not read), read


@dataclass(frozen=True)
class Answer:
    """A successful (2xx) answer, kept without its ``httpx.Response``.

    Holding a live response while its page is decoded keeps several times the
    page's size alive (measured: 2.5 MB more at peak per 100-candidate page), so
    the transport hands on only what is read from it.
    """

    status_code: int
    headers: httpx.Headers
    content: bytes


def decode_envelope(response: Answer, endpoint: str) -> dict[str, Any]:
    """The JSON envelope of a 2xx answer, or the exception it stands for.

    Ashby sends business errors with HTTP 200 and ``success: false``; those
    become typed errors here, never retried.
    """
    request_id = response.headers.get("x-request-id")
    try:
        # No GC pause here (unlike typed pages): dict pages are what streaming keeps, and a pause
        # lets the previous answers' reference cycles (httpx's) pile up: 2.7x the memory of a raw loop.
        body = json.loads(response.content)
    except ValueError:
        raise AshbyAPIError(
            f"expected a JSON answer, got {response.headers.get('content-type', 'no content type')}",
            status_code=response.status_code,
            endpoint=endpoint,
            request_id=request_id,
        ) from None
    if not isinstance(body, dict) or "success" not in body:
        raise AshbyAPIError(
            "the answer is not an Ashby envelope (no 'success' field)",
            status_code=response.status_code,
            endpoint=endpoint,
            request_id=request_id,
            body=body,
        )
    if body["success"] is not True:
        raise error_from_response(response.status_code, body, endpoint=endpoint, request_id=request_id)
    return body


def error_for_status(response: httpx.Response, endpoint: str) -> AshbyAPIError:
    """The exception for a non-2xx answer (401, 403, 404, 429, 5xx, an HTML error page...)."""
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = None
    error = error_from_response(
        response.status_code,
        body,
        endpoint=endpoint,
        request_id=response.headers.get("x-request-id"),
        fallback_text=f"HTTP {response.status_code} {response.reason_phrase}",
    )
    if isinstance(error, AshbyRateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("retry-after"))
    return error


def connection_error(exc: httpx.TransportError, endpoint: str, attempts: int) -> AshbyConnectionError:
    kind = AshbyTimeoutError if isinstance(exc, httpx.TimeoutException) else AshbyConnectionError
    what = type(exc).__name__
    return kind(f"{endpoint}: {what} after {attempts} attempt(s): {exc}", endpoint=endpoint)


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    settings: Settings,
    endpoint: str,
    body: Mapping[str, Any] | None,
    files: Mapping[str, FileTuple] | None,
    timeout: httpx.Timeout,
) -> httpx.Request:
    headers = {
        "Authorization": settings.api_key.authorization,
        "Accept": "application/json",
        "User-Agent": settings.user_agent,
    }
    url = f"{settings.base_url}/{endpoint}"
    if files:
        for part in files.values():
            content = part[1]
            if not isinstance(content, bytes) and content.seekable():
                content.seek(0)  # a retried upload sends the whole file again
        data = {k: v if isinstance(v, str) else json.dumps(v) for k, v in (body or {}).items()}
        return http.build_request("POST", url, headers=headers, data=data, files=dict(files), timeout=timeout)
    return http.build_request("POST", url, headers=headers, json=dict(body or {}), timeout=timeout)


def log_retry(endpoint: str, reason: str, delay: float, attempt: int, total: int) -> None:
    log.debug("retrying %s in %.2f s after %s (attempt %d/%d)", endpoint, delay, reason, attempt + 2, total + 1)


def log_attempt(endpoint: str, status: int | str, started: float, attempt: int, total: int) -> None:
    if log.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        log.debug("POST %s -> %s in %.1f ms (attempt %d/%d)", endpoint, status, elapsed, attempt + 1, total + 1)


def release(http: httpx.Client | httpx.AsyncClient) -> None:
    """Close a pool that is being garbage-collected unclosed, so its sockets do not leak."""
    if http.is_closed:
        return
    try:
        if isinstance(http, httpx.Client):
            http.close()
        else:
            asyncio.get_running_loop().create_task(http.aclose())
    except Exception:
        pass


# <unasync>
class AsyncAPIClient:
    """Sends one Ashby call with auth, rate limiting and retries; returns the envelope."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        self._owns_http = http is None
        self._parent: AsyncAPIClient | None = None
        self.http = http if http is not None else httpx.AsyncClient(timeout=settings.timeout, follow_redirects=False)

    def derive(self, settings: Settings) -> AsyncAPIClient:
        """A client with other settings over the same connection pool (which this one keeps owning)."""
        child = AsyncAPIClient(settings, self.http)
        child._owns_http = False
        child._parent = self  # the owner must outlive every copy sharing its pool
        return child

    async def post(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        timeout: httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """POST ``{base_url}/{endpoint}``; the decoded envelope, or the typed exception."""
        response = await self.post_raw(endpoint, body, files=files, timeout=timeout, max_retries=max_retries)
        return decode_envelope(response, endpoint)

    async def post_raw(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        timeout: httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Answer:
        """POST with auth, rate limiting and retries; the 2xx answer, whose envelope is not yet checked."""
        settings = self.settings
        write, idempotent = is_write(endpoint)
        policy = RetryPolicy(settings.max_retries if max_retries is None else max_retries)
        attempt = 0
        while True:
            if settings.rate_limiter is not None:
                wait = settings.rate_limiter.reserve()
                if wait > 0:
                    await asyncio.sleep(wait)
            request = build_request(self.http, settings, endpoint, body, files, timeout or settings.timeout)
            started = time.perf_counter()
            try:
                response = await self.http.send(request)
            except httpx.TransportError as exc:
                log_attempt(endpoint, type(exc).__name__, started, attempt, policy.max_retries)
                if not policy.retry_exception(exc, attempt, write=write, idempotent=idempotent):
                    raise connection_error(exc, endpoint, attempt + 1) from exc
                delay = policy.backoff(attempt)
                log_retry(endpoint, type(exc).__name__, delay, attempt, policy.max_retries)
                await asyncio.sleep(delay)
                attempt += 1
                continue
            log_attempt(endpoint, response.status_code, started, attempt, policy.max_retries)
            if response.is_success:
                return Answer(response.status_code, response.headers, response.content)
            if not policy.retry_status(response.status_code, attempt, write=write, idempotent=idempotent):
                raise error_for_status(response, endpoint)
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None and retry_after > policy.max_retry_after:
                raise error_for_status(response, endpoint)
            delay = policy.backoff(attempt, retry_after)
            log_retry(endpoint, f"HTTP {response.status_code}", delay, attempt, policy.max_retries)
            await asyncio.sleep(delay)
            attempt += 1

    async def get_file(self, url: str, *, timeout: httpx.Timeout | None = None) -> httpx.Response:
        """GET a signed file URL (no Ashby auth: the URL carries its own signature), retried like a read."""
        policy = RetryPolicy(self.settings.max_retries)
        attempt = 0
        while True:
            try:
                response = await self.http.get(url, timeout=timeout or self.settings.timeout)
            except httpx.TransportError as exc:
                if not policy.retry_exception(exc, attempt, write=False, idempotent=True):
                    raise connection_error(exc, "file download", attempt + 1) from exc
            else:
                if response.is_success:
                    return response
                if not policy.retry_status(response.status_code, attempt, write=False, idempotent=True):
                    raise error_for_status(response, "file download")
            await asyncio.sleep(policy.backoff(attempt))
            attempt += 1

    @asynccontextmanager
    async def stream_file(self, url: str, *, timeout: httpx.Timeout | None = None) -> AsyncIterator[httpx.Response]:
        """GET a signed file URL as a stream: the body is read chunk by chunk by the caller, never held whole.

        Not retried (a partly written file is the caller's to discard); a non-2xx answer raises.
        """
        request = self.http.build_request("GET", url, timeout=timeout or self.settings.timeout)
        try:
            response = await self.http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc, "file download", 1) from exc
        try:
            if not response.is_success:
                await response.aread()
                raise error_for_status(response, "file download")
            yield response
        finally:
            await response.aclose()

    async def close(self) -> None:
        if self._owns_http:
            await self.http.aclose()

    def __del__(self) -> None:
        if getattr(self, "_owns_http", False):
            release(self.http)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class APIClient:
    """Sends one Ashby call with auth, rate limiting and retries; returns the envelope."""

    def __init__(self, settings: Settings, http: httpx.Client | None = None) -> None:
        self.settings = settings
        self._owns_http = http is None
        self._parent: APIClient | None = None
        self.http = http if http is not None else httpx.Client(timeout=settings.timeout, follow_redirects=False)

    def derive(self, settings: Settings) -> APIClient:
        """A client with other settings over the same connection pool (which this one keeps owning)."""
        child = APIClient(settings, self.http)
        child._owns_http = False
        child._parent = self  # the owner must outlive every copy sharing its pool
        return child

    def post(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        timeout: httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """POST ``{base_url}/{endpoint}``; the decoded envelope, or the typed exception."""
        response = self.post_raw(endpoint, body, files=files, timeout=timeout, max_retries=max_retries)
        return decode_envelope(response, endpoint)

    def post_raw(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        timeout: httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Answer:
        """POST with auth, rate limiting and retries; the 2xx answer, whose envelope is not yet checked."""
        settings = self.settings
        write, idempotent = is_write(endpoint)
        policy = RetryPolicy(settings.max_retries if max_retries is None else max_retries)
        attempt = 0
        while True:
            if settings.rate_limiter is not None:
                wait = settings.rate_limiter.reserve()
                if wait > 0:
                    time.sleep(wait)
            request = build_request(self.http, settings, endpoint, body, files, timeout or settings.timeout)
            started = time.perf_counter()
            try:
                response = self.http.send(request)
            except httpx.TransportError as exc:
                log_attempt(endpoint, type(exc).__name__, started, attempt, policy.max_retries)
                if not policy.retry_exception(exc, attempt, write=write, idempotent=idempotent):
                    raise connection_error(exc, endpoint, attempt + 1) from exc
                delay = policy.backoff(attempt)
                log_retry(endpoint, type(exc).__name__, delay, attempt, policy.max_retries)
                time.sleep(delay)
                attempt += 1
                continue
            log_attempt(endpoint, response.status_code, started, attempt, policy.max_retries)
            if response.is_success:
                return Answer(response.status_code, response.headers, response.content)
            if not policy.retry_status(response.status_code, attempt, write=write, idempotent=idempotent):
                raise error_for_status(response, endpoint)
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None and retry_after > policy.max_retry_after:
                raise error_for_status(response, endpoint)
            delay = policy.backoff(attempt, retry_after)
            log_retry(endpoint, f"HTTP {response.status_code}", delay, attempt, policy.max_retries)
            time.sleep(delay)
            attempt += 1

    def get_file(self, url: str, *, timeout: httpx.Timeout | None = None) -> httpx.Response:
        """GET a signed file URL (no Ashby auth: the URL carries its own signature), retried like a read."""
        policy = RetryPolicy(self.settings.max_retries)
        attempt = 0
        while True:
            try:
                response = self.http.get(url, timeout=timeout or self.settings.timeout)
            except httpx.TransportError as exc:
                if not policy.retry_exception(exc, attempt, write=False, idempotent=True):
                    raise connection_error(exc, "file download", attempt + 1) from exc
            else:
                if response.is_success:
                    return response
                if not policy.retry_status(response.status_code, attempt, write=False, idempotent=True):
                    raise error_for_status(response, "file download")
            time.sleep(policy.backoff(attempt))
            attempt += 1

    @contextmanager
    def stream_file(self, url: str, *, timeout: httpx.Timeout | None = None) -> Iterator[httpx.Response]:
        """GET a signed file URL as a stream: the body is read chunk by chunk by the caller, never held whole.

        Not retried (a partly written file is the caller's to discard); a non-2xx answer raises.
        """
        request = self.http.build_request("GET", url, timeout=timeout or self.settings.timeout)
        try:
            response = self.http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc, "file download", 1) from exc
        try:
            if not response.is_success:
                response.read()
                raise error_for_status(response, "file download")
            yield response
        finally:
            response.close()

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def __del__(self) -> None:
        if getattr(self, "_owns_http", False):
            release(self.http)


# </generated>
