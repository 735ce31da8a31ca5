"""Verify Ashby webhook signatures and read the events they carry.

Ashby signs every delivery with the secret token set on the webhook: the
``Ashby-Signature`` header is ``sha256=<hex HMAC-SHA256(secret, raw body)>``.
Verify against the *raw* request body, before parsing it::

    from ashby_sdk.webhooks import SignatureError, construct_event

    try:
        event = construct_event(request.body, request.headers.get("Ashby-Signature"), secret)
    except SignatureError:
        return 401
    if event.action == "candidateStageChange":
        ...

This module needs only the standard library.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

from ._exceptions import AshbyError

__all__ = ["SIGNATURE_HEADER", "SignatureError", "WebhookEvent", "construct_event", "sign", "verify_signature"]

SIGNATURE_HEADER = "Ashby-Signature"
"""The header carrying the signature."""

_SCHEME = "sha256"


class SignatureError(AshbyError, ValueError):
    """A webhook delivery's signature is missing, malformed, of another algorithm, or wrong."""


@dataclass(frozen=True)
class WebhookEvent:
    """One verified webhook delivery: ``action`` (e.g. ``"applicationSubmit"``, ``"ping"``) and its ``data``."""

    action: str
    data: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    """The whole decoded body, as sent."""


def sign(payload: bytes, secret: str) -> str:
    """The ``Ashby-Signature`` header value Ashby would send for ``payload`` (handy in tests)."""
    return f"{_SCHEME}=" + hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def verify_signature(payload: bytes, signature_header: str | None, secret: str) -> None:
    """Check ``signature_header`` against the raw ``payload``; returns ``None`` when it matches.

    The comparison takes constant time. Raises :class:`SignatureError` saying
    whether the header is missing, malformed, of another algorithm than
    ``sha256``, or simply wrong (then the secret or the body differs from what
    Ashby signed: verify the raw bytes, not re-serialised JSON).
    """
    if not secret:
        raise SignatureError("no webhook secret given: pass the secret token set on the Ashby webhook")
    if not signature_header or not signature_header.strip():
        raise SignatureError(f"missing {SIGNATURE_HEADER} header: the request is not signed")
    scheme, sep, digest = signature_header.strip().partition("=")
    if not sep or not scheme or not digest:
        raise SignatureError(f"malformed {SIGNATURE_HEADER} header: expected 'sha256=<hex digest>'")
    if scheme.strip().lower() != _SCHEME:
        raise SignatureError(f"unsupported signature algorithm {scheme.strip()!r}: Ashby signs with sha256")
    digest = digest.strip().lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise SignatureError(f"malformed {SIGNATURE_HEADER} header: the sha256 digest must be 64 hex characters")
    expected = sign(payload, secret).partition("=")[2]
    if not hmac.compare_digest(expected, digest):
        raise SignatureError(
            "signature mismatch: the secret is wrong, or the body was changed (verify the raw bytes as received)"
        )


def construct_event(payload: bytes, signature_header: str | None, secret: str) -> WebhookEvent:
    """Verify the delivery (see :func:`verify_signature`) and return it as a :class:`WebhookEvent`.

    Raises :class:`SignatureError` when the signature does not match, and
    :class:`ValueError` when a correctly signed body is not a JSON object with an ``action``.
    """
    verify_signature(payload, signature_header, secret)
    try:
        body = json.loads(payload)
    except ValueError as exc:
        raise ValueError(f"the webhook body is not JSON: {exc}") from None
    if not isinstance(body, dict) or not isinstance(body.get("action"), str):
        raise ValueError("the webhook body is not an object with an 'action'")
    data = body.get("data")
    return WebhookEvent(action=body["action"], data=data if isinstance(data, dict) else {}, raw=body)
