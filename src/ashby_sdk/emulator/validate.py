"""Request bodies checked against the catalogue: required fields, types, enum values."""

from __future__ import annotations

from typing import Any

from .._catalogue import Endpoint, Param
from .errors import invalid_input

__all__ = ["UploadedFile", "validate"]

MAX_LIMIT = 100


class UploadedFile:
    """One file part of a multipart body."""

    def __init__(self, filename: str, content_type: str, content: bytes) -> None:
        self.filename = filename
        self.content_type = content_type
        self.content = content


def _type_ok(param: Param, value: Any) -> bool:
    t = param.type
    if t == "any":
        return True
    if t == "string":
        return isinstance(value, str)
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if t == "boolean":
        return isinstance(value, bool)
    if t == "string[]":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if t == "object":
        return isinstance(value, dict)
    if t == "object[]":
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)
    if t == "file":
        return isinstance(value, UploadedFile)
    return False


_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "string[]": "an array of strings",
    "object": "an object",
    "object[]": "an array of objects",
    "file": "a file (multipart/form-data part)",
}


def validate(endpoint: Endpoint, body: dict[str, Any], *, strict: bool = False) -> dict[str, Any]:
    """The validated parameters of ``body`` for ``endpoint``.

    ``limit`` is clamped to 1..100 (above 100 is lowered, below 1 is
    ``invalid_input``). A known parameter of the wrong JSON type, a missing
    required one or a value outside its enum is ``invalid_input``. Parameters
    the catalogue does not describe for ``endpoint`` are dropped, as Ashby
    ignores them (e.g. ``limit`` on the unpaged ``source.list``); with
    ``strict`` they are ``invalid_input`` instead, to catch typos in a caller's
    own code. Raises :class:`~ashby_sdk.emulator.errors.ApiError` naming the field.
    """
    out: dict[str, Any] = {}
    if strict:
        unknown = sorted(k for k in body if k not in endpoint.param_names)
        if unknown:
            raise invalid_input(
                f"Unknown parameter '{unknown[0]}' for {endpoint.name} "
                "(strict mode: Ashby ignores parameters it does not know)"
            )
    for param in endpoint.params:
        value = body.get(param.name)
        if value is None:
            if param.required:
                raise invalid_input(f"Missing required parameter '{param.name}'")
            continue
        if not _type_ok(param, value):
            raise invalid_input(f"Parameter '{param.name}' must be {_TYPE_WORDS.get(param.type, param.type)}")
        if param.enum:
            values = value if isinstance(value, list) else [value]
            bad = [v for v in values if v not in param.enum]
            if bad:
                raise invalid_input(f"Parameter '{param.name}' must be one of {', '.join(param.enum)}; got {bad[0]!r}")
        out[param.name] = value
    if endpoint.paged:
        limit = body.get("limit")
        if limit is not None:
            if not isinstance(limit, int) or isinstance(limit, bool):
                raise invalid_input("Parameter 'limit' must be an integer")
            if limit < 1:
                raise invalid_input("Parameter 'limit' must be at least 1")
            out["limit"] = min(limit, MAX_LIMIT)
        for name in ("cursor", "syncToken") if endpoint.sync else ("cursor",):
            value = body.get(name)
            if value is not None:
                if not isinstance(value, str):
                    raise invalid_input(f"Parameter '{name}' must be a string")
                out[name] = value
    return out
