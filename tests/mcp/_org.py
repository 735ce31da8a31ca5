"""Expected answers, computed straight from the emulator's organisation (its rows), never through ashby_sdk.mcp.

The emulator keeps references as ids (``_candidateId``, ``_jobId``, ``_stageId``...):
these helpers join them the plain way, so a test compares what the tools say
with what the organisation holds.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ashby_sdk.emulator import Emulator

Row = dict[str, Any]


class Org:
    """Questions about an emulator's organisation, answered from its rows."""

    def __init__(self, emu: Emulator) -> None:
        self.o = emu.org

    def rows(self, kind: str) -> list[Row]:
        return list(self.o[kind])

    def stage(self, stage_id: str) -> Row:
        found: Row = self.o["interviewStage"].get(stage_id)
        return found

    def job(self, job_id: str) -> Row:
        found: Row = self.o["job"].get(job_id)
        return found

    def candidate(self, candidate_id: str) -> Row:
        found: Row = self.o["candidate"].get(candidate_id)
        return found

    def apps(self, **match: Any) -> list[Row]:
        """Applications whose fields equal ``match`` (``stage`` matches the current stage's title)."""
        stage = match.pop("stage", None)
        out = [a for a in self.o["application"] if all(a.get(k) == v for k, v in match.items())]
        return [a for a in out if stage is None or self.stage(a["_stageId"])["title"] == stage]

    def feedback_of(self, app_id: str) -> list[Row]:
        return [f for f in self.o["feedback"] if f["applicationId"] == app_id]

    def unique_title_jobs(self) -> list[Row]:
        titles = Counter(j["title"] for j in self.o["job"])
        return [j for j in self.o["job"] if titles[j["title"]] == 1]

    def busiest_job(self, stage: str) -> Row:
        """The job with the most applications now in ``stage`` (ties: by id)."""
        counts = Counter(a["_jobId"] for a in self.apps(stage=stage))
        job_id = max(sorted(counts), key=lambda j: counts[j])
        return self.job(job_id)

    def user_name(self, user_id: str | None) -> str | None:
        user = self.o["user"].get(user_id) if user_id else None
        return None if user is None else f"{user['firstName']} {user['lastName']}"

    def events(self) -> list[tuple[Row, Row]]:
        return [(e, s) for s in self.o["interviewSchedule"] for e in s.get("interviewEvents") or []]
