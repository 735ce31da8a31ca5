"""The tools that tell a whole story: a candidate's, an application's, a job's pipeline, and the server's own state.

Inner lists are capped (``_INNER``) with their full counts beside them, so one
candidate with 300 notes still fits a context window; the ids in every row
lead to the next question.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ._backend import Call
from ._compact import (
    application_row,
    candidate_row,
    clip,
    event_row,
    feedback_row,
    history_row,
    job_row,
    note_row,
    offer_row,
    prune,
)
from ._errors import ToolFailure
from ._mirror import sync_states
from ._reader import Obj
from ._resolve import job_names, resolve_job

__all__ = ["get_application", "get_candidate", "job_pipeline", "status"]

_INNER = 10
"""At most this many notes, feedback entries and interview events per list inside a story."""


def _capped(rows: list[Obj], name: str) -> dict[str, Any]:
    out: dict[str, Any] = {name: rows[:_INNER]}
    if len(rows) > _INNER:
        out[f"{name}_total"] = len(rows)
        out[f"{name}_note"] = f"the first {_INNER} of {len(rows)} are shown"
    return out


def _interview_titles(call: Call) -> dict[str, str]:
    try:
        return {i["id"]: i.get("title") or i["id"] for i in call.reader.lookup("interviews") if i.get("id")}
    except ToolFailure:
        return {}


def _stories(call: Call, apps: list[Obj]) -> list[Obj]:
    reader = call.reader
    ids = [a["id"] for a in apps if a.get("id")]
    history = reader.history(ids)
    feedback = reader.feedback(ids)
    schedules = reader.schedules(ids)
    offers: dict[str, list[Obj]] = {}
    for offer in reader.offers(application_ids=ids):
        offers.setdefault(offer.get("applicationId") or "", []).append(offer)
    titles = _interview_titles(call)
    out = []
    for app in apps:
        app_id = app.get("id") or ""
        events = [
            {**event_row(e, titles), "schedule_status": s.get("status")}
            for s in schedules.get(app_id, [])
            for e in s.get("interviewEvents") or []
        ]
        events.sort(key=lambda e: e.get("start") or "")
        out.append(
            {
                **{k: v for k, v in application_row(app).items() if k not in ("candidate",)},
                "stage_history": [history_row(h) for h in history.get(app_id, [])],
                **_capped([feedback_row(f, titles) for f in feedback.get(app_id, [])], "feedback"),
                **_capped(events, "interviews"),
                "offers": [offer_row(o) for o in offers.get(app_id, [])],
            }
        )
    return out


def _profile(c: Obj) -> Obj:
    emails = [e.get("value") for e in c.get("emailAddresses") or [] if isinstance(e, dict)]
    phones = [p.get("value") for p in c.get("phoneNumbers") or [] if isinstance(p, dict)]
    fields = {
        str(f.get("title")): clip(f.get("value"), 120) if isinstance(f.get("value"), str) else f.get("value")
        for f in c.get("customFields") or []
        if isinstance(f, dict) and f.get("title")
    }
    links = [s.get("url") for s in c.get("socialLinks") or [] if isinstance(s, dict)]
    return prune(
        {
            **candidate_row(c),
            "emails": emails if len(emails) > 1 else None,
            "phones": phones if len(phones) > 1 else None,
            "school": c.get("school"),
            "links": links,
            "custom_fields": prune(fields),
            "created_at": c.get("createdAt"),
            "updated_at": c.get("updatedAt"),
            "profile_url": c.get("profileUrl"),
        }
    )


def get_candidate(call: Call, *, candidate_id: str) -> dict[str, Any]:
    """A candidate's whole story: profile, every application with its stage history, feedback, interviews and
    offers, and the notes about them."""
    reader = call.reader
    candidate = reader.candidate(candidate_id.strip())
    if candidate is None:
        raise ToolFailure(f"no candidate with id {candidate_id!r}: find_candidates finds ids by name or email")
    apps = list(reader.applications(candidate_id=candidate["id"]))
    notes = [note_row(n) for n in reader.notes(candidate["id"])]
    return {
        "candidate": _profile(candidate),
        "applications": _stories(call, apps),
        **_capped(notes, "notes"),
    }


def get_application(call: Call, *, application_id: str) -> dict[str, Any]:
    """One application's story: candidate, job, stage history, feedback, interviews, offers."""
    app = call.reader.application(application_id.strip())
    if app is None:
        raise ToolFailure(f"no application with id {application_id!r}: list_applications finds them")
    story = _stories(call, [app])[0]
    candidate = app.get("candidate") or {}
    return {
        "application": {**story, **prune({"candidate_id": candidate.get("id"), "candidate": candidate.get("name")})}
    }


def job_pipeline(call: Call, *, job: str) -> dict[str, Any]:
    """A job and its pipeline: applications per stage now, by status, and (from a mirror) the funnel."""
    reader = call.reader
    job_obj = resolve_job(reader, job)
    job_id = job_obj["id"]
    plan_id = job_obj.get("defaultInterviewPlanId") or next(iter(job_obj.get("interviewPlanIds") or []), None)
    stages = reader.stages(plan_id) if plan_id else []
    apps = list(reader.applications(job_id=job_id))
    now: Counter[str] = Counter((a.get("currentInterviewStage") or {}).get("id") or "" for a in apps)
    active: Counter[str] = Counter(
        (a.get("currentInterviewStage") or {}).get("id") or "" for a in apps if a.get("status") in ("Active", "Lead")
    )
    funnel = {row["stage_id"]: row for row in reader.funnel(job_id) or []}
    rows = []
    for stage in stages:
        sid = stage.get("id") or ""
        reached = funnel.get(sid, {})
        avg = reached.get("avg_days")
        rows.append(
            prune(
                {
                    "stage_id": sid,
                    "stage": stage.get("title"),
                    "type": stage.get("type"),
                    "applications_now": now.get(sid, 0),
                    "active_now": active.get(sid, 0),
                    "reached": reached.get("reached") if funnel else None,
                    "avg_days_in_stage": round(float(avg), 1) if avg is not None else None,
                }
            )
        )
    other = sum(now.values()) - sum(now.get(s.get("id") or "", 0) for s in stages)
    body: dict[str, Any] = {
        "job": job_row(job_obj, job_names(reader)),
        "applications": len(apps),
        "by_status": dict(Counter(str(a.get("status")) for a in apps).most_common()),
        "stages": rows,
    }
    if other:
        body["other_plans"] = other
    if not funnel:
        call.provenance.note(
            "'reached' and average days per stage need the stage history of every application: "
            "start the server with --db on a mirror to have them"
        )
    return body


def status(call: Call) -> dict[str, Any]:
    """What the server answers from, how fresh each mirrored table is, its limits, and whether writes are on."""
    backend = call.backend
    settings = backend.settings
    body: dict[str, Any] = {
        "answers_from": "mirror, then the live API for what it lacks"
        if backend.db is not None and backend.client is not None
        else ("mirror only (no API key)" if backend.db is not None else "live API"),
        "writes": "enabled (--allow-writes)" if settings.allow_writes else "disabled: start with --allow-writes",
        "redaction": "emails and phone numbers redacted" if settings.redact else "off",
        "limits": {
            "page_size": settings.page_size,
            "max_page_size": settings.max_page_size,
            "max_answer_chars": settings.max_chars,
            "live_scan_cap": settings.scan_cap,
            "sql_max_rows": settings.sql_max_rows,
            "sql_timeout_seconds": settings.sql_timeout,
        },
    }
    if backend.db is not None:
        states = sync_states(backend.db)
        body["mirror"] = backend.db.label
        body["tables"] = {
            name: prune(
                {
                    "synced_at": s["updated_at"],
                    "deletions_checked_at": s["full_at"],
                    "syncing": s["phase"] != "idle" or None,
                }
            )
            for name, s in sorted(states.items())
        }
        for name, s in states.items():
            call.provenance.tables[name] = s["updated_at"]
    return body
