"""Webhook delivery: signed POSTs of ``{"action", "data"}`` with bounded retries.

Ashby signs the raw body with the webhook's secret token
(``Ashby-Signature: sha256=<hex HMAC-SHA256>``), retries failed deliveries with
exponential backoff (delay ``(2^n - 1) x 10 s``, at most 10 attempts) and does
not retry 401, 403, 404, 405 and 410. Here the backoff base is configurable and
small by default so tests stay fast. Deliveries go through an injectable httpx
transport; in-process they queue until :meth:`WebhookDispatcher.deliver` runs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .state import Organisation

__all__ = ["NON_RETRYABLE", "WEBHOOK_ACTIONS", "Delivery", "DeliveryAttempt", "WebhookDispatcher", "sign"]

WEBHOOK_ACTIONS = (
    "applicationSubmit",
    "applicationUpdate",
    "candidateDelete",
    "candidateHire",
    "candidateMerge",
    "candidateStageChange",
    "interviewPlanTransition",
    "interviewScheduleCreate",
    "interviewScheduleUpdate",
    "jobCreate",
    "jobPostingPublish",
    "jobPostingUnpublish",
    "jobPostingUpdate",
    "jobUpdate",
    "offerCreate",
    "offerDelete",
    "offerUpdate",
    "openingCreate",
    "pushToHRIS",
    "surveySubmit",
)

NON_RETRYABLE = frozenset({401, 403, 404, 405, 410})


def sign(secret: str, body: bytes) -> str:
    """The ``Ashby-Signature`` header value for ``body``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class Delivery:
    """One webhook payload on its way to one receiver."""

    url: str
    secret: str | None
    action: str
    body: bytes
    attempts: int = 0
    due: float = 0.0


@dataclass
class DeliveryAttempt:
    """What happened to one attempt: the HTTP status, or the transport error's text."""

    url: str
    action: str
    attempt: int
    status: int | None
    error: str | None = None
    body: bytes = field(default=b"", repr=False)


class WebhookDispatcher:
    """Turns organisation changes into signed webhook deliveries."""

    def __init__(
        self,
        org: Callable[[], Organisation],
        *,
        receivers: list[tuple[str, str | None]] | None = None,
        transport: httpx.BaseTransport | None = None,
        max_attempts: int = 10,
        backoff: float = 0.001,
        timeout: float = 5.0,
    ) -> None:
        self._org = org
        self.receivers = list(receivers or [])
        self.transport = transport
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.timeout = timeout
        self.attempts: list[DeliveryAttempt] = []
        self._queue: deque[Delivery] = deque()
        self._cond = threading.Condition()
        self._send_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = False

    def _enqueue(self, url: str, secret: str | None, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, separators=(",", ":")).encode()
        with self._cond:
            self._queue.append(Delivery(url, secret, payload["action"], body))
            self._cond.notify_all()

    def on_change(self, action: str, data: dict[str, Any]) -> None:
        """Listener for :meth:`Organisation.emit`: queue ``action`` for every receiver that wants it."""
        payload = {"action": action, "data": data}
        for url, secret in self.receivers:
            self._enqueue(url, secret, payload)
        for hook in self._org()["webhook"]:
            if hook["enabled"] and hook["webhookType"] == action:
                self._enqueue(hook["requestUrl"], hook["secretToken"], payload)

    def ping(self, hook: dict[str, Any]) -> None:
        """Queue the ``ping`` Ashby sends when a webhook is created (data shape inferred)."""
        self._enqueue(
            hook["requestUrl"],
            hook["secretToken"],
            {"action": "ping", "data": {"webhookActionType": hook["webhookType"]}},
        )

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._queue)

    def _attempt(self, client: httpx.Client, d: Delivery) -> bool:
        d.attempts += 1
        headers = {"Content-Type": "application/json"}
        if d.secret:
            headers["Ashby-Signature"] = sign(d.secret, d.body)
        try:
            response = client.post(d.url, content=d.body, headers=headers)
        except httpx.HTTPError as exc:
            self.attempts.append(
                DeliveryAttempt(d.url, d.action, d.attempts, None, f"{type(exc).__name__}: {exc}", d.body)
            )
            return d.attempts >= self.max_attempts
        self.attempts.append(DeliveryAttempt(d.url, d.action, d.attempts, response.status_code, None, d.body))
        if response.is_success or response.status_code in NON_RETRYABLE:
            return True
        return d.attempts >= self.max_attempts

    def deliver(self, *, wait: bool = True) -> int:
        """Send every queued delivery (retrying as Ashby does); the number of attempts made.

        With ``wait`` false, only deliveries already due are sent and retries stay queued.
        """
        made = 0
        with self._send_lock, httpx.Client(transport=self.transport, timeout=self.timeout) as client:
            while True:
                with self._cond:
                    if not self._queue:
                        return made
                    now = time.monotonic()
                    ready = [d for d in self._queue if d.due <= now]
                    if not ready:
                        if not wait:
                            return made
                        delay = min(d.due for d in self._queue) - now
                    else:
                        d = ready[0]
                        self._queue.remove(d)
                        delay = 0.0
                if delay > 0:
                    time.sleep(delay)
                    continue
                made += 1
                if not self._attempt(client, d):
                    d.due = time.monotonic() + self.backoff * (2**d.attempts - 1)
                    with self._cond:
                        self._queue.append(d)

    def start(self) -> None:
        """Deliver in a background thread (used when the emulator is served over HTTP)."""
        if self._thread is not None:
            return
        self._stop = False

        def run() -> None:
            while True:
                with self._cond:
                    if self._stop:
                        return
                    if not self._queue:
                        self._cond.wait(0.2)
                        continue
                self.deliver(wait=False)
                with self._cond:
                    if self._stop:
                        return
                    self._cond.wait(0.01)

        self._thread = threading.Thread(target=run, name="ashby-emulator-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        thread = self._thread
        if thread is None:
            return
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        thread.join(timeout=5)
        self._thread = None
