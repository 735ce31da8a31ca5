"""Per-call options: what every call takes besides its own parameters, checked in one place.

:class:`RequestOptions` is the set of keyword arguments that ``client.request``,
``client.paginate`` and the base client's ``post``/``post_raw`` take (typed methods
take them as ``**options: Unpack[RequestOptions]``). :func:`apply_options` folds
them into a copy of the client's settings for that one call, so a pager made
with options keeps them for every page it fetches.
"""

from __future__ import annotations

import difflib
import inspect
import re
import sys
from collections.abc import Mapping
from dataclasses import replace
from types import CodeType, FrameType
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ._constants import MAX_RETRY_DELAY
from ._exceptions import AshbyConfigError, AshbyUnexpectedArgumentError

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from typing import Unpack as Unpack
    else:
        from typing_extensions import Unpack as Unpack

    from ._base_client import Settings

__all__ = ["OPTION_NAMES", "RequestOptions", "apply_options", "check_headers", "check_keywords", "check_timeout"]


class RequestOptions(TypedDict, total=False):
    """Options of one call (all optional), taken by every typed method, ``request`` and ``paginate``::

        client.candidates.get(candidate_id, timeout=5, extra_headers={"X-Trace": trace_id})
        client.jobs.list(max_retries=0)  # every page: one attempt each

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


def check_retry_delay(value: Any, where: str = "retry_delay") -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_RETRY_DELAY:
        raise AshbyConfigError(
            f"{where} must be seconds, more than 0 and at most {MAX_RETRY_DELAY:g}, got {value!r:.60}"
        )
    return float(value)


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


def check_keywords(options: Mapping[str, Any]) -> None:
    """Raise :class:`AshbyUnexpectedArgumentError` when a typed method got a keyword it does not take.

    A typed method's ``**options`` catches every keyword that is not one of its parameters, so a
    misspelt parameter lands here: the error names the method the caller called, its parameters
    and the options, as Python's own ``TypeError`` would name the method.
    """
    unknown = sorted(set(options) - OPTION_NAMES)
    if not unknown:
        return
    called = _called_method(sys._getframe(1))
    where = f"{called[0]}()" if called else "this method"
    names = called[1] if called else []
    shown = ", ".join(map(repr, unknown))
    message = f"{where} got an unexpected keyword argument {shown}"
    guess = difflib.get_close_matches(unknown[0], [*names, *sorted(OPTION_NAMES)], n=1)
    if guess:
        message += f" (did you mean {guess[0]!r}?)"
    if called:
        message += f"; its parameters are {', '.join(names) or '(none)'}"
    message += f"; every call also takes the options {', '.join(RequestOptions.__annotations__)}"
    raise AshbyUnexpectedArgumentError(message)


def _called_method(frame: FrameType | None) -> tuple[str, list[str]] | None:
    """("Class.method", its parameter names) of the outermost SDK method on the stack above ``frame``.

    Only ever run to word an error: a typed method forwards ``**options`` to other SDK methods
    (``get`` to ``info``, ``list`` to ``iter``, ``client.get_job_funnel`` to the stages), and the
    one to name is the one the caller called.
    """
    from ._client import AshbyClient, AsyncAshbyClient
    from ._resource import APIResource, AsyncAPIResource

    kinds = (APIResource, AsyncAPIResource, AshbyClient, AsyncAshbyClient)
    found: tuple[str, list[str]] | None = None
    while frame is not None:
        owner = frame.f_locals.get("self")
        if not isinstance(owner, kinds):
            if found is not None:
                break
        else:
            method = _public_method(type(owner), frame.f_code)
            if method is not None:
                name, function = method
                params = inspect.signature(function).parameters.values()
                shown = [p.name for p in params if p.name != "self" and p.kind is not p.VAR_KEYWORD]
                found = (f"{type(owner).__name__}.{name}", shown)
        frame = frame.f_back
    return found


def _public_method(cls: type, code: CodeType) -> tuple[str, Any] | None:
    for name in dir(cls):
        if name.startswith("_"):
            continue
        function = inspect.getattr_static(cls, name)
        if getattr(function, "__code__", None) is code:
            return name, function
    return None
