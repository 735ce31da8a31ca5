"""Argument checks made before anything is sent: never stricter than Ashby.

The typed methods check only what would make a request malformed, so that a
mistake fails here, clearly, instead of as a confusing answer or a traceback
from deep inside:

- a value of the wrong JSON type for its parameter (a list where a string
  belongs, ``1.5`` for an integer, ``"yes"`` for a boolean); strings Ashby
  coerces are not wrong: ``"25"`` for an integer and ``"true"``/``"false"`` for
  a boolean (changelog 2026-04-24, "Make Request Coercion Schema-Aware");
- a value JSON cannot carry (``NaN``, an arbitrary object, bytes);
- a date that is not a date (see :mod:`ashby_sdk._dates`);
- a required parameter left out, an empty id, a file that is not there.

Never checked, because Ashby may accept them: enum values (any string is sent;
the ``Literal`` types are a hint for IDEs, and Ashby widens its enums over
time), and ``None``, which is sent as ``null`` (Ashby gives it meanings such as
"pass null to unset"). An argument left out (:data:`~ashby_sdk.NOT_GIVEN`) is
not sent at all. Endpoints and parameters the catalogue does not describe pass
unchecked, so new Ashby parameters can be sent before the SDK knows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ._catalogue import ENDPOINTS, Param
from ._constants import MAX_PAGE_SIZE
from ._dates import to_date, to_epoch_ms, to_iso
from ._exceptions import AshbyArgumentError
from ._not_given import NotGiven

__all__ = ["check_body", "check_id", "check_max_items", "check_page_size", "check_sendable"]

_CHECKS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "string": (str, "a string"),
    "integer": (int, "an integer"),
    "number": ((int, float), "a number"),
    "boolean": (bool, "a boolean"),
    "object": (Mapping, "an object (dict)"),
}
_COERCED = {"integer": re.compile(r"-?\d+"), "boolean": re.compile(r"true|false")}
"""String forms of integers and booleans that Ashby accepts for those types."""
_NEVER = re.compile(r"(?!)")
_DATES: dict[str, Callable[[Any, str], Any]] = {"epoch-ms": to_epoch_ms, "date-time": to_iso, "date": to_date}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_param(where: str, param: Param, value: Any) -> None:
    kind = param.type
    if kind in ("string[]", "object[]"):
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise AshbyArgumentError(f"{where} must be a list, got {_shown(value)}")
        inner: type = str if kind == "string[]" else Mapping
        for item in value:
            if not isinstance(item, inner):
                held = "strings" if kind == "string[]" else "objects (dicts)"
                raise AshbyArgumentError(f"{where} must hold only {held}, got {_shown(item)}")
        return
    check = _CHECKS.get(kind)
    if check is None:
        return
    expected, described = check
    if isinstance(value, str) and _COERCED.get(kind, _NEVER).fullmatch(value):
        return  # sent as given: Ashby coerces it to the parameter's type
    bad_bool = kind in ("integer", "number") and isinstance(value, bool)
    if bad_bool or not isinstance(value, expected):
        raise AshbyArgumentError(f"{where} must be {described}, got {_shown(value)}")


_JSON_SCALARS = (str, int, bool, type(None))


def _check_json(where: str, value: Any, depth: int = 0) -> None:
    """``value`` must be sendable as JSON: the wire format has no NaN, no infinity, no arbitrary objects."""
    if isinstance(value, _JSON_SCALARS):
        return
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise AshbyArgumentError(f"{where} must be a finite number, got {value!r}")
        return
    if depth > 32:
        raise AshbyArgumentError(f"{where} is nested too deeply to send")
    if isinstance(value, (list, tuple)):
        for item in value:
            _check_json(where, item, depth + 1)
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise AshbyArgumentError(f"{where} must have string keys, got {key!r:.60}")
            _check_json(where, item, depth + 1)
        return
    raise AshbyArgumentError(f"{where} cannot be sent as JSON: {type(value).__name__} {_shown(value)}")


def check_body(endpoint: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """The body to send: ``NOT_GIVEN`` values left out, ``None`` kept (sent as ``null``), dates converted.

    Raises :class:`AshbyArgumentError` naming the argument when a value is
    malformed (see the module docstring) or a required one is left out.
    """
    given = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
    spec = ENDPOINTS.get(endpoint)
    params = spec.by_name if spec is not None else {}
    for key, value in given.items():
        param = params.get(key)
        where = f"{endpoint}: {param.python_name if param is not None else key}"
        if param is not None and value is not None:
            if param.format:
                value = given[key] = _DATES[param.format](value, where)
            _check_param(where, param, value)
        _check_json(where, value)
    for param in params.values():
        if param.required and param.type != "file" and param.name not in given:
            raise AshbyArgumentError(f"{endpoint}: {param.python_name} is required")
    return given


def check_sendable(endpoint: str, body: Any) -> dict[str, Any]:
    """``body`` exactly as given, ``None`` values included (they send ``null``), once every value is JSON.

    No parameter checks: this is what ``client.request()`` sends, and Ashby judges it.
    """
    if not isinstance(body, Mapping):
        raise AshbyArgumentError(f"{endpoint}: the body must be a mapping (dict) of parameters, got {_shown(body)}")
    sendable: dict[str, Any] = {}
    for key, value in body.items():
        if not isinstance(key, str):
            raise AshbyArgumentError(f"{endpoint}: parameter names must be strings, got {key!r:.60}")
        _check_json(f"{endpoint}: {key}", value)
        sendable[key] = value
    return sendable


def check_id(name: str, value: Any) -> str:
    """An object id argument: a non-empty string."""
    if not isinstance(value, str):
        raise AshbyArgumentError(f"{name} must be a string id, got {_shown(value)}")
    if not value.strip():
        raise AshbyArgumentError(f"{name} must not be empty")
    return value


def check_page_size(limit: Any) -> int | None:
    """``limit`` is the page size: an integer from 1 to 100, or ``None`` for Ashby's default."""
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE_SIZE:
        raise AshbyArgumentError(f"limit is the page size: an integer from 1 to {MAX_PAGE_SIZE}, got {_shown(limit)}")
    return limit


def check_max_items(max_items: Any) -> int | None:
    """``max_items`` caps how many objects a list yields: an integer of at least 1, or ``None`` (no cap)."""
    if max_items is None:
        return None
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 1:
        raise AshbyArgumentError(
            f"max_items is how many objects to yield at most: an integer >= 1 (None: all), got {_shown(max_items)}"
        )
    return max_items
