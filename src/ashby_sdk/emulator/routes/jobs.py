"""Handlers for jobs, job postings, interview plans and stages, and openings."""

from __future__ import annotations

from typing import Any

from .. import rules
from .._forms import APPLICATION_FORM
from .._util import iso_to_ms
from ..paging import Listing
from ..render import render
from ._base import Ctx, Routes, all_of, archived, created_after, time_bound

__all__ = ["ROUTES"]

_DESCRIPTIONS = ("descriptionPlain", "descriptionHtml")


def _bound(field: str, bound: int | None, after: bool) -> Any:
    if bound is None:
        return None

    def check(row: Any) -> bool:
        ms = iso_to_ms(row.get(field) or "")
        return ms is not None and (ms > bound if after else ms < bound)

    return check


def _job_list(ctx: Ctx, p: dict[str, Any]) -> Listing:
    statuses = p.get("status")
    # Ashby leaves Draft jobs out unless a status filter asks for them.
    status_ok = (lambda row: row["status"] in statuses) if statuses else (lambda row: row["status"] != "Draft")
    return Listing(
        "job",
        where=all_of(
            status_ok,
            created_after(p),
            _bound("openedAt", time_bound(p.get("openedAfter"), "openedAfter"), True),
            _bound("openedAt", time_bound(p.get("openedBefore"), "openedBefore"), False),
            _bound("closedAt", time_bound(p.get("closedAfter"), "closedAfter"), True),
            _bound("closedAt", time_bound(p.get("closedBefore"), "closedBefore"), False),
        ),
    )


def _job_info(ctx: Ctx, p: dict[str, Any]) -> Any:
    job = rules.get(ctx.org, "job", p["id"])
    out = render(ctx.org, "job", job)
    expand = p.get("expand") or []
    if "location" in expand:
        loc = ctx.org["location"].get(job["locationId"])
        out["location"] = None if loc is None else render(ctx.org, "location", loc)
    if "openings" in expand:
        openings = (ctx.org["opening"].get(i) for i in job["_openingIds"])
        out["openings"] = [render(ctx.org, "opening", o) for o in openings if o is not None]
    return out


def _posting_list(ctx: Ctx, p: dict[str, Any]) -> Any:
    out = []
    listed_only = p.get("listedOnly", False)
    location, department = p.get("location"), p.get("department")
    for row in ctx.org["jobPosting"]:
        if listed_only and not row["isListed"]:
            continue
        # The reference types these filters as strings; a name or an id both match here (inferred).
        if location and location not in (row["locationName"], row["locationIds"]["primaryLocationId"]):
            continue
        job = ctx.org["job"].get(row["jobId"]) or {}
        if department and department not in (row["departmentName"], job.get("departmentId")):
            continue
        item = render(ctx.org, "jobPosting", row)
        for key in _DESCRIPTIONS:
            item.pop(key, None)
        out.append(item)
    return out


def _stage_list(ctx: Ctx, p: dict[str, Any]) -> Any:
    plan = rules.get(ctx.org, "interviewPlan", p["interviewPlanId"])
    stages = ctx.org["interviewStage"].matching("interviewPlanId", plan["id"])
    return [render(ctx.org, "interviewStage", s) for s in sorted(stages, key=lambda s: s["orderInInterviewPlan"])]


_SCHEMA_ORG_TYPES = {"FullTime": "FULL_TIME", "PartTime": "PART_TIME", "Contract": "CONTRACTOR", "Intern": "INTERN"}


def _posting_details(ctx: Ctx, row: Any) -> dict[str, Any]:
    """What ``jobPosting.info`` adds to a listed posting: description parts, JSON-LD, forms, compensation."""
    location = ctx.org["location"].get(row["locationIds"]["primaryLocationId"]) or {}
    address = (location.get("address") or {}).get("postalAddress") or {}
    return {
        "descriptionParts": {
            "descriptionOpening": None,
            "descriptionBody": {"html": row["descriptionHtml"], "plain": row["descriptionPlain"]},
            "descriptionClosing": None,
        },
        "linkedData": {
            "@context": "https://schema.org/",
            "@type": "JobPosting",
            "title": row["title"],
            "description": row["descriptionHtml"],
            "identifier": {"@type": "PropertyValue", "name": row["title"], "value": row["id"]},
            "datePosted": row["publishedDate"],
            "employmentType": _SCHEMA_ORG_TYPES.get(row["employmentType"], "FULL_TIME"),
            "hiringOrganization": {"@type": "Organization", "name": "Emulated Co", "sameAs": "https://example.com"},
            "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", **address}},
        },
        "applicationFormDefinition": APPLICATION_FORM,
        "surveyFormDefinitions": [],
        "compensation": {
            "compensationTierSummary": row["compensationTierSummary"],
            "compensationTiers": [],
            "summaryComponents": [],
            "shouldDisplayCompensationOnJobBoard": row["shouldDisplayCompensationOnJobBoard"],
        },
    }


def _posting_info(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "jobPosting", p["jobPostingId"])
    out = {**render(ctx.org, "jobPosting", row), **_posting_details(ctx, row)}
    if "job" in (p.get("expand") or []):
        job = ctx.org["job"].get(row["jobId"])
        out["job"] = None if job is None else render(ctx.org, "job", job)
    return out


ROUTES: Routes = {
    "job.list": _job_list,
    "job.info": _job_info,
    "jobPosting.list": _posting_list,
    "jobPosting.info": _posting_info,
    "interviewStage.list": _stage_list,
    "interviewStage.info": lambda ctx, p: render(
        ctx.org, "interviewStage", rules.get(ctx.org, "interviewStage", p["interviewStageId"])
    ),
    "interviewPlan.list": lambda ctx, p: Listing("interviewPlan", where_full=archived(p)),
    "opening.list": lambda ctx, p: Listing("opening", where=created_after(p, "openedAt")),
}
