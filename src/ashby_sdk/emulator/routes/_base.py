"""What handlers receive and share: the request context and small filter helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..._catalogue import Endpoint
from .._util import iso_to_ms
from ..errors import invalid_input
from ..state import Organisation, Row

__all__ = ["Ctx", "Handler", "Routes", "all_of", "archived", "created_after", "time_bound"]


@dataclass
class Ctx:
    """Everything a handler may touch besides its parameters."""

    org: Organisation
    endpoint: Endpoint
    base_url: str
    file_url: Callable[[Row], str]
    on_webhook_created: Callable[[Row], None]


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
