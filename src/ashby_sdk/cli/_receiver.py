"""The HTTP side of ``ashby webhooks listen`` (stdlib ``http.server``, loaded only when listening)."""

from __future__ import annotations

import json
import sys
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Receiver"]


def _summary(data: dict[str, Any]) -> str:
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            label = value.get("name") or value.get("title") or ""
            return f"{key} {value['id']} {label}".rstrip()
    return ""


class Receiver(ThreadingHTTPServer):
    """Verifies each POSTed delivery with ``secret``, prints its event, stops after ``max_events`` (0: never)."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], secret: str, jsonl: bool, max_events: int) -> None:
        super().__init__(address, _Handler)
        self.secret, self.jsonl, self.max_events = secret, jsonl, max_events
        self.received = 0
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def log_message(self, format: str, *args: Any) -> None:  # the default access log is noise here
        pass

    def _answer(self, status: int, message: str) -> None:
        body = json.dumps({"message": message}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        from ..webhooks import SIGNATURE_HEADER, SignatureError, construct_event

        payload = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        server = self.server
        try:
            event = construct_event(payload, self.headers.get(SIGNATURE_HEADER), server.secret)
        except (SignatureError, ValueError) as exc:
            with server.lock:
                sys.stderr.write(f"rejected a delivery: {exc}\n")
                sys.stderr.flush()
            self._answer(401 if isinstance(exc, SignatureError) else 400, str(exc))
            return
        self._answer(200, "ok")
        with server.lock:
            if server.jsonl:
                line = json.dumps(event.raw)
            else:
                line = f"{datetime.now():%H:%M:%S}  {event.action:<24} {_summary(event.data)}".rstrip()
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
            server.received += 1
            if server.max_events and server.received >= server.max_events:
                threading.Thread(target=server.shutdown, daemon=True).start()
