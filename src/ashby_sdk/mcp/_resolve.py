"""Names as people type them: a job, a stage or a tag by id or by title, any case.

An exact title wins; else a unique title containing the text. When nothing or
several things match, the failure lists the choices (with ids), so the model
can ask again precisely.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from .._exceptions import AshbyError
from ._errors import ToolFailure
from ._reader import Obj, Reader

__all__ = ["job_names", "pick", "resolve_job", "resolve_tag", "stage_matches"]


def pick(
    items: list[Obj], wanted: str, what: str, *, key: str = "title", describe: Callable[[Obj], str] | None = None
) -> Obj:
    """The item whose id is ``wanted``, else whose ``key`` equals it (any case), else the one containing it."""
    text = wanted.strip().casefold()
    for item in items:
        if item.get("id") == wanted.strip():
            return item
    exact = [i for i in items if str(i.get(key) or "").casefold() == text]
    partial = [i for i in items if text and text in str(i.get(key) or "").casefold()]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    show = describe or (lambda i: f"{i.get(key)!s} ({i.get('id')})")
    if found:
        choices = "; ".join(show(i) for i in found[:10])
        raise ToolFailure(f"several {what}s match {wanted!r}: {choices}; pass the id")
    sample = "; ".join(show(i) for i in items[:15]) or "none"
    more = f" (and {len(items) - 15} more)" if len(items) > 15 else ""
    raise ToolFailure(f"no {what} matches {wanted!r}; the {what}s are: {sample}{more}")


def resolve_job(reader: Reader, wanted: str) -> Obj:
    """A job by id, or by title among every job (open or not)."""
    if len(wanted) >= 30 and "-" in wanted:  # looks like an id: one lookup instead of the list
        found = reader.job(wanted.strip())
        if found is not None:
            return found
    return pick(
        reader.jobs(), wanted, "job", describe=lambda j: f"{j.get('title')} [{j.get('status')}] ({j.get('id')})"
    )


def resolve_tag(reader: Reader, wanted: str) -> Obj:
    """A candidate tag by id or title."""
    return pick(reader.lookup("tags"), wanted, "tag")


def stage_matches(stage: Any, wanted: str | None) -> bool:
    """Whether an application's ``currentInterviewStage`` is ``wanted`` (an id or a title, any case)."""
    if wanted is None:
        return True
    if not isinstance(stage, dict):
        return False
    text = wanted.strip()
    return stage.get("id") == text or str(stage.get("title") or "").casefold() == text.casefold()


def job_names(reader: Reader) -> dict[str, str]:
    """Department and location ids to names (empty when the reader cannot list them)."""
    names: dict[str, str] = {}
    for kind, key in (("departments", "name"), ("locations", "name")):
        with contextlib.suppress(ToolFailure, AshbyError):  # names are a nicety: ids do
            names.update({d["id"]: d.get(key) or d["id"] for d in reader.lookup(kind) if d.get("id")})
    return names
