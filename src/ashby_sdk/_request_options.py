"""Per-call options: what every call takes besides its own parameters, checked in one place.

:class:`RequestOptions` is the set of keyword arguments that ``client.request``,
``client.paginate`` and the base client's ``post``/``post_raw`` take (typed methods
take them as ``**options: Unpack[RequestOptions]``). :func:`apply_options` folds
them into a copy of the client's settings for that one call, so a pager made
with options keeps them for every page it fetches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ._exceptions import AshbyConfigError

if TYPE_CHECKING:
    from ._base_client import Settings

__all__ = ["OPTION_NAMES", "RequestOptions", "apply_options", "check_headers", "check_timeout"]


class RequestOptions(TypedDict, total=False):
    """Options of one call (all optional).

    - ``timeout``: seconds, or an ``httpx.Timeout``, for this call's attempts.
    - ``max_retries``: retries for this call (``0``: one attempt only).
    - ``extra_headers``: headers added to this call's request; a ``None`` value
      removes a header the client would send (e.g. ``{"Ashby-Version": None}``).
      ``{"X-On-Behalf-Of": user_id}`` acts as that Ashby user (a beta of Ashby's,
      which needs the key's "Allow acting on behalf of a user" permission).
    - ``extra_body``: parameters merged into the JSON body as given (``None``
      sends ``null``), e.g. one the SDK does not describe yet.
    - ``idempotent``: ``True`` declares the call safe to send twice, so it is
      retried after a 5xx, a read timeout or a dropped connection like a read
      (up to ``max_retries``); ``False`` never retries it after such a failure;
      unset, the API description decides (writes are retried only where a
      second send provably changes nothing).
    """

    timeout: float | httpx.Timeout
    max_retries: int
    extra_headers: Mapping[str, str | None]
    extra_body: Mapping[str, Any]
    idempotent: bool


OPTION_NAMES = frozenset(RequestOptions.__annotations__)

_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_RESERVED = {"authorization": "pass api_key= (or use with_options(api_key=...)), not an Authorization header"}


def check_timeout(value: Any, where: str = "timeout") -> httpx.Timeout:
    """Seconds (a positive number) or an ``httpx.Timeout``, as an ``httpx.Timeout``."""
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise AshbyConfigError(f"{where} must be positive seconds or an httpx.Timeout, got {value!r:.60}")
    return httpx.Timeout(float(value))


def check_max_retries(value: Any, where: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise AshbyConfigError(f"{where} must be a whole number >= 0, got {value!r:.60}")
    return value


def check_headers(value: Any, where: str = "extra_headers") -> dict[str, str | None]:
    """Header names and values that can go on the wire (``None``: remove that header)."""
    if not isinstance(value, Mapping):
        raise AshbyConfigError(f"{where} must be a mapping of header names to values, got {type(value).__name__}")
    checked: dict[str, str | None] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not _TOKEN.match(name):
            raise AshbyConfigError(f"{where}: {name!r:.60} is not a valid header name")
        if name.lower() in _RESERVED:
            raise AshbyConfigError(f"{where}: {_RESERVED[name.lower()]}")
        if text is not None and (not isinstance(text, str) or any(c in text for c in "\r\n\x00")):
            raise AshbyConfigError(f"{where}: {name} must be a string without line breaks (or None), got {text!r:.60}")
        checked[name] = text
    return checked


def merge_headers(current: Mapping[str, str | None], extra: Mapping[str, str | None]) -> dict[str, str | None]:
    """``current`` with ``extra`` on top, names compared without case (the later spelling wins)."""
    merged = {name: text for name, text in current.items() if name.lower() not in {n.lower() for n in extra}}
    merged.update(extra)
    return merged


def _check_body(value: Any, where: str) -> dict[str, Any]:
    from ._validation import check_sendable

    if not isinstance(value, Mapping):
        raise AshbyConfigError(f"{where} must be a mapping of parameter names to values, got {type(value).__name__}")
    return check_sendable(where, value)


def apply_options(settings: Settings, options: Mapping[str, Any], *, allow_idempotent: bool = True) -> Settings:
    """``settings`` with ``options`` applied; :class:`AshbyConfigError` names any bad or unknown option."""
    unknown = sorted(set(options) - OPTION_NAMES)
    if unknown:
        raise AshbyConfigError(
            f"unknown option {', '.join(map(repr, unknown))}; the options are {', '.join(sorted(OPTION_NAMES))}"
        )
    changes: dict[str, Any] = {}
    if options.get("timeout") is not None:
        changes["timeout"] = check_timeout(options["timeout"])
    if options.get("max_retries") is not None:
        changes["max_retries"] = check_max_retries(options["max_retries"])
    if options.get("extra_headers"):
        changes["headers"] = merge_headers(settings.headers, check_headers(options["extra_headers"]))
    if options.get("extra_body"):
        changes["extra_body"] = {**settings.extra_body, **_check_body(options["extra_body"], "extra_body")}
    if options.get("idempotent") is not None:
        if not allow_idempotent:
            raise AshbyConfigError("idempotent is a per-call option: pass it to the call, not to with_options()")
        if not isinstance(options["idempotent"], bool):
            raise AshbyConfigError(f"idempotent must be True or False, got {options['idempotent']!r:.60}")
        changes["idempotent"] = options["idempotent"]
    return replace(settings, **changes) if changes else settings
