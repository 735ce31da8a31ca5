"""Handlers for setting up the organisation: departments, locations, custom fields, jobs, openings, pools.

Writes change the rows and stamp them (so incremental sync sees them); unknown ids are ``*_not_found``.
"""

from __future__ import annotations

from typing import Any

from .. import rules
from .._util import iso, new_uuid
from ..errors import invalid_input
from ..paging import Listing
from ..render import render
from ..state import Row
from ._base import Ctx, Routes, archived, emit, info_of, inserter, listing_of, setter

__all__ = ["ROUTES"]

_new_department = inserter("department", isArchived=False, parentId=None, externalName=None, extraData={})
_new_location = inserter("location", isArchived=False, parentLocationId=None, externalName=None, extraData={})
_new_pool = inserter("interviewerPool", isArchived=False, _members=[])


def _now(ctx: Ctx) -> str:
    return iso(ctx.org.clock())


def _department_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    if "parentId" in p:
        rules.get(ctx.org, "department", p["parentId"])
    row = _new_department(ctx, {**p, "createdAt": _now(ctx), "updatedAt": _now(ctx)})
    return render(ctx.org, "department", row)


def _department_move(ctx: Ctx, p: dict[str, Any]) -> Any:
    if p.get("parentId") is not None:
        rules.get(ctx.org, "department", p["parentId"])
    return setter("department", "departmentId", parentId=lambda q: q.get("parentId"))(ctx, p)


def _location_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    if "parentLocationId" in p:
        rules.get(ctx.org, "location", p["parentLocationId"])
    if p["type"] == "LocationHierarchy" and (p.get("isRemote") or "workplaceType" in p):
        raise invalid_input("A LocationHierarchy cannot be remote or have a workplaceType")
    return render(ctx.org, "location", _new_location(ctx, p))


def _location_move(ctx: Ctx, p: dict[str, Any]) -> Any:
    rules.get(ctx.org, "location", p["parentLocationHierarchyId"])
    return setter("location", "locationId", parentLocationId="parentLocationHierarchyId")(ctx, p)


def _field_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    values = [{**v, "isArchived": False} for v in p.get("selectableValues", [])]
    if p["fieldType"] in ("ValueSelect", "MultiValueSelect") and not values:
        raise invalid_input("selectableValues is required for ValueSelect and MultiValueSelect fields")
    row = inserter("customField", isPrivate=False, isArchived=False, isRequired=False)(
        ctx,
        {"title": p["title"], "objectType": p["objectType"], "fieldType": p["fieldType"], "selectableValues": values},
    )
    return render(ctx.org, "customField", row)


def _merge_values(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "customField", p["customFieldId"])
    if not all(isinstance(v.get("value"), str) and v["value"] for v in p["selectableValues"]):
        raise invalid_input("Every selectable value needs a non-empty string 'value'")
    given = {v["value"]: v for v in p["selectableValues"]}
    merged = [
        {**old, "isArchived": True} if old["value"] not in given else {**old, **given.pop(old["value"])}
        for old in row.get("selectableValues") or []
    ]
    row["selectableValues"] = merged + [{"isArchived": False, **v} for v in given.values()]
    ctx.org.touch("customField", row["id"])
    return render(ctx.org, "customField", row)


_CF_KINDS = {"Application": "application", "Candidate": "candidate", "Job": "job", "Opening": "opening"}


def _set_value(ctx: Ctx, object_type: str, object_id: str, field_id: str, value: Any) -> dict[str, Any]:
    kind = _CF_KINDS[object_type]
    row = rules.get(ctx.org, kind, object_id)
    field = rules.get(ctx.org, "customField", field_id)
    entry = {"id": field["id"], "title": field["title"], "value": value, "isPrivate": field.get("isPrivate", False)}
    others = [f for f in row.get("customFields") or [] if f.get("id") != field["id"]]
    row["customFields"] = [*others, entry]
    ctx.org.touch(kind, row["id"])
    return entry


def _set_values(ctx: Ctx, p: dict[str, Any]) -> Any:
    rules.get(ctx.org, _CF_KINDS[p["objectType"]], p["objectId"])
    if not p["values"]:
        raise invalid_input("'values' must not be empty")
    for v in p["values"]:
        if "fieldId" not in v or "fieldValue" not in v:
            raise invalid_input("Every entry of 'values' needs fieldId and fieldValue")
    return [_set_value(ctx, p["objectType"], p["objectId"], v["fieldId"], v["fieldValue"]) for v in p["values"]]


def _job_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    for key, kind in (
        ("jobTemplateId", "jobTemplate"),
        ("brandId", "brand"),
        ("defaultInterviewPlanId", "interviewPlan"),
    ):
        if key in p:
            rules.get(ctx.org, kind, p[key])
    job = rules.create_job(ctx.org, p["title"], department_id=p["teamId"], location_id=p["locationId"])
    return render(ctx.org, "job", job)


def _job_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    for key, kind in (
        ("teamId", "department"),
        ("locationId", "location"),
        ("defaultInterviewPlanId", "interviewPlan"),
    ):
        if key in p:
            rules.get(ctx.org, kind, p[key])
    fields = {"title": "title", "departmentId": "teamId", "locationId": "locationId"}
    out = setter("job", "jobId", customRequisitionId="customRequisitionId", **fields)(ctx, p)
    emit(ctx, "jobUpdate", "job", "job", rules.get(ctx.org, "job", p["jobId"]))
    return out


def _summary(component: dict[str, Any]) -> str:
    """A component's range as text (the emulator's wording, not Ashby's: e.g. ``USD 100000 – 120000``)."""
    low, high = component.get("minValue"), component.get("maxValue")
    unit = "%" if component.get("compensationType") == "EquityPercentage" else ""
    values = " – ".join(f"{v:g}{unit}" for v in (low, high) if isinstance(v, (int, float)))
    return " ".join(part for part in (component.get("currencyCode"), values) if part)


def _compensation(ctx: Ctx, p: dict[str, Any]) -> Any:
    for tier in p["compensationTiers"]:
        if not isinstance(tier.get("components"), list) or not all(isinstance(c, dict) for c in tier["components"]):
            raise invalid_input("Every compensation tier needs components")
    tiers = []
    for t in p["compensationTiers"]:
        components = [{"id": new_uuid(ctx.org.rng), "summary": _summary(c), **c} for c in t["components"]]
        summary = " • ".join(c["summary"] for c in components)
        tiers.append({"id": new_uuid(ctx.org.rng), "tierSummary": summary, **t, "components": components})
    job = setter("job", "jobId", compensation=lambda q: {"compensationTiers": tiers})(ctx, p)
    emit(ctx, "jobUpdate", "job", "job", rules.get(ctx.org, "job", p["jobId"]))
    return {**job, "compensationTiers": tiers}


def _job_search(ctx: Ctx, p: dict[str, Any]) -> Any:
    title, req = (p.get("title") or "").lower(), p.get("requisitionId")
    if not title and not req:
        raise invalid_input("One of 'title' or 'requisitionId' is required")
    return [
        render(ctx.org, "job", j)
        for j in ctx.org["job"]
        if (not title or title in j["title"].lower()) and (not req or j.get("customRequisitionId") == req)
    ]


def _job_plan(ctx: Ctx, p: dict[str, Any]) -> Any:
    job = rules.get(ctx.org, "job", p["jobId"])
    plan_id = job["defaultInterviewPlanId"]
    stages = sorted(
        (s for s in ctx.org["interviewStage"] if s["interviewPlanId"] == plan_id),
        key=lambda s: s["orderInInterviewPlan"],
    )
    return {"jobId": job["id"], "interviewPlanId": plan_id, "stages": [{**s, "activities": []} for s in stages]}


def _posting_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    description = p.get("description")
    if description is not None:
        p = {**p, "descriptionHtml": description.get("content", "")}
    fields = ("title", "workplaceType", "suppressDescriptionOpening", "suppressDescriptionClosing", "descriptionHtml")
    out = setter("jobPosting", "jobPostingId", **{f: f for f in fields})(ctx, p)
    emit(ctx, "jobPostingUpdate", "jobPosting", "jobPosting", rules.get(ctx.org, "jobPosting", p["jobPostingId"]))
    return out


def _opening(ctx: Ctx, opening_id: Any) -> Row:
    return rules.get(ctx.org, "opening", opening_id)


def _opening_link(field: str, kind: str, param: str, add: bool) -> Any:
    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        row = _opening(ctx, p["openingId"])
        target = rules.get(ctx.org, kind, p[param])["id"]
        version = row.setdefault("latestVersion", {})
        current = [i for i in version.get(field) or [] if i != target]
        version[field] = [*current, target] if add else current
        if kind == "job":
            job = ctx.org["job"].get(target) or {}
            ids = [i for i in job.get("_openingIds", []) if i != row["id"]]
            job["_openingIds"] = [*ids, row["id"]] if add else ids
        ctx.org.touch("opening", row["id"])
        return render(ctx.org, "opening", row)

    return handler


def _opening_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    for job_id in p.get("jobIds", []):
        rules.get(ctx.org, "job", job_id)
    for loc_id in p.get("locationIds", []):
        rules.get(ctx.org, "location", loc_id)
    version = {
        "id": new_uuid(ctx.org.rng),
        "identifier": f"REQ-{len(ctx.org['opening']) + 1:04d}",
        "description": "",
        "authorId": next(iter(ctx.org["user"]))["id"],
        "createdAt": _now(ctx),
        "jobIds": [],
        "isBackfill": False,
        "employmentType": "FullTime",
        "locationIds": [],
        "hiringTeam": [],
        "customFields": [],
        **{k: v for k, v in p.items() if k != "openingState"},
    }
    row = inserter("opening", isArchived=False, archivedAt=None, closedAt=None, closeReasonId=None)(
        ctx, {"openedAt": _now(ctx), "openingState": p.get("openingState", "Draft"), "latestVersion": version}
    )
    emit(ctx, "openingCreate", "opening", "opening", row)
    return render(ctx.org, "opening", row)


def _opening_state(ctx: Ctx, p: dict[str, Any]) -> Any:
    if "closeReasonId" in p:
        rules.get(ctx.org, "closeReason", p["closeReasonId"])
    closed = p.get("openingState") == "Closed"
    return setter(
        "opening",
        "openingId",
        openingState="openingState",
        closeReasonId=lambda q: q.get("closeReasonId") if closed else None,
        closedAt=lambda q: _now(ctx) if closed else None,
    )(ctx, p)


def _opening_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = _opening(ctx, p.get("openingId"))
    row["latestVersion"] = {**(row.get("latestVersion") or {}), **{k: v for k, v in p.items() if k != "openingId"}}
    ctx.org.touch("opening", row["id"])
    return render(ctx.org, "opening", row)


def _opening_search(ctx: Ctx, p: dict[str, Any]) -> Any:
    wanted = p["identifier"]
    return [
        render(ctx.org, "opening", o)
        for o in ctx.org["opening"]
        if (o.get("latestVersion") or {}).get("identifier") == wanted
    ]


def _pool_member(add: bool) -> Any:
    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        pool = rules.get(ctx.org, "interviewerPool", p["interviewerPoolId"])
        user = rules.get(ctx.org, "user", p["userId"])["id"]
        members = [m for m in pool["_members"] if m != user]
        pool["_members"] = [*members, user] if add else members
        ctx.org.touch("interviewerPool", pool["id"])
        return render(ctx.org, "interviewerPool", pool)

    return handler


def _pools(ctx: Ctx, p: dict[str, Any]) -> Listing:
    return Listing("interviewerPool", where_full=archived(p, "includeArchivedPools"))


def _flag(kind: str, param: str, field: str, value: bool) -> Any:
    return setter(kind, param, **{field: lambda q: value})


ROUTES: Routes = {
    "brand.list": listing_of("brand"),
    "jobBoard.list": listing_of("jobBoard"),
    "communicationTemplate.list": listing_of("communicationTemplate"),
    "interviewStageGroup.list": listing_of("interviewStageGroup"),
    "jobTemplate.list": listing_of("jobTemplate"),
    "sourceTrackingLink.list": lambda ctx, p: Listing(
        "sourceTrackingLink", where=None if p.get("includeDisabled") else (lambda row: bool(row["enabled"]))
    ),
    "feedbackFormDefinition.list": lambda ctx, p: Listing("feedbackForm", where_full=archived(p)),
    "feedbackFormDefinition.info": info_of("feedbackForm", "feedbackFormDefinitionId"),
    "surveyFormDefinition.list": listing_of("surveyForm"),
    "surveyFormDefinition.info": info_of("surveyForm", "surveyFormDefinitionId"),
    "referralForm.info": lambda ctx, p: render(ctx.org, "referralForm", next(iter(ctx.org["referralForm"]))),
    "department.create": _department_create,
    "department.archive": _flag("department", "departmentId", "isArchived", True),
    "department.restore": _flag("department", "departmentId", "isArchived", False),
    "department.move": _department_move,
    "department.update": setter(
        "department", "departmentId", name="name", externalName="externalName", extraData="extraData"
    ),
    "location.create": _location_create,
    "location.archive": _flag("location", "locationId", "isArchived", True),
    "location.restore": _flag("location", "locationId", "isArchived", False),
    "location.move": _location_move,
    "location.updateAddress": setter("location", "locationId", address="address"),
    "location.updateName": setter("location", "locationId", name="name"),
    "location.updateExternalName": setter("location", "locationId", externalName=lambda q: q.get("externalName")),
    "location.updateWorkplaceType": setter("location", "locationId", workplaceType="workplaceType"),
    "customField.create": _field_create,
    "customField.setValue": lambda ctx, p: _set_value(
        ctx, p["objectType"], p["objectId"], p["fieldId"], p["fieldValue"]
    ),
    "customField.setValues": _set_values,
    "customField.updateSelectableValues": _merge_values,
    "candidateTag.archive": _flag("tag", "tagId", "isArchived", True),
    "job.create": _job_create,
    "job.setStatus": lambda ctx, p: render(ctx.org, "job", rules.set_job_status(ctx.org, p["jobId"], p["status"])),
    "job.update": _job_update,
    "job.updateCompensation": _compensation,
    "job.search": _job_search,
    "jobInterviewPlan.info": _job_plan,
    "jobPosting.update": _posting_update,
    "opening.info": info_of("opening", "openingId"),
    "opening.search": _opening_search,
    "opening.create": _opening_create,
    "opening.addJob": _opening_link("jobIds", "job", "jobId", True),
    "opening.removeJob": _opening_link("jobIds", "job", "jobId", False),
    "opening.addLocation": _opening_link("locationIds", "location", "locationId", True),
    "opening.removeLocation": _opening_link("locationIds", "location", "locationId", False),
    "opening.setOpeningState": _opening_state,
    "opening.setArchived": setter(
        "opening", "openingId", isArchived="archive", archivedAt=lambda q: iso(0) if q.get("archive") else None
    ),
    "opening.update": _opening_update,
    "interviewerPool.list": _pools,
    "interviewerPool.info": info_of("interviewerPool", "interviewerPoolId"),
    "interviewerPool.create": lambda ctx, p: render(ctx.org, "interviewerPool", _new_pool(ctx, dict(p))),
    "interviewerPool.update": setter(
        "interviewerPool", "interviewerPoolId", title="title", requiresTraining="requiresTraining"
    ),
    "interviewerPool.archive": _flag("interviewerPool", "interviewerPoolId", "isArchived", True),
    "interviewerPool.restore": _flag("interviewerPool", "interviewerPoolId", "isArchived", False),
    "interviewerPool.addUser": _pool_member(True),
    "interviewerPool.removeUser": _pool_member(False),
}
