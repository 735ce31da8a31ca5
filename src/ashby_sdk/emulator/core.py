"""The :class:`Emulator`: an organisation, the wire pipeline, faults, webhooks, and their adapters."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

import httpx

from ._requestlog import DEFAULT_REQUEST_LOG_SIZE, RequestLog
from ._util import dumps
from .faults import FAULT_KINDS, Faults
from .files import FileServer
from .generate import generate
from .paging import Pager, SyncConfig
from .ratelimit import RateLimiter
from .state import Organisation
from .webhooks import WebhookDispatcher
from .wire import RequestRecord, Wire, WireRequest, WireResponse

__all__ = ["DEFAULT_BASE_URL", "STRICT_ENV", "Emulator"]

DEFAULT_BASE_URL = "http://ashby-emulator.localhost"
"""In-process only: ``.localhost`` names this machine (RFC 6761), so clients accept it over plain http."""
STRICT_ENV = "ASHBY_EMULATOR_STRICT"
"""Set to ``1``/``true`` to make every emulator built without ``strict=`` refuse unknown parameters."""

_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


def _strict_from_env() -> bool:
    value = os.environ.get(STRICT_ENV, "").strip().lower()
    if value in _TRUE or value in _FALSE:
        return value in _TRUE
    raise ValueError(f"{STRICT_ENV} must be 1/true/yes/on or 0/false/no/off, not {value!r}")


class Emulator:
    """A local Ashby API: a deterministic synthetic organisation behind the real wire protocol.

    ```python
    import httpx
    from ashby_sdk.emulator import Emulator

    emu = Emulator(seed=0, candidates=200)
    with httpx.Client(base_url=emu.base_url, transport=emu.transport(), auth=(emu.api_key, "")) as http:
        page = http.post("/candidate.list", json={"limit": 10}).json()
    ```

    Parameters set the organisation's size (``candidates`` scales everything
    else), how sync tokens and cursors age (``sync_token_ttl``, ``cursor_ttl``
    seconds; ``max_incremental_pages``), the rate limit (``rate_limit=(requests,
    window_seconds)``, off by default), a constant ``latency`` per request,
    webhook receivers and their transport, the lifetime of file URLs, the key's
    ``permissions`` (``None`` = all) and the clock (for tests that age tokens).

    Like Ashby, it ignores body parameters it does not know; ``strict=True`` (or
    ``ASHBY_EMULATOR_STRICT=1`` when ``strict`` is not given) refuses them as
    ``invalid_input`` instead, to catch typos in your own code.
    ``request_log_size`` bounds :attr:`requests` (the most recent requests are kept).
    ``control_auth`` says whether the ``/_emulator/*`` control endpoints need the
    key: by default only when served on an address beyond loopback.

    Raises ``ValueError`` for negative ``candidates``, a request log smaller than 1 or an
    unreadable ``ASHBY_EMULATOR_STRICT``.
    """

    def __init__(
        self,
        seed: int = 0,
        candidates: int = 200,
        api_key: str | None = None,
        *,
        sync_token_ttl: float = 7 * 86400.0,
        cursor_ttl: float = 3600.0,
        max_incremental_pages: int = 100,
        rate_limit: tuple[int, float] | None = None,
        latency: float = 0.0,
        webhooks: Iterable[tuple[str, str | None]] = (),
        webhook_transport: httpx.BaseTransport | None = None,
        webhook_max_attempts: int = 10,
        webhook_backoff: float = 0.001,
        file_url_ttl: float = 3600.0,
        permissions: Iterable[str] | None = None,
        strict: bool | None = None,
        request_log_size: int = DEFAULT_REQUEST_LOG_SIZE,
        control_auth: bool | None = None,
        clock: Callable[[], float] = time.time,
        base_url: str = DEFAULT_BASE_URL,
    ) -> None:
        self.seed = seed
        self.size = candidates
        self.api_key: str = api_key if api_key is not None else f"ashby_emulator_key_{seed}"
        self.key_generated = api_key is None
        """Whether the key was made up here (and may be shown) rather than chosen by the caller."""
        self.base_url = base_url
        self.clock = clock
        self.latency = latency
        self.permissions = None if permissions is None else frozenset(permissions)
        self.strict = _strict_from_env() if strict is None else strict
        """Unknown body parameters are ``invalid_input`` (instead of ignored, as Ashby does)."""
        self.control_auth = control_auth
        self.exposed = False
        """Served on an address beyond loopback (set by :mod:`.server`): control endpoints then need the key."""
        self.org = generate(Organisation(clock=clock), seed=seed, candidates=candidates)
        # Ids of objects created by writes come from their own stream: seeded like the generator's,
        # the first object created would get the id of the first one generated.
        self.org.rng.seed(f"writes:{seed}")
        self.faults = Faults()
        self.requests: RequestLog[RequestRecord] = RequestLog(request_log_size)
        self.pager = Pager(SyncConfig(sync_token_ttl, cursor_ttl, max_incremental_pages), clock)
        self.rate_limiter = None if rate_limit is None else RateLimiter(rate_limit[0], rate_limit[1], clock=clock)
        self.files = FileServer(lambda: self.base_url, clock, file_url_ttl)
        self.dispatcher = WebhookDispatcher(
            lambda: self.org,
            receivers=list(webhooks),
            transport=webhook_transport,
            max_attempts=webhook_max_attempts,
            backoff=webhook_backoff,
        )
        self.org.listeners.append(self.dispatcher.on_change)
        self.wire = Wire(self)
        self._snapshots: dict[str, Any] = {}
        self._asgi: Any = None

    # --- adapters ----------------------------------------------------------------------------------------------
    def handle(self, req: WireRequest) -> WireResponse:
        """Run one request through the pipeline (what every adapter calls)."""
        return self.wire.handle(req)

    def transport(self) -> httpx.BaseTransport:
        """An in-process transport for ``httpx.Client``: no sockets, same wire behaviour."""
        from .transports import EmulatorTransport

        return EmulatorTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An in-process transport for ``httpx.AsyncClient``."""
        from .transports import AsyncEmulatorTransport

        return AsyncEmulatorTransport(self)

    @property
    def asgi_app(self) -> Any:
        """The ASGI 3 application (for uvicorn, or ``httpx.ASGITransport``)."""
        if self._asgi is None:
            from .asgi import AsgiApp

            self._asgi = AsgiApp(self)
        return self._asgi

    # --- control -----------------------------------------------------------------------------------------------
    def expire_sync_tokens(self) -> None:
        """Make every sync token handed out so far answer ``sync_token_expired``."""
        self.pager.expire_tokens()

    def snapshot(self) -> dict[str, Any]:
        """A copy of the whole organisation, for :meth:`restore`."""
        with self.wire.lock:
            return self.org.snapshot()

    def restore(self, snap: dict[str, Any]) -> None:
        """Put the organisation back as it was at :meth:`snapshot`; outstanding sync tokens expire."""
        with self.wire.lock:
            self.org.restore(snap)
            self.pager.expire_tokens()

    def reset(self) -> None:
        """Regenerate the organisation from the seed; faults, request log and sync tokens are cleared."""
        with self.wire.lock:
            fresh = generate(Organisation(clock=self.clock), seed=self.seed, candidates=self.size)
            self.org.tables, self.org.settings = fresh.tables, fresh.settings
            self.org.seq = max(self.org.seq, fresh.seq)
            self.org.rng.seed(f"writes:{self.seed}")
            self.faults.clear()
            self.requests.clear()
            self.pager.expire_tokens()

    def merge_candidates(self, old_id: str, new_id: str) -> None:
        """Merge candidate ``old_id`` into ``new_id``, as Ashby's app does (there is no endpoint).

        The old id disappears, its applications move over, and ``candidateMerge`` fires.
        """
        from . import rules

        with self.wire.lock:
            rules.merge_candidates(self.org, old_id, new_id)

    def delete_candidate(self, candidate_id: str) -> None:
        """Delete a candidate, as Ashby's app does (there is no endpoint); ``candidateDelete`` fires."""
        from . import rules

        with self.wire.lock:
            rules.delete_candidate(self.org, candidate_id)

    def deliver_webhooks(self) -> int:
        """Send every queued webhook delivery now (with retries); the number of attempts made."""
        return self.dispatcher.deliver()

    def _control(self, req: WireRequest, request_id: str) -> WireResponse:
        def answer(status: int, payload: Any) -> WireResponse:
            return WireResponse(
                status, [("content-type", "application/json"), ("x-ashby-request-id", request_id)], dumps(payload)
            )

        path = req.path
        if path.startswith("/_emulator/files/"):  # signed URLs handed out by file.info: no key, as on S3
            if req.method.upper() not in ("GET", "HEAD"):
                return answer(405, {"ok": False, "error": "GET only"})
            with self.wire.lock:
                status, headers, body = self.files.serve(self.org, path.rsplit("/", 1)[1], req.query)
            return WireResponse(status, [*headers, ("x-ashby-request-id", request_id)], body)
        if self._control_needs_key():
            refused = self.wire.authenticate(req)
            if refused is not None:
                return answer(refused.status, {"ok": False, "error": refused.message})
        if path == "/_emulator/requests":
            since = parse_qs(req.query).get("since", ["0"])[0]
            if not since.isdigit():
                return answer(400, {"ok": False, "error": "since must be a request number"})
            return answer(200, [r.__dict__ for r in self.requests.since(int(since))])
        if req.method.upper() != "POST":
            return answer(405, {"ok": False, "error": "POST only"})
        try:
            body = json.loads(req.body) if req.body.strip() else {}
        except ValueError:
            return answer(400, {"ok": False, "error": "body must be JSON"})
        if not isinstance(body, dict):
            return answer(400, {"ok": False, "error": "body must be a JSON object"})
        try:
            return answer(200, {"ok": True, **self._control_action(path, body)})
        except (ValueError, TypeError, KeyError) as exc:
            return answer(400, {"ok": False, "error": str(exc)})

    def _control_needs_key(self) -> bool:
        # Open on loopback (a developer's tool, as before), keyed once anything beyond it can reach the server.
        return self.exposed if self.control_auth is None else self.control_auth

    def _control_action(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        if path == "/_emulator/faults":
            if body.get("clear"):
                self.faults.clear()
            elif "random" in body:
                self.faults.random(**body["random"])
            elif body.get("kind") in FAULT_KINDS:
                self.faults.add(**body)
            elif "latency" in body:
                self.latency = float(body["latency"])
            else:
                raise ValueError(f"expected clear, random, latency or kind in {', '.join(FAULT_KINDS)}")
            return {}
        if path == "/_emulator/expire-sync-tokens":
            self.expire_sync_tokens()
            return {}
        if path == "/_emulator/reset":
            self.reset()
            return {}
        if path == "/_emulator/snapshot":
            snap_id = os.urandom(8).hex()
            self._snapshots[snap_id] = self.snapshot()
            return {"snapshotId": snap_id}
        if path == "/_emulator/restore":
            self.restore(self._snapshots[body["snapshotId"]])
            return {}
        if path == "/_emulator/webhooks/deliver":
            return {"attempts": self.deliver_webhooks()}
        raise ValueError(f"unknown control endpoint {path}")
