"""The list tools: candidates, applications, jobs, interviews, offers and reference lists, filtered and paged.

Each takes the filters people use (names or ids), answers compact rows with the
ids to follow up with, one page at a time (``limit``, ``cursor``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._backend import Call
from ._compact import application_row, candidate_row, event_row, job_row, offer_row, prune
from ._errors import ToolFailure
from ._live import now_iso
from ._reader import LOOKUPS, Obj
from ._resolve import job_names, resolve_job, resolve_tag, stage_matches

__all__ = ["find_candidates", "list_applications", "list_jobs", "list_offers", "lookup", "upcoming_interviews"]


def _email_ok(candidate: Obj, email: str | None) -> bool:
    if not email:
        return True
    wanted = email.strip().casefold()
    addresses = [candidate.get("primaryEmailAddress") or {}, *(candidate.get("emailAddresses") or [])]
    return any(isinstance(a, dict) and str(a.get("value") or "").casefold() == wanted for a in addresses)


def _tag_ok(candidate: Obj, tag_id: str | None) -> bool:
    return tag_id is None or any(isinstance(t, dict) and t.get("id") == tag_id for t in candidate.get("tags") or [])


def _name_ok(name: Any, wanted: str | None) -> bool:
    return not wanted or wanted.strip().casefold() in str(name or "").casefold()


def find_candidates(
    call: Call,
    *,
    name: str | None,
    email: str | None,
    tag: str | None,
    job: str | None,
    stage: str | None,
    status: str | None,
    cursor: str | None,
    limit: int | None,
) -> dict[str, Any]:
    """Candidates matching every filter, by name; with their matching applications when job/stage/status is given."""
    reader = call.reader
    tag_obj = resolve_tag(reader, tag) if tag else None
    tag_id = tag_obj.get("id") if tag_obj else None
    job_obj = resolve_job(reader, job) if job else None
    filters = {
        "name": name,
        "email": email,
        "tag": tag_id,
        "job": job_obj and job_obj.get("id"),
        "stage": stage,
        "status": status,
    }
    header: dict[str, Any] = {}
    if tag_obj:
        header["tag"] = prune({"tag_id": tag_id, "title": tag_obj.get("title")})
    if job_obj:
        header["job"] = prune(
            {"job_id": job_obj.get("id"), "title": job_obj.get("title"), "status": job_obj.get("status")}
        )

    if job_obj is None and stage is None and status is None:
        found = (
            c
            for c in reader.candidates(name=name, email=email, hint=tag_id)
            if _email_ok(c, email) and _tag_ok(c, tag_id) and _name_ok(c.get("name"), name)
        )
        return {**header, **call.page(found, filters, cursor, limit, render=_candidate_item)}

    groups: dict[str, list[Obj]] = {}
    for app in reader.applications(job_id=job_obj.get("id") if job_obj else None, status=status):
        if stage_matches(app.get("currentInterviewStage"), stage):
            candidate_id = (app.get("candidate") or {}).get("id")
            if candidate_id:
                groups.setdefault(candidate_id, []).append(app)

    def by_name(candidate_id: str) -> tuple[str, str]:
        return (str((groups[candidate_id][0].get("candidate") or {}).get("name") or "").casefold(), candidate_id)

    def matches() -> Iterator[tuple[Obj | None, list[Obj], str]]:
        for candidate_id in sorted(groups, key=by_name):
            if not _name_ok((groups[candidate_id][0].get("candidate") or {}).get("name"), name):
                continue
            candidate = None
            if email or tag_id:
                candidate = reader.candidate(candidate_id)
                if candidate is None or not (_email_ok(candidate, email) and _tag_ok(candidate, tag_id)):
                    continue
            yield candidate, groups[candidate_id], candidate_id

    def render(match: tuple[Obj | None, list[Obj], str]) -> Obj:
        candidate, apps, candidate_id = match
        candidate = (
            candidate
            or reader.candidate(candidate_id)
            or {"id": candidate_id, "name": apps[0]["candidate"].get("name")}
        )
        return {**candidate_row(candidate), "applications": [_app_in_candidate(a) for a in apps]}

    return {**header, **call.page(matches(), filters, cursor, limit, render=render)}


def _candidate_item(candidate: Obj) -> Obj:
    return {**candidate_row(candidate), "application_ids": candidate.get("applicationIds") or []}


def _app_in_candidate(app: Obj) -> Obj:
    row = application_row(app)
    return {k: v for k, v in row.items() if k not in ("candidate_id", "candidate", "source", "updated_at")}


def list_applications(
    call: Call,
    *,
    job: str | None,
    stage: str | None,
    status: str | None,
    candidate_id: str | None,
    feedback: str,
    cursor: str | None,
    limit: int | None,
) -> dict[str, Any]:
    """Applications by job, current stage, status or candidate; ``feedback`` keeps those with or without any."""
    if feedback not in ("any", "none", "some"):
        raise ToolFailure("feedback must be 'any', 'none' or 'some'")
    reader = call.reader
    job_obj = resolve_job(reader, job) if job else None
    job_id = job_obj.get("id") if job_obj else None
    apps = [
        a
        for a in reader.applications(job_id=job_id, candidate_id=candidate_id, status=status)
        if stage_matches(a.get("currentInterviewStage"), stage)
    ]
    counts: dict[str, int] | None = None
    if feedback != "any" or apps:
        ids = [a["id"] for a in apps if a.get("id")]
        counts = {k: len(v) for k, v in reader.feedback(ids).items()} if ids else {}
    if feedback == "none":
        apps = [a for a in apps if not (counts or {}).get(a.get("id", ""))]
    elif feedback == "some":
        apps = [a for a in apps if (counts or {}).get(a.get("id", ""))]
    apps.sort(key=lambda a: (str((a.get("candidate") or {}).get("name") or "").casefold(), a.get("id") or ""))

    def render(app: Obj) -> Obj:
        row = application_row(app)
        if counts is not None:
            row["feedback_count"] = counts.get(app.get("id", ""), 0)
        return row

    filters = {"job": job_id, "stage": stage, "status": status, "candidate": candidate_id, "feedback": feedback}
    header = {"total": len(apps)}
    if job_obj:
        header["job"] = prune({"job_id": job_id, "title": job_obj.get("title"), "status": job_obj.get("status")})  # type: ignore[assignment]
    return {**header, **call.page(apps, filters, cursor, limit, render=render)}


def list_jobs(
    call: Call, *, status: str | None, title: str | None, cursor: str | None, limit: int | None
) -> dict[str, Any]:
    """Jobs by status (``None``: every status) and title text, by title."""
    reader = call.reader
    jobs = [j for j in reader.jobs(status=status) if _name_ok(j.get("title"), title)]
    names = job_names(reader) if jobs else {}
    return {
        "total": len(jobs),
        **call.page(jobs, {"status": status, "title": title}, cursor, limit, render=lambda j: job_row(j, names)),
    }


def upcoming_interviews(
    call: Call,
    *,
    start_after: str | None,
    start_before: str | None,
    job: str | None,
    candidate_id: str | None,
    cursor: str | None,
    limit: int | None,
) -> dict[str, Any]:
    """Interview events in a time window (from now by default), by start time, with candidate, job and stage."""
    reader = call.reader
    after = _utc(start_after, "start_after") if start_after else now_iso()
    before = _utc(start_before, "start_before") if start_before else None
    job_obj = resolve_job(reader, job) if job else None
    interviews = {i["id"]: str(i.get("title") or i["id"]) for i in _safe_lookup(call, "interviews") if i.get("id")}
    apps: dict[str, Obj | None] = {}

    def application_of(schedule: Obj | None) -> Obj | None:
        app_id = (schedule or {}).get("applicationId")
        if not app_id:
            return None
        if app_id not in apps:
            apps[app_id] = reader.application(app_id)
        return apps[app_id]

    def matches() -> Iterator[tuple[Obj, Obj | None, Obj | None]]:
        for event, schedule in reader.events(start_after=after, start_before=before):
            app = application_of(schedule) if (job_obj or candidate_id) else None
            if job_obj and (app is None or (app.get("job") or {}).get("id") != job_obj.get("id")):
                continue
            if candidate_id and (app is None or (app.get("candidate") or {}).get("id") != candidate_id):
                continue
            yield event, schedule, app

    def render(match: tuple[Obj, Obj | None, Obj | None]) -> Obj:
        event, schedule, app = match
        app = app or application_of(schedule)
        row = event_row(event, interviews)
        if schedule:
            row["schedule_status"] = schedule.get("status")
        if app:
            row.update(
                prune(
                    {
                        "application_id": app.get("id"),
                        "candidate_id": (app.get("candidate") or {}).get("id"),
                        "candidate": (app.get("candidate") or {}).get("name"),
                        "job": (app.get("job") or {}).get("title"),
                        "stage": (app.get("currentInterviewStage") or {}).get("title"),
                    }
                )
            )
        return row

    # The question is what the caller asked: "from now" stays the same question from page to page.
    filters = {
        "after": start_after,
        "before": start_before,
        "job": job_obj and job_obj.get("id"),
        "candidate": candidate_id,
    }
    return {
        "window": prune({"start_after": after, "start_before": before}),
        **call.page(matches(), filters, cursor, limit, render=render),
    }


def _utc(value: str, name: str) -> str:
    """An ISO 8601 date or time as Ashby writes times (UTC, milliseconds, ``Z``), so that they compare as text."""
    from datetime import timezone

    from .._dates import parse_moment

    moment = parse_moment(value, name).astimezone(timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _safe_lookup(call: Call, kind: str) -> list[Obj]:
    try:
        return call.reader.lookup(kind)
    except ToolFailure:
        return []


def list_offers(
    call: Call, *, status: str | None, acceptance: str | None, job: str | None, cursor: str | None, limit: int | None
) -> dict[str, Any]:
    """Offers by offer status, acceptance status and job, newest first, with candidate and job."""
    reader = call.reader
    job_obj = resolve_job(reader, job) if job else None
    app_ids = None
    if job_obj:
        app_ids = [a["id"] for a in reader.applications(job_id=job_obj.get("id")) if a.get("id")]
    apps: dict[str, Obj | None] = {}

    def matches() -> Iterator[Obj]:
        for offer in reader.offers(application_ids=app_ids):
            if status and str(offer.get("offerStatus") or "").casefold() != status.casefold():
                continue
            if acceptance and str(offer.get("acceptanceStatus") or "").casefold() != acceptance.casefold():
                continue
            yield offer

    def render(offer: Obj) -> Obj:
        app_id = offer.get("applicationId") or ""
        if app_id and app_id not in apps:
            apps[app_id] = reader.application(app_id)
        app = apps.get(app_id) or {}
        return {
            **offer_row(offer),
            **prune(
                {
                    "candidate_id": (app.get("candidate") or {}).get("id"),
                    "candidate": (app.get("candidate") or {}).get("name"),
                    "job_id": (app.get("job") or {}).get("id"),
                    "job": (app.get("job") or {}).get("title"),
                }
            ),
        }

    filters = {"status": status, "acceptance": acceptance, "job": job_obj and job_obj.get("id")}
    return call.page(matches(), filters, cursor, limit, render=render)


_LABELS = ("title", "name", "text")


def lookup(call: Call, *, kind: str, text: str | None, cursor: str | None, limit: int | None) -> dict[str, Any]:
    """A reference list (tags, users, sources...): ids and names, for filters and writes."""
    if kind not in LOOKUPS:
        raise ToolFailure(f"kind must be one of {', '.join(LOOKUPS)}")

    def label(item: Obj) -> str:
        if kind == "users":
            return " ".join(p for p in (item.get("firstName"), item.get("lastName")) if p)
        return str(next((item[k] for k in _LABELS if item.get(k)), ""))

    items = [i for i in call.reader.lookup(kind) if _name_ok(label(i), text)]
    items.sort(key=lambda i: (label(i).casefold(), i.get("id") or ""))

    def render(item: Obj) -> Obj:
        extra: dict[str, Any] = {"archived": item.get("isArchived") or None}
        if kind == "users":
            extra.update(email=item.get("email"), role=item.get("globalRole"), enabled=item.get("isEnabled"))
        if kind == "interviews":
            extra["job_id"] = item.get("jobId")
        return prune({"id": item.get("id"), "name": label(item), **extra})

    return {
        "kind": kind,
        "total": len(items),
        **call.page(items, {"kind": kind, "text": text}, cursor, limit, render=render),
    }
