"""Handlers for two endpoints Ashby added in 2026: ``application.delete`` and ``version.list``.

Inferred: ``application.delete`` answers ``{applicationId}`` (the changelog says
it returns the application's id) and takes the id off its candidate;
``version.list`` answers the one active version the reference lists.
"""

from __future__ import annotations

from typing import Any

from .. import rules
from ._base import Ctx, Routes

__all__ = ["API_VERSIONS", "ROUTES"]

API_VERSIONS = ({"version": "2026-01-01", "status": "active"},)
"""The versions ``version.list`` answers (the 'API Versions' page: one, active)."""


def _delete_application(ctx: Ctx, p: dict[str, Any]) -> Any:
    org = ctx.org
    row = rules.get(org, "application", p["applicationId"])
    candidate = org["candidate"].get(row["_candidateId"])
    if candidate is not None:
        candidate["applicationIds"] = [i for i in candidate.get("applicationIds", []) if i != row["id"]]
        org.touch("candidate", candidate["id"])
    org.delete("application", row["id"])
    return {"applicationId": row["id"]}


ROUTES: Routes = {
    "application.delete": _delete_application,
    "version.list": lambda ctx, p: [dict(v) for v in API_VERSIONS],
}
