"""Handlers for ``candidate.*`` and ``candidateTag.*``."""

from __future__ import annotations

from typing import Any

from .. import rules
from ..errors import invalid_input, not_found
from ..paging import Listing
from ..render import render
from ..validate import UploadedFile
from ._base import Ctx, Routes, archived, created_after

__all__ = ["ROUTES"]

SEARCH_CAP = 100


def _info(ctx: Ctx, p: dict[str, Any]) -> Any:
    if "id" in p:
        return render(ctx.org, "candidate", rules.get(ctx.org, "candidate", p["id"]))
    if "externalMappingId" in p:
        # The emulator keeps no external mappings, so every one is unknown.
        raise not_found("candidate", p["externalMappingId"])
    raise invalid_input("One of 'id' or 'externalMappingId' is required")


def _search(ctx: Ctx, p: dict[str, Any]) -> Any:
    email = (p.get("email") or "").strip().lower()
    name = (p.get("name") or "").strip().lower()
    if not email and not name:
        raise invalid_input("One of 'email' or 'name' is required")
    out = []
    for row in ctx.org["candidate"]:
        if email and all(e["value"].lower() != email for e in row["emailAddresses"]):
            continue
        if name and name not in row["name"].lower():
            continue
        out.append(render(ctx.org, "candidate", row))
        if len(out) == SEARCH_CAP:
            break
    return out


def _list_notes(ctx: Ctx, p: dict[str, Any]) -> Listing:
    cid = rules.get(ctx.org, "candidate", p["candidateId"])["id"]
    return Listing("note", match=("candidateId", cid))


def _upload(ctx: Ctx, p: dict[str, Any], part: str, handle: str) -> Any:
    resume = part == "resume"
    rules.get(ctx.org, "candidate", p["candidateId"])
    if isinstance(p.get(part), UploadedFile):
        return _cand(ctx, rules.upload_file(ctx.org, p["candidateId"], p[part], resume=resume))
    if p.get(handle):
        return _cand(ctx, rules.attach_file(ctx.org, p["candidateId"], p[handle], resume=resume))
    raise invalid_input(f"Send the file as the multipart part '{part}' or an upload handle as '{handle}'")


def _cand(ctx: Ctx, row: Any) -> Any:
    return render(ctx.org, "candidate", row)


ROUTES: Routes = {
    "candidate.list": lambda ctx, p: Listing("candidate", where=created_after(p)),
    "candidate.info": _info,
    "candidate.search": _search,
    "candidate.create": lambda ctx, p: _cand(ctx, rules.create_candidate(ctx.org, p)),
    "candidate.update": lambda ctx, p: _cand(ctx, rules.update_candidate(ctx.org, p)),
    "candidate.addTag": lambda ctx, p: _cand(ctx, rules.add_tag(ctx.org, p["candidateId"], p["tagId"])),
    "candidate.removeTag": lambda ctx, p: _cand(ctx, rules.remove_tag(ctx.org, p["candidateId"], p["tagId"])),
    "candidate.createNote": lambda ctx, p: render(
        ctx.org,
        "note",
        rules.create_note(
            ctx.org, p["candidateId"], p["note"], is_private=p.get("isPrivate", False), created_at=p.get("createdAt")
        ),
    ),
    "candidate.listNotes": _list_notes,
    "candidate.uploadResume": lambda ctx, p: _upload(ctx, p, "resume", "resumeHandle"),
    "candidate.uploadFile": lambda ctx, p: _upload(ctx, p, "file", "fileHandle"),
    "candidateTag.list": lambda ctx, p: Listing("tag", where_full=archived(p)),
    "candidateTag.create": lambda ctx, p: render(ctx.org, "tag", rules.create_tag(ctx.org, p["title"])),
}
