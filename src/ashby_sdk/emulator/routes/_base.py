"""What handlers receive and share: the request context and small filter helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..._catalogue import Endpoint
from .. import rules
from .._util import iso_to_ms, new_uuid
from ..errors import invalid_input
from ..paging import Listing
from ..render import render
from ..state import Organisation, Row

__all__ = [
    "Ctx",
    "Handler",
    "Routes",
    "all_of",
    "archived",
    "created_after",
    "emit",
    "info_of",
    "inserter",
    "listing_of",
    "setter",
    "time_bound",
]


@dataclass
class Ctx:
    """Everything a handler may touch besides its parameters."""

    org: Organisation
    endpoint: Endpoint
    base_url: str
    file_url: Callable[[Row], str]
    on_webhook_created: Callable[[Row], None]
    permissions: frozenset[str] | None = None
    """The key's permissions (``None``: every permission)."""


Handler = Callable[[Ctx, dict[str, Any]], Any]
Routes = dict[str, Handler]


def archived(
    params: dict[str, Any], flag: str = "includeArchived", field: str = "isArchived"
) -> Callable[[Row], bool] | None:
    """A full-listing filter hiding archived rows unless ``flag`` is true."""
    if params.get(flag):
        return None
    return lambda row: not row.get(field)


def created_after(params: dict[str, Any], field: str = "createdAt") -> Callable[[Row], bool] | None:
    """``createdAfter`` (milliseconds since the epoch, as Ashby takes it) as a row filter."""
    after = params.get("createdAfter")
    if after is None:
        return None
    return lambda row: (iso_to_ms(row.get(field) or "") or 0) > after


def time_bound(value: int | str | None, name: str) -> int | None:
    """An ISO 8601 or milliseconds-since-epoch bound in milliseconds."""
    if value is None or isinstance(value, int):
        return value
    if value.isdigit():
        return int(value)
    ms = iso_to_ms(value)
    if ms is None:
        raise invalid_input(f"Parameter '{name}' must be an ISO 8601 timestamp or milliseconds since the epoch")
    return ms


def all_of(*preds: Callable[[Row], bool] | None) -> Callable[[Row], bool] | None:
    real = [p for p in preds if p is not None]
    if not real:
        return None
    if len(real) == 1:
        return real[0]
    return lambda row: all(p(row) for p in real)


def emit(ctx: Ctx, action: str, key: str, kind: str, row: Row) -> None:
    """Tell the webhook dispatcher that ``action`` happened to ``row`` (rendered only when someone listens)."""
    if ctx.org.listeners:
        ctx.org.emit(action, {key: render(ctx.org, kind, row)})


def info_of(kind: str, param: str) -> Handler:
    """``*.info``: the row ``params[param]`` of ``kind``, rendered (or its not-found error)."""
    return lambda ctx, p: render(ctx.org, kind, rules.get(ctx.org, kind, p.get(param)))


def listing_of(kind: str, field: str | None = None, param: str | None = None, parent: str | None = None) -> Handler:
    """A listing of ``kind``, rows whose ``field`` is ``params[param]`` (when given; ``parent`` must exist)."""

    def handler(ctx: Ctx, p: dict[str, Any]) -> Listing:
        if field is None or param is None:
            return Listing(kind)
        value = p.get(param)
        if value is None:
            return Listing(kind)
        if parent is not None:
            rules.get(ctx.org, parent, value)
        return Listing(kind, match=(field, value))

    return handler


def setter(kind: str, param: str, **fields: str | Callable[[dict[str, Any]], Any]) -> Handler:
    """A write that copies parameters (or computed values) onto the row ``params[param]`` and renders it."""

    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        row = rules.get(ctx.org, kind, p.get(param))
        for key, source in fields.items():
            if callable(source):
                row[key] = source(p)
            elif source in p:
                row[key] = p[source]
        ctx.org.touch(kind, row["id"])
        return render(ctx.org, kind, row)

    return handler


def inserter(kind: str, **defaults: Any) -> Callable[[Ctx, dict[str, Any]], Row]:
    """Insert a new ``kind`` row from ``defaults`` and the given values; returns the row."""

    def insert(ctx: Ctx, values: dict[str, Any]) -> Row:
        return ctx.org.insert(kind, {"id": new_uuid(ctx.org.rng), **defaults, **values})

    return insert
