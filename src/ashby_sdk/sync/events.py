"""What each webhook action changes in the mirror: operations for ``Store.apply_event``.

Changes that matter at once (stage moves and other application changes, new
and changed jobs, offers, interview schedules, openings, survey submissions)
are written from the object the webhook carries, unless the store already
holds a newer copy; the object's child lists are queued, so the next sync asks
for its history or events. Deletions mark rows removed; a ``candidateMerge``
records ``old id -> new id`` in ``candidate_merges`` and marks the old
candidate removed. The periodic token sync then reconciles everything with
what the API lists. Actions not listed here (``ping``, job postings, HRIS
pushes) are recorded in ``_webhook_events`` only.
"""

from __future__ import annotations

from typing import Any

from .streams import CHILDREN
from .tables import TABLES

__all__ = ["UPSERTS", "operations"]

UPSERTS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        ("applicationSubmit", "applicationUpdate", "candidateStageChange", "candidateHire"),
        ("application", "applications"),
    ),
    **dict.fromkeys(
        ("interviewScheduleCreate", "interviewScheduleUpdate"), ("interviewSchedule", "interview_schedules")
    ),
    **dict.fromkeys(("jobCreate", "jobUpdate"), ("job", "jobs")),
    **dict.fromkeys(("offerCreate", "offerUpdate"), ("offer", "offers")),
    "openingCreate": ("opening", "openings"),
    "surveySubmit": ("surveySubmission", "survey_submissions"),
}
"""Action -> (the key of the object in ``data``, the table it is written to)."""


def _id(value: Any) -> str | None:
    return value["id"] if isinstance(value, dict) and isinstance(value.get("id"), str) else None


def operations(action: str, data: dict[str, Any]) -> list[tuple[str, Any]]:
    """The store operations for one webhook event (empty when it changes nothing in the mirror)."""
    if action in UPSERTS:
        key, table = UPSERTS[action]
        obj = data.get(key)
        if _id(obj) is None:
            return []
        return [("upsert", (TABLES[table], obj, CHILDREN.get(table, ())))]
    if action == "candidateDelete":
        candidate = _id(data.get("candidate"))
        return [] if candidate is None else [("remove", (TABLES["candidates"], candidate))]
    if action == "candidateMerge":
        old, new = _id(data.get("deletedCandidate")), _id(data.get("mergedCandidate"))
        return [] if old is None or new is None else [("merge", (old, new))]
    if action == "offerDelete":
        offer = _id(data.get("offer"))
        return [] if offer is None else [("remove", (TABLES["offers"], offer))]
    return []
