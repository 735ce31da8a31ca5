"""Ashby's write rules applied to an :class:`Organisation`.

Each function validates references (raising the ``*_not_found`` / ``invalid_input``
errors Ashby answers with), changes the rows, stamps them with the next change
sequence number and emits the webhook action Ashby would send.
"""

from __future__ import annotations

from typing import Any

from ._util import iso, new_uuid
from .errors import ApiError, invalid_input, not_found
from .render import render
from .state import Organisation, Row
from .validate import UploadedFile

__all__ = [
    "add_tag",
    "attach_file",
    "change_source",
    "change_stage",
    "create_application",
    "create_candidate",
    "create_job",
    "create_note",
    "create_offer",
    "create_tag",
    "delete_candidate",
    "get",
    "merge_candidates",
    "remove_tag",
    "set_job_status",
    "update_candidate",
    "upload_file",
]


def get(org: Organisation, kind: str, obj_id: Any) -> Row:
    """The row ``obj_id`` of ``kind``, or the Ashby not-found error."""
    row = org[kind].get(obj_id) if isinstance(obj_id, str) else None
    if row is None:
        raise not_found(kind, obj_id)
    return row


def _now(org: Organisation) -> str:
    return iso(org.clock())


def _emit(org: Organisation, action: str, key: str, kind: str, row: Row) -> None:
    if org.listeners:
        org.emit(action, {key: render(org, kind, row)})


def _email(value: str, primary: bool) -> dict[str, Any]:
    if "@" not in value:
        raise invalid_input(f"'{value}' is not a valid email address")
    return {"value": value, "type": "Personal", "isPrimary": primary}


def create_candidate(org: Organisation, params: dict[str, Any]) -> Row:
    """``candidate.create``: a new candidate with the given contact details."""
    name = params["name"].strip()
    if not name:
        raise invalid_input("Parameter 'name' must not be empty")
    for key, kind in (("sourceId", "source"), ("creditedToUserId", "user")):
        if key in params:
            get(org, kind, params[key])
    emails = [_email(params["email"], True)] if params.get("email") else []
    emails += [_email(e, not emails and i == 0) for i, e in enumerate(params.get("alternateEmailAddresses", []))]
    phone = (
        {"value": params["phoneNumber"], "type": "Personal", "isPrimary": True} if params.get("phoneNumber") else None
    )
    socials = [
        {"type": t, "url": params[k]}
        for k, t in (("linkedInUrl", "LinkedIn"), ("githubUrl", "GitHub"), ("website", "Website"))
        if params.get(k)
    ]
    now = params.get("createdAt") or _now(org)
    row: Row = {
        "id": new_uuid(org.rng),
        "createdAt": now,
        "updatedAt": now,
        "name": name,
        "primaryEmailAddress": emails[0] if emails else None,
        "emailAddresses": emails,
        "primaryPhoneNumber": phone,
        "phoneNumbers": [phone] if phone else [],
        "socialLinks": socials,
        "position": None,
        "company": None,
        "school": None,
        "applicationIds": [],
        "resumeFileHandle": None,
        "fileHandles": [],
        "customFields": [],
        "timezone": None,
        "location": _location(params.get("location")),
        "_tagIds": [],
        "_sourceId": params.get("sourceId"),
        "_creditedToUserId": params.get("creditedToUserId"),
    }
    return org.insert("candidate", row)


def _location(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if not value:
        return None
    parts = [(t, value.get(k)) for k, t in (("city", "City"), ("region", "Region"), ("country", "Country"))]
    comps = [{"type": t, "name": v} for t, v in parts if isinstance(v, str) and v]
    return {"id": None, "locationSummary": ", ".join(c["name"] for c in comps), "locationComponents": comps}


def update_candidate(org: Organisation, params: dict[str, Any]) -> Row:
    """``candidate.update``: change the fields given; the others stay."""
    row = get(org, "candidate", params["candidateId"])
    for key, kind in (("sourceId", "source"), ("creditedToUserId", "user")):
        if key in params:
            get(org, kind, params[key])
    if "name" in params:
        if not params["name"].strip():
            raise invalid_input("Parameter 'name' must not be empty")
        row["name"] = params["name"].strip()
    if "email" in params:
        email = _email(params["email"], True)
        row["primaryEmailAddress"] = email
        others = [dict(e, isPrimary=False) for e in row["emailAddresses"] if e["value"] != email["value"]]
        row["emailAddresses"] = [email, *others]
    if "alternateEmail" in params:
        alt = _email(params["alternateEmail"], False)
        if all(e["value"] != alt["value"] for e in row["emailAddresses"]):
            row["emailAddresses"] = [*row["emailAddresses"], alt]
    if "phoneNumber" in params:
        phone = {"value": params["phoneNumber"], "type": "Personal", "isPrimary": True}
        row["primaryPhoneNumber"] = phone
        row["phoneNumbers"] = [phone]
    links = {link["type"]: link["url"] for link in row["socialLinks"]}
    for key, kind in (("linkedInUrl", "LinkedIn"), ("githubUrl", "GitHub"), ("websiteUrl", "Website")):
        if key in params:
            links[kind] = params[key]
    if "socialLinks" in params:
        for link in params["socialLinks"]:
            if not isinstance(link.get("type"), str) or not isinstance(link.get("url"), str):
                raise invalid_input("Each of 'socialLinks' needs a string 'type' and 'url'")
            links[link["type"]] = link["url"]
    row["socialLinks"] = [{"type": t, "url": u} for t, u in links.items()]
    if "sourceId" in params:
        row["_sourceId"] = params["sourceId"]
    if "creditedToUserId" in params:
        row["_creditedToUserId"] = params["creditedToUserId"]
    if "location" in params:
        row["location"] = _location(params["location"])
    if "createdAt" in params:
        row["createdAt"] = params["createdAt"]
    row["updatedAt"] = _now(org)
    org.touch("candidate", row["id"])
    return row


def add_tag(org: Organisation, candidate_id: str, tag_id: str) -> Row:
    row = get(org, "candidate", candidate_id)
    get(org, "tag", tag_id)
    if tag_id not in row["_tagIds"]:
        row["_tagIds"] = [*row["_tagIds"], tag_id]
        row["updatedAt"] = _now(org)
        org.touch("candidate", row["id"])
    return row


def remove_tag(org: Organisation, candidate_id: str, tag_id: str) -> Row:
    row = get(org, "candidate", candidate_id)
    get(org, "tag", tag_id)
    if tag_id in row["_tagIds"]:
        row["_tagIds"] = [t for t in row["_tagIds"] if t != tag_id]
        row["updatedAt"] = _now(org)
        org.touch("candidate", row["id"])
    return row


def create_tag(org: Organisation, title: str) -> Row:
    """``candidateTag.create``: an existing tag with the same title is returned as is."""
    title = title.strip()
    if not title:
        raise invalid_input("Parameter 'title' must not be empty")
    for tag in org["tag"]:
        if tag["title"].lower() == title.lower() and not tag["isArchived"]:
            return tag
    return org.insert("tag", {"id": new_uuid(org.rng), "title": title, "isArchived": False})


def create_note(
    org: Organisation,
    candidate_id: str,
    note: Any,
    author_id: str | None = None,
    *,
    is_private: bool = False,
    created_at: str | None = None,
) -> Row:
    """``candidate.createNote``: ``note`` is a string or ``{"type": "text/plain" | "text/html", "value": ...}``."""
    cand = get(org, "candidate", candidate_id)
    if isinstance(note, str):
        content = note
    elif isinstance(note, dict):
        if note.get("type") not in ("text/plain", "text/html") or not isinstance(note.get("value"), str):
            raise invalid_input("Parameter 'note' must be a string or {type: text/plain|text/html, value: string}")
        content = note["value"]
    else:
        raise invalid_input("Parameter 'note' must be a string or {type: text/plain|text/html, value: string}")
    if not content.strip():
        raise invalid_input("Parameter 'note' must not be empty")
    author = author_id or next((u["id"] for u in org["user"]), None)
    row = org.insert(
        "note",
        {
            "id": new_uuid(org.rng),
            "candidateId": cand["id"],
            "createdAt": created_at or _now(org),
            "content": content,
            "isPrivate": is_private,
            "_authorId": author,
        },
    )
    cand["updatedAt"] = row["createdAt"]
    org.touch("candidate", cand["id"])
    return row


def upload_file(org: Organisation, candidate_id: str, upload: UploadedFile, *, resume: bool) -> Row:
    """``candidate.uploadResume`` / ``candidate.uploadFile``: store the bytes, attach a new file handle."""
    cand = get(org, "candidate", candidate_id)
    if not upload.content:
        raise invalid_input("The uploaded file is empty")
    fid = new_uuid(org.rng)
    handle = "".join(org.rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", k=32))
    name = upload.filename or ("resume" if resume else "file")
    org.insert(
        "file",
        {
            "id": fid,
            "handle": handle,
            "name": name,
            "candidateId": cand["id"],
            "contentType": upload.content_type or "application/octet-stream",
            "content": upload.content,
            "createdAt": _now(org),
        },
    )
    ref = {"id": fid, "name": name, "handle": handle}
    if resume:
        cand["resumeFileHandle"] = ref
    cand["fileHandles"] = [*cand["fileHandles"], ref]
    cand["updatedAt"] = _now(org)
    org.touch("candidate", cand["id"])
    return cand


def attach_file(org: Organisation, candidate_id: str, handle: str, *, resume: bool) -> Row:
    """Attach an already uploaded file (by its handle) to the candidate."""
    cand = get(org, "candidate", candidate_id)
    row = next((f for f in org["file"] if f["handle"] == handle), None)
    if row is None:
        raise not_found("file", handle)
    ref = {"id": row["id"], "name": row["name"], "handle": row["handle"]}
    if resume:
        cand["resumeFileHandle"] = ref
    if all(f["handle"] != handle for f in cand["fileHandles"]):
        cand["fileHandles"] = [*cand["fileHandles"], ref]
    cand["updatedAt"] = _now(org)
    org.touch("candidate", cand["id"])
    return cand


def _plan_stages(org: Organisation, plan_id: str) -> list[Row]:
    stages = [s for s in org["interviewStage"] if s["interviewPlanId"] == plan_id]
    return sorted(stages, key=lambda s: s["orderInInterviewPlan"])


def create_application(org: Organisation, params: dict[str, Any]) -> Row:
    """``application.create``: the candidate applies to the job and lands in the plan's first stage."""
    cand = get(org, "candidate", params["candidateId"])
    job = get(org, "job", params["jobId"])
    plan_id = params.get("interviewPlanId") or job["defaultInterviewPlanId"]
    if plan_id not in job["interviewPlanIds"]:
        raise invalid_input(f"Interview plan {plan_id!r} is not a plan of job {job['id']!r}")
    stages = _plan_stages(org, plan_id)
    if "interviewStageId" in params:
        stage = get(org, "interviewStage", params["interviewStageId"])
        if stage["interviewPlanId"] != plan_id:
            raise invalid_input("Parameter 'interviewStageId' must be a stage of the application's interview plan")
    else:
        stage = stages[0]
    for key, kind in (("sourceId", "source"), ("creditedToUserId", "user")):
        if key in params:
            get(org, kind, params[key])
    now = params.get("createdAt") or _now(org)
    status = {"Hired": "Hired", "Archived": "Archived", "Lead": "Lead"}.get(stage["type"], "Active")
    row = org.insert(
        "application",
        {
            "id": new_uuid(org.rng),
            "createdAt": now,
            "updatedAt": now,
            "status": status,
            "customFields": [],
            "archivedAt": None,
            "hiringTeam": job["hiringTeam"],
            "_candidateId": cand["id"],
            "_jobId": job["id"],
            "_stageId": stage["id"],
            "_planId": plan_id,
            "_sourceId": params.get("sourceId") or cand["_sourceId"],
            "_archiveReasonId": None,
            "_creditedToUserId": params.get("creditedToUserId") or cand["_creditedToUserId"],
        },
    )
    cand["applicationIds"] = [*cand["applicationIds"], row["id"]]
    cand["updatedAt"] = _now(org)
    org.touch("candidate", cand["id"])
    _enter_stage(org, row, stage, now)
    _emit(org, "applicationSubmit", "application", "application", row)
    return row


def _enter_stage(org: Organisation, app: Row, stage: Row, at: str) -> None:
    """Record the move in the application's stage history (``application.listHistory``): the current entry
    is closed and a new one opened (the entries' shape follows Ashby's reference; the rule is inferred)."""
    history = [h for h in org["applicationHistory"] if h["applicationId"] == app["id"]]
    for entry in history:
        if entry.get("leftStageAt") is None:
            entry["leftStageAt"] = at
            org.touch("applicationHistory", entry["id"])
    org.insert(
        "applicationHistory",
        {
            "id": new_uuid(org.rng),
            "applicationId": app["id"],
            "stageId": stage["id"],
            "title": stage["title"],
            "enteredStageAt": at,
            "leftStageAt": None,
            "stageNumber": 1 + max((h["stageNumber"] for h in history), default=-1),
            "allowedActions": ["delete", "set_entered_at"],
            "actorId": None,
        },
    )


def change_stage(org: Organisation, app_id: str, stage_id: str, archive_reason_id: str | None = None) -> Row:
    """``application.changeStage``: the stage must belong to the application's plan.

    An Archived-type stage needs ``archiveReasonId`` and archives the application;
    a Hired-type stage hires it; any other stage makes it Active again.
    """
    app = get(org, "application", app_id)
    stage = get(org, "interviewStage", stage_id)
    if stage["interviewPlanId"] != app["_planId"]:
        raise invalid_input("Parameter 'interviewStageId' must be a stage of the application's interview plan")
    reason = None
    if stage["type"] == "Archived":
        if not archive_reason_id:
            raise invalid_input("Parameter 'archiveReasonId' is required when moving to an archived stage")
        reason = get(org, "archiveReason", archive_reason_id)
    elif archive_reason_id:
        get(org, "archiveReason", archive_reason_id)
    if app["_stageId"] == stage["id"] and (reason is None or app["_archiveReasonId"] == reason["id"]):
        return app
    now = _now(org)
    app["_stageId"] = stage["id"]
    if stage["type"] == "Archived":
        assert reason is not None
        app.update(status="Archived", archivedAt=now, _archiveReasonId=reason["id"])
    else:
        app.update(status="Hired" if stage["type"] == "Hired" else "Active", archivedAt=None, _archiveReasonId=None)
    app["updatedAt"] = now
    org.touch("application", app["id"])
    _enter_stage(org, app, stage, now)
    _emit(org, "candidateStageChange", "application", "application", app)
    _emit(org, "applicationUpdate", "application", "application", app)
    if stage["type"] == "Hired":
        _emit(org, "candidateHire", "application", "application", app)
    return app


def change_source(org: Organisation, app_id: str, source_id: str) -> Row:
    app = get(org, "application", app_id)
    get(org, "source", source_id)
    if app["_sourceId"] != source_id:
        app["_sourceId"] = source_id
        app["updatedAt"] = _now(org)
        org.touch("application", app["id"])
        _emit(org, "applicationUpdate", "application", "application", app)
    return app


def create_job(
    org: Organisation,
    title: str,
    *,
    department_id: str | None = None,
    location_id: str | None = None,
    status: str = "Draft",
) -> Row:
    """Open a new job with its own interview plan (no endpoint in the catalogue; for tests and webhooks)."""
    dept = get(org, "department", department_id) if department_id else next(iter(org["department"]))
    loc = get(org, "location", location_id) if location_id else next(iter(org["location"]))
    now = _now(org)
    plan_id = new_uuid(org.rng)
    plan = {"id": plan_id, "title": f"{title} Interview Plan", "isArchived": False, "createdAt": now, "updatedAt": now}
    org.insert("interviewPlan", plan)
    groups = {g["stageType"]: g["id"] for g in org["interviewStageGroup"]}
    template = (
        ("Application Review", "PreInterviewScreen"),
        ("Interview", "Active"),
        ("Offer", "Offer"),
        ("Hired", "Hired"),
        ("Archived", "Archived"),
    )
    for order, (stage_title, stage_type) in enumerate(template):
        org.insert(
            "interviewStage",
            {
                "id": new_uuid(org.rng),
                "title": stage_title,
                "type": stage_type,
                "orderInInterviewPlan": order,
                "interviewStageGroupId": groups.get(stage_type),
                "interviewPlanId": plan_id,
            },
        )
    row = org.insert(
        "job",
        {
            "id": new_uuid(org.rng),
            "title": title,
            "confidential": False,
            "status": status,
            "employmentType": "FullTime",
            "locationId": loc["id"],
            "departmentId": dept["id"],
            "defaultInterviewPlanId": plan_id,
            "interviewPlanIds": [plan_id],
            "customFields": [],
            "jobPostingIds": [],
            "hiringTeam": [],
            "createdAt": now,
            "updatedAt": now,
            "openedAt": now if status == "Open" else None,
            "closedAt": None,
            "_authorId": None,
            "_openingIds": [],
        },
    )
    _emit(org, "jobCreate", "job", "job", row)
    return row


def set_job_status(org: Organisation, job_id: str, status: str) -> Row:
    if status not in ("Draft", "Open", "Closed", "Archived"):
        raise ApiError("invalid_input", f"Unknown job status {status!r}")
    job = get(org, "job", job_id)
    now = _now(org)
    job["status"] = status
    if status == "Open" and job["openedAt"] is None:
        job["openedAt"] = now
    if status in ("Closed", "Archived"):
        job["closedAt"] = now
    job["updatedAt"] = now
    org.touch("job", job["id"])
    _emit(org, "jobUpdate", "job", "job", job)
    return job


def create_offer(org: Organisation, app_id: str, *, salary: int = 100_000, currency: str = "USD") -> Row:
    app = get(org, "application", app_id)
    now = _now(org)
    row = org.insert(
        "offer",
        {
            "id": new_uuid(org.rng),
            "decidedAt": None,
            "applicationId": app["id"],
            "acceptanceStatus": "Pending",
            "_createdAt": now,
            "offerStatus": "WaitingOnCandidateResponse",
            "latestVersion": {
                "id": new_uuid(org.rng),
                "startDate": None,
                "salary": {"currencyCode": currency, "value": salary},
                "createdAt": now,
                "openingId": None,
                "customFields": [],
                "fileHandles": [],
                "author": None,
                "approvalStatus": None,
            },
        },
    )
    _emit(org, "offerCreate", "offer", "offer", row)
    return row


def delete_candidate(org: Organisation, candidate_id: str) -> None:
    """Delete a candidate, as Ashby's app does (no endpoint); fires ``candidateDelete`` with only the id."""
    cand = get(org, "candidate", candidate_id)
    org.delete("candidate", cand["id"])
    if org.listeners:
        org.emit("candidateDelete", {"candidate": {"id": cand["id"]}})


def merge_candidates(org: Organisation, old_id: str, new_id: str) -> Row:
    """Merge the duplicate ``old_id`` into ``new_id``, as Ashby's app does (no endpoint).

    The old candidate's applications move to the new one (their ``candidate``
    changes), the old id disappears, and ``candidateMerge`` fires with
    ``deletedCandidate`` and ``mergedCandidate``. Which fields survive a real
    merge is not documented: here the new candidate's own fields are kept.
    """
    old, new = get(org, "candidate", old_id), get(org, "candidate", new_id)
    if old["id"] == new["id"]:
        raise invalid_input("A candidate cannot be merged into itself")
    now = _now(org)
    for app in org["application"]:
        if app["_candidateId"] == old["id"]:
            app["_candidateId"] = new["id"]
            app["updatedAt"] = now
            org.touch("application", app["id"])
    new["applicationIds"] = [*new["applicationIds"], *old["applicationIds"]]
    new["updatedAt"] = now
    org.touch("candidate", new["id"])
    org.delete("candidate", old["id"])
    if org.listeners:
        org.emit(
            "candidateMerge",
            {"deletedCandidate": {"id": old["id"]}, "mergedCandidate": render(org, "candidate", new)},
        )
    return new
