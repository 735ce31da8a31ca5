"""Raw Ashby objects to the compact rows tools answer: the fields people ask about, ids to follow up with.

A raw candidate is 2-4 KB of JSON (custom fields, file handles, social links,
every address); the compact form keeps what a question needs, about a tenth of
it. Empty values are left out; free text (notes, feedback) is cut to a length
that says enough, with the cut marked.
"""

from __future__ import annotations

import html
import re
from typing import Any

__all__ = [
    "application_row",
    "candidate_row",
    "clip",
    "event_row",
    "feedback_row",
    "history_row",
    "job_row",
    "note_row",
    "offer_row",
    "person",
    "prune",
]

Obj = dict[str, Any]
_TAG = re.compile(r"<[^>]+>")


def prune(row: Obj) -> Obj:
    """``row`` without ``None``, empty strings and empty lists or dicts."""
    return {k: v for k, v in row.items() if v not in (None, "", [], {})}


def clip(text: Any, limit: int = 400) -> str | None:
    """Plain text (HTML tags dropped), cut to ``limit`` characters with an ellipsis."""
    if text is None:
        return None
    if isinstance(text, dict):  # {type, value} as Ashby sends some notes
        text = text.get("value")
    plain = html.unescape(_TAG.sub(" ", str(text)))
    plain = " ".join(plain.split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


def person(user: Any) -> str | None:
    """A user's name from the shapes Ashby nests them in."""
    if not isinstance(user, dict):
        return None
    name = " ".join(p for p in (user.get("firstName"), user.get("lastName")) if p)
    return name or user.get("name") or user.get("email") or user.get("id")


def _value(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def candidate_row(c: Obj) -> Obj:
    """A candidate in a list: id, name, primary email and phone, where they work, tags."""
    return prune(
        {
            "id": c.get("id"),
            "name": c.get("name"),
            "email": _value(c, "primaryEmailAddress", "value"),
            "phone": _value(c, "primaryPhoneNumber", "value"),
            "position": c.get("position"),
            "company": c.get("company"),
            "location": _value(c, "location", "locationSummary"),
            "tags": [t.get("title") for t in c.get("tags") or [] if isinstance(t, dict)],
            "source": _value(c, "source", "title"),
        }
    )


def application_row(a: Obj) -> Obj:
    """An application: its candidate and job (ids and names), current stage, status."""
    stage = a.get("currentInterviewStage") or {}
    return prune(
        {
            "application_id": a.get("id"),
            "candidate_id": _value(a, "candidate", "id"),
            "candidate": _value(a, "candidate", "name"),
            "job_id": _value(a, "job", "id"),
            "job": _value(a, "job", "title"),
            "stage": stage.get("title"),
            "stage_id": stage.get("id"),
            "status": a.get("status"),
            "archive_reason": _value(a, "archiveReason", "text"),
            "source": _value(a, "source", "title"),
            "applied_at": a.get("createdAt"),
            "updated_at": a.get("updatedAt"),
        }
    )


def job_row(j: Obj, names: dict[str, str] | None = None) -> Obj:
    """A job: title, status, department and location (by name when ``names`` maps their ids)."""
    names = names or {}
    return prune(
        {
            "job_id": j.get("id"),
            "title": j.get("title"),
            "status": j.get("status"),
            "employment_type": j.get("employmentType"),
            "department": names.get(j.get("departmentId") or "", j.get("departmentId")),
            "location": names.get(j.get("locationId") or "", j.get("locationId")),
            "confidential": j.get("confidential") or None,
            "opened_at": j.get("openedAt"),
            "closed_at": j.get("closedAt"),
            "hiring_team": [
                prune({"role": m.get("role"), "name": person(m)})
                for m in j.get("hiringTeam") or []
                if isinstance(m, dict)
            ],
        }
    )


def history_row(h: Obj) -> Obj:
    """One stage an application entered: the stage, when it entered and left."""
    return prune(
        {
            "stage": h.get("title"),
            "stage_id": h.get("stageId"),
            "entered_at": h.get("enteredStageAt"),
            "left_at": h.get("leftStageAt"),
        }
    )


def _submitted(values: Any, limit: int) -> Any:
    if not isinstance(values, dict):
        return None
    out = {}
    for key, value in values.items():
        if isinstance(value, dict) and "value" in value:
            value = value["value"]
        if isinstance(value, str):
            value = clip(value, limit)
        elif isinstance(value, (dict, list)):
            value = clip(str(value), limit)
        out[key] = value
    return prune(out)


def feedback_row(f: Obj, interviews: dict[str, str] | None = None) -> Obj:
    """Submitted feedback: who, when, for which interview, and the values submitted (text clipped)."""
    interview = f.get("interviewId")
    return prune(
        {
            "feedback_id": f.get("id"),
            "submitted_by": person(f.get("submittedByUser")),
            "submitted_at": f.get("submittedAt"),
            "interview": (interviews or {}).get(interview or "", interview),
            "values": _submitted(f.get("submittedValues"), 300),
        }
    )


def note_row(n: Obj) -> Obj:
    """A note: who wrote it, when, the text (clipped)."""
    return prune(
        {
            "note_id": n.get("id"),
            "author": person(n.get("author")),
            "created_at": n.get("createdAt"),
            "private": n.get("isPrivate") or None,
            "text": clip(n.get("content"), 500),
        }
    )


def event_row(e: Obj, interviews: dict[str, str] | None = None) -> Obj:
    """An interview event: when, which interview, who interviews, whether feedback is in."""
    interview = e.get("interviewId")
    return prune(
        {
            "event_id": e.get("id"),
            "schedule_id": e.get("interviewScheduleId"),
            "interview": (interviews or {}).get(interview or "", interview),
            "start": e.get("startTime"),
            "end": e.get("endTime"),
            "interviewers": [person(u) for u in e.get("interviewers") or []],
            "feedback_submitted": e.get("hasSubmittedFeedback"),
            "meeting_link": e.get("meetingLink"),
        }
    )


def offer_row(o: Obj) -> Obj:
    """An offer: status, acceptance, when decided, start date and salary of its latest version."""
    latest = o.get("latestVersion") or {}
    salary = latest.get("salary") or {}
    return prune(
        {
            "offer_id": o.get("id"),
            "application_id": o.get("applicationId"),
            "offer_status": o.get("offerStatus"),
            "acceptance": o.get("acceptanceStatus"),
            "approval": latest.get("approvalStatus"),
            "decided_at": o.get("decidedAt"),
            "start_date": (latest.get("startDate") or "")[:10] or None,
            "salary": f"{salary.get('value'):,} {salary.get('currencyCode') or ''}".strip()
            if isinstance(salary.get("value"), (int, float))
            else None,
        }
    )
