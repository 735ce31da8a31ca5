"""``job.*``: jobs."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Job

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncJobs", "Jobs"]

ALL_JOB_STATUSES = ("Draft", "Open", "Closed", "Archived")


# <unasync>
class AsyncJobs(AsyncAPIResource):
    """Jobs (``job.list``, ``job.info``)."""

    def iter(
        self,
        *,
        status: Sequence[Literal["Draft", "Open", "Closed", "Archived"] | str] | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        opened_after: Moment | NotGiven | None = NOT_GIVEN,
        opened_before: Moment | NotGiven | None = NOT_GIVEN,
        closed_after: Moment | NotGiven | None = NOT_GIVEN,
        closed_before: Moment | NotGiven | None = NOT_GIVEN,
        include_unpublished_job_postings_ids: bool | NotGiven | None = NOT_GIVEN,
        expand: Sequence[Literal["location", "openings"] | str] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Job]:
        """Jobs, lazily, page by page: all (Ashby leaves out Draft jobs unless ``status`` names them), or
        only those with the statuses in ``status``, created after a moment (``created_after``), opened
        (``opened_after``, ``opened_before``) or closed (``closed_after``, ``closed_before``) after or before one.

        The moments take a datetime, a date, an ISO 8601 string (naive means UTC) or milliseconds since
        the epoch. ``include_unpublished_job_postings_ids`` adds the ids of unpublished postings;
        ``expand`` includes each job's location or openings in full.
        """
        body = {
            "status": list(status) if isinstance(status, (list, tuple)) else status,
            "createdAfter": created_after,
            "openedAfter": opened_after,
            "openedBefore": opened_before,
            "closedAfter": closed_after,
            "closedBefore": closed_before,
            "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids,
            "expand": expand,
        }
        return self._pager("job.list", body, Job, limit=limit, max_items=max_items, **options)

    list = async_collect(iter, "Every job (optionally filtered as :meth:`iter` says), fetched page by page.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Job]:
        """Jobs changed since ``sync_token`` (every job, Draft included, when it is ``None``).

        Read ``.sync_token`` on the pager once drained for the next call.
        """
        body = {"status": list(ALL_JOB_STATUSES), **sync_body(sync_token)}
        return self._pager("job.list", body, Job, limit=limit, max_items=max_items, **options)

    async def get(self, job_id: str, **options: Unpack[RequestOptions]) -> Job:
        """One job by id. Raises :class:`AshbyNotFoundError` when there is none."""
        return await self.info(id=check_id("job_id", job_id), **options)

    async def info(
        self,
        *,
        id: str,
        include_unpublished_job_postings_ids: bool | NotGiven | None = NOT_GIVEN,
        expand: Sequence[Literal["location", "openings"] | str] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """One job by id (``expand``: ``location``, ``openings``; ``include_unpublished_job_postings_ids``
        adds the ids of its unpublished postings)."""
        return await self._call(
            "job.info",
            {"id": id, "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids, "expand": expand},
            Job,
            **options,
        )

    async def create(
        self,
        *,
        title: str,
        team_id: str,
        location_id: str,
        default_interview_plan_id: str | NotGiven | None = NOT_GIVEN,
        job_template_id: str | NotGiven | None = NOT_GIVEN,
        brand_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Create a job titled ``title`` in a department (``team_id``) and location; it starts as a draft.
        ``default_interview_plan_id``, ``job_template_id`` and ``brand_id`` name its default interview
        plan, the template it is made from and its brand. Returns it."""
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
            **options,
        )

    async def set_status(
        self,
        *,
        job_id: str,
        status: Literal["Draft", "Open", "Closed", "Archived"] | str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Open, close, archive or re-draft a job (``status``: ``Draft``, ``Open``, ``Closed``, ``Archived``);
        returns it. Not retried after an ambiguous failure: opening a job publishes it and fires webhooks."""
        return await self._call("job.setStatus", {"jobId": job_id, "status": status}, Job, **options)

    async def update(
        self,
        *,
        job_id: str,
        title: str | NotGiven | None = NOT_GIVEN,
        team_id: str | NotGiven | None = NOT_GIVEN,
        location_id: str | NotGiven | None = NOT_GIVEN,
        default_interview_plan_id: str | NotGiven | None = NOT_GIVEN,
        custom_requisition_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Change a job's ``title``, department (``team_id``), ``location_id``, ``default_interview_plan_id``
        or requisition id (``custom_requisition_id``), only those given; returns it."""
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
            **options,
        )

    async def update_compensation(
        self, *, job_id: str, compensation_tiers: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> Job:
        """Replace a job's compensation tiers; returns the job with them."""
        return await self._call(
            "job.updateCompensation", {"jobId": job_id, "compensationTiers": compensation_tiers}, Job, **options
        )

    async def search(
        self,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        requisition_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Job]:
        """Jobs whose ``title`` or ``requisition_id`` matches (not paged)."""
        return await self._pager(
            "job.search", {"title": title, "requisitionId": requisition_id}, Job, **options
        ).to_list()


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Jobs(APIResource):
    """Jobs (``job.list``, ``job.info``)."""

    def iter(
        self,
        *,
        status: Sequence[Literal["Draft", "Open", "Closed", "Archived"] | str] | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        opened_after: Moment | NotGiven | None = NOT_GIVEN,
        opened_before: Moment | NotGiven | None = NOT_GIVEN,
        closed_after: Moment | NotGiven | None = NOT_GIVEN,
        closed_before: Moment | NotGiven | None = NOT_GIVEN,
        include_unpublished_job_postings_ids: bool | NotGiven | None = NOT_GIVEN,
        expand: Sequence[Literal["location", "openings"] | str] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Pager[Job]:
        """Jobs, lazily, page by page: all (Ashby leaves out Draft jobs unless ``status`` names them), or
        only those with the statuses in ``status``, created after a moment (``created_after``), opened
        (``opened_after``, ``opened_before``) or closed (``closed_after``, ``closed_before``) after or before one.

        The moments take a datetime, a date, an ISO 8601 string (naive means UTC) or milliseconds since
        the epoch. ``include_unpublished_job_postings_ids`` adds the ids of unpublished postings;
        ``expand`` includes each job's location or openings in full.
        """
        body = {
            "status": list(status) if isinstance(status, (list, tuple)) else status,
            "createdAfter": created_after,
            "openedAfter": opened_after,
            "openedBefore": opened_before,
            "closedAfter": closed_after,
            "closedBefore": closed_before,
            "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids,
            "expand": expand,
        }
        return self._pager("job.list", body, Job, limit=limit, max_items=max_items, **options)

    list = collect(iter, "Every job (optionally filtered as :meth:`iter` says), fetched page by page.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Job]:
        """Jobs changed since ``sync_token`` (every job, Draft included, when it is ``None``).

        Read ``.sync_token`` on the pager once drained for the next call.
        """
        body = {"status": list(ALL_JOB_STATUSES), **sync_body(sync_token)}
        return self._pager("job.list", body, Job, limit=limit, max_items=max_items, **options)

    def get(self, job_id: str, **options: Unpack[RequestOptions]) -> Job:
        """One job by id. Raises :class:`AshbyNotFoundError` when there is none."""
        return self.info(id=check_id("job_id", job_id), **options)

    def info(
        self,
        *,
        id: str,
        include_unpublished_job_postings_ids: bool | NotGiven | None = NOT_GIVEN,
        expand: Sequence[Literal["location", "openings"] | str] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """One job by id (``expand``: ``location``, ``openings``; ``include_unpublished_job_postings_ids``
        adds the ids of its unpublished postings)."""
        return self._call(
            "job.info",
            {"id": id, "includeUnpublishedJobPostingsIds": include_unpublished_job_postings_ids, "expand": expand},
            Job,
            **options,
        )

    def create(
        self,
        *,
        title: str,
        team_id: str,
        location_id: str,
        default_interview_plan_id: str | NotGiven | None = NOT_GIVEN,
        job_template_id: str | NotGiven | None = NOT_GIVEN,
        brand_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Create a job titled ``title`` in a department (``team_id``) and location; it starts as a draft.
        ``default_interview_plan_id``, ``job_template_id`` and ``brand_id`` name its default interview
        plan, the template it is made from and its brand. Returns it."""
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
            **options,
        )

    def set_status(
        self,
        *,
        job_id: str,
        status: Literal["Draft", "Open", "Closed", "Archived"] | str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Open, close, archive or re-draft a job (``status``: ``Draft``, ``Open``, ``Closed``, ``Archived``);
        returns it. Not retried after an ambiguous failure: opening a job publishes it and fires webhooks."""
        return self._call("job.setStatus", {"jobId": job_id, "status": status}, Job, **options)

    def update(
        self,
        *,
        job_id: str,
        title: str | NotGiven | None = NOT_GIVEN,
        team_id: str | NotGiven | None = NOT_GIVEN,
        location_id: str | NotGiven | None = NOT_GIVEN,
        default_interview_plan_id: str | NotGiven | None = NOT_GIVEN,
        custom_requisition_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Change a job's ``title``, department (``team_id``), ``location_id``, ``default_interview_plan_id``
        or requisition id (``custom_requisition_id``), only those given; returns it."""
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
            **options,
        )

    def update_compensation(
        self, *, job_id: str, compensation_tiers: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> Job:
        """Replace a job's compensation tiers; returns the job with them."""
        return self._call(
            "job.updateCompensation", {"jobId": job_id, "compensationTiers": compensation_tiers}, Job, **options
        )

    def search(
        self,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        requisition_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Job]:
        """Jobs whose ``title`` or ``requisition_id`` matches (not paged)."""
        return self._pager("job.search", {"title": title, "requisitionId": requisition_id}, Job, **options).to_list()


# </generated>
