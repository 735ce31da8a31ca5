"""The transport layer: auth, the ``{success, results}`` envelope, retries, rate limits, errors.

Every decision is pure code at the top of this module (and in :mod:`._retries`);
the I/O shells below it are written once for asyncio and generated for
blocking I/O by ``scripts/unasync.py``. Resources never touch HTTP: they call
:meth:`AsyncAPIClient.post` / :meth:`APIClient.post` with an endpoint name and a body.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field, replace
from typing import IO, TYPE_CHECKING, Any

import httpx
import msgspec

from ._aiohttp_transport import READ_WHOLE, AiohttpTransport, async_default_transport, default_transport
from ._config import ApiKey
from ._constants import API_VERSION_HEADER, INITIAL_RETRY_DELAY, RATE_LIMIT_SCOPE_HEADER, REQUEST_ID_HEADER
from ._exceptions import (
    AshbyAPIError,
    AshbyConfigError,
    AshbyConnectionError,
    AshbyRateLimitError,
    AshbyTimeoutError,
    error_from_response,
)
from ._rate_limit import RateLimiter, rate_limit_scope
from ._request_options import apply_options
from ._retries import RetryPolicy, parse_retry_after

if TYPE_CHECKING:
    import sys

    if sys.version_info >= (3, 11):
        from typing import Unpack
    else:
        from typing_extensions import Unpack

    from ._request_options import RequestOptions

__all__ = ["APIClient", "Answer", "AsyncAPIClient", "FileTuple", "Settings"]

log = logging.getLogger("ashby_sdk")

_POOL_LOCK = threading.RLock()
"""Guards making a connection pool on first use (threads may share a client)."""

FileTuple = tuple[str, "bytes | IO[bytes]", str]
"""A multipart file part: (file name, content, content type)."""

_READ_METHODS = ("list", "info", "search")


@dataclass(frozen=True)
class Settings:
    """Everything one client (or one ``with_options`` copy of it, or one call with options) is configured with."""

    api_key: ApiKey
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    rate_limiter: RateLimiter
    user_agent: str
    api_version: str | None = None
    """Sent as ``Ashby-Version`` when set; otherwise Ashby uses the key's default version."""
    headers: Mapping[str, str | None] = field(default_factory=dict)
    """Extra headers (``None``: leave that header out)."""
    extra_body: Mapping[str, Any] = field(default_factory=dict)
    """Parameters merged into every body, as given."""
    idempotent: bool | None = None
    """A call's own say on whether it may be sent twice (``None``: the catalogue's)."""
    allow_insecure_http: bool | None = None
    retry_delay: float = INITIAL_RETRY_DELAY
    """Seconds before the first retry of a failure that names no ``Retry-After`` (doubling, at most 8 s)."""

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def is_write(endpoint: str, override: bool | None = None) -> tuple[bool, bool]:
    """(writes, idempotent) for an endpoint: the call's ``idempotent`` option, else the catalogue, else a guess.

    An endpoint we do not describe is taken as a non-idempotent write unless its
    method is a list, info or search call, so that it is never blindly retried.
    A call's ``idempotent=True`` makes it retried like a read; ``False`` never
    retries it after a failure that leaves its fate unknown.
    """
    if override is not None:
        return True, override
    from ._catalogue import ENDPOINTS  # on the first call, not at import: the catalogue is large

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


_decode_json = msgspec.json.Decoder().decode


def decode_envelope(response: Answer, endpoint: str) -> dict[str, Any]:
    """The JSON envelope of a 2xx answer, or the exception it stands for.

    Ashby sends business errors with HTTP 200 and ``success: false``; those
    become typed errors here, never retried.
    """
    request_id = response.headers.get(REQUEST_ID_HEADER)
    try:
        body = _decode_json(response.content)  # msgspec: about twice as fast as json.loads into the same dicts
    except (msgspec.DecodeError, ValueError):
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
        body: Any = _decode_json(response.content)
    except (msgspec.DecodeError, ValueError):
        body = None
    error = error_from_response(
        response.status_code,
        body,
        endpoint=endpoint,
        request_id=response.headers.get(REQUEST_ID_HEADER),
        fallback_text=f"HTTP {response.status_code} {response.reason_phrase}",
    )
    if isinstance(error, AshbyRateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("retry-after"))
    return error


def connection_error(exc: httpx.TransportError, endpoint: str, attempts: int) -> AshbyConnectionError:
    kind = AshbyTimeoutError if isinstance(exc, httpx.TimeoutException) else AshbyConnectionError
    what = type(exc).__name__
    return kind(f"{endpoint}: {what} after {attempts} attempt(s): {exc}", endpoint=endpoint)


def request_headers(settings: Settings, *, direct: bool = False) -> dict[str, str]:
    """The headers of every call: auth, then the API version, then the extra headers (``None`` removes one).

    ``direct``: for a request made without the httpx client, which would otherwise add the encodings it decodes.
    """
    headers = {
        "Authorization": settings.api_key.authorization,
        "Accept": "application/json",
        "User-Agent": settings.user_agent,
    }
    if direct:
        headers["Accept-Encoding"] = "gzip, deflate"
        headers["Content-Type"] = "application/json"
    if settings.api_version:
        headers[API_VERSION_HEADER] = settings.api_version
    if settings.headers:
        for name, value in settings.headers.items():
            for present in [h for h in headers if h.lower() == name.lower()]:
                del headers[present]
            if value is not None:
                headers[name] = value
    return headers


@functools.lru_cache(maxsize=1024)
def endpoint_url(base_url: str, endpoint: str) -> httpx.URL:
    """The URL of one endpoint, parsed once (httpx's URL parsing costs more than the rest of a request's setup)."""
    return httpx.URL(f"{base_url}/{endpoint}")


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    settings: Settings,
    endpoint: str,
    body: Mapping[str, Any] | None,
    files: Mapping[str, FileTuple] | None,
    *,
    direct: bool = False,
) -> httpx.Request:
    """The request for one attempt, through ``http.build_request`` (its defaults, cookies and all).

    ``direct``: built here instead, for the client's own pool, whose defaults are known (half the cost).
    """
    timeout = settings.timeout
    if settings.extra_body:
        body = {**(body or {}), **settings.extra_body}
    url = endpoint_url(settings.base_url, endpoint)
    if direct and not files:
        # As httpx encodes json=: compact, UTF-8, no NaN.
        encoded = json.dumps(dict(body or {}), ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
        headers = request_headers(settings, direct=True)
        extensions = {"timeout": timeout.as_dict(), READ_WHOLE: True}
        return httpx.Request("POST", url, headers=headers, content=encoded, extensions=extensions)
    headers = request_headers(settings)
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


async def async_send(
    http: httpx.AsyncClient, direct: httpx.AsyncBaseTransport | None, request: httpx.Request
) -> httpx.Response:
    """``http.send(request)``, the answer read whole; straight through ``direct``, the transport, when given.

    ``direct`` is only ever the transport of a pool the client made itself: no auth, hooks, cookies or
    redirects to apply, so skipping the httpx client's layers changes nothing but the cost.
    """
    if direct is None:
        return await http.send(request)
    response = await direct.handle_async_request(request)
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
    return response


def send(http: httpx.Client, direct: httpx.BaseTransport | None, request: httpx.Request) -> httpx.Response:
    """:func:`async_send` for blocking I/O."""
    if direct is None:
        return http.send(request)
    response = direct.handle_request(request)
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    return response


def note_rate_limited(
    limiter: RateLimiter,
    endpoint: str,
    response: httpx.Response,
    retry_after: float | None,
    sent_at: float,
    wait: float,
) -> None:
    """Tell the limiter about a 429 (it pauses, and lowers the rate when the key's own limit was hit)."""
    scope = rate_limit_scope(endpoint, response.headers.get(RATE_LIMIT_SCOPE_HEADER))
    before = limiter.rate
    limiter.on_rate_limited(scope, retry_after, sent_at, wait)
    if log.isEnabledFor(logging.DEBUG):
        rate = "uncapped" if limiter.rate is None else f"{limiter.rate:.3g} requests/s"
        change = "lowered to" if limiter.rate != before else "kept at"
        log.debug("%s: HTTP 429 (%s scope); rate %s %s", endpoint, scope, change, rate)


def release(http: httpx.Client | httpx.AsyncClient, transport: object) -> None:
    """Close a pool that is being garbage-collected unclosed, so its sockets do not leak."""
    if http.is_closed:
        return
    try:
        if isinstance(transport, AiohttpTransport):
            transport.close_now()
        elif isinstance(http, httpx.Client):
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
        self._http = http
        self._closed = False
        self._direct: httpx.AsyncBaseTransport | None = None
        """The transport of a pool this client made itself: called directly, past the httpx client's layers."""

    @property
    def http(self) -> httpx.AsyncClient:
        """The connection pool: the one given, the owner's (for a copy), or one made on first use.

        Made on first use, not in ``__init__``: building it costs an SSL context
        and httpcore's import (measured: more than the rest of a client's start-up),
        which a client that never sends, or sends much later, should not pay up front.
        """
        http = self._http
        if http is not None and not http.is_closed:
            return http
        with _POOL_LOCK:
            if self._closed or (self._http is not None and self._http.is_closed):
                raise AshbyConfigError("this client is closed: make a new one (or use it in a `with` block)")
            if self._http is None:
                if self._parent is not None:
                    self._http = self._parent.http
                    self._direct = self._parent._direct
                else:
                    self._direct = async_default_transport()
                    timeout = self.settings.timeout
                    self._http = httpx.AsyncClient(timeout=timeout, follow_redirects=False, transport=self._direct)
            return self._http

    def derive(self, settings: Settings) -> AsyncAPIClient:
        """A client with other settings over the same connection pool (which this one keeps owning)."""
        child = AsyncAPIClient(settings, self._http)
        child._owns_http = False
        child._direct = self._direct
        child._parent = self  # the owner must outlive every copy sharing its pool
        return child

    def with_request_options(self, options: RequestOptions) -> AsyncAPIClient:
        """This client as one call with ``options`` sees it (``self`` when there are none)."""
        return self.derive(apply_options(self.settings, options)) if options else self

    async def post(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """POST ``{base_url}/{endpoint}``; the decoded envelope, or the typed exception."""
        response = await self.post_raw(endpoint, body, files=files, **options)
        return decode_envelope(response, endpoint)

    async def post_raw(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """POST with auth, rate limiting and retries; the 2xx answer, whose envelope is not yet checked.

        ``options`` are :class:`~ashby_sdk._request_options.RequestOptions` for this call.
        """
        settings = apply_options(self.settings, options) if options else self.settings
        write, idempotent = is_write(endpoint, settings.idempotent)
        policy = RetryPolicy(settings.max_retries, initial_delay=settings.retry_delay)
        limiter = settings.rate_limiter
        attempt = 0
        while True:
            while True:  # wait for our turn; a pause that began meanwhile means booking again
                pauses = limiter.pauses
                wait = limiter.reserve()
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
                if limiter.pauses == pauses:
                    break
            http = self.http
            direct = None if files else self._direct  # uploads take the httpx client's multipart path
            request = build_request(http, settings, endpoint, body, files, direct=direct is not None)
            started = time.perf_counter()
            sent_at = limiter.now()
            try:
                response = await async_send(http, direct, request)
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
            if response.status_code != 429:
                limiter.on_success()
            if response.is_success:
                return Answer(response.status_code, response.headers, response.content)
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            too_long = retry_after is not None and retry_after > policy.max_retry_after
            delay = policy.backoff(attempt, retry_after)
            if response.status_code == 429 and not too_long:
                note_rate_limited(limiter, endpoint, response, retry_after, sent_at, delay)
            if too_long or not policy.retry_status(response.status_code, attempt, write=write, idempotent=idempotent):
                raise error_for_status(response, endpoint)
            log_retry(endpoint, f"HTTP {response.status_code}", delay, attempt, policy.max_retries)
            await asyncio.sleep(delay)
            attempt += 1

    async def get_file(self, url: str, *, timeout: httpx.Timeout | None = None) -> httpx.Response:
        """GET a signed file URL (no Ashby auth: the URL carries its own signature), retried like a read."""
        policy = RetryPolicy(self.settings.max_retries, initial_delay=self.settings.retry_delay)
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
            self._closed = True
            if self._http is not None:
                await self._http.aclose()

    def __del__(self) -> None:
        http = getattr(self, "_http", None)
        if getattr(self, "_owns_http", False) and http is not None:
            release(http, self._direct)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class APIClient:
    """Sends one Ashby call with auth, rate limiting and retries; returns the envelope."""

    def __init__(self, settings: Settings, http: httpx.Client | None = None) -> None:
        self.settings = settings
        self._owns_http = http is None
        self._parent: APIClient | None = None
        self._http = http
        self._closed = False
        self._direct: httpx.BaseTransport | None = None
        """The transport of a pool this client made itself: called directly, past the httpx client's layers."""

    @property
    def http(self) -> httpx.Client:
        """The connection pool: the one given, the owner's (for a copy), or one made on first use.

        Made on first use, not in ``__init__``: building it costs an SSL context
        and httpcore's import (measured: more than the rest of a client's start-up),
        which a client that never sends, or sends much later, should not pay up front.
        """
        http = self._http
        if http is not None and not http.is_closed:
            return http
        with _POOL_LOCK:
            if self._closed or (self._http is not None and self._http.is_closed):
                raise AshbyConfigError("this client is closed: make a new one (or use it in a `with` block)")
            if self._http is None:
                if self._parent is not None:
                    self._http = self._parent.http
                    self._direct = self._parent._direct
                else:
                    self._direct = default_transport()
                    timeout = self.settings.timeout
                    self._http = httpx.Client(timeout=timeout, follow_redirects=False, transport=self._direct)
            return self._http

    def derive(self, settings: Settings) -> APIClient:
        """A client with other settings over the same connection pool (which this one keeps owning)."""
        child = APIClient(settings, self._http)
        child._owns_http = False
        child._direct = self._direct
        child._parent = self  # the owner must outlive every copy sharing its pool
        return child

    def with_request_options(self, options: RequestOptions) -> APIClient:
        """This client as one call with ``options`` sees it (``self`` when there are none)."""
        return self.derive(apply_options(self.settings, options)) if options else self

    def post(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """POST ``{base_url}/{endpoint}``; the decoded envelope, or the typed exception."""
        response = self.post_raw(endpoint, body, files=files, **options)
        return decode_envelope(response, endpoint)

    def post_raw(
        self,
        endpoint: str,
        body: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileTuple] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """POST with auth, rate limiting and retries; the 2xx answer, whose envelope is not yet checked.

        ``options`` are :class:`~ashby_sdk._request_options.RequestOptions` for this call.
        """
        settings = apply_options(self.settings, options) if options else self.settings
        write, idempotent = is_write(endpoint, settings.idempotent)
        policy = RetryPolicy(settings.max_retries, initial_delay=settings.retry_delay)
        limiter = settings.rate_limiter
        attempt = 0
        while True:
            while True:  # wait for our turn; a pause that began meanwhile means booking again
                pauses = limiter.pauses
                wait = limiter.reserve()
                if wait <= 0:
                    break
                time.sleep(wait)
                if limiter.pauses == pauses:
                    break
            http = self.http
            direct = None if files else self._direct  # uploads take the httpx client's multipart path
            request = build_request(http, settings, endpoint, body, files, direct=direct is not None)
            started = time.perf_counter()
            sent_at = limiter.now()
            try:
                response = send(http, direct, request)
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
            if response.status_code != 429:
                limiter.on_success()
            if response.is_success:
                return Answer(response.status_code, response.headers, response.content)
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            too_long = retry_after is not None and retry_after > policy.max_retry_after
            delay = policy.backoff(attempt, retry_after)
            if response.status_code == 429 and not too_long:
                note_rate_limited(limiter, endpoint, response, retry_after, sent_at, delay)
            if too_long or not policy.retry_status(response.status_code, attempt, write=write, idempotent=idempotent):
                raise error_for_status(response, endpoint)
            log_retry(endpoint, f"HTTP {response.status_code}", delay, attempt, policy.max_retries)
            time.sleep(delay)
            attempt += 1

    def get_file(self, url: str, *, timeout: httpx.Timeout | None = None) -> httpx.Response:
        """GET a signed file URL (no Ashby auth: the URL carries its own signature), retried like a read."""
        policy = RetryPolicy(self.settings.max_retries, initial_delay=self.settings.retry_delay)
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
            self._closed = True
            if self._http is not None:
                self._http.close()

    def __del__(self) -> None:
        http = getattr(self, "_http", None)
        if getattr(self, "_owns_http", False) and http is not None:
            release(http, self._direct)


# </generated>
