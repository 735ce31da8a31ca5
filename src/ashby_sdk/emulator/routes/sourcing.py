"""Handlers for sourcing sequences and email senders (``sequence.*``, ``emailSender.list``).

What the reference pages say is followed: a draft (``NotStarted``) is editable,
startable and discardable only while it has not started; ``sequence.list``
answers started and ended enrollments only; a no-reply sender is refused with
``sequence_sender_not_allowed``; a second draft for the same candidate and
template is ``sequence_draft_already_exists``. Inferred: the stages of every
template (two emails), the senders (the organisation's first user, an alias, a
no-reply address), and that cancelling something not running is
``sequence_not_found``. No email is ever sent.
"""

from __future__ import annotations

from typing import Any

from .. import rules
from .._util import iso, new_uuid
from ..errors import ApiError, invalid_input
from ..paging import Listing
from ..state import Row
from ._base import Ctx, Routes

__all__ = ["ROUTES", "SEQUENCE_TEMPLATES", "senders"]

SEQUENCE_TEMPLATES = {
    "5e000000-0000-4000-8000-000000000001": "Warm intro",
    "5e000000-0000-4000-8000-000000000002": "Alumni reach-out",
}
"""The reusable sourcing sequences every emulated organisation has (no endpoint lists them)."""


def senders(ctx: Ctx) -> list[dict[str, Any]]:
    """The addresses the key's acting user can send from."""
    user = next((u for u in ctx.org["user"] if u.get("isEnabled")), None)
    email = user["email"] if user is not None else "recruiter@example.com"
    domain = email.partition("@")[2] or "example.com"
    name = f"{user['firstName']} {user['lastName']}" if user is not None else "Recruiter"
    return [
        {"email": email, "displayName": name, "type": "Primary"},
        {"email": f"talent@{domain}", "displayName": "Talent team", "type": "OrganizationAlias"},
        {"email": f"no-reply@{domain}", "displayName": "No reply", "type": "NoReply"},
    ]


def _missing(sequence_id: Any) -> ApiError:
    return ApiError("sequence_not_found", f"sequence not found: {sequence_id!r}")


def _sequence(ctx: Ctx, sequence_id: Any, *, draft: bool = False) -> Row:
    row = ctx.org["sequence"].get(sequence_id) if isinstance(sequence_id, str) else None
    if row is None or (draft and row["status"] != "NotStarted"):
        raise _missing(sequence_id)
    return row


def _stages(ctx: Ctx, title: str) -> list[dict[str, Any]]:
    return [
        {
            "id": new_uuid(ctx.org.rng),
            "type": "Email",
            "status": "NotStarted",
            "subject": f"{title} ({n})",
            "bodyHtml": "<p>Hi {{candidate.firstName}}, ...</p>",
        }
        for n in (1, 2)
    ]


def _start(row: Row) -> None:
    row["status"] = "Running"
    row["stages"][0]["status"] = "Scheduled"


def _add(ctx: Ctx, p: dict[str, Any]) -> Any:
    org = ctx.org
    title = SEQUENCE_TEMPLATES.get(p["sequenceTemplateId"])
    if title is None:
        raise ApiError("sequence_template_not_found", f"sequence template not found: {p['sequenceTemplateId']!r}")
    rules.get(org, "candidate", p["candidateId"])
    if p.get("applicationId") is not None:
        rules.get(org, "application", p["applicationId"])
    sender = p.get("from")
    if sender is not None:
        allowed = {s["email"] for s in senders(ctx) if s["type"] != "NoReply"}
        if not isinstance(sender, dict) or sender.get("email") not in allowed:
            raise ApiError("sequence_sender_not_allowed", "from.email is not a sender this user may use")
    for row in org["sequence"]:
        same = row["candidateId"] == p["candidateId"] and row["sequenceTemplateId"] == p["sequenceTemplateId"]
        if same and row["status"] == "NotStarted":
            raise ApiError("sequence_draft_already_exists", f"a draft exists: {row['id']}")
    row = org.insert(
        "sequence",
        {
            "id": new_uuid(org.rng),
            "candidateId": p["candidateId"],
            "applicationId": p.get("applicationId"),
            "sequenceTemplateId": p["sequenceTemplateId"],
            "status": "NotStarted",
            "createdAt": iso(org.clock()),
            "stages": _stages(ctx, title),
        },
    )
    if p["start"]:
        _start(row)
    return row


def _start_draft(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = _sequence(ctx, p["sequenceId"], draft=True)
    _start(row)
    ctx.org.touch("sequence", row["id"])
    return row


def _update_stage(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = _sequence(ctx, p["sequenceId"], draft=True)
    if p.get("subject") is None and p.get("body") is None:
        raise invalid_input("sequence.updateStage needs subject or body")
    stage = next((s for s in row["stages"] if s["id"] == p["stageId"]), None)
    if stage is None:
        raise ApiError("sequence_stage_not_found", f"stage not found: {p['stageId']!r}")
    if p.get("subject") is not None:
        stage["subject"] = p["subject"]
    body = p.get("body")
    if isinstance(body, dict) and isinstance(body.get("value"), str):
        stage["bodyHtml"] = body["value"]
    ctx.org.touch("sequence", row["id"])
    return row


def _discard(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = _sequence(ctx, p["sequenceId"], draft=True)
    ctx.org.delete("sequence", row["id"])
    return row


def _cancel(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = _sequence(ctx, p["sequenceId"])
    if row["status"] not in ("Running", "Paused"):
        raise _missing(p["sequenceId"])
    row["status"] = "Cancelled"
    ctx.org.touch("sequence", row["id"])
    return row


def _list(ctx: Ctx, p: dict[str, Any]) -> Listing:
    candidate = p.get("candidateId")
    return Listing(
        "sequence",
        where=lambda row: row["status"] != "NotStarted" and (candidate is None or row["candidateId"] == candidate),
    )


ROUTES: Routes = {
    "sequence.list": _list,
    "sequence.info": lambda ctx, p: _sequence(ctx, p["sequenceId"]),
    "sequence.add": _add,
    "sequence.start": _start_draft,
    "sequence.updateStage": _update_stage,
    "sequence.discard": _discard,
    "sequence.cancel": _cancel,
    "emailSender.list": lambda ctx, p: senders(ctx),
}
