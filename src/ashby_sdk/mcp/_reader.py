"""Where a tool's data comes from: the questions every source answers, and what each answer was built from.

A tool asks a :class:`Reader` for raw Ashby objects (the dicts the API sends,
which is also what the mirror keeps in its ``data`` column), so the tools are
written once. :class:`~ashby_sdk.mcp._live.LiveReader` asks the API;
:class:`~ashby_sdk.mcp._mirror.MirrorReader` reads the mirror and hands what
the mirror lacks (a table never synced, an object newer than the last sync) to
a live reader. Each reader records its provenance for the answer's header.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LOOKUPS", "Provenance", "Reader"]

Obj = dict[str, Any]

LOOKUPS: dict[str, tuple[str, str, dict[str, Any]]] = {
    # kind -> (mirror table, API list endpoint, its body)
    # The bodies ask for archived and deactivated ones too, as the mirror's lists do (``sync/streams.py``).
    "tags": ("candidate_tags", "candidateTag.list", {"includeArchived": True}),
    "users": ("users", "user.list", {"includeDeactivated": True}),
    "sources": ("sources", "source.list", {"includeArchived": True}),
    "archive_reasons": ("archive_reasons", "archiveReason.list", {"includeArchived": True}),
    "departments": ("departments", "department.list", {"includeArchived": True}),
    "locations": ("locations", "location.list", {"includeArchived": True}),
    "interviews": ("interviews", "interview.list", {"includeArchived": True}),
}
"""The reference lists ``lookup`` answers, and where each comes from."""


@dataclass
class Provenance:
    """What an answer was built from: mirror tables (with when each was last synced) and live API calls."""

    tables: dict[str, str] = field(default_factory=dict)
    """Mirror table -> when its last sync finished (ISO 8601, UTC)."""
    syncing: set[str] = field(default_factory=set)
    """Mirror tables a sync was writing when they were read."""
    endpoints: set[str] = field(default_factory=set)
    """API endpoints called live."""
    notes: list[str] = field(default_factory=list)
    """Caveats to pass on: a scan stopped at its cap, a table the mirror lacks..."""

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


class Reader:
    """The questions a source answers, as raw Ashby objects. Subclasses implement them all."""

    provenance: Provenance

    def candidate(self, candidate_id: str) -> Obj | None:
        """One candidate, or ``None``."""
        raise NotImplementedError

    def candidates(
        self, *, name: str | None = None, email: str | None = None, hint: str | None = None
    ) -> Iterator[Obj]:
        """Candidates by name (``name`` within it, any case), ordered by name; ``email``/``hint`` narrow the scan.

        ``email`` is matched exactly (any case) against every address by the caller; a reader may
        use it and ``hint`` (a string the object's JSON must contain, such as a tag id) to read less.
        """
        raise NotImplementedError

    def application(self, application_id: str) -> Obj | None:
        """One application, or ``None``."""
        raise NotImplementedError

    def applications(
        self,
        *,
        job_id: str | None = None,
        candidate_id: str | None = None,
        status: str | None = None,
        stage_ids: Sequence[str] | None = None,
    ) -> Iterator[Obj]:
        """Applications matching every filter given, oldest first."""
        raise NotImplementedError

    def job(self, job_id: str) -> Obj | None:
        """One job, or ``None``."""
        raise NotImplementedError

    def jobs(self, *, status: str | None = None) -> list[Obj]:
        """Jobs (of ``status`` when given), by title."""
        raise NotImplementedError

    def stages(self, plan_id: str) -> list[Obj]:
        """The stages of an interview plan, in plan order."""
        raise NotImplementedError

    def history(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        """Stage history per application, in order of the stages entered."""
        raise NotImplementedError

    def feedback(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        """Submitted feedback per application, oldest first."""
        raise NotImplementedError

    def notes(self, candidate_id: str) -> list[Obj]:
        """A candidate's notes, newest first."""
        raise NotImplementedError

    def schedules(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        """Interview schedules per application, each with its ``interviewEvents``."""
        raise NotImplementedError

    def events(self, *, start_after: str, start_before: str | None) -> Iterator[tuple[Obj, Obj | None]]:
        """Interview events starting in the window, by start time, each with its schedule (if known)."""
        raise NotImplementedError

    def offers(self, *, application_ids: Sequence[str] | None = None) -> Iterator[Obj]:
        """Offers (of these applications when given), newest first."""
        raise NotImplementedError

    def lookup(self, kind: str) -> list[Obj]:
        """A reference list of :data:`LOOKUPS` (tags, users, sources...)."""
        raise NotImplementedError

    def funnel(self, job_id: str) -> list[Obj] | None:
        """Per stage of a job: applications that reached it and its average days (``None``: not known here)."""
        raise NotImplementedError
