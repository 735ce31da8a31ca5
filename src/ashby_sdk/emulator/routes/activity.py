"""Handlers for interviews, schedules, offers, projects and survey submissions."""

from __future__ import annotations

from typing import Any

from .. import rules
from .._forms import FORM
from ..paging import Listing
from ..render import render
from ._base import Ctx, Routes, all_of, archived, created_after

__all__ = ["ROUTES"]


def _schedules(ctx: Ctx, p: dict[str, Any]) -> Listing:
    app_id, stage_id = p.get("applicationId"), p.get("interviewStageId")
    if app_id is not None:
        rules.get(ctx.org, "application", app_id)
    if stage_id is not None:
        rules.get(ctx.org, "interviewStage", stage_id)
    return Listing(
        "interviewSchedule",
        where=all_of(
            (lambda row: row["applicationId"] == app_id) if app_id else None,
            (lambda row: row["interviewStageId"] == stage_id) if stage_id else None,
            created_after(p),
        ),
    )


def _in(field: str, values: list[str] | None, nested: bool = False) -> Any:
    if not values:
        return None
    if nested:
        return lambda row: row["latestVersion"].get(field) in values
    return lambda row: row.get(field) in values


def _offers(ctx: Ctx, p: dict[str, Any]) -> Listing:
    app_id = p.get("applicationId")
    if app_id is not None:
        rules.get(ctx.org, "application", app_id)
    return Listing(
        "offer",
        where=all_of(
            (lambda row: row["applicationId"] == app_id) if app_id else None,
            _in("offerStatus", p.get("offerStatus")),
            _in("acceptanceStatus", p.get("acceptanceStatus")),
            _in("approvalStatus", p.get("approvalStatus"), nested=True),
            created_after(p, "_createdAt"),
        ),
    )


ROUTES: Routes = {
    "interview.list": lambda ctx, p: Listing("interview", where_full=archived(p)),
    "interview.info": lambda ctx, p: render(ctx.org, "interview", rules.get(ctx.org, "interview", p["id"])),
    "interviewSchedule.list": _schedules,
    "offer.list": _offers,
    "offer.info": lambda ctx, p: {
        **render(ctx.org, "offer", rules.get(ctx.org, "offer", p["offerId"])),
        "formDefinition": FORM,
    },
    "project.list": lambda ctx, p: Listing("project", where=created_after(p)),
    "project.info": lambda ctx, p: render(ctx.org, "project", rules.get(ctx.org, "project", p["projectId"])),
    "surveySubmission.list": lambda ctx, p: Listing(
        "surveySubmission",
        where=all_of(lambda row: row["surveyType"] == p["surveyType"], created_after(p, "submittedAt")),
    ),
}
