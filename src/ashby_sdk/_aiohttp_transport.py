"""The async client's default HTTP transport: aiohttp underneath, httpx on top.

Chosen by measurement (``bench/transport.py``): at 20 concurrent requests httpx's
own async transport spends its time in its connection pool's bookkeeping and
reaches only a few times its sequential speed, while aiohttp's reaches more than
ten. httpx stays the seam: this is an ``httpx.AsyncBaseTransport`` under an
``httpx.AsyncClient`` (which the client's own calls skip, having no auth, hooks
or cookies for it to apply), and ``http_client=`` replaces the whole pool as
before. aiohttp is imported on the first request, never before.

Every aiohttp failure becomes the httpx exception that says what happened to
the request, because the retry policy reads it: only a failure that proves the
request never left (no connection could be made, or none came free in time) is
``httpx.ConnectError`` / ``httpx.ConnectTimeout``; a connection dropped or
reset once a request may have been written, a body cut short, or a read timeout
is a read-side error (``RemoteProtocolError``, ``ReadError``, ``ReadTimeout``),
which a non-idempotent write is never retried after. (httpx-aiohttp maps
``ServerDisconnectedError`` to ``ConnectTimeout``, which would make a lost write
look unsent.)
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TYPE_CHECKING, Any
from urllib.request import getproxies

import httpx

if TYPE_CHECKING:
    import ssl

    import aiohttp

__all__ = ["READ_WHOLE", "AiohttpTransport", "async_default_transport", "default_transport"]

_CHUNK = 64 * 1024
READ_WHOLE = "ashby_sdk.read_whole"
"""A request extension: the answer will be read whole, so the transport may read it before answering."""


def async_default_transport() -> httpx.AsyncBaseTransport | None:
    """The transport of an ``AsyncAshbyClient`` built without ``http_client``.

    ``None`` (httpx's own, which applies them) when proxies are set in the
    environment (``HTTPS_PROXY`` and the like): httpx reads those only when it
    builds its own transport.
    """
    if _proxied():
        return None
    return AiohttpTransport()


def default_transport() -> httpx.BaseTransport | None:
    """The transport of an ``AshbyClient`` built without ``http_client``: httpx's own.

    ``None`` when proxies are set in the environment: httpx applies those only to a transport it builds.
    """
    if _proxied():
        return None
    return httpx.HTTPTransport()


def _proxied() -> bool:
    return any(scheme != "no" for scheme in getproxies())


def map_exception(exc: BaseException, request: httpx.Request) -> BaseException:
    """The httpx exception for an aiohttp failure (``exc`` itself when it is not a transport failure)."""
    import aiohttp

    message = str(exc) or type(exc).__name__
    kind: type[httpx.TransportError]
    # Order matters: the specific classes derive from the general ones.
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout  # connecting, or waiting for a free connection: nothing was written
    elif isinstance(exc, aiohttp.ClientProxyConnectionError):
        kind = httpx.ProxyError
    elif isinstance(exc, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError  # no connection: nothing was written
    elif isinstance(exc, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientResponseError)):
        kind = httpx.RemoteProtocolError  # the request went out; its answer did not come back whole
    elif isinstance(exc, aiohttp.InvalidURL):
        kind = httpx.UnsupportedProtocol
    elif isinstance(exc, (aiohttp.ClientError, OSError)):
        kind = httpx.ReadError  # anything else on a connection in use: it may have been sent
    elif isinstance(exc, asyncio.TimeoutError):
        kind = httpx.ReadTimeout
    else:
        return exc
    return kind(message, request=request)


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(_CHUNK):
                yield chunk
        except Exception as exc:
            mapped = map_exception(exc, self._request)
            if mapped is exc:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        # Back to the pool when the body was read to its end; closed otherwise.
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx async transport sending through an aiohttp session (made on first use, per event loop).

    ``limits`` are httpx's: ``max_connections`` caps the pool and
    ``keepalive_expiry`` closes idle connections. Certificates are checked
    against httpx's bundle (certifi), as httpx's own transport does. It speaks
    to servers directly: with proxies set in the environment the client keeps
    httpx's own transport (:func:`async_default_transport`).
    """

    def __init__(self, *, limits: httpx.Limits | None = None, verify: ssl.SSLContext | bool = True) -> None:
        self._limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closer: AsyncGenerator[None, None] | None = None
        self._ssl: ssl.SSLContext | bool | None = None

    def _ssl_context(self) -> ssl.SSLContext | bool:
        # Made on the first https request (loading the CA bundle takes tens of milliseconds).
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context() if self._verify is True else self._verify
        return self._ssl

    async def _current_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is not None and self._loop is loop and not session.closed:
            return session
        import aiohttp

        if session is not None and self._loop is not None:
            _close_elsewhere(session, self._loop)  # made under another event loop: its sockets belong to it
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 0,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # cookies are the httpx client's business
            auto_decompress=False,  # so is content decoding
            trust_env=False,
            timeout=aiohttp.ClientTimeout(total=None),
        )
        self._loop = loop
        # An async generator is finalised by the loop's shutdown (asyncio.run does it): the session then
        # closes in its own loop even when nobody closes the client.
        self._closer = _close_at_loop_end(self._session)
        await self._closer.__anext__()
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp

        session = await self._current_session()
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        data: Any
        try:
            data = request.content or None
        except httpx.RequestNotRead:  # a streamed body (multipart upload): aiohttp reads it as it sends
            data = request.stream
            request.headers.pop("transfer-encoding", None)
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=request.headers.multi_items(),
                data=data,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeouts.get("pool"),
                    sock_connect=timeouts.get("connect"),
                    sock_read=timeouts.get("read"),
                ),
                server_hostname=request.extensions.get("sni_hostname"),
                ssl=self._ssl_context() if request.url.scheme == "https" else True,
            )
        except Exception as exc:
            mapped = map_exception(exc, request)
            if mapped is exc:
                raise
            raise mapped from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        if request.extensions.get(READ_WHOLE):
            # The caller reads the answer whole anyway: one read here spares the streaming layers.
            try:
                body = await response.read()
            except Exception as exc:
                mapped = map_exception(exc, request)
                if mapped is exc:
                    raise
                raise mapped from exc
            finally:
                response.release()
            headers = list(response.raw_headers)
            return httpx.Response(
                response.status, headers=headers, content=body, request=request, extensions=extensions
            )
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_ResponseStream(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        closer, self._closer = self._closer, None
        if session is None or session.closed:
            return
        if self._loop is asyncio.get_running_loop() and closer is not None:
            await closer.aclose()  # closes the session
        elif self._loop is not None:
            _close_elsewhere(session, self._loop)

    def close_now(self) -> None:
        """Close the sockets without awaiting (a client garbage-collected unclosed)."""
        session, self._session = self._session, None
        self._closer = None
        if session is not None and not session.closed and self._loop is not None:
            _close_elsewhere(session, self._loop)


async def _close_at_loop_end(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        if not session.closed:
            await session.close()


def _close_elsewhere(session: aiohttp.ClientSession, loop: asyncio.AbstractEventLoop) -> None:
    """Close a session from outside its event loop: in that loop when it runs, else its sockets at once."""
    if loop.is_closed() or session.closed:
        return  # a closed loop closed its sessions on the way out (see _close_at_loop_end)
    if loop.is_running():
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is not loop:
            asyncio.run_coroutine_threadsafe(session.close(), loop)
            return
    connector = session.connector
    session.detach()  # the session now counts as closed: no "unclosed session" warning
    if connector is not None:
        with contextlib.suppress(Exception):
            connector._close()  # the synchronous part of close(): the sockets go now
