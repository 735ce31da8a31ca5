"""Small helpers shared by the emulator layers: ids, timestamps, JSON, opaque tokens."""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import threading
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import msgspec

__all__ = [
    "RequestIds",
    "b64decode_json",
    "b64encode_json",
    "dumps",
    "is_loopback",
    "iso",
    "iso_to_ms",
    "new_uuid",
    "now_iso",
]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng`` so that a seed gives the same ids."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def iso(ts: float) -> str:
    """Seconds since the epoch as Ashby writes timestamps: ISO 8601, milliseconds, ``Z``."""
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def now_iso() -> str:
    return iso(time.time())


def iso_to_ms(value: str) -> int | None:
    """Milliseconds since the epoch of an ISO 8601 string, or ``None`` when it does not parse."""
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp() * 1000)


_encode = msgspec.json.Encoder().encode


def dumps(obj: Any) -> bytes:
    """Compact JSON, non-ASCII as is (msgspec: encoding was half the emulator's CPU with the json module)."""
    return _encode(obj)


def b64encode_json(obj: Any) -> str:
    return base64.urlsafe_b64encode(dumps(obj)).decode().rstrip("=")


def b64decode_json(token: str) -> Any:
    """Decode :func:`b64encode_json`; raises ``ValueError`` on anything else."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        return json.loads(raw)
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise ValueError("undecodable token") from exc


class RequestIds:
    """ULID-shaped request ids (Ashby's ``requestId`` looks like ``01JSJ8FEK5ZN4XQBZP7DBKK7ZC``)."""

    def __init__(self) -> None:
        self._counter = 0
        self._lock = threading.Lock()

    def next(self) -> str:
        with self._lock:
            self._counter += 1
            counter = self._counter
        value = (int(time.time() * 1000) << 80) | counter
        chars = []
        for _ in range(26):
            chars.append(_CROCKFORD[value & 31])
            value >>= 5
        return "".join(reversed(chars))


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) is reachable only from this machine."""
    host = host.strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve beyond this machine
