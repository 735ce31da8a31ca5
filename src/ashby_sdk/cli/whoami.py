"""``ashby whoami``: which key is in use (its title and where it came from, never the key), what it may do.

Ashby's ``apiKey.info`` names the key but not its permissions, so ``--permissions``
finds them out: for each read permission of the catalogue it sends one cheap read
that needs it (a list with ``limit: 1``). Ashby answering is "granted"; a 401/403
(or a permission error) is "missing"; anything else (a timeout, a 5xx, a refused
connection, a rate limit) proves nothing either way and is "unknown". Write
permissions are never probed, since probing them would change data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from .._catalogue import ENDPOINTS, Endpoint
from .._exceptions import AshbyAuthError
from .config import state_from
from .output import FORMAT_OPTION, JSON_OPTION, Output, note

if TYPE_CHECKING:
    from .._client import AshbyClient

__all__ = ["probe", "probes", "register", "whoami"]


def probes() -> dict[str, Endpoint | None]:
    """Each permission of the catalogue with the cheapest read that needs it (``None``: a write permission)."""
    found: dict[str, Endpoint | None] = {}
    for spec in ENDPOINTS.values():
        if not spec.permission:
            continue
        found.setdefault(spec.permission, None)
        if spec.write or spec.required:
            continue
        current = found[spec.permission]
        if current is None or (spec.paged and not current.paged):
            found[spec.permission] = spec
    return dict(sorted(found.items()))


def probe(client: AshbyClient, spec: Endpoint) -> tuple[str, str]:
    """(``granted`` | ``missing`` | ``unknown``, why) for the permission ``spec`` needs."""
    try:
        client.request(spec.name, {"limit": 1} if spec.paged else {})
    except AshbyAuthError as exc:
        if exc.status_code in (401, 403) or "permission" in (exc.code or ""):
            return "missing", f"{spec.name} answered {exc.status_code} {exc.code or ''}".rstrip()
        return "unknown", str(exc)
    except Exception as exc:  # a timeout, a 5xx, a refused connection: the probe tells nothing
        return "unknown", f"{spec.name}: {type(exc).__name__}: {exc}"
    return "granted", ""


def whoami(
    ctx: typer.Context,
    permissions: bool = typer.Option(False, "--permissions", help="Probe which read permissions the key has."),
    fmt: str | None = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Show which key is in use and where it came from (never the key itself).

    Also the base URL and where that came from; --permissions probes what the key may read.
    """
    state = state_from(ctx)
    found = state.credentials()
    client = state.client()
    try:
        info: dict[str, Any] = client.request("apiKey.info", {}) or {}
    except AshbyAuthError as exc:
        if exc.status_code != 403 or "key" in (exc.code or ""):
            raise  # a wrong key, not a missing permission
        info = {"title": "(not shown: the key lacks apiKeysRead)"}
    report: dict[str, Any] = {
        "baseUrl": client.base_url,
        "baseUrlFrom": found.url_source,
        "keyFrom": found.key_source,
        "apiKey": info,
    }
    unknown: dict[str, str] = {}
    if permissions:
        granted: dict[str, str] = {}
        for name, spec in probes().items():
            if spec is None:
                granted[name] = "not probed (write)"
                continue
            granted[name], why = probe(client, spec)
            if granted[name] == "unknown":
                unknown[name] = why
        report["permissions"] = granted
        if unknown:
            report["unknown"] = unknown
    output = Output(fmt, as_json, default=None)
    if output.format.value in ("json", "jsonl"):
        output.print_one(report)
    else:
        rows = {
            "title": info.get("title"),
            "key from": found.key_source,
            "base URL": f"{client.base_url} (from {found.url_source})",
            **{k: v for k, v in info.items() if k != "title"},
            **{n: f"unknown: {unknown[n]}" if n in unknown else v for n, v in report.get("permissions", {}).items()},
        }
        output.print_one(rows)
    if unknown:
        note(f"{len(unknown)} permission(s) unknown: the probe failed without an answer; rerun to check again")


def register(app: typer.Typer) -> None:
    """Add ``whoami`` to ``app``."""
    app.command("whoami")(whoami)
