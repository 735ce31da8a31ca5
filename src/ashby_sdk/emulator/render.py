"""Rows to wire objects: the JSON shapes Ashby sends, with camelCase field names.

Rows keep references as ids (``candidateId``, ``stageId``...) so that nested
objects are rendered from the current state of what they point to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .state import Organisation, Row

__all__ = ["RENDERERS", "render", "render_user_ref"]

Renderer = Callable[[Organisation, Row], dict[str, Any]]


def _public(row: Row) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def render_user_ref(org: Organisation, user_id: str | None) -> dict[str, Any] | None:
    user = org["user"].get(user_id) if user_id else None
    if user is None:
        return None
    return {"id": user["id"], "firstName": user["firstName"], "lastName": user["lastName"], "email": user["email"]}


def _user(org: Organisation, user_id: str | None) -> dict[str, Any] | None:
    user = org["user"].get(user_id) if user_id else None
    return None if user is None else _public(user)


def _source(org: Organisation, source_id: str | None) -> dict[str, Any] | None:
    source = org["source"].get(source_id) if source_id else None
    return None if source is None else _public(source)


def _candidate(org: Organisation, row: Row) -> dict[str, Any]:
    tags = org["tag"]
    return {
        "id": row["id"],
        "createdAt": row["createdAt"],
        "updatedAt": row["updatedAt"],
        "name": row["name"],
        "primaryEmailAddress": row["primaryEmailAddress"],
        "emailAddresses": row["emailAddresses"],
        "primaryPhoneNumber": row["primaryPhoneNumber"],
        "phoneNumbers": row["phoneNumbers"],
        "socialLinks": row["socialLinks"],
        "tags": [_public(t) for t in (tags.get(i) for i in row["_tagIds"]) if t is not None],
        "position": row["position"],
        "company": row["company"],
        "school": row["school"],
        "applicationIds": row["applicationIds"],
        "resumeFileHandle": row["resumeFileHandle"],
        "fileHandles": row["fileHandles"],
        "customFields": row["customFields"],
        "profileUrl": f"https://app.ashbyhq.com/candidates/{row['id']}",
        "source": _source(org, row["_sourceId"]),
        "creditedToUser": _user(org, row["_creditedToUserId"]),
        "timezone": row["timezone"],
        "location": row["location"],
        "fraudStatus": row.get("fraudStatus"),
    }


def _stage(org: Organisation, stage_id: str | None) -> dict[str, Any] | None:
    stage = org["interviewStage"].get(stage_id) if stage_id else None
    return None if stage is None else _public(stage)


def _application(org: Organisation, row: Row) -> dict[str, Any]:
    cand = org["candidate"].get(row["_candidateId"]) or {}
    job = org["job"].get(row["_jobId"]) or {}
    reason = org["archiveReason"].get(row["_archiveReasonId"]) if row["_archiveReasonId"] else None
    return {
        "id": row["id"],
        "createdAt": row["createdAt"],
        "updatedAt": row["updatedAt"],
        "status": row["status"],
        "customFields": row["customFields"],
        "candidate": {
            "id": cand.get("id"),
            "name": cand.get("name"),
            "primaryEmailAddress": cand.get("primaryEmailAddress"),
            "primaryPhoneNumber": cand.get("primaryPhoneNumber"),
        },
        "currentInterviewStage": _stage(org, row["_stageId"]),
        "source": _source(org, row["_sourceId"]),
        "archiveReason": None if reason is None else {**_public(reason), "customFields": []},
        "archivedAt": row["archivedAt"],
        "job": {
            "id": job.get("id"),
            "title": job.get("title"),
            "locationId": job.get("locationId"),
            "departmentId": job.get("departmentId"),
        },
        "creditedToUser": _user(org, row["_creditedToUserId"]),
        "hiringTeam": row["hiringTeam"],
    }


def _job(org: Organisation, row: Row) -> dict[str, Any]:
    out = _public(row)
    out["author"] = _user(org, row["_authorId"])
    return out


def _note(org: Organisation, row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "createdAt": row["createdAt"],
        "content": row["content"],
        "isPrivate": row.get("isPrivate", False),
        "author": render_user_ref(org, row["_authorId"]),
    }


def _feedback(org: Organisation, row: Row) -> dict[str, Any]:
    out = _public(row)
    out["submittedByUser"] = _user(org, row["_submittedByUserId"])
    return out


def _project(org: Organisation, row: Row) -> dict[str, Any]:
    out = _public(row)
    out["authorId"] = row["_authorId"]
    return out


def _event(org: Organisation, event: Row) -> dict[str, Any]:
    """An interview event with its interviewers as users (no pool or training role in the emulator)."""
    out = _public(event)
    users = (org["user"].get(i) for i in event.get("interviewerUserIds") or [])
    extra = {"trainingRole": None, "interviewerPool": None, "isFeedbackRequired": True}
    out["interviewers"] = [{**_public(u), **extra} for u in users if u is not None]
    return out


def _schedule(org: Organisation, row: Row) -> dict[str, Any]:
    out = _public(row)
    out["interviewEvents"] = [_event(org, e) for e in row.get("interviewEvents") or []]
    return out


def _plain(org: Organisation, row: Row) -> dict[str, Any]:
    return _public(row)


def _pool(org: Organisation, row: Row) -> dict[str, Any]:
    out = _public(row)
    members = (org["user"].get(i) for i in row["_members"])
    out["qualifiedMembers"] = [{**_public(u), "isPaused": False} for u in members if u is not None]
    out["trainees"] = []
    return out


RENDERERS: dict[str, Renderer] = {
    "interviewerPool": _pool,
    "candidate": _candidate,
    "application": _application,
    "job": _job,
    "note": _note,
    "feedback": _feedback,
    "project": _project,
    "interviewEvent": _event,
    "interviewSchedule": _schedule,
}


def render(org: Organisation, kind: str, row: Row) -> dict[str, Any]:
    """The wire object for ``row`` of ``kind``."""
    return RENDERERS.get(kind, _plain)(org, row)
