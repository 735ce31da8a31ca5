"""In-process httpx transports: the pipeline without sockets, failing like the wire would."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

from .wire import WireRequest, WireResponse

if TYPE_CHECKING:
    from .core import Emulator

__all__ = ["AsyncEmulatorTransport", "EmulatorTransport"]

_DROPPED = "peer closed connection without sending complete message body (emulated drop)"


def _wire_request(request: httpx.Request, body: bytes) -> WireRequest:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers.raw}
    return WireRequest(request.method, request.url.path, request.url.query.decode("ascii", "replace"), headers, body)


def _response(request: httpx.Request, resp: WireResponse) -> httpx.Response:
    if resp.drop:
        raise httpx.RemoteProtocolError(_DROPPED, request=request)
    return httpx.Response(resp.status, headers=resp.headers, content=resp.body, request=request)


class EmulatorTransport(httpx.BaseTransport):
    """For ``httpx.Client(transport=emu.transport())``."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        resp = self.emu.handle(_wire_request(request, request.read()))
        if resp.delay > 0:
            time.sleep(resp.delay)
        return _response(request, resp)


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """For ``httpx.AsyncClient(transport=emu.async_transport())``."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        resp = self.emu.handle(_wire_request(request, await request.aread()))
        if resp.delay > 0:
            await asyncio.sleep(resp.delay)
        return _response(request, resp)
