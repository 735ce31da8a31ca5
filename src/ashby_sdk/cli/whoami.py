"""``ashby whoami``: which key is in use (its title, never the key), where it points, what it may do.

Ashby's ``apiKey.info`` names the key but not its permissions, so ``--permissions``
finds them out: for each read permission of the catalogue it sends one cheap read
that needs it (a list with ``limit: 1``) and reports granted or missing. Write
permissions are never probed, since probing them would change data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from .._catalogue import ENDPOINTS, Endpoint
from .._exceptions import AshbyAuthError
from .config import client_from
from .output import console, print_json

if TYPE_CHECKING:
    from .._client import AshbyClient

__all__ = ["probes", "register", "whoami"]


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


def _probe(client: AshbyClient, spec: Endpoint) -> str:
    try:
        client.request(spec.name, {"limit": 1} if spec.paged else {}, max_retries=0)
    except AshbyAuthError as exc:
        return "missing" if exc.status_code == 403 or "permission" in (exc.code or "") else f"refused: {exc.code}"
    except Exception as exc:  # the permission exists when the request got past the check
        return "granted" if getattr(exc, "status_code", 0) not in (401, 403) else "missing"
    return "granted"


def whoami(
    ctx: typer.Context,
    permissions: bool = typer.Option(False, "--permissions", help="Probe which read permissions the key has."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show which API key is in use (its title, never the key) and where it points (apiKey.info)."""
    client = client_from(ctx)
    try:
        info: dict[str, Any] = client.request("apiKey.info", {}) or {}
    except AshbyAuthError as exc:
        if exc.status_code != 403 or "key" in (exc.code or ""):
            raise  # a wrong key, not a missing permission
        info = {"title": "(not shown: the key lacks apiKeysRead)"}
    granted: dict[str, str] = {}
    if permissions:
        for name, spec in probes().items():
            granted[name] = _probe(client, spec) if spec is not None else "not probed (write)"
    if as_json:
        print_json({"baseUrl": client.base_url, "apiKey": info, **({"permissions": granted} if permissions else {})})
        return
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    table.add_row("Base URL", client.base_url)
    for key, value in info.items():
        table.add_row(key, str(value))
    for name, state in granted.items():
        table.add_row(name, state)
    console().print(table)


def register(app: typer.Typer) -> None:
    """Add ``whoami`` to ``app``."""
    app.command("whoami")(whoami)
