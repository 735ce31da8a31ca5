"""The emulator as an ASGI 3 application (for uvicorn and ``httpx.ASGITransport``)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

import httpx

from .wire import WireRequest

if TYPE_CHECKING:
    from .core import Emulator

__all__ = ["AsgiApp", "ConnectionDropped"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised after part of a body was sent, so that the server cuts the connection mid-body."""


class AsgiApp:
    """ASGI adapter over :meth:`Emulator.handle`."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        peer = scope.get("client")
        req = WireRequest(
            scope["method"],
            scope["path"],
            scope.get("query_string", b"").decode("latin-1"),
            headers,
            b"".join(chunks),
            client=f"{peer[0]}:{peer[1]}" if peer else None,
        )
        resp = self.emu.handle(req)
        if resp.delay > 0:
            await asyncio.sleep(resp.delay)
        raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.headers]
        raw_headers.append((b"content-length", str(len(resp.body)).encode()))
        await send({"type": "http.response.start", "status": resp.status, "headers": raw_headers})
        if resp.drop:
            await send({"type": "http.response.body", "body": resp.body[: len(resp.body) // 2], "more_body": True})
            raise ConnectionDropped("emulated connection drop mid-body")
        await send({"type": "http.response.body", "body": resp.body})
