"""The one pipeline every request goes through.

``POST /<category>.<method>`` → method check → Basic auth → rate limit → route
lookup → permission → body parse (JSON, or multipart for upload endpoints) →
fault injection → validation against the catalogue → handler → envelope. Paths
under ``/_emulator/`` are the emulator's own control endpoints and file
downloads. Every answer carries a request id (``x-ashby-request-id`` header, as Ashby, and
``errorInfo.requestId`` on failures).

Status codes: business errors are HTTP 200 with ``success: false`` (as Ashby);
a missing key is 401 and a wrong key 403 (Ashby's authentication page);
a key without the endpoint's permission is 403 ``missing_endpoint_permission``.
Inferred (no reference page says): an unknown endpoint is 404
``endpoint_not_found``, a non-POST method 405 ``method_not_allowed``, and the
bodies of 429 (``rate_limit_exceeded``), 500 and 503.
"""

from __future__ import annotations

import base64
import binascii
import email.parser
import email.policy
import json
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._catalogue import ENDPOINTS, Endpoint
from ._util import RequestIds, dumps
from .errors import ApiError, invalid_input
from .faults import Fault
from .paging import Listing
from .routes import ROUTES, Ctx
from .validate import UploadedFile, validate

if TYPE_CHECKING:
    from .core import Emulator

__all__ = ["RequestRecord", "Wire", "WireRequest", "WireResponse"]

log = logging.getLogger("ashby_sdk.emulator")

_JSON = "application/json; charset=utf-8"
_MORE_DATA_FALSE = frozenset({"source.list", "interviewStage.list"})
"""Unpaged lists whose reference answers ``moreDataAvailable`` (always false) beside ``results``."""
_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


@dataclass
class WireRequest:
    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    """Lower-cased header names."""
    body: bytes = b""
    client: str | None = None
    """``host:port`` of the peer when served over HTTP (one per TCP connection); ``None`` in-process."""


@dataclass
class WireResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0
    """Seconds the I/O shell sleeps before answering (latency)."""
    drop: bool = False
    """Send the status line and part of the body, then cut the connection."""


@dataclass
class RequestRecord:
    """One API request as the emulator saw it (``emu.requests``)."""

    endpoint: str
    method: str
    status_code: int
    body: Any
    fault: str | None
    request_id: str
    success: bool | None = None
    error_code: str | None = None
    client: str | None = None
    """The peer's ``host:port`` over HTTP: distinct values count TCP connections."""
    number: int = 0
    """This request's position among every API request the emulator has seen (1, 2, ...)."""
    headers: dict[str, str] = field(default_factory=dict)
    """The request's headers (lower-cased names), ``Authorization`` left out: it holds the key."""


_SHARED: dict[str, str] = {}


def _shared(text: str) -> str:
    """One copy of a header name or value the request log keeps many times over (a User-Agent, a
    Content-Type...): a third of the memory of a full log. Bounded, so unique values do not pile up."""
    found = _SHARED.get(text)
    if found is not None:
        return found
    if len(_SHARED) < 4096:
        _SHARED[text] = text
    return text


def _parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not msg.is_multipart():
        raise ValueError("not multipart")
    out: dict[str, Any] = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            out[name] = UploadedFile(filename, part.get_content_type(), data)
        else:
            out[name] = data.decode("utf-8", "replace")
    return out


class Wire:
    """Auth, routing, parsing, validation, faults, envelopes: the emulator's HTTP semantics."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.ids = RequestIds()
        self.lock = threading.RLock()

    # --- responses -------------------------------------------------------------------------------------------
    @staticmethod
    def _json(status: int, payload: Any, request_id: str, extra: dict[str, str] | None = None) -> WireResponse:
        headers = [("content-type", _JSON), ("x-ashby-request-id", request_id)]
        headers += list((extra or {}).items())
        return WireResponse(status, headers, dumps(payload))

    def _error(self, err: ApiError, request_id: str) -> WireResponse:
        payload = {
            "success": False,
            "errors": [err.code],
            "errorInfo": {"code": err.code, "message": err.message, "requestId": request_id},
        }
        return self._json(err.status, payload, request_id, err.headers)

    def _fault_response(self, fault: Fault, request_id: str) -> WireResponse | None:
        resp = self._fault_answer(fault, request_id)
        if resp is not None and resp.status >= 500 and fault.retry_after is not None:
            # A server or proxy may say when to come back after a 5xx too (503 especially).
            resp.headers.append(("retry-after", f"{fault.retry_after:g}"))
        return resp

    def _fault_answer(self, fault: Fault, request_id: str) -> WireResponse | None:
        kind = fault.kind
        if kind == "500":
            return self._error(ApiError("internal_server_error", "Internal server error", status=500), request_id)
        if kind == "503":
            return self._error(ApiError("service_unavailable", "Service unavailable", status=503), request_id)
        if kind == "502_html":
            return WireResponse(502, [("content-type", "text/html"), ("x-ashby-request-id", request_id)], _HTML_502)
        if kind == "429":
            retry = fault.retry_after if fault.retry_after is not None else 1
            err = self._rate_error(retry)
            if fault.scope is not None:
                err.headers["x-ratelimit-scope"] = fault.scope
            return self._error(err, request_id)
        if kind == "expire_sync_token":
            err = ApiError("sync_token_expired", "The syncToken has expired; discard it and run a full sync")
            return self._error(err, request_id)
        return None

    @staticmethod
    def _rate_error(retry_after: float) -> ApiError:
        text = str(int(retry_after)) if float(retry_after).is_integer() else f"{retry_after:g}"
        return ApiError(
            "rate_limit_exceeded",
            "Too many requests; retry after the Retry-After delay",
            status=429,
            headers={"retry-after": text},
        )

    # --- the pipeline ----------------------------------------------------------------------------------------
    def handle(self, req: WireRequest) -> WireResponse:
        """Answer one request. Never raises: every failure becomes a response."""
        request_id = self.ids.next()
        if req.path.startswith("/_emulator/"):
            return self.emu._control(req, request_id)
        with self.lock:
            headers = {_shared(name): _shared(value) for name, value in req.headers.items() if name != "authorization"}
            record = RequestRecord(
                req.path.lstrip("/"), req.method, 0, None, None, request_id, client=req.client, headers=headers
            )
            try:
                resp = self._api(req, request_id, record)
            except Exception:  # a handler bug must still be an answer, and visible
                log.exception("emulator handler failed for %s", record.endpoint)
                resp = self._error(ApiError("internal_server_error", "Internal server error", status=500), request_id)
            record.status_code = resp.status
            record.number = self.emu.requests.total + 1
            self.emu.requests.append(record)
        resp.delay += self.emu.latency
        return resp

    def authenticate(self, req: WireRequest) -> ApiError | None:
        """The 401/403 error for a missing or wrong key, or ``None`` when the request carries the key."""
        header = req.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic" or not value.strip():
            return ApiError("unauthenticated", "Missing API key: send it as the Basic auth user name", status=401)
        try:
            user = base64.b64decode(value.strip(), validate=True).decode().partition(":")[0]
        except (binascii.Error, UnicodeDecodeError):
            return ApiError("unauthenticated", "Malformed Basic auth header", status=401)
        if not user:
            return ApiError("unauthenticated", "Missing API key: send it as the Basic auth user name", status=401)
        if user != self.emu.api_key:
            return ApiError("invalid_api_key", "The API key is wrong or deactivated", status=403)
        return None

    def _parse(self, endpoint: Endpoint, req: WireRequest) -> dict[str, Any]:
        content_type = req.headers.get("content-type", "")
        if endpoint.multipart and content_type.lower().startswith("multipart/form-data"):
            try:
                return _parse_multipart(content_type, req.body)
            except (ValueError, TypeError) as exc:
                raise invalid_input("Malformed multipart/form-data body") from exc
        if not req.body.strip():
            return {}
        try:
            body = json.loads(req.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise invalid_input("The request body is not valid JSON") from exc
        if not isinstance(body, dict):
            raise invalid_input("The request body must be a JSON object")
        return body

    def _api(self, req: WireRequest, request_id: str, record: RequestRecord) -> WireResponse:
        emu = self.emu
        name = record.endpoint
        if req.method.upper() != "POST":
            err = ApiError(
                "method_not_allowed", "Every Ashby endpoint takes POST", status=405, headers={"allow": "POST"}
            )
            return self._error(err, request_id)
        auth_error = self.authenticate(req)
        if auth_error is not None:
            return self._error(auth_error, request_id)
        if emu.rate_limiter is not None:
            wait = emu.rate_limiter.check(emu.api_key)
            if wait is not None:
                record.fault = "rate_limited"
                return self._error(self._rate_error(wait), request_id)
        endpoint = ENDPOINTS.get(name)
        handler = ROUTES.get(name)
        if endpoint is None or handler is None:
            return self._error(ApiError("endpoint_not_found", f"Unknown endpoint '{name}'", status=404), request_id)
        if emu.permissions is not None and endpoint.permission and endpoint.permission not in emu.permissions:
            err = ApiError(
                "missing_endpoint_permission", f"The API key lacks the {endpoint.permission} permission", status=403
            )
            return self._error(err, request_id)
        parse_error: ApiError | None = None
        body: dict[str, Any] = {}
        try:
            body = self._parse(endpoint, req)
        except ApiError as err:
            parse_error = err
        record.body = {k: (f"<file {v.filename}>" if isinstance(v, UploadedFile) else v) for k, v in body.items()}
        fault = emu.faults.take(name, bool(body.get("syncToken") or body.get("cursor")))
        delay = 0.0
        if fault is not None:
            record.fault = fault.kind
            if fault.kind == "latency":
                delay = fault.delay if fault.delay is not None else 0.05
            elif fault.kind == "drop" and not fault.after_handler:
                resp = self._json(200, {"success": True, "results": None}, request_id)
                resp.drop = True
                return resp
            elif fault.kind != "drop":
                faulted = self._fault_response(fault, request_id)
                assert faulted is not None
                return faulted
        if parse_error is not None:
            resp = self._error(parse_error, request_id)
        else:
            resp = self._dispatch(endpoint, body, request_id, record)
        resp.delay = delay
        if fault is not None and fault.kind == "drop":
            resp.drop = True
        return resp

    def _dispatch(
        self, endpoint: Endpoint, body: dict[str, Any], request_id: str, record: RequestRecord
    ) -> WireResponse:
        emu = self.emu
        try:
            params = validate(endpoint, body, strict=emu.strict)
            ctx = Ctx(emu.org, endpoint, emu.base_url, emu.files.url, emu.dispatcher.ping, emu.permissions)
            result = ROUTES[endpoint.name](ctx, params)
            if isinstance(result, Listing) and endpoint.paged:
                payload = {"success": True, **emu.pager.page(emu.org, endpoint.name, endpoint.sync, result, params)}
            elif isinstance(result, Listing):
                payload = {"success": True, "results": emu.pager.everything(emu.org, result)}
            else:
                payload = {"success": True, "results": result}
            if endpoint.name in _MORE_DATA_FALSE:
                payload.setdefault("moreDataAvailable", False)
        except ApiError as err:
            record.success, record.error_code = False, err.code
            return self._error(err, request_id)
        record.success = True
        return self._json(200, payload, request_id)
