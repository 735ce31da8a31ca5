"""Why each write is, or is not, retried after an ambiguous failure.

An ambiguous failure (a 5xx, a read timeout, a connection dropped after the
request left) may hide a write that landed. Such a write is sent again only
when sending it twice provably leaves the same state and triggers nothing
twice: no email, no notification, no approval request, no webhook-driven side
effect we cannot rule out. Ashby documents idempotency for none of its
endpoints, so the reasons below come from what each call does; where a reason
rests on an inference it says so. Failures that prove the request never
arrived (connection refused, connect timeout, 429) are retried for every write.

Each constant is ``(retried, reason)`` for :func:`~.model.write`.
"""

from __future__ import annotations

__all__ = [
    "ATTACHES",
    "AUTOMATIONS",
    "CREATES",
    "DELETES",
    "EMAILS",
    "FINDS_OR_CREATES",
    "METADATA",
    "NOTIFIES",
    "SEQUENCE_DRAFT",
    "WARNED",
    "WEBHOOKS",
]

Retry = tuple[bool, str]

# Not retried.
CREATES: Retry = (False, "creates an object each time: a repeat would make a second one")
ATTACHES: Retry = (False, "attaches the file each time: a repeat would attach (and parse) a second copy")
EMAILS: Retry = (False, "can email the candidate or interviewers: a repeat could send it again")
NOTIFIES: Retry = (
    False,
    "can notify users or start approvals (Ashby documents no way to tell whether a repeat would notify again)",
)
WEBHOOKS: Retry = (
    False,
    "changes an object Ashby sends webhooks for (application, job, posting, offer, schedule) and can start "
    "automations: a repeat may fire them again",
)
AUTOMATIONS: Retry = (
    False,
    "changes a candidate, application or opening, where Ashby runs automations and notifications it does not "
    "document either way: a repeat is not provably inert",
)
DELETES: Retry = (False, "deletes or anonymises for good, with follow-on effects Ashby does not document")
WARNED: Retry = (
    False,
    "Ashby's reference warns that retrying it can overwrite a newer value written in between",
)

# Retried.
METADATA: Retry = (
    True,
    "sets an absolute state on organisation metadata (no webhook type, no email, no notification): a repeat "
    "leaves the same state; a repeated archive, restore or delete may answer that it already happened",
)
FINDS_OR_CREATES: Retry = (
    True,
    "answers the existing tag when one already has this title (reference page), so a repeat makes no second one",
)
SEQUENCE_DRAFT: Retry = (
    True,
    "acts on a sequence draft that has not started, so nothing has been or is sent; a repeat leaves the same "
    "draft (a repeated discard may answer sequence_not_found)",
)
