"""``job.*``: jobs."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from .._resource import APIResource, AsyncAPIResource, async_collect, collect, epoch_ms
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Job

__all__ = ["AsyncJobs", "Jobs"]

ALL_JOB_STATUSES = ("Draft", "Open", "Closed", "Archived")


# <unasync>
class AsyncJobs(AsyncAPIResource):
    """Jobs (``job.list``, ``job.info``)."""

    def iter(
        self,
        *,
        status: Sequence[Literal["Draft", "Open", "Closed", "Archived"] | str] | None = None,
        limit: int | None = None,
        created_after: datetime | int | None = None,
        opened_after: datetime | int | None = None,
        opened_before: datetime | int | None = None,
        closed_after: datetime | int | None = None,
        closed_before: datetime | int | None = None,
        include_unpublished_job_postings_ids: bool | None = None,
        expand: Sequence[Literal["location", "openings"] | str] | None = None,
    ) -> AsyncPager[Job]:
        """Jobs, lazily, page by page. Ashby leaves out Draft jobs unless ``status`` names them.

        The time filters take a ``datetime`` or milliseconds since the epoch.
        """
        body = {
            "status": list(status) if isinstance(status, (list, tuple)) else status,
            "createdAfter": epoch_ms(created_after),
            "openedAfter": epoch_ms(opened_after),
            "openedBefore": epoch_ms(opened_before),
            "closedAfter": epoch_ms(closed_after),
            "closedBefore": epoch_ms(closed_before),
            "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids,
            "expand": expand,
        }
        return self._pager("job.list", body, Job, limit=limit)

    list = async_collect(iter, "Every job (optionally filtered as :meth:`iter` says), fetched page by page.")

    def sync(self, sync_token: str | None = None, *, limit: int | None = None) -> AsyncPager[Job]:
        """Jobs changed since ``sync_token`` (every job, Draft included, when it is ``None``).

        Read ``.sync_token`` on the pager once drained for the next call.
        """
        body: dict[str, object] = {"status": list(ALL_JOB_STATUSES)}
        if sync_token is not None:
            body["syncToken"] = sync_token
        return self._pager("job.list", body, Job, limit=limit)

    async def get(self, job_id: str) -> Job:
        """One job by id. Raises :class:`AshbyNotFoundError` when there is none."""
        return await self.info(id=check_id("job_id", job_id))

    async def info(
        self,
        *,
        id: str,
        include_unpublished_job_postings_ids: bool | None = None,
        expand: Sequence[Literal["location", "openings"] | str] | None = None,
    ) -> Job:
        """One job by id (``expand``: ``location``, ``openings``)."""
        return await self._call(
            "job.info",
            {"id": id, "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids, "expand": expand},
            Job,
        )

    async def create(
        self,
        *,
        title: str,
        team_id: str,
        location_id: str,
        default_interview_plan_id: str | None = None,
        job_template_id: str | None = None,
        brand_id: str | None = None,
    ) -> Job:
        """Create a job (a draft); returns it."""
        return await self._call(
            "job.create",
            {
                "title": title,
                "teamId": team_id,
                "locationId": location_id,
                "defaultInterviewPlanId": default_interview_plan_id,
                "jobTemplateId": job_template_id,
                "brandId": brand_id,
            },
            Job,
        )

    async def set_status(self, *, job_id: str, status: Literal["Draft", "Open", "Closed", "Archived"] | str) -> Job:
        """Open, close, archive or re-draft a job; returns it."""
        return await self._call("job.setStatus", {"jobId": job_id, "status": status}, Job)

    async def update(
        self,
        *,
        job_id: str,
        title: str | None = None,
        team_id: str | None = None,
        location_id: str | None = None,
        default_interview_plan_id: str | None = None,
        custom_requisition_id: str | None = None,
    ) -> Job:
        """Change a job's title, team, location, default plan or requisition id; returns it."""
        return await self._call(
            "job.update",
            {
                "jobId": job_id,
                "title": title,
                "teamId": team_id,
                "locationId": location_id,
                "defaultInterviewPlanId": default_interview_plan_id,
                "customRequisitionId": custom_requisition_id,
            },
            Job,
        )

    async def update_compensation(self, *, job_id: str, compensation_tiers: Sequence[dict[str, Any]]) -> Job:
        """Replace a job's compensation tiers; returns the job with them."""
        return await self._call(
            "job.updateCompensation", {"jobId": job_id, "compensationTiers": compensation_tiers}, Job
        )

    async def search(self, *, title: str | None = None, requisition_id: str | None = None) -> builtins.list[Job]:
        """Jobs whose title or requisition id matches."""
        return await self._pager("job.search", {"title": title, "requisitionId": requisition_id}, Job).to_list()


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Jobs(APIResource):
    """Jobs (``job.list``, ``job.info``)."""

    def iter(
        self,
        *,
        status: Sequence[Literal["Draft", "Open", "Closed", "Archived"] | str] | None = None,
        limit: int | None = None,
        created_after: datetime | int | None = None,
        opened_after: datetime | int | None = None,
        opened_before: datetime | int | None = None,
        closed_after: datetime | int | None = None,
        closed_before: datetime | int | None = None,
        include_unpublished_job_postings_ids: bool | None = None,
        expand: Sequence[Literal["location", "openings"] | str] | None = None,
    ) -> Pager[Job]:
        """Jobs, lazily, page by page. Ashby leaves out Draft jobs unless ``status`` names them.

        The time filters take a ``datetime`` or milliseconds since the epoch.
        """
        body = {
            "status": list(status) if isinstance(status, (list, tuple)) else status,
            "createdAfter": epoch_ms(created_after),
            "openedAfter": epoch_ms(opened_after),
            "openedBefore": epoch_ms(opened_before),
            "closedAfter": epoch_ms(closed_after),
            "closedBefore": epoch_ms(closed_before),
            "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids,
            "expand": expand,
        }
        return self._pager("job.list", body, Job, limit=limit)

    list = collect(iter, "Every job (optionally filtered as :meth:`iter` says), fetched page by page.")

    def sync(self, sync_token: str | None = None, *, limit: int | None = None) -> Pager[Job]:
        """Jobs changed since ``sync_token`` (every job, Draft included, when it is ``None``).

        Read ``.sync_token`` on the pager once drained for the next call.
        """
        body: dict[str, object] = {"status": list(ALL_JOB_STATUSES)}
        if sync_token is not None:
            body["syncToken"] = sync_token
        return self._pager("job.list", body, Job, limit=limit)

    def get(self, job_id: str) -> Job:
        """One job by id. Raises :class:`AshbyNotFoundError` when there is none."""
        return self.info(id=check_id("job_id", job_id))

    def info(
        self,
        *,
        id: str,
        include_unpublished_job_postings_ids: bool | None = None,
        expand: Sequence[Literal["location", "openings"] | str] | None = None,
    ) -> Job:
        """One job by id (``expand``: ``location``, ``openings``)."""
        return self._call(
            "job.info",
            {"id": id, "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids, "expand": expand},
            Job,
        )

    def create(
        self,
        *,
        title: str,
        team_id: str,
        location_id: str,
        default_interview_plan_id: str | None = None,
        job_template_id: str | None = None,
        brand_id: str | None = None,
    ) -> Job:
        """Create a job (a draft); returns it."""
        return self._call(
            "job.create",
            {
                "title": title,
                "teamId": team_id,
                "locationId": location_id,
                "defaultInterviewPlanId": default_interview_plan_id,
                "jobTemplateId": job_template_id,
                "brandId": brand_id,
            },
            Job,
        )

    def set_status(self, *, job_id: str, status: Literal["Draft", "Open", "Closed", "Archived"] | str) -> Job:
        """Open, close, archive or re-draft a job; returns it."""
        return self._call("job.setStatus", {"jobId": job_id, "status": status}, Job)

    def update(
        self,
        *,
        job_id: str,
        title: str | None = None,
        team_id: str | None = None,
        location_id: str | None = None,
        default_interview_plan_id: str | None = None,
        custom_requisition_id: str | None = None,
    ) -> Job:
        """Change a job's title, team, location, default plan or requisition id; returns it."""
        return self._call(
            "job.update",
            {
                "jobId": job_id,
                "title": title,
                "teamId": team_id,
                "locationId": location_id,
                "defaultInterviewPlanId": default_interview_plan_id,
                "customRequisitionId": custom_requisition_id,
            },
            Job,
        )

    def update_compensation(self, *, job_id: str, compensation_tiers: Sequence[dict[str, Any]]) -> Job:
        """Replace a job's compensation tiers; returns the job with them."""
        return self._call("job.updateCompensation", {"jobId": job_id, "compensationTiers": compensation_tiers}, Job)

    def search(self, *, title: str | None = None, requisition_id: str | None = None) -> builtins.list[Job]:
        """Jobs whose title or requisition id matches."""
        return self._pager("job.search", {"title": title, "requisitionId": requisition_id}, Job).to_list()


# </generated>
