"""Handlers for the project writes Ashby added in 2026: create, update, archive, restore, custom fields.

Inferred where the reference pages left it open: the description travels as
``{type, value}`` and is stored (and answered) as its text; a custom field
entry is ``{id, title, value, isPrivate}`` as on other objects.
"""

from __future__ import annotations

from typing import Any

from .. import rules
from .._util import iso, new_uuid
from ..errors import invalid_input
from ..render import render
from ..state import Row
from ._base import Ctx, Routes

__all__ = ["ROUTES"]


def _description(value: Any) -> str | None:
    if isinstance(value, dict):
        text = value.get("value")
        return text if isinstance(text, str) and text else None
    return value if isinstance(value, str) and value else None


def _create(ctx: Ctx, p: dict[str, Any]) -> Any:
    org = ctx.org
    author = next((u["id"] for u in org["user"] if u.get("isEnabled")), None)
    row = org.insert(
        "project",
        {
            "id": new_uuid(org.rng),
            "title": p["title"],
            "description": _description(p.get("description")),
            "isArchived": False,
            "confidential": bool(p.get("confidential")),
            "createdAt": iso(org.clock()),
            "_authorId": author,
        },
    )
    return render(org, "project", row)


def _update(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "project", p.get("projectId"))
    if "title" not in p and "description" not in p:
        raise invalid_input("project.update needs at least one editable field (title, description)")
    if "title" in p:
        row["title"] = p["title"]
    if "description" in p:  # null or empty content clears it (reference page)
        row["description"] = _description(p["description"])
    ctx.org.touch("project", row["id"])
    return render(ctx.org, "project", row)


def _archived(archived: bool) -> Any:
    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        row = rules.get(ctx.org, "project", p.get("projectId"))
        row["isArchived"] = archived
        ctx.org.touch("project", row["id"])
        return render(ctx.org, "project", row)

    return handler


def _set_field(ctx: Ctx, row: Row, field_id: Any, value: Any) -> dict[str, Any]:
    field = rules.get(ctx.org, "customField", field_id)
    entries: list[dict[str, Any]] = row.setdefault("customFieldEntries", [])
    entry = {"id": field["id"], "title": field.get("title"), "value": value, "isPrivate": bool(field.get("isPrivate"))}
    row["customFieldEntries"] = [e for e in entries if e.get("id") != field["id"]] + [entry]
    return entry


def _set_value(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "project", p.get("projectId"))
    entry = _set_field(ctx, row, p.get("fieldId"), p.get("fieldValue"))
    ctx.org.touch("project", row["id"])
    return entry


def _set_values(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "project", p.get("projectId"))
    entries = [_set_field(ctx, row, v.get("fieldId"), v.get("fieldValue")) for v in p["values"]]
    ctx.org.touch("project", row["id"])
    return entries


ROUTES: Routes = {
    "project.create": _create,
    "project.update": _update,
    "project.archive": _archived(True),
    "project.restore": _archived(False),
    "project.setCustomFieldValue": _set_value,
    "project.setCustomFieldValues": _set_values,
}
