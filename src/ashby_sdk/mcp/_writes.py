"""The write tools, registered only with ``--allow-writes``: move a stage, add a note, add a tag.

Each is one Ashby write, sent with ``idempotent=False``: after an ambiguous
failure (a 5xx, a timeout, a dropped connection) it is not sent again, since
it may have landed; the model is told to check before trying again. Names are
resolved against the live API (the mirror may not have a stage or tag made
since its last sync), and the answer says the mirror shows the change after
the next ``ashby sync``.
"""

from __future__ import annotations

from typing import Any

from ._backend import Call
from ._compact import application_row, candidate_row, note_row
from ._errors import ToolFailure
from ._live import LiveReader
from ._resolve import pick

__all__ = ["add_candidate_note", "add_candidate_tag", "move_application_stage"]

_AFTER = "the mirror shows this after the next `ashby sync`"


def _live(call: Call) -> LiveReader:
    client = call.backend.client
    if client is None:
        raise ToolFailure("writes need an API key: start the server with one")
    return LiveReader(client, provenance=call.provenance)


def _note_mirror(call: Call) -> None:
    if call.backend.db is not None:
        call.provenance.note(_AFTER)


def move_application_stage(
    call: Call, *, application_id: str, stage: str, archive_reason: str | None
) -> dict[str, Any]:
    """application.changeStage, the stage by id or title within the application's interview plan."""
    live = _live(call)
    app = live.application(application_id.strip())
    if app is None:
        raise ToolFailure(f"no application with id {application_id!r}")
    plan_id = (app.get("currentInterviewStage") or {}).get("interviewPlanId")
    if not plan_id:
        raise ToolFailure(f"application {application_id} has no interview plan to choose a stage from")
    target = pick(live.stages(plan_id), stage, "stage in this application's plan")
    body: dict[str, Any] = {"applicationId": app["id"], "interviewStageId": target["id"]}
    if archive_reason:
        reason = pick(live.lookup("archive_reasons"), archive_reason, "archive reason", key="text")
        body["archiveReasonId"] = reason["id"]
    elif target.get("type") == "Archived":
        raise ToolFailure(
            f"{target.get('title')!r} archives the application: give archive_reason (lookup kind=archive_reasons)"
        )
    before = (app.get("currentInterviewStage") or {}).get("title")
    moved = live.client.request("application.changeStage", body, idempotent=False)
    live.provenance.endpoints.add("application.changeStage")
    _note_mirror(call)
    return {
        "done": f"moved the application from {before!r} to {target.get('title')!r}",
        "application": application_row(moved if isinstance(moved, dict) else app),
    }


def add_candidate_note(call: Call, *, candidate_id: str, text: str) -> dict[str, Any]:
    """candidate.createNote, without notifications."""
    if not text.strip():
        raise ToolFailure("the note is empty")
    live = _live(call)
    body = {"candidateId": candidate_id.strip(), "note": text, "sendNotifications": False}
    created = live.client.request("candidate.createNote", body, idempotent=False)
    live.provenance.endpoints.add("candidate.createNote")
    _note_mirror(call)
    return {"done": f"added a note to candidate {candidate_id.strip()}", "note": note_row(created or {})}


def add_candidate_tag(call: Call, *, candidate_id: str, tag: str) -> dict[str, Any]:
    """candidate.addTag, the tag by id or title."""
    live = _live(call)
    chosen = pick(live.lookup("tags"), tag, "tag")
    body = {"candidateId": candidate_id.strip(), "tagId": chosen["id"]}
    candidate = live.client.request("candidate.addTag", body, idempotent=False)
    live.provenance.endpoints.add("candidate.addTag")
    _note_mirror(call)
    return {
        "done": f"tagged candidate {candidate_id.strip()} with {chosen.get('title')!r}",
        "candidate": candidate_row(candidate or {}),
    }
