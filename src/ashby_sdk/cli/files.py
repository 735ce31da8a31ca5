"""``ashby files download HANDLE_OR_CANDIDATE --out DIR``: stream files to disk with a progress bar.

A candidate id downloads every file of the candidate (resume included); anything
else is taken as a file handle. Names come from the server and are untrusted:
:func:`ashby_sdk.resources.files.safe_target` keeps every file inside ``DIR``.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from .config import client_from
from .errors import EXIT_USAGE, CLIError
from .output import FIELDS_OPTION, FORMAT_OPTION, JSON_OPTION, Output, progress

if TYPE_CHECKING:
    from .._client import AshbyClient

__all__ = ["download", "handles_of", "register"]

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def handles_of(candidate: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(handle, name) of every file of a candidate, the resume first, each once."""
    seen: dict[str, str | None] = {}
    for entry in [candidate.get("resumeFileHandle"), *(candidate.get("fileHandles") or [])]:
        if isinstance(entry, dict) and entry.get("handle"):
            seen.setdefault(entry["handle"], entry.get("name"))
    return list(seen.items())


def _fetch(client: AshbyClient, handle: str, out: Path, name: str | None, *, overwrite: bool) -> Path:
    from ..resources.files import NewFile, filename_from, safe_target

    url = client.files.get_url(handle)
    with client._api.stream_file(url) as response:
        target = safe_target(out, name or filename_from(response))
        if not overwrite and os.path.lexists(target):
            raise CLIError(f"{target} already exists (--overwrite replaces it)", EXIT_USAGE)
        size = int(response.headers.get("content-length") or 0) or None
        # A fresh temporary file beside the target (never an existing path or a symlink), put in place when whole.
        with NewFile(target, overwrite=overwrite) as sink, progress(target.name, total=size) as (bar, task):
            for chunk in response.iter_bytes():
                sink.write(chunk)
                bar.advance(task, len(chunk))
            return sink.commit()


def download(
    ctx: typer.Context,
    what: str = typer.Argument(..., metavar="HANDLE_OR_CANDIDATE", help="A file handle, or a candidate's id."),
    out_dir: str = typer.Option(
        ".", "--out", "-o", metavar="DIR", help="The directory to write into (created if missing)."
    ),
    fmt: str | None = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
    fields: str | None = FIELDS_OPTION,
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace files that already exist (default: refuse)."),
) -> None:
    """Download a file, or every file of a candidate, into a directory; print what was saved."""
    output = Output(fmt, as_json, fields=fields, columns=[("path", "path"), ("bytes", "bytes"), ("handle", "handle")])
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise CLIError(f"--out {out} is not a directory", EXIT_USAGE)
    out.mkdir(parents=True, exist_ok=True)
    client = client_from(ctx)
    if _UUID.match(what):
        candidate = client.request("candidate.info", {"id": what})
        wanted = handles_of(candidate)
        if not wanted:
            raise CLIError(f"candidate {candidate.get('name') or what} has no files")
    else:
        wanted = [(what, None)]
    written = [_fetch(client, handle, out, name, overwrite=overwrite) for handle, name in wanted]
    saved: list[dict[str, Any]] = [
        {"handle": h, "path": str(p), "bytes": p.stat().st_size} for (h, _), p in zip(wanted, written, strict=True)
    ]
    output.print_list(saved)
    total = sum(s["bytes"] for s in saved)
    sys.stderr.write(f"Saved {len(saved)} file{'s' if len(saved) != 1 else ''} ({total:,} bytes) into {out}\n")


def register(app: typer.Typer) -> None:
    """Add the ``files`` group to ``app``."""
    group = typer.Typer(help="Files attached to candidates: resumes and others.", no_args_is_help=True)
    group.command("download")(download)
    app.add_typer(group, name="files")
