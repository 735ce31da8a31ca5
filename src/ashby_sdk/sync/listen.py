"""Webhooks applied to the mirror as they arrive, reconciled by a token sync every few minutes.

``ashby sync --listen HOST:PORT --secret S`` runs :func:`listen_and_sync`: an
HTTP receiver (stdlib ``http.server``, one thread per delivery) beside the
periodic mirror, both writing through the store's one writer thread. Each
delivery is checked against its ``Ashby-Signature`` (a wrong or missing one is
answered 401 and changes nothing), then recorded in ``_webhook_events`` and
applied (:mod:`.events`) in ONE transaction before the receiver answers 200:
a delivery Ashby sees acknowledged is on disk (SQLite commits with
``synchronous=FULL`` while listening). A replay (the same body again)
is recognised by its digest and changes nothing. A store failure is answered
500, so Ashby delivers again later.

To receive webhooks in a web framework of your own, make a
:class:`WebhookSink` for the store and call :meth:`WebhookSink.deliver` from
your handler with the raw body and the ``Ashby-Signature`` header; answer
with the status it returns.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from ..webhooks import SIGNATURE_HEADER, SignatureError, construct_event
from .events import operations
from .mirror import MirrorError, now_iso

if TYPE_CHECKING:
    from rich.console import Console

    from ._writer import Writer
    from .mirror import Mirror
    from .store import Store
    from .summary import MirrorSummary

__all__ = ["WebhookSink", "listen_and_sync"]


class WebhookSink:
    """Verifies webhook deliveries and applies them to ``store`` (thread-safe: call it from any thread).

    ```python
    sink = WebhookSink(open_store("ashby.db"), secret)   # opens the store, on a writer thread of its own
    status, message = sink.deliver(raw_body, headers.get("Ashby-Signature"))
    ...
    sink.close()
    ```

    Inside ``ashby sync --listen`` it shares the mirror's ``writer`` instead.
    """

    def __init__(self, store: Store, secret: str, *, writer: Writer | None = None) -> None:
        self.store, self.secret = store, secret
        self.applied = self.duplicates = self.rejected = 0
        self._lock = threading.Lock()
        self._own = writer is None
        if writer is None:
            from ._writer import Writer
            from .tables import TABLES

            writer = Writer(store)
            writer.start()
            writer.submit(store.open).result()
            writer.submit(store.ensure_schema, TABLES.values()).result()
        durable = getattr(store, "durable", None)
        if durable is not None:  # an acknowledged delivery must survive a power cut, not only a crash
            writer.submit(durable).result()
        self.writer = writer

    def close(self) -> None:
        """Close the store, when this sink opened it."""
        if self._own:
            self.writer.submit(self.store.close).result()
            self.writer.stop()

    def deliver(self, body: bytes, signature: str | None) -> tuple[int, str]:
        """Handle one delivery; the HTTP status to answer and why.

        401 for a bad signature, 400 for a body that is not an event, 500 when
        the store failed (Ashby will deliver again), 200 once the event is on disk.
        """
        try:
            event = construct_event(body, signature, self.secret)
        except SignatureError as exc:
            with self._lock:
                self.rejected += 1
            return 401, str(exc)
        except ValueError as exc:
            return 400, str(exc)
        key = hashlib.sha256(body).hexdigest()
        ops = operations(event.action, event.data)
        future = self.writer.submit(
            self.store.apply_event, key, event.action, event.raw, ops, now=now_iso(), batch=True
        )
        try:
            fresh = future.result(timeout=60)
        except Exception as exc:  # answered 500: Ashby delivers it again
            return 500, f"not saved: {type(exc).__name__}"
        with self._lock:
            if fresh:
                self.applied += 1
            else:
                self.duplicates += 1
        return 200, "applied" if fresh else "already applied"


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], sink: WebhookSink) -> None:
        super().__init__(address, _Handler)
        self.sink = sink


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # the access log is noise here
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status, message = self.server.sink.deliver(body, self.headers.get(SIGNATURE_HEADER))
        answer = json.dumps({"message": message}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


class Receiver:
    """The HTTP receiver of a :class:`WebhookSink`, served from a thread; ``url`` once started."""

    def __init__(self, sink: WebhookSink, address: tuple[str, int]) -> None:
        self.server = _Server(address, sink)
        host, port = self.server.server_address[:2]
        self.url = f"http://{host.decode() if isinstance(host, bytes) else host}:{port}/"
        self._thread = threading.Thread(target=self.server.serve_forever, name="ashby-webhooks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


async def listen_and_sync(
    mirror: Mirror,
    address: tuple[str, int],
    secret: str,
    *,
    every: float = 900.0,
    report: Callable[[MirrorSummary], None] | None = None,
    console: Console | None = None,
    runs: int | None = None,
    started: Callable[[str], None] | None = None,
) -> MirrorSummary:
    """Keep ``mirror``'s store current: webhooks as they arrive, a token sync every ``every`` seconds.

    Runs until cancelled (Ctrl-C), or after ``runs`` syncs when given; returns
    the last sync's summary. A sync that fails is reported and tried again at
    the next interval; the receiver keeps answering meanwhile. ``started`` is
    called with the receiver's URL once it listens.
    """
    writer = await mirror.open_writer()
    receiver: Receiver | None = None
    try:
        receiver = Receiver(WebhookSink(mirror.store, secret, writer=writer), address)
        receiver.start()
        if console is not None:
            console.print(f"listening for webhooks on {receiver.url} (Ctrl-C to stop)", markup=False, highlight=False)
        if started is not None:
            started(receiver.url)
        done = 0
        while True:
            try:
                summary = await mirror.run_with(writer)
            except MirrorError as exc:
                summary = exc.summary
                if console is not None:
                    console.print(f"warning: {exc}", markup=False, highlight=False)
            if report is not None:
                report(summary)
            done += 1
            if runs is not None and done >= runs:
                return summary
            await asyncio.sleep(every)
    finally:
        if receiver is not None:
            receiver.stop()
        writer.stop()
        mirror.store.close()
