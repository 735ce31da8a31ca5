"""``interview.*`` and ``interviewSchedule.*``: interviews and their schedules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._dates import Moment
from .._exceptions import AshbyNotFoundError
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Interview, InterviewSchedule

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncInterviewSchedules", "AsyncInterviews", "InterviewSchedules", "Interviews"]


# <unasync>
class AsyncInterviews(AsyncAPIResource):
    """Interviews (the kinds of interview an organisation runs)."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_non_shared_interviews: bool | NotGiven | None = NOT_GIVEN,
        exclude_archived_schedule_template_interviews: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Interview]:
        """Interviews (the kinds an organisation runs; ``include_non_shared_interviews`` for job-specific ones),
        lazily: one request per page. ``include_archived`` includes archived ones too;
        ``exclude_archived_schedule_template_interviews`` leaves out those of archived schedule templates.
        """
        return self._pager(
            "interview.list",
            {
                "includeArchived": include_archived,
                "includeNonSharedInterviews": include_non_shared_interviews,
                "excludeArchivedScheduleTemplateInterviews": exclude_archived_schedule_template_interviews,
            },
            Interview,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(
        iter,
        "Interviews (``include_non_shared_interviews`` for job-specific ones too), all pages in one list.",
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_non_shared_interviews: bool | NotGiven | None = NOT_GIVEN,
        exclude_archived_schedule_template_interviews: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Interview]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "interview.list",
            {
                "includeArchived": include_archived,
                "includeNonSharedInterviews": include_non_shared_interviews,
                "excludeArchivedScheduleTemplateInterviews": exclude_archived_schedule_template_interviews,
                **sync_body(sync_token),
            },
            Interview,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def get(self, interview_id: str, **options: Unpack[RequestOptions]) -> Interview:
        """One interview by id (``interview.info`` takes ``id``)."""
        return await self.info(id=check_id("interview_id", interview_id), **options)

    async def info(self, *, id: str, **options: Unpack[RequestOptions]) -> Interview:
        """One interview by id."""
        return await self._call("interview.info", {"id": id}, Interview, **options)


class AsyncInterviewSchedules(AsyncAPIResource):
    """Interview schedules."""

    def iter(
        self,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        interview_stage_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[InterviewSchedule]:
        """Interview schedules, lazily, one request per page: all, or of one application
        (``application_id``) or stage (``interview_stage_id``), or created after ``created_after``."""
        return self._pager(
            "interviewSchedule.list",
            {
                "applicationId": application_id,
                "interviewStageId": interview_stage_id,
                "createdAfter": created_after,
            },
            InterviewSchedule,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(iter, "Interview schedules, of one application or stage when given, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        interview_stage_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[InterviewSchedule]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "interviewSchedule.list",
            {
                "applicationId": application_id,
                "interviewStageId": interview_stage_id,
                "createdAfter": created_after,
                **sync_body(sync_token),
            },
            InterviewSchedule,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def get(
        self,
        interview_schedule_id: str,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewSchedule:
        """One schedule by id.

        Ashby has no ``interviewSchedule.info``: this pages through
        ``interviewSchedule.list`` (only the application's schedules when
        ``application_id`` is given, which is much cheaper) until it finds it.
        """
        check_id("interview_schedule_id", interview_schedule_id)
        body = {"applicationId": application_id}
        async for schedule in self._pager("interviewSchedule.list", body, InterviewSchedule, **options):
            if schedule.id == interview_schedule_id:
                return schedule
        raise AshbyNotFoundError(
            f"no interview schedule with id {interview_schedule_id!r}",
            code="interview_schedule_not_found",
            endpoint="interviewSchedule.list",
        )

    async def cancel(
        self, *, id: str, allow_reschedule: bool | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> InterviewSchedule:
        """Cancel an interview schedule (``id``); ``allow_reschedule`` lets the candidate pick another time.
        Emails the candidate and interviewers, so it is not retried after an ambiguous failure."""
        return await self._call(
            "interviewSchedule.cancel", {"id": id, "allowReschedule": allow_reschedule}, InterviewSchedule, **options
        )

    async def create(
        self, *, application_id: str, interview_events: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> InterviewSchedule:
        """Schedule interviews for an application: events with start, end and interviewers' emails."""
        return await self._call(
            "interviewSchedule.create",
            {"applicationId": application_id, "interviewEvents": interview_events},
            InterviewSchedule,
            **options,
        )

    async def update(
        self,
        *,
        interview_schedule_id: str,
        interview_event: Mapping[str, Any] | Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        interview_event_id_to_cancel: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        allow_feedback_deletion: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewSchedule:
        """Change a schedule this key created: ``interview_event`` adds an event (or a list), or changes one
        when it carries its ``interviewEventId``; ``interview_event_id_to_cancel`` cancels one (or a list);
        ``allow_feedback_deletion`` lets a change drop feedback already given. Can email the interviewers and
        the candidate, so it is not retried after an ambiguous failure."""
        return await self._call(
            "interviewSchedule.update",
            {
                "interviewScheduleId": interview_schedule_id,
                "interviewEvent": interview_event,
                "interviewEventIdToCancel": interview_event_id_to_cancel,
                "allowFeedbackDeletion": allow_feedback_deletion,
            },
            InterviewSchedule,
            **options,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Interviews(APIResource):
    """Interviews (the kinds of interview an organisation runs)."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_non_shared_interviews: bool | NotGiven | None = NOT_GIVEN,
        exclude_archived_schedule_template_interviews: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Interview]:
        """Interviews (the kinds an organisation runs; ``include_non_shared_interviews`` for job-specific ones),
        lazily: one request per page. ``include_archived`` includes archived ones too;
        ``exclude_archived_schedule_template_interviews`` leaves out those of archived schedule templates.
        """
        return self._pager(
            "interview.list",
            {
                "includeArchived": include_archived,
                "includeNonSharedInterviews": include_non_shared_interviews,
                "excludeArchivedScheduleTemplateInterviews": exclude_archived_schedule_template_interviews,
            },
            Interview,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(
        iter,
        "Interviews (``include_non_shared_interviews`` for job-specific ones too), all pages in one list.",
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_non_shared_interviews: bool | NotGiven | None = NOT_GIVEN,
        exclude_archived_schedule_template_interviews: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Interview]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "interview.list",
            {
                "includeArchived": include_archived,
                "includeNonSharedInterviews": include_non_shared_interviews,
                "excludeArchivedScheduleTemplateInterviews": exclude_archived_schedule_template_interviews,
                **sync_body(sync_token),
            },
            Interview,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def get(self, interview_id: str, **options: Unpack[RequestOptions]) -> Interview:
        """One interview by id (``interview.info`` takes ``id``)."""
        return self.info(id=check_id("interview_id", interview_id), **options)

    def info(self, *, id: str, **options: Unpack[RequestOptions]) -> Interview:
        """One interview by id."""
        return self._call("interview.info", {"id": id}, Interview, **options)


class InterviewSchedules(APIResource):
    """Interview schedules."""

    def iter(
        self,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        interview_stage_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[InterviewSchedule]:
        """Interview schedules, lazily, one request per page: all, or of one application
        (``application_id``) or stage (``interview_stage_id``), or created after ``created_after``."""
        return self._pager(
            "interviewSchedule.list",
            {
                "applicationId": application_id,
                "interviewStageId": interview_stage_id,
                "createdAfter": created_after,
            },
            InterviewSchedule,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(iter, "Interview schedules, of one application or stage when given, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        interview_stage_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[InterviewSchedule]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "interviewSchedule.list",
            {
                "applicationId": application_id,
                "interviewStageId": interview_stage_id,
                "createdAfter": created_after,
                **sync_body(sync_token),
            },
            InterviewSchedule,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def get(
        self,
        interview_schedule_id: str,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewSchedule:
        """One schedule by id.

        Ashby has no ``interviewSchedule.info``: this pages through
        ``interviewSchedule.list`` (only the application's schedules when
        ``application_id`` is given, which is much cheaper) until it finds it.
        """
        check_id("interview_schedule_id", interview_schedule_id)
        body = {"applicationId": application_id}
        for schedule in self._pager("interviewSchedule.list", body, InterviewSchedule, **options):
            if schedule.id == interview_schedule_id:
                return schedule
        raise AshbyNotFoundError(
            f"no interview schedule with id {interview_schedule_id!r}",
            code="interview_schedule_not_found",
            endpoint="interviewSchedule.list",
        )

    def cancel(
        self, *, id: str, allow_reschedule: bool | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> InterviewSchedule:
        """Cancel an interview schedule (``id``); ``allow_reschedule`` lets the candidate pick another time.
        Emails the candidate and interviewers, so it is not retried after an ambiguous failure."""
        return self._call(
            "interviewSchedule.cancel", {"id": id, "allowReschedule": allow_reschedule}, InterviewSchedule, **options
        )

    def create(
        self, *, application_id: str, interview_events: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> InterviewSchedule:
        """Schedule interviews for an application: events with start, end and interviewers' emails."""
        return self._call(
            "interviewSchedule.create",
            {"applicationId": application_id, "interviewEvents": interview_events},
            InterviewSchedule,
            **options,
        )

    def update(
        self,
        *,
        interview_schedule_id: str,
        interview_event: Mapping[str, Any] | Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        interview_event_id_to_cancel: str | Sequence[str] | NotGiven | None = NOT_GIVEN,
        allow_feedback_deletion: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewSchedule:
        """Change a schedule this key created: ``interview_event`` adds an event (or a list), or changes one
        when it carries its ``interviewEventId``; ``interview_event_id_to_cancel`` cancels one (or a list);
        ``allow_feedback_deletion`` lets a change drop feedback already given. Can email the interviewers and
        the candidate, so it is not retried after an ambiguous failure."""
        return self._call(
            "interviewSchedule.update",
            {
                "interviewScheduleId": interview_schedule_id,
                "interviewEvent": interview_event,
                "interviewEventIdToCancel": interview_event_id_to_cancel,
                "allowFeedbackDeletion": allow_feedback_deletion,
            },
            InterviewSchedule,
            **options,
        )


# </generated>
