"""Argument checks made before anything is sent, from the catalogue's parameter types.

A wrong argument raises :class:`AshbyArgumentError` naming the parameter, the
expected type and what was given, instead of a confusing answer from the
server or a traceback from deep inside.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._catalogue import ENDPOINTS, Param
from ._constants import MAX_PAGE_SIZE
from ._exceptions import AshbyArgumentError

__all__ = ["check_body", "check_id", "check_page_size", "check_sendable"]

_CHECKS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "string": (str, "a string"),
    "integer": (int, "an integer"),
    "number": ((int, float), "a number"),
    "boolean": (bool, "a boolean"),
    "object": (dict, "an object (dict)"),
}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_param(endpoint: str, param: Param, value: Any) -> None:
    where = f"{endpoint}: {param.name}"
    kind = param.type
    if kind in ("string[]", "object[]"):
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise AshbyArgumentError(f"{where} must be a list, got {_shown(value)}")
        inner = str if kind == "string[]" else dict
        for item in value:
            if not isinstance(item, inner):
                raise AshbyArgumentError(f"{where} must hold only {inner.__name__} values, got {_shown(item)}")
            if param.enum and item not in param.enum:
                raise AshbyArgumentError(f"{where}: {item!r} is not one of {', '.join(param.enum)}")
        return
    check = _CHECKS.get(kind)
    if check is None:
        return
    expected, described = check
    bad_bool = kind in ("integer", "number") and isinstance(value, bool)
    if bad_bool or not isinstance(value, expected):
        raise AshbyArgumentError(f"{where} must be {described}, got {_shown(value)}")
    if kind == "string" and param.required and isinstance(value, str) and not value.strip():
        raise AshbyArgumentError(f"{where} must not be empty")
    if param.enum and value not in param.enum:
        raise AshbyArgumentError(f"{where}: {value!r} is not one of {', '.join(param.enum)}")


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
    """``body`` without ``None`` values, checked against the endpoint's parameters.

    Endpoints or parameters the catalogue does not describe pass unchecked, so
    new Ashby parameters can be sent before the SDK knows them.
    """
    cleaned = {k: v for k, v in body.items() if v is not None}
    for key, value in cleaned.items():
        _check_json(f"{endpoint}: {key}", value)
    spec = ENDPOINTS.get(endpoint)
    if spec is None:
        return cleaned
    for param in spec.params:
        if param.name in cleaned:
            _check_param(endpoint, param, cleaned[param.name])
        elif param.required and param.type != "file":
            raise AshbyArgumentError(f"{endpoint}: {param.name} is required")
    return cleaned


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
