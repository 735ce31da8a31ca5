"""Dates as dates: one rule for every date parameter.

Ashby takes moments two ways: ``createdAfter``-style filters as an integer of
milliseconds since the epoch, ``createdAt``-style fields as ISO 8601 strings.
Every date parameter of every typed method accepts the same things and turns
them into what Ashby takes:

- a :class:`~datetime.datetime`: an aware one as it is; a **naive one is UTC**
  (never the machine's local time);
- a :class:`~datetime.date`: midnight UTC that day;
- an ISO 8601 string (``2024-05-01``, ``2024-05-01T09:30:00Z``,
  ``2024-05-01T09:30:00.123+02:00``; naive means UTC);
- an ``int``: milliseconds since the epoch, as Ashby itself counts
  (``1714521600000``; not seconds).

Anything else, a string that is not a date included, raises
:class:`AshbyArgumentError` before a request is sent.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ._exceptions import AshbyArgumentError

__all__ = ["Moment", "parse_moment", "to_date", "to_epoch_ms", "to_iso"]

Moment = datetime | date | str | int
"""What a date parameter accepts."""

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:[.,](?P<frac>\d{1,9}))?"
    r"(?P<tz>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)


def _fail(name: str, value: Any) -> AshbyArgumentError:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return AshbyArgumentError(
        f"{name} must be a datetime, a date, an ISO 8601 string or milliseconds since the epoch, got {shown}"
    )


def parse_moment(value: str, name: str = "value") -> datetime:
    """An ISO 8601 date or date-time string as an aware datetime (naive: UTC)."""
    match = _ISO.fullmatch(value.strip())
    if match is None:
        raise _fail(name, value)
    text = match["date"]
    if match["time"]:
        clock = match["time"] if match["time"].count(":") == 2 else match["time"] + ":00"
        text += "T" + clock + ("." + (match["frac"] + "00000")[:6] if match["frac"] else "")
        tz = match["tz"]
        if tz and tz not in "Zz":
            tz = tz if ":" in tz or len(tz) == 3 else tz[:3] + ":" + tz[3:]
            text += tz if len(tz) > 3 else tz + ":00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise _fail(name, value) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


def _aware(value: Any, name: str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    if isinstance(value, str):
        return parse_moment(value, name)
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return _EPOCH + timedelta(milliseconds=value)
        except OverflowError:
            raise _fail(name, value) from None
    raise _fail(name, value)


def to_epoch_ms(value: Moment, name: str = "value") -> int:
    """``value`` as milliseconds since the epoch (``createdAfter`` and the other filters)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return (_aware(value, name) - _EPOCH) // timedelta(milliseconds=1)


def to_iso(value: Moment, name: str = "value") -> str:
    """``value`` as ISO 8601 with milliseconds and ``Z`` (``createdAt`` and the other fields).

    A string is checked and then sent as given, so a precision or offset the
    caller chose is kept.
    """
    if isinstance(value, str):
        parse_moment(value, name)
        return value
    moment = _aware(value, name).astimezone(timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def to_date(value: Moment, name: str = "value") -> str:
    """``value`` as a calendar date, ``YYYY-MM-DD`` (a string is sent as given)."""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return _aware(value, name).astimezone(timezone.utc).date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _aware(value, name).date().isoformat()
