"""What each endpoint parameter means, for the help of the generated ``list``/``get``/``search`` options.

The catalogue names parameters as the wire does (``createdAfter``); people need
their meaning. Parameters without an entry here get a sentence made from their
name (``interviewPlanId`` becomes "Only those of this interview plan (its id)."),
so a parameter added to the catalogue still gets readable help.
"""

from __future__ import annotations

import re

from .._catalogue import Param

__all__ = ["DATE_HELP", "describe", "is_date"]

DATE_HELP = "a date or datetime: 2024-01-31, 2024-01-31T10:00:00Z; no zone means UTC"

_HELP = {
    "createdAfter": "Only those created after this moment ({date}).",
    "openedAfter": "Only jobs opened after this moment ({date}).",
    "openedBefore": "Only jobs opened before this moment ({date}).",
    "closedAfter": "Only jobs closed after this moment ({date}).",
    "closedBefore": "Only jobs closed before this moment ({date}).",
    "status": "Only those with this status.",
    "offerStatus": "Only offers in this state (repeat for several).",
    "acceptanceStatus": "Only offers with this answer from the candidate (repeat for several).",
    "approvalStatus": "Only offers at this approval step (repeat for several).",
    "expand": "Also include these related objects in each result (repeat for several).",
    "includeArchived": "Include archived ones too.",
    "includeDeactivated": "Include deactivated users too.",
    "includeLocationHierarchy": "Include each location's parent locations.",
    "includeNonSharedInterviews": "Include interviews not shared across jobs.",
    "excludeArchivedScheduleTemplateInterviews": "Leave out interviews of archived schedule templates.",
    "includeUnpublishedJobPostingsIds": "Include the ids of unpublished job postings.",
    "listedOnly": "Only postings listed on the job board.",
    "department": "Only postings of this department (its name).",
    "location": "Only postings at this location (its name).",
    "email": "The email address to look for (exact match).",
    "name": "The name to look for.",
    "title": "The title to look for.",
    "identifier": "The opening's identifier to look for.",
    "requisitionId": "The job's requisition id to look for.",
    "externalMappingId": "Find the candidate by its id in another system instead.",
}

_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def is_date(param: Param) -> bool:
    """Whether ``param`` is a date filter Ashby takes as milliseconds (``createdAfter``, ``closedBefore``...)."""
    return param.type == "integer" and param.name.endswith(("After", "Before"))


def _words(name: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(name))


def describe(param: Param) -> str:
    """One or two sentences saying what ``param`` does, with its choices when it has an enum."""
    text = _HELP.get(param.name)
    if text is None:
        if is_date(param):
            text = f"Only those {_words(param.name)} this moment ({{date}})."
        elif param.name.endswith("Id") and param.type == "string":
            text = f"Only those of this {_words(param.name[:-2])} (its id)."
        elif param.type == "boolean":
            text = f"Ask for {_words(param.name)}."
        else:
            text = f"Filter by {_words(param.name)}."
    text = text.format(date=DATE_HELP)
    choices = [e for e in param.enum if e]
    if choices:
        text += f" One of: {', '.join(choices)}."
    return text
