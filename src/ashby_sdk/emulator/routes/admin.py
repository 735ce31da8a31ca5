"""Handlers for files, webhooks and the API key itself."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..._catalogue import ENDPOINTS
from ..._catalogue import scope_of as scope
from .. import rules
from .._util import iso, new_uuid
from ..errors import invalid_input, not_found
from ..render import render
from ..state import Row
from ..webhooks import WEBHOOK_ACTIONS
from ._base import Ctx, Routes

__all__ = ["ROUTES", "scope"]


def _file_info(ctx: Ctx, p: dict[str, Any]) -> Any:
    table = ctx.org["file"]
    cache = ctx.org.settings.get("_handles")
    if cache is None or cache[0] != len(table.rows):
        cache = (len(table.rows), {row["handle"]: row["id"] for row in table.rows})
        ctx.org.settings["_handles"] = cache
    file_id = cache[1].get(p["fileHandle"])
    row = table.get(file_id) if file_id else None
    if row is None:
        raise not_found("file", p["fileHandle"])
    return {"url": ctx.file_url(row)}


def _url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise invalid_input("Parameter 'requestUrl' must be an http(s) URL")
    return value


def _webhook_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    if p["webhookType"] not in WEBHOOK_ACTIONS:
        raise invalid_input(f"Parameter 'webhookType' must be one of {', '.join(WEBHOOK_ACTIONS)}")
    row: Row = ctx.org.insert(
        "webhook",
        {
            "id": new_uuid(ctx.org.rng),
            "enabled": True,
            "requestUrl": _url(p["requestUrl"]),
            "secretToken": p["secretToken"],
            "webhookType": p["webhookType"],
        },
    )
    ctx.on_webhook_created(row)
    return render(ctx.org, "webhook", row)


def _webhook_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "webhook", p["webhookId"])
    if "requestUrl" in p:
        row["requestUrl"] = _url(p["requestUrl"])
    if "enabled" in p:
        row["enabled"] = p["enabled"]
    if "secretToken" in p:
        row["secretToken"] = p["secretToken"]
    ctx.org.touch("webhook", row["id"])
    return render(ctx.org, "webhook", row)


def _webhook_delete(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "webhook", p["webhookId"])
    ctx.org.delete("webhook", row["id"])
    return render(ctx.org, "webhook", row)


def _api_key(ctx: Ctx, p: dict[str, Any]) -> Any:
    granted = ctx.permissions
    if granted is None:
        granted = frozenset(e.permission for e in ENDPOINTS.values() if e.permission)
    return {"title": "Ashby emulator key", "createdAt": iso(0), "scopes": sorted(scope(g) for g in granted)}


ROUTES: Routes = {
    "apiKey.info": _api_key,
    "file.info": _file_info,
    "webhook.create": _webhook_create,
    "webhook.info": lambda ctx, p: render(ctx.org, "webhook", rules.get(ctx.org, "webhook", p["webhookId"])),
    "webhook.update": _webhook_update,
    "webhook.delete": _webhook_delete,
}
