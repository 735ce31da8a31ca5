"""Answers from the live API, through the typed client's ``request``/``paginate`` (retries, rate limit, errors).

Filters Ashby takes are sent (``jobId``, ``status``, ``applicationId``...);
the rest are applied here, over a scan capped at ``scan_cap`` objects per
list, so one question never walks an organisation of 100,000 candidates: the
answer then says where the scan stopped (a mirror answers such questions whole).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .._exceptions import AshbyNotFoundError
from ._reader import LOOKUPS, Obj, Provenance, Reader

if TYPE_CHECKING:
    from .._client import AshbyClient

__all__ = ["LiveReader", "now_iso", "offer_time"]


def now_iso() -> str:
    """Now, as Ashby writes times (ISO 8601, UTC, milliseconds)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class LiveReader(Reader):
    """A :class:`Reader` over the API: every question is one or more requests."""

    def __init__(self, client: AshbyClient, *, scan_cap: int = 5000, provenance: Provenance | None = None) -> None:
        self.client = client
        self.scan_cap = scan_cap
        self.provenance = provenance or Provenance()

    def _request(self, endpoint: str, body: dict[str, Any]) -> Any:
        self.provenance.endpoints.add(endpoint)
        return self.client.request(endpoint, body)

    def _info(self, endpoint: str, body: dict[str, Any]) -> Obj | None:
        try:
            found = self._request(endpoint, body)
        except AshbyNotFoundError:
            return None
        return found if isinstance(found, dict) else None

    def _scan(self, endpoint: str, body: dict[str, Any], what: str) -> Iterator[Obj]:
        self.provenance.endpoints.add(endpoint)
        for count, obj in enumerate(self.client.paginate(endpoint, body, limit=100)):
            if count == self.scan_cap:
                self.provenance.note(
                    f"the live scan of {what} stopped after {self.scan_cap:,} objects: narrow the question, "
                    "or start the server with --db (a mirror answers it whole)"
                )
                return
            yield obj

    def candidate(self, candidate_id: str) -> Obj | None:
        return self._info("candidate.info", {"id": candidate_id})

    def candidates(
        self, *, name: str | None = None, email: str | None = None, hint: str | None = None
    ) -> Iterator[Obj]:
        if email or name:
            body = {"email": email} if email else {"name": name}
            found = self._request("candidate.search", body) or []
            if len(found) >= 100:
                self.provenance.note("candidate.search answers at most about 100 candidates: narrow the name")
            wanted = (name or "").casefold()
            matches = [c for c in found if wanted in str(c.get("name") or "").casefold()]
            yield from sorted(matches, key=lambda c: (str(c.get("name") or "").casefold(), c.get("id") or ""))
            return
        # candidate.list has no filters: scanned, then ordered like the mirror's answer.
        yield from sorted(
            self._scan("candidate.list", {}, "candidates"),
            key=lambda c: (str(c.get("name") or "").casefold(), c.get("id") or ""),
        )

    def application(self, application_id: str) -> Obj | None:
        return self._info("application.info", {"applicationId": application_id})

    def applications(
        self,
        *,
        job_id: str | None = None,
        candidate_id: str | None = None,
        status: str | None = None,
        stage_ids: Sequence[str] | None = None,
    ) -> Iterator[Obj]:
        wanted = set(stage_ids) if stage_ids is not None else None
        if candidate_id is not None:
            candidate = self.candidate(candidate_id) or {}
            found = (self.application(i) for i in candidate.get("applicationIds") or [])
            source: Iterator[Obj] = iter(sorted((a for a in found if a), key=lambda a: a.get("createdAt") or ""))
        else:
            body: dict[str, Any] = {}
            if job_id:
                body["jobId"] = job_id
            if status:
                body["status"] = status
            source = self._scan("application.list", body, "applications")
        for app in source:
            if job_id and (app.get("job") or {}).get("id") != job_id:
                continue
            if status and app.get("status") != status:
                continue
            if wanted is not None and (app.get("currentInterviewStage") or {}).get("id") not in wanted:
                continue
            yield app

    def job(self, job_id: str) -> Obj | None:
        return self._info("job.info", {"id": job_id})

    def jobs(self, *, status: str | None = None) -> list[Obj]:
        body = {"status": [status] if status else ["Draft", "Open", "Closed", "Archived"]}
        return sorted(
            self._scan("job.list", body, "jobs"),
            key=lambda j: (str(j.get("title") or "").casefold(), j.get("id") or ""),
        )

    def stages(self, plan_id: str) -> list[Obj]:
        found = self._request("interviewStage.list", {"interviewPlanId": plan_id}) or []
        return sorted(found, key=lambda s: s.get("orderInInterviewPlan") or 0)

    def history(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        out: dict[str, list[Obj]] = {}
        for app_id in application_ids:
            entries = list(self._scan("application.listHistory", {"applicationId": app_id}, "stage history"))
            out[app_id] = sorted(entries, key=lambda h: (h.get("stageNumber") or 0, h.get("enteredStageAt") or ""))
        return out

    def feedback(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        out: dict[str, list[Obj]] = {}
        for app_id in application_ids:
            entries = self._scan("applicationFeedback.list", {"applicationId": app_id}, "feedback")
            out[app_id] = sorted(entries, key=lambda f: f.get("submittedAt") or "")
        return out

    def notes(self, candidate_id: str) -> list[Obj]:
        found = self._scan("candidate.listNotes", {"candidateId": candidate_id}, "notes")
        return sorted(found, key=lambda n: n.get("createdAt") or "", reverse=True)

    def schedules(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        return {
            app_id: list(self._scan("interviewSchedule.list", {"applicationId": app_id}, "interview schedules"))
            for app_id in application_ids
        }

    def events(self, *, start_after: str, start_before: str | None) -> Iterator[tuple[Obj, Obj | None]]:
        found = []
        for schedule in self._scan("interviewSchedule.list", {}, "interview schedules"):
            for event in schedule.get("interviewEvents") or []:
                start = event.get("startTime") or ""
                if start >= start_after and (start_before is None or start < start_before):
                    found.append((event, schedule))
        yield from sorted(found, key=lambda pair: (pair[0].get("startTime") or "", pair[0].get("id") or ""))

    def offers(self, *, application_ids: Sequence[str] | None = None) -> Iterator[Obj]:
        if application_ids is None:
            found = list(self._scan("offer.list", {}, "offers"))
        else:
            found = [o for i in application_ids for o in self._scan("offer.list", {"applicationId": i}, "offers")]
        yield from sorted(found, key=offer_time, reverse=True)

    def lookup(self, kind: str) -> list[Obj]:
        _, endpoint, body = LOOKUPS[kind]
        return list(self._scan(endpoint, dict(body), kind.replace("_", " ")))

    def funnel(self, job_id: str) -> list[Obj] | None:
        return None  # needs every application's stage history: one request each; the mirror has it


def offer_time(offer: Obj) -> str:
    """The time an offer is ordered by: when it was decided, else when its latest version was made."""
    return str(offer.get("decidedAt") or (offer.get("latestVersion") or {}).get("createdAt") or "")
