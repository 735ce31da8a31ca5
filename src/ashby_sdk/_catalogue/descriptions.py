"""Short help texts for parameters: what a parameter means, drawn from Ashby's reference.

An entry in an endpoint table may carry its own ``description``; otherwise the
text comes from :data:`KNOWN` by wire name, else from the name itself
(``interviewStageId`` -> "The id of the interview stage.").
"""

from __future__ import annotations

import re

__all__ = ["KNOWN", "MOMENT_HELP", "describe"]

MOMENT_HELP = {
    "epoch-ms": "a datetime, a date or an ISO 8601 string (naive means UTC), or an int of milliseconds since the "
    "epoch as Ashby takes it",
    "date-time": "a datetime, a date or an ISO 8601 string (naive means UTC), or an int of milliseconds since the "
    "epoch",
    "date": "a date, or an ISO 8601 date string (YYYY-MM-DD)",
}

KNOWN: dict[str, str] = {
    "createdAfter": "Only objects created after this moment",
    "openedAfter": "Only jobs opened after this moment",
    "openedBefore": "Only jobs opened before this moment",
    "closedAfter": "Only jobs closed after this moment",
    "closedBefore": "Only jobs closed before this moment",
    "createdAt": "When it was created, to backdate an import",
    "sentAt": "When the email was sent",
    "startsAt": "When the pause starts",
    "endsAt": "When the pause ends",
    "targetHireDate": "The date the hire is planned for",
    "targetStartDate": "The date the new hire is planned to start",
    "timestamp": "When the assessment event happened",
    "includeArchived": "Include archived ones too",
    "includeDeactivated": "Include deactivated users too",
    "includeDisabled": "Include disabled links too",
    "includeArchivedPools": "Include archived pools too",
    "includeArchivedTrainingStages": "Include archived training stages too",
    "includeLocationHierarchy": "Include regions (location hierarchies) as well as locations",
    "includeNonSharedInterviews": "Include interviews not shared across jobs",
    "excludeArchivedScheduleTemplateInterviews": "Leave out interviews of archived schedule templates",
    "includeUnpublishedJobPostingsIds": "Include the ids of unpublished job postings",
    "includeHeadersInData": "Put the column headers in the first row of the data",
    "namesOnly": "Answer plain role names (the default) instead of objects",
    "listedOnly": "Only postings listed on the job board",
    "expand": "Related objects to include in full",
    "sendNotifications": "Notify the users subscribed to this object",
    "isPrivate": "Visible only to users allowed to see private notes",
    "email": "An email address",
    "name": "The name",
    "title": "The title",
    "description": "The description",
    "note": "The note: plain text, or {type: text/plain|text/html, value}",
    "status": "The status",
    "id": "The id of the object",
    "archive": "True to archive, false to restore",
    "enabled": "Whether the webhook is delivered",
    "requestUrl": "The URL Ashby posts webhook deliveries to",
    "secretToken": "The secret Ashby signs each delivery with (Ashby-Signature)",
    "webhookType": "The kind of event to deliver (an Ashby webhook type)",
    "fieldValue": "The value to set (null clears it)",
    "allowReschedule": "Let the candidate pick another time",
    "allowFeedbackDeletion": "Allow deleting feedback already submitted for cancelled events",
    "startAutomaticActivities": "Run the automatic activities of the new stage",
    "submitApprovalRequest": "Submit the approval request at once",
    "requiresTraining": "Whether interviewers need training to join",
    "limit": "Page size (at most 100)",
    "cursor": "Where the previous page ended",
    "syncToken": "Return only what changed since this token",
}

_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _words(name: str) -> str:
    return " ".join(w.lower() if not w.isupper() else w for w in _WORDS.findall(name)) or name


def describe(name: str, fmt: str = "") -> str:
    """The help text of parameter ``name`` (with its date ``fmt``, when it is a moment)."""
    text = KNOWN.get(name)
    if text is None:
        if name.endswith("Ids") and len(name) > 3:
            text = f"The ids of the {_words(name[:-3])}s"
        elif name.endswith("Id") and len(name) > 2:
            text = f"The id of the {_words(name[:-2])}"
        elif name.startswith("include") and len(name) > 7:
            text = f"Include {_words(name[7:])}"
        elif name.startswith("is") and name[2:3].isupper():
            text = f"Whether it is {_words(name[2:])}"
        else:
            text = f"The {_words(name)}"
    if fmt:
        text += f": {MOMENT_HELP[fmt]}"
    return text + "."
