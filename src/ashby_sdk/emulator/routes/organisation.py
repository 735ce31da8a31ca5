"""Handlers for hiring-process metadata and the organisation: sources, reasons, fields, people, places.

List handlers return a :class:`Listing`; the wire layer pages it when the
catalogue says the endpoint pages, and answers every row when it does not.
"""

from __future__ import annotations

from typing import Any

from .._names import HIRING_TEAM_ROLES
from ..paging import Listing
from ._base import Ctx, Handler, Routes, archived, info_of

__all__ = ["ROUTES"]


def _roles(ctx: Ctx, p: dict[str, Any]) -> Any:
    if p.get("namesOnly", True):
        return list(HIRING_TEAM_ROLES)
    # Stable ids per role title, so a client can key on them across calls (inferred shape: {id, title}).
    return [{"id": f"00000000-0000-4000-8000-{i:012d}", "title": t} for i, t in enumerate(HIRING_TEAM_ROLES, 1)]


def _archivable(kind: str) -> Handler:
    return lambda ctx, p: Listing(kind, where_full=archived(p))


ROUTES: Routes = {
    "archiveReason.list": _archivable("archiveReason"),
    "closeReason.list": _archivable("closeReason"),
    "source.list": _archivable("source"),
    "hiringTeamRole.list": _roles,
    "customField.list": _archivable("customField"),
    "customField.info": info_of("customField", "customFieldId"),
    "department.list": _archivable("department"),
    "department.info": info_of("department", "departmentId"),
    "location.list": _archivable("location"),
    "location.info": info_of("location", "locationId"),
    "user.list": lambda ctx, p: Listing(
        "user", where_full=None if p.get("includeDeactivated") else (lambda row: bool(row["isEnabled"]))
    ),
    "user.info": info_of("user", "userId"),
}
