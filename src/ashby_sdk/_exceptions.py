"""Every error the SDK raises, in one tree.

::

    AshbyError
    ├── AshbyConfigError            no API key, bad base URL, bad option
    ├── AshbyArgumentError          a call's argument is wrong (caught before sending)
    │   └── AshbyUnexpectedArgumentError   a keyword the method does not take (also a TypeError)
    ├── AshbyConnectionError        could not reach the server (after retries)
    │   └── AshbyTimeoutError
    └── AshbyAPIError               the server answered with an error
        ├── AshbyAuthError          401 / 403: bad key or missing permission
        ├── AshbyNotFoundError      an ``*_not_found`` code (or 404)
        ├── AshbyInvalidInputError  ``invalid_input`` and other 400-like codes
        ├── AshbySyncTokenExpiredError   ``sync_token_expired``: drop the token, sync in full
        │   └── AshbyIncrementalSyncTooLargeError   ``incremental_sync_too_large``: same remedy
        ├── AshbyRateLimitError     429 after every retry
        └── AshbyServerError        5xx after every retry

``AshbyAPIError``, ``AshbyAuthError`` and ``AshbyNotFoundError`` keep the
meaning they have in the seed package's README. Every API error carries the
HTTP status, Ashby's error codes, its message, the request id and the endpoint;
none carries the API key.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AshbyAPIError",
    "AshbyArgumentError",
    "AshbyAuthError",
    "AshbyConfigError",
    "AshbyConnectionError",
    "AshbyError",
    "AshbyIncrementalSyncTooLargeError",
    "AshbyInvalidInputError",
    "AshbyNotFoundError",
    "AshbyRateLimitError",
    "AshbyServerError",
    "AshbySyncTokenExpiredError",
    "AshbyTimeoutError",
    "AshbyUnexpectedArgumentError",
    "error_from_response",
]


class AshbyError(Exception):
    """Base of every error raised by ashby-sdk."""


class AshbyConfigError(AshbyError, ValueError):
    """The client or a call was configured wrongly (no API key, a bad argument)."""


class AshbyArgumentError(AshbyError, ValueError):
    """A call's argument is missing or of the wrong type or value; nothing was sent."""


class AshbyUnexpectedArgumentError(AshbyArgumentError, TypeError):
    """A typed method was given a keyword that is neither one of its parameters nor a per-call option.

    Also a ``TypeError``, which is what Python raises for an unexpected keyword argument.
    """


class AshbyConnectionError(AshbyError):
    """The server could not be reached, or the connection broke, on every attempt."""

    def __init__(self, message: str, *, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.endpoint = endpoint


class AshbyTimeoutError(AshbyConnectionError):
    """The request timed out on every attempt."""


class AshbyAPIError(AshbyError):
    """The Ashby API answered with an error.

    Attributes: ``status_code`` (HTTP status; 200 for Ashby's ``success: false``
    answers), ``errors`` (Ashby's ``errors[]`` as text: a code or message as sent,
    or ``"parameter: message"`` for an entry that is an object), ``error_details``
    (each entry as a dict: ``{"message": ..., "parameter": ...}`` and whatever else
    Ashby put in it; a plain string becomes ``{"message": text}``), ``code`` (the
    primary code from ``errorInfo``), ``message``, ``request_id`` (Ashby's
    ``x-ashby-request-id``, to quote to its support) and ``endpoint``
    (``category.method``).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 200,
        errors: list[str] | None = None,
        code: str | None = None,
        request_id: str | None = None,
        endpoint: str | None = None,
        body: Any = None,
        error_details: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.errors: list[str] = list(errors or ([code] if code else []))
        self.error_details: list[dict[str, Any]] = (
            list(error_details) if error_details is not None else [{"message": e} for e in self.errors]
        )
        self.code = code
        self.request_id = request_id
        self.endpoint = endpoint
        self.body = body

    def __str__(self) -> str:
        where = f"{self.endpoint}: " if self.endpoint else ""
        parts = [f"{where}{self.message}"]
        if self.code and self.code not in self.message:
            parts.append(f"[{self.code}]")
        if self.request_id:
            parts.append(f"(request id {self.request_id})")
        return " ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"endpoint={self.endpoint!r}, request_id={self.request_id!r}, message={self.message!r})"
        )


class AshbyAuthError(AshbyAPIError):
    """The API key was refused (401) or lacks the permission the call needs (403 or a permission code)."""


class AshbyNotFoundError(AshbyAPIError):
    """The object named in the call does not exist (an Ashby ``*_not_found`` code, or 404)."""


class AshbyInvalidInputError(AshbyAPIError):
    """Ashby rejected the call's parameters (``invalid_input`` and similar codes)."""


class AshbySyncTokenExpiredError(AshbyAPIError):
    """The ``syncToken`` is too old (``sync_token_expired``): discard it and run a full sync."""


class AshbyIncrementalSyncTooLargeError(AshbySyncTokenExpiredError):
    """Ashby refused an incremental sync as too large (``incremental_sync_too_large``): run a full sync."""


class AshbyRateLimitError(AshbyAPIError):
    """Still rate limited (429) after every retry. ``retry_after`` holds the server's last hint, in seconds."""

    retry_after: float | None = None


class AshbyServerError(AshbyAPIError):
    """The server failed (5xx) on every attempt."""


_PERMISSION_CODES = frozenset({"missing_permission", "permission_denied", "forbidden", "unauthorized"})
_INVALID_CODES = frozenset({"invalid_input", "invalid_request", "missing_required_field", "invalid_cursor"})


def _class_for(status_code: int, code: str | None) -> type[AshbyAPIError]:
    if code == "incremental_sync_too_large":
        return AshbyIncrementalSyncTooLargeError
    if code == "sync_token_expired":
        return AshbySyncTokenExpiredError
    if status_code in (401, 403) or (code is not None and (code in _PERMISSION_CODES or "permission" in code)):
        return AshbyAuthError
    if status_code == 404 or (code is not None and code.endswith("_not_found")):
        return AshbyNotFoundError
    if status_code == 429:
        return AshbyRateLimitError
    if status_code >= 500:
        return AshbyServerError
    if code is not None and (code in _INVALID_CODES or code.startswith("invalid_")):
        return AshbyInvalidInputError
    return AshbyAPIError


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _details(errors: Any) -> list[dict[str, Any]]:
    """Ashby's ``errors[]`` entries as dicts: strings (codes or messages) and objects (``{message, parameter}``)."""
    entries = errors if isinstance(errors, list) else [errors] if errors is not None else []
    details: list[dict[str, Any]] = []
    for entry in entries:
        if isinstance(entry, dict):
            details.append(entry)
        elif entry is not None:
            details.append({"message": entry if isinstance(entry, str) else str(entry)})
    return details


def _entry_text(detail: dict[str, Any]) -> str:
    message = _text(detail.get("message")) or _text(detail.get("code")) or ""
    parameter = _text(detail.get("parameter")) or _text(detail.get("field"))
    if not message:
        shown = {k: v for k, v in detail.items() if k not in ("parameter", "field")}
        message = ", ".join(f"{k}={v!r:.60}" for k, v in shown.items()) or "error"
    return f"{parameter}: {message}" if parameter and parameter not in message else message


def error_from_response(
    status_code: int,
    body: Any,
    *,
    endpoint: str | None,
    request_id: str | None = None,
    fallback_text: str = "",
) -> AshbyAPIError:
    """Map an error answer (any status, any body) to the most specific exception.

    ``body`` is the decoded JSON body (or ``None`` when it was not JSON, e.g. an
    HTML page from a proxy; then ``fallback_text`` gives the message).
    """
    details: list[dict[str, Any]] = []
    code: str | None = None
    message = ""
    if isinstance(body, dict):
        details = _details(body.get("errors"))
        info = body.get("errorInfo")
        info = info if isinstance(info, dict) else {}
        code = _text(info.get("code"))
        message = _text(info.get("message")) or _text(body.get("message")) or ""
        request_id = _text(info.get("requestId")) or request_id
    errors = [_entry_text(d) for d in details]
    if code is None:
        # A code is a bare string entry, or an entry's own "code"; an object's message is not one.
        code = next((_text(d.get("code")) for d in details if _text(d.get("code"))), None)
        if code is None and details and set(details[0]) == {"message"}:
            code = _text(details[0]["message"])
    extra = [text for text in errors if text != code and text not in message]
    if message and extra:
        # errorInfo's message is general ("invalid input"); the entries say which parameter and why.
        message = f"{message}: {'; '.join(extra)}"
    if not message:
        message = ", ".join(errors) if errors else (fallback_text.strip()[:200] or f"HTTP {status_code}")
    cls = _class_for(status_code, code)
    if issubclass(cls, AshbySyncTokenExpiredError):
        message = f"{message} (discard the sync token and run a full sync: sync_token=None)"
    return cls(
        message,
        status_code=status_code,
        errors=errors,
        code=code,
        request_id=request_id,
        endpoint=endpoint,
        body=body,
        error_details=details,
    )
