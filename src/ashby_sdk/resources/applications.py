"""``application.*``: applications of candidates to jobs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Application, ApplicationHistoryEvent, CriteriaEvaluation, DeletedApplication, HiringTeamMember

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["Applications", "AsyncApplications"]

ApplicationStatus = Literal["Hired", "Archived", "Active", "Lead"] | str
InfoExpand = Literal["openings", "applicationFormSubmissions", "referrals"] | str


# <unasync>
class AsyncApplications(AsyncAPIResource):
    """Applications (``application.list``, ``application.info``, ``application.changeStage``, ...)."""

    def iter(
        self,
        *,
        job_id: str | NotGiven | None = NOT_GIVEN,
        status: ApplicationStatus | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        expand: Sequence[Literal["openings"] | str] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Application]:
        """Applications, lazily: all of them, or only those of one job (``job_id``), with one status
        (``status``: ``"Active"``, ``"Hired"``...), or created after a moment (``created_after``: a datetime,
        a date, an ISO 8601 string or milliseconds since the epoch; naive means UTC). ``expand=["openings"]``
        includes each application's openings. ``limit`` is the page size; ``max_items`` stops after that
        many applications."""
        body = {"jobId": job_id, "status": status, "createdAfter": created_after, "expand": expand}
        return self._pager("application.list", body, Application, limit=limit, max_items=max_items, **options)

    list = async_collect(
        iter, "Every application matching the filters, fetched page by page (``limit`` is the page size)."
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Application]:
        """Applications changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained."""
        return self._pager(
            "application.list", sync_body(sync_token), Application, limit=limit, max_items=max_items, **options
        )

    async def get(self, application_id: str, **options: Unpack[RequestOptions]) -> Application:
        """One application by id."""
        return await self.info(application_id=check_id("application_id", application_id), **options)

    async def get_with_forms(self, application_id: str, **options: Unpack[RequestOptions]) -> Application:
        """One application with its form submissions expanded (``form_submissions``)."""
        body = {"applicationId": check_id("application_id", application_id), "expand": ["applicationFormSubmissions"]}
        return await self._call("application.info", body, Application, **options)

    async def change_stage(
        self,
        application_id: str,
        interview_stage_id: str,
        *,
        archive_reason_id: str | NotGiven | None = NOT_GIVEN,
        archive_email: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Move an application to another stage of its interview plan; returns it as it is now.

        Moving to an archived-type stage needs ``archive_reason_id`` (why it is archived); ``archive_email``
        (``{communicationTemplateId, sendAt}``) emails the candidate about it. Not retried after an
        ambiguous failure: the move can email the candidate and runs the stage's automatic activities.
        """
        body = {
            "applicationId": check_id("application_id", application_id),
            "interviewStageId": check_id("interview_stage_id", interview_stage_id),
            "archiveReasonId": archive_reason_id,
            "archiveEmail": archive_email,
        }
        return await self._call("application.changeStage", body, Application, **options)

    async def change_source(
        self, application_id: str, source_id: str | None, **options: Unpack[RequestOptions]
    ) -> Application:
        """Credit an application to a source (``source_id``), or unset its source with ``None``."""
        body = {"applicationId": check_id("application_id", application_id), "sourceId": source_id}
        return await self._call("application.changeSource", body, Application, **options)

    async def create(
        self,
        *,
        candidate_id: str,
        job_id: str,
        interview_plan_id: str | NotGiven | None = NOT_GIVEN,
        interview_stage_id: str | NotGiven | None = NOT_GIVEN,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        application_history: Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Apply a candidate to a job; returns the application. Not retried after an ambiguous failure.

        ``interview_plan_id`` is the interview plan to use and ``interview_stage_id`` the stage to start in
        (``"FirstPreInterviewScreen"`` is accepted), ``source_id`` the source credited,
        ``credited_to_user_id`` the user credited, ``created_at`` a backdated creation moment, and
        ``application_history`` past stages to import (``[{stageId, stageNumber, enteredStageAt,
        archiveReasonId}]``).
        """
        body = {
            "candidateId": check_id("candidate_id", candidate_id),
            "jobId": check_id("job_id", job_id),
            "interviewPlanId": interview_plan_id,
            "interviewStageId": interview_stage_id,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "createdAt": created_at,
            "applicationHistory": application_history,
        }
        return await self._call("application.create", body, Application, **options)

    async def delete(self, *, application_id: str, **options: Unpack[RequestOptions]) -> DeletedApplication:
        """Delete an application for good; returns its id. Not retried after an ambiguous failure."""
        body = {"applicationId": check_id("application_id", application_id)}
        return await self._call("application.delete", body, DeletedApplication, **options)

    async def info(
        self,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        submitted_form_instance_id: str | NotGiven | None = NOT_GIVEN,
        expand: Sequence[InfoExpand] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """One application, by its id (``application_id``) or by the ``submitted_form_instance_id``
        ``applicationForm.submit`` answered; ``expand`` includes its openings, form submissions or referrals
        in full."""
        body = {
            "applicationId": application_id,
            "submittedFormInstanceId": submitted_form_instance_id,
            "expand": expand,
        }
        return await self._call("application.info", body, Application, **options)

    async def add_hiring_team_member(
        self, *, application_id: str, team_member_id: str, role_id: str, **options: Unpack[RequestOptions]
    ) -> HiringTeamMember:
        """Give a user (``team_member_id``) a hiring-team role (``role_id``) on one application; returns
        the member."""
        body = {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id}
        return await self._call("application.addHiringTeamMember", body, HiringTeamMember, **options)

    async def remove_hiring_team_member(
        self, *, application_id: str, team_member_id: str, role_id: str, **options: Unpack[RequestOptions]
    ) -> HiringTeamMember:
        """Take a hiring-team role (``role_id``) on one application away from a user (``team_member_id``)."""
        body = {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id}
        return await self._call("application.removeHiringTeamMember", body, HiringTeamMember, **options)

    def list_criteria_evaluations(
        self,
        *,
        application_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CriteriaEvaluation]:
        """The AI criteria evaluations of an application, lazily (needs AI Application Review)."""
        body = {"applicationId": application_id}
        return self._pager(
            "application.listCriteriaEvaluations", body, CriteriaEvaluation, limit=limit, max_items=max_items, **options
        )

    def list_history(
        self,
        *,
        application_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ApplicationHistoryEvent]:
        """The stage history of an application, lazily, oldest first."""
        body = {"applicationId": application_id}
        return self._pager(
            "application.listHistory", body, ApplicationHistoryEvent, limit=limit, max_items=max_items, **options
        )

    async def transfer(
        self,
        *,
        application_id: str,
        job_id: str,
        interview_plan_id: str,
        interview_stage_id: str,
        start_automatic_activities: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Move an application to another job (``job_id``), its interview plan and a stage of it; returns
        it as it is now. ``start_automatic_activities`` runs the new stage's automatic activities."""
        body = {
            "applicationId": application_id,
            "jobId": job_id,
            "interviewPlanId": interview_plan_id,
            "interviewStageId": interview_stage_id,
            "startAutomaticActivities": start_automatic_activities,
        }
        return await self._call("application.transfer", body, Application, **options)

    async def update(
        self,
        *,
        application_id: str,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        send_notifications: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Change an application's source (``source_id``), credited user (``credited_to_user_id``) or
        creation moment (``created_at``, to backdate an import), only those given; returns it.
        ``send_notifications`` notifies the users subscribed to it."""
        body = {
            "applicationId": application_id,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "createdAt": created_at,
            "sendNotifications": send_notifications,
        }
        return await self._call("application.update", body, Application, **options)

    async def update_history(
        self,
        *,
        application_id: str,
        application_history: Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Replace an application's stage history with ``application_history`` (send every event, not
        only the changed ones)."""
        body = {"applicationId": application_id, "applicationHistory": application_history}
        return await self._call("application.updateHistory", body, Application, **options)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Applications(APIResource):
    """Applications (``application.list``, ``application.info``, ``application.changeStage``, ...)."""

    def iter(
        self,
        *,
        job_id: str | NotGiven | None = NOT_GIVEN,
        status: ApplicationStatus | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        expand: Sequence[Literal["openings"] | str] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Pager[Application]:
        """Applications, lazily: all of them, or only those of one job (``job_id``), with one status
        (``status``: ``"Active"``, ``"Hired"``...), or created after a moment (``created_after``: a datetime,
        a date, an ISO 8601 string or milliseconds since the epoch; naive means UTC). ``expand=["openings"]``
        includes each application's openings. ``limit`` is the page size; ``max_items`` stops after that
        many applications."""
        body = {"jobId": job_id, "status": status, "createdAfter": created_after, "expand": expand}
        return self._pager("application.list", body, Application, limit=limit, max_items=max_items, **options)

    list = collect(iter, "Every application matching the filters, fetched page by page (``limit`` is the page size).")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Application]:
        """Applications changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained."""
        return self._pager(
            "application.list", sync_body(sync_token), Application, limit=limit, max_items=max_items, **options
        )

    def get(self, application_id: str, **options: Unpack[RequestOptions]) -> Application:
        """One application by id."""
        return self.info(application_id=check_id("application_id", application_id), **options)

    def get_with_forms(self, application_id: str, **options: Unpack[RequestOptions]) -> Application:
        """One application with its form submissions expanded (``form_submissions``)."""
        body = {"applicationId": check_id("application_id", application_id), "expand": ["applicationFormSubmissions"]}
        return self._call("application.info", body, Application, **options)

    def change_stage(
        self,
        application_id: str,
        interview_stage_id: str,
        *,
        archive_reason_id: str | NotGiven | None = NOT_GIVEN,
        archive_email: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Move an application to another stage of its interview plan; returns it as it is now.

        Moving to an archived-type stage needs ``archive_reason_id`` (why it is archived); ``archive_email``
        (``{communicationTemplateId, sendAt}``) emails the candidate about it. Not retried after an
        ambiguous failure: the move can email the candidate and runs the stage's automatic activities.
        """
        body = {
            "applicationId": check_id("application_id", application_id),
            "interviewStageId": check_id("interview_stage_id", interview_stage_id),
            "archiveReasonId": archive_reason_id,
            "archiveEmail": archive_email,
        }
        return self._call("application.changeStage", body, Application, **options)

    def change_source(
        self, application_id: str, source_id: str | None, **options: Unpack[RequestOptions]
    ) -> Application:
        """Credit an application to a source (``source_id``), or unset its source with ``None``."""
        body = {"applicationId": check_id("application_id", application_id), "sourceId": source_id}
        return self._call("application.changeSource", body, Application, **options)

    def create(
        self,
        *,
        candidate_id: str,
        job_id: str,
        interview_plan_id: str | NotGiven | None = NOT_GIVEN,
        interview_stage_id: str | NotGiven | None = NOT_GIVEN,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        application_history: Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Apply a candidate to a job; returns the application. Not retried after an ambiguous failure.

        ``interview_plan_id`` is the interview plan to use and ``interview_stage_id`` the stage to start in
        (``"FirstPreInterviewScreen"`` is accepted), ``source_id`` the source credited,
        ``credited_to_user_id`` the user credited, ``created_at`` a backdated creation moment, and
        ``application_history`` past stages to import (``[{stageId, stageNumber, enteredStageAt,
        archiveReasonId}]``).
        """
        body = {
            "candidateId": check_id("candidate_id", candidate_id),
            "jobId": check_id("job_id", job_id),
            "interviewPlanId": interview_plan_id,
            "interviewStageId": interview_stage_id,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "createdAt": created_at,
            "applicationHistory": application_history,
        }
        return self._call("application.create", body, Application, **options)

    def delete(self, *, application_id: str, **options: Unpack[RequestOptions]) -> DeletedApplication:
        """Delete an application for good; returns its id. Not retried after an ambiguous failure."""
        body = {"applicationId": check_id("application_id", application_id)}
        return self._call("application.delete", body, DeletedApplication, **options)

    def info(
        self,
        *,
        application_id: str | NotGiven | None = NOT_GIVEN,
        submitted_form_instance_id: str | NotGiven | None = NOT_GIVEN,
        expand: Sequence[InfoExpand] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """One application, by its id (``application_id``) or by the ``submitted_form_instance_id``
        ``applicationForm.submit`` answered; ``expand`` includes its openings, form submissions or referrals
        in full."""
        body = {
            "applicationId": application_id,
            "submittedFormInstanceId": submitted_form_instance_id,
            "expand": expand,
        }
        return self._call("application.info", body, Application, **options)

    def add_hiring_team_member(
        self, *, application_id: str, team_member_id: str, role_id: str, **options: Unpack[RequestOptions]
    ) -> HiringTeamMember:
        """Give a user (``team_member_id``) a hiring-team role (``role_id``) on one application; returns
        the member."""
        body = {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id}
        return self._call("application.addHiringTeamMember", body, HiringTeamMember, **options)

    def remove_hiring_team_member(
        self, *, application_id: str, team_member_id: str, role_id: str, **options: Unpack[RequestOptions]
    ) -> HiringTeamMember:
        """Take a hiring-team role (``role_id``) on one application away from a user (``team_member_id``)."""
        body = {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id}
        return self._call("application.removeHiringTeamMember", body, HiringTeamMember, **options)

    def list_criteria_evaluations(
        self,
        *,
        application_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[CriteriaEvaluation]:
        """The AI criteria evaluations of an application, lazily (needs AI Application Review)."""
        body = {"applicationId": application_id}
        return self._pager(
            "application.listCriteriaEvaluations", body, CriteriaEvaluation, limit=limit, max_items=max_items, **options
        )

    def list_history(
        self,
        *,
        application_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ApplicationHistoryEvent]:
        """The stage history of an application, lazily, oldest first."""
        body = {"applicationId": application_id}
        return self._pager(
            "application.listHistory", body, ApplicationHistoryEvent, limit=limit, max_items=max_items, **options
        )

    def transfer(
        self,
        *,
        application_id: str,
        job_id: str,
        interview_plan_id: str,
        interview_stage_id: str,
        start_automatic_activities: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Move an application to another job (``job_id``), its interview plan and a stage of it; returns
        it as it is now. ``start_automatic_activities`` runs the new stage's automatic activities."""
        body = {
            "applicationId": application_id,
            "jobId": job_id,
            "interviewPlanId": interview_plan_id,
            "interviewStageId": interview_stage_id,
            "startAutomaticActivities": start_automatic_activities,
        }
        return self._call("application.transfer", body, Application, **options)

    def update(
        self,
        *,
        application_id: str,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        send_notifications: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Change an application's source (``source_id``), credited user (``credited_to_user_id``) or
        creation moment (``created_at``, to backdate an import), only those given; returns it.
        ``send_notifications`` notifies the users subscribed to it."""
        body = {
            "applicationId": application_id,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "createdAt": created_at,
            "sendNotifications": send_notifications,
        }
        return self._call("application.update", body, Application, **options)

    def update_history(
        self,
        *,
        application_id: str,
        application_history: Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Replace an application's stage history with ``application_history`` (send every event, not
        only the changed ones)."""
        body = {"applicationId": application_id, "applicationHistory": application_history}
        return self._call("application.updateHistory", body, Application, **options)


# </generated>
