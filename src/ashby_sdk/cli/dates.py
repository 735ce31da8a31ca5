"""Date filters on the command line: ISO dates and datetimes, read as UTC unless they say otherwise.

Ashby's ``createdAfter``-style filters take milliseconds since 1970 (UTC). People
type dates, so every such option takes:

- a date, ``2024-01-31`` (midnight UTC);
- a datetime, ``2024-01-31T10:00:00Z``, ``2024-01-31T10:00:00+02:00``, or without a
  zone ``2024-01-31T10:00`` (UTC: the same rule as the SDK, which reads naive
  datetimes as UTC; a space may stand for the ``T``);
- milliseconds since 1970, when unambiguous: a whole number of at least 10^11
  (1973-03-03 as milliseconds; as seconds it would be the year 5138). A smaller
  number is refused, naming the date it would be as seconds: ``1700000000`` read
  as milliseconds is 20 January 1970, which silently matches everything.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

__all__ = ["MIN_EPOCH_MS", "DateError", "epoch_ms", "parse_moment"]

MIN_EPOCH_MS = 10**11
_INTEGER = re.compile(r"^\d+$")


class DateError(ValueError):
    """A value that is not a date this module reads; the message says what to give instead."""


def parse_moment(text: str) -> datetime:
    """``text`` as a timezone-aware datetime (naive values are UTC).

    Raises :class:`DateError` with the accepted forms when ``text`` is not one of them.
    """
    value = text.strip()
    if _INTEGER.match(value):
        number = int(value)
        if number >= MIN_EPOCH_MS:
            return datetime.fromtimestamp(number / 1000, timezone.utc)
        as_seconds = datetime.fromtimestamp(number, timezone.utc)
        if as_seconds.year >= 1990:
            raise DateError(
                f"{value} looks like seconds since 1970 ({as_seconds:%Y-%m-%dT%H:%M:%SZ}), but Ashby's date "
                f"filters take milliseconds: give {number * 1000}, or an ISO date such as {as_seconds:%Y-%m-%d}"
            )
        raise DateError(f"{value} is not a date: give an ISO date such as 2024-01-31 or 2024-01-31T10:00:00Z")
    candidate = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value  # fromisoformat before 3.11
    try:
        moment = datetime.fromisoformat(candidate)
    except ValueError:
        raise DateError(
            f"{value!r} is not a date: give 2024-01-31, 2024-01-31T10:00:00Z (naive times are UTC), "
            f"or milliseconds since 1970"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def epoch_ms(text: str) -> int:
    """``text`` (see :func:`parse_moment`) as milliseconds since 1970, as Ashby's date filters take it."""
    return int(parse_moment(text).timestamp() * 1000)
