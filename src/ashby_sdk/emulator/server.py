"""Serving the emulator over real HTTP with uvicorn (the optional ``emulator`` extra)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ._util import is_loopback

if TYPE_CHECKING:
    from .core import Emulator

__all__ = ["run", "serve_in_thread"]


def _server(emu: Emulator, log_level: str) -> Any:
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("serving the emulator needs uvicorn: pip install 'ashby-sdk[emulator]'") from exc
    # h11 so that a dropped response is a Content-Length body cut short, the same everywhere.
    config = uvicorn.Config(emu.asgi_app, log_level=log_level, http="h11", lifespan="on", access_log=False)
    return uvicorn.Server(config)


def _bind(emu: Emulator, host: str, port: int) -> tuple[socket.socket, str]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this: without it, a small answer written as headers then body
        # waits for the client's delayed ACK (Nagle), adding ~40 ms to every small response.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
    except BaseException:
        sock.close()  # a port in use: the caller says so; the socket must not linger
        raise
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    # Beyond loopback, anyone who can reach the port could reset the organisation or read the request
    # log (bodies included): the control endpoints then take the same key as the API.
    emu.exposed = not is_loopback(host)
    return sock, f"http://{shown}:{bound}"


def run(emu: Emulator, host: str = "127.0.0.1", port: int = 0, *, log_level: str = "warning") -> None:
    """Serve ``emu`` until interrupted, printing its URL once it listens (``port=0`` picks a free port)."""
    server = _server(emu, log_level)
    sock, url = _bind(emu, host, port)
    emu.base_url = url

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.01)
        if server.started:
            # A key the caller chose is theirs and is never echoed; a generated one is shown so it can be used.
            key = f"API key: {emu.api_key}" if emu.key_generated else "API key: as given"
            print(f"Ashby emulator listening on {url} ({key})", flush=True)

    threading.Thread(target=announce, daemon=True).start()
    emu.dispatcher.start()
    try:
        server.run(sockets=[sock])
    finally:
        emu.dispatcher.stop()
        sock.close()


@contextmanager
def serve_in_thread(
    emu: Emulator, host: str = "127.0.0.1", port: int = 0, *, log_level: str = "critical"
) -> Iterator[str]:
    """Serve ``emu`` from a background thread for the duration of the ``with`` block; yields the base URL.

    ```python
    with serve_in_thread(emu) as url:
        httpx.post(f"{url}/candidate.list", json={}, auth=(emu.api_key, ""))
    ```
    """
    server = _server(emu, log_level)
    sock, url = _bind(emu, host, port)
    previous = emu.base_url
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="ashby-emulator", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the emulator server did not start")
        time.sleep(0.01)
    emu.base_url = url
    emu.dispatcher.start()
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        emu.dispatcher.stop()
        emu.base_url = previous
        sock.close()
