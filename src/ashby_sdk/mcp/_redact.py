"""Redaction of email addresses and phone numbers from everything a tool answers (``--redact``).

Two passes, so that neither a field name nor free text lets one through:

- by key: a value under a key that names an email or a phone (``email``,
  ``primaryEmailAddress``, ``phoneNumbers``, a SQL column ``primary_phone``...)
  is replaced whole, whatever its shape;
- by pattern: every other string has email addresses and phone-like numbers
  (7 to 15 digits with the usual separators, not an ISO date or time; a bare
  run of 10 to 15 digits that is not a Unix time) replaced,
  so a note that says "call me on +1 415 555 0100" or a row's raw ``data``
  JSON is covered too.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["EMAIL", "PHONE", "redact", "redact_text"]

EMAIL = "[email redacted]"
PHONE = "[phone redacted]"

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A run of digits with phone separators, bounded by something that is not part of a word or a number.
_PHONE_RE = re.compile(r"(?<![\w.+-])\+?\(?\d[\d\s().-]{5,}\d(?![\w-])")
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}|^\d{1,2}:\d{2}|^\d+\.\d+$")


def _bare_phone(text: str) -> bool:
    """A run of digits alone is a phone number when it is as long as one with its area code (10 to 15
    digits), unless it reads as a Unix time in seconds or milliseconds (10 or 13 digits from 1): no
    10-digit number in the North American plan starts with 1, and longer ones carry a country code."""
    if not 10 <= len(text) <= 15:
        return False
    return not (len(text) in (10, 13) and text.startswith("1"))


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = sum(c.isdigit() for c in text)
    if not 7 <= digits <= 15 or _DATE_LIKE.match(text.lstrip("+(")):
        return text  # a date, a time or an amount: not a phone
    if text.isdigit() and not _bare_phone(text):
        return text  # a plain number (a count, an amount, a timestamp)
    return PHONE


def redact_text(text: str) -> str:
    """``text`` with email addresses and phone numbers replaced."""
    if "@" in text:
        text = _EMAIL_RE.sub(EMAIL, text)
    return _PHONE_RE.sub(_phone, text)


def _sensitive(key: str) -> str | None:
    lowered = key.lower()
    if "email" in lowered:
        return EMAIL
    if "phone" in lowered:
        return PHONE
    return None


def redact(value: Any) -> Any:
    """A copy of ``value`` (JSON-like: dicts, lists, scalars) with emails and phone numbers replaced."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            marker = _sensitive(key) if isinstance(key, str) else None
            out[key] = marker if marker is not None and item not in (None, [], {}, "") else redact(item)
        return out
    if isinstance(value, (list, tuple)):
        return [redact(item) for item in value]
    return value
