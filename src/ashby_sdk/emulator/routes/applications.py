"""Handlers for ``application.*`` and ``applicationFeedback.list``."""

from __future__ import annotations

from typing import Any

from .. import rules
from ..errors import invalid_input, not_found
from ..paging import Listing
from ..render import render
from ._base import Ctx, Routes, all_of, created_after

__all__ = ["ROUTES"]


def _list(ctx: Ctx, p: dict[str, Any]) -> Listing:
    job_id, status = p.get("jobId"), p.get("status")
    if job_id is not None:
        rules.get(ctx.org, "job", job_id)
    return Listing(
        "application",
        where=all_of(
            (lambda row: row["_jobId"] == job_id) if job_id else None,
            (lambda row: row["status"] == status) if status else None,
            created_after(p),
        ),
    )


def _info(ctx: Ctx, p: dict[str, Any]) -> Any:
    if "applicationId" in p:
        app = rules.get(ctx.org, "application", p["applicationId"])
    elif "submittedFormInstanceId" in p:
        # The emulator records no application form submissions, so no instance id resolves.
        raise not_found("application", p["submittedFormInstanceId"])
    else:
        raise invalid_input("One of 'applicationId' or 'submittedFormInstanceId' is required")
    out = render(ctx.org, "application", app)
    expand = p.get("expand") or []
    if "openings" in expand:
        job = ctx.org["job"].get(app["_jobId"]) or {}
        openings = (ctx.org["opening"].get(i) for i in job.get("_openingIds", []))
        out["openings"] = [render(ctx.org, "opening", o) for o in openings if o is not None]
    if "applicationFormSubmissions" in expand:
        out["applicationFormSubmissions"] = []
    if "referrals" in expand:
        out["referrals"] = []
    return out


def _feedback(ctx: Ctx, p: dict[str, Any]) -> Listing:
    app_id = p.get("applicationId")
    if app_id is not None:
        rules.get(ctx.org, "application", app_id)
    return Listing(
        "feedback",
        where=all_of((lambda row: row["applicationId"] == app_id) if app_id else None, created_after(p, "submittedAt")),
    )


def _app(ctx: Ctx, row: Any) -> Any:
    return render(ctx.org, "application", row)


ROUTES: Routes = {
    "application.list": _list,
    "application.info": _info,
    "application.create": lambda ctx, p: _app(ctx, rules.create_application(ctx.org, p)),
    "application.changeStage": lambda ctx, p: _app(
        ctx, rules.change_stage(ctx.org, p["applicationId"], p["interviewStageId"], p.get("archiveReasonId"))
    ),
    "application.changeSource": lambda ctx, p: _app(
        ctx, rules.change_source(ctx.org, p["applicationId"], p["sourceId"])
    ),
    "applicationFeedback.list": _feedback,
}
