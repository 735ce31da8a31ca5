"""_aiohttp_transport.py: the async client's default transport, over real sockets.

What matters most: a request that may have reached the server is never reported as one that did not
(that would make a non-idempotent write retryable).
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest

from ashby_sdk import AshbyConnectionError, AshbyTimeoutError, AsyncAshbyClient
from ashby_sdk._aiohttp_transport import AiohttpTransport
from ashby_sdk._retries import _NEVER_SENT
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

from .conftest import api_requests


@pytest.fixture
def served(emu: Emulator) -> Iterator[str]:
    with serve_in_thread(emu) as url:
        yield url


def test_the_async_client_sends_through_aiohttp_by_default() -> None:
    client = AsyncAshbyClient(api_key="k")
    assert isinstance(client._api.http._transport, AiohttpTransport)  # type: ignore[attr-defined]
    mine = httpx.AsyncClient()
    assert AsyncAshbyClient(api_key="k", http_client=mine)._api.http is mine  # httpx stays the seam


@pytest.mark.anyio
async def test_reads_writes_uploads_and_downloads_over_a_real_server(emu: Emulator, served: str) -> None:
    async with AsyncAshbyClient(api_key=emu.api_key, base_url=served) as client:
        candidates = await client.candidates.list()
        assert len(candidates) == len(emu.org["candidates"])
        created = await client.candidates.create(name="Ada Lovelace", email="ada@example.com")
        uploaded = await client.candidates.upload_resume(
            candidate_id=created.id, resume=b"%PDF-1.4 cv", filename="cv.pdf"
        )
        assert uploaded.resume_handle
        content = b"".join([chunk async for chunk in client.files.stream(uploaded.resume_handle)])
        assert content == b"%PDF-1.4 cv"
        with pytest.raises(AshbyConnectionError):  # gzip, errors, headers: all through httpx on top
            await client.with_options(base_url="http://127.0.0.1:9", max_retries=0).jobs.list()


@pytest.mark.anyio
async def test_an_answer_lost_after_the_write_landed_is_not_sent_again(emu: Emulator, served: str) -> None:
    emu.faults.add("drop", endpoint="candidate.create", after_handler=True)
    async with AsyncAshbyClient(api_key=emu.api_key, base_url=served, max_retries=3) as client:
        with pytest.raises(AshbyConnectionError) as info:
            await client.candidates.create(name="Grace Hopper", email="grace@example.com")
        cause = info.value.__cause__
        assert isinstance(cause, httpx.TransportError) and not isinstance(cause, _NEVER_SENT)
        assert len(api_requests(emu, "candidate.create")) == 1
        assert len(await client.candidates.search(email="grace@example.com")) == 1
        emu.faults.add("drop", endpoint="job.list", times=2)
        assert await client.jobs.list()  # a read is retried
        assert len(api_requests(emu, "job.list")) == 3


def _raw_server(answer: bytes | None = None) -> tuple[str, list[bytes], socket.socket]:
    """A server that reads each request whole, then sends ``answer`` (none: not a word) and closes."""
    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                head, _, body = data.partition(b"\r\n\r\n")
                lines = head.lower().split(b"\r\n")
                length = next(int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length"))
                while len(body) < length:
                    body += conn.recv(65536)
                received.append(head + b"\r\n\r\n" + body)
                if answer is not None:
                    conn.sendall(answer)

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}", received, listener


@pytest.mark.anyio
async def test_a_server_hanging_up_after_the_request_is_not_never_sent() -> None:
    """aiohttp's ServerDisconnectedError: the request was written, so its fate is unknown."""
    url, received, listener = _raw_server()
    try:
        async with AsyncAshbyClient(api_key="k", base_url=url, max_retries=1) as client:
            with pytest.raises(AshbyConnectionError) as info:
                await client.request("candidate.create", {"name": "Ada"})
            assert type(info.value.__cause__) is httpx.RemoteProtocolError
            assert len(received) == 1  # a non-idempotent write: never sent twice
            assert received[0].endswith(b'{"name":"Ada"}')
            with pytest.raises(AshbyConnectionError):
                await client.request("candidate.list", {})
            assert len(received) == 3  # a read: retried once
    finally:
        listener.close()


@pytest.mark.anyio
async def test_compressed_answers_are_decoded() -> None:
    body = gzip.compress(b'{"success": true, "results": [{"id": "d1", "name": "Research"}]}')
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
    head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    url, received, listener = _raw_server(head.encode() + body)
    try:
        async with AsyncAshbyClient(api_key="k", base_url=url) as client:
            assert await client.request("department.list") == [{"id": "d1", "name": "Research"}]
        assert b"accept-encoding: gzip" in received[0].lower()
    finally:
        listener.close()


@pytest.mark.anyio
async def test_connection_refused_is_never_sent_so_even_a_write_is_retried() -> None:
    async with AsyncAshbyClient(api_key="k", base_url="http://127.0.0.1:9", max_retries=1) as client:
        with pytest.raises(AshbyConnectionError, match="2 attempt") as info:
            await client.request("candidate.create", {"name": "Ada"})
    assert isinstance(info.value.__cause__, httpx.ConnectError)


@pytest.mark.anyio
async def test_read_timeout(emu: Emulator, served: str) -> None:
    emu.faults.add("latency", endpoint="candidate.create", times=1, delay=1.0)
    async with AsyncAshbyClient(api_key=emu.api_key, base_url=served, timeout=0.2, max_retries=3) as client:
        with pytest.raises(AshbyTimeoutError) as info:
            await client.request("candidate.create", {"name": "Ada", "email": "ada@example.com"})
    assert type(info.value.__cause__) is httpx.ReadTimeout
    assert len(api_requests(emu, "candidate.create")) == 1  # a read timeout is ambiguous: not retried


def test_one_client_across_event_loops_closes_each_loops_connections(emu: Emulator, served: str) -> None:
    """asyncio.run makes a new loop each time: the pool follows, and each loop's sockets close with it."""
    client = AsyncAshbyClient(api_key=emu.api_key, base_url=served)
    for _ in range(2):
        assert asyncio.run(client.departments.list())
    asyncio.run(client.close())
    forgotten = AsyncAshbyClient(api_key=emu.api_key, base_url=served)
    assert asyncio.run(forgotten.departments.list())  # never closed: its loop's end closes its sockets


def test_aiohttp_is_imported_on_the_first_async_request(emu: Emulator, served: str) -> None:
    probe = (
        "import asyncio, sys\n"
        "from ashby_sdk import AsyncAshbyClient\n"
        f"client = AsyncAshbyClient(api_key={emu.api_key!r}, base_url={served!r})\n"
        "print('aiohttp' in sys.modules)\n"
        "asyncio.run(client.departments.list())\n"
        "print('aiohttp' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]


def test_proxies_from_the_environment_keep_httpx_own_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    http = AsyncAshbyClient(api_key="k")._api.http
    assert not isinstance(http._transport, AiohttpTransport)  # type: ignore[attr-defined]
    assert any(m is not None for m in http._mounts.values())  # type: ignore[attr-defined]  # httpx applies it
