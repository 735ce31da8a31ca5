"""``application.*``: applications of candidates to jobs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from .._resource import APIResource, AsyncAPIResource, async_collect, collect, epoch_ms, iso_time
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Application, ApplicationHistoryEvent, CriteriaEvaluation, HiringTeamMember

__all__ = ["Applications", "AsyncApplications"]


# <unasync>
class AsyncApplications(AsyncAPIResource):
    """Applications (``application.list``, ``application.info``, ``application.changeStage``, ...)."""

    def iter(
        self,
        *,
        job_id: str | None = None,
        status: Literal["Hired", "Archived", "Active", "Lead"] | str | None = None,
        created_after: datetime | int | None = None,
        limit: int | None = None,
        expand: Sequence[Literal["openings"] | str] | None = None,
    ) -> AsyncPager[Application]:
        """Applications, lazily, optionally of one job, with one status, or created after a moment."""
        body = {"jobId": job_id, "status": status, "createdAfter": epoch_ms(created_after), "expand": expand}
        return self._pager("application.list", body, Application, limit=limit)

    list = async_collect(
        iter, "Every application matching the filters, fetched page by page (``limit`` is the page size)."
    )

    def sync(self, sync_token: str | None = None, *, limit: int | None = None) -> AsyncPager[Application]:
        """Applications changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained."""
        return self._pager("application.list", {"syncToken": sync_token}, Application, limit=limit)

    async def get(self, application_id: str) -> Application:
        """One application by id."""
        return await self.info(application_id=check_id("application_id", application_id))

    async def get_with_forms(self, application_id: str) -> Application:
        """One application with its form submissions expanded (``form_submissions``)."""
        body = {"applicationId": check_id("application_id", application_id), "expand": ["applicationFormSubmissions"]}
        return await self._call("application.info", body, Application)

    async def change_stage(
        self,
        application_id: str,
        interview_stage_id: str,
        *,
        archive_reason_id: str | None = None,
        archive_email: dict[str, Any] | None = None,
    ) -> Application:
        """Move an application to another stage of its interview plan; returns it as it is now.

        Moving to an archived-type stage needs ``archive_reason_id``; ``archive_email``
        (``{communicationTemplateId, sendAt}``) emails the candidate about it.
        """
        body = {
            "applicationId": check_id("application_id", application_id),
            "interviewStageId": check_id("interview_stage_id", interview_stage_id),
            "archiveReasonId": archive_reason_id,
            "archiveEmail": archive_email,
        }
        return await self._call("application.changeStage", body, Application)

    async def change_source(self, application_id: str, source_id: str) -> Application:
        """Set the source an application is credited to."""
        body = {
            "applicationId": check_id("application_id", application_id),
            "sourceId": check_id("source_id", source_id),
        }
        return await self._call("application.changeSource", body, Application)

    async def create(
        self,
        *,
        candidate_id: str,
        job_id: str,
        interview_plan_id: str | None = None,
        interview_stage_id: str | None = None,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        created_at: datetime | str | None = None,
        application_history: Sequence[dict[str, Any]] | None = None,
    ) -> Application:
        """Apply a candidate to a job (``interview_stage_id`` may be ``"FirstPreInterviewScreen"``). Not retried
        on server errors (it is not idempotent). ``application_history`` imports past stages:
        ``[{stageId, stageNumber, enteredStageAt, archiveReasonId}]``."""
        body = {
            "createdAt": iso_time(created_at),
            "applicationHistory": application_history,
            "candidateId": check_id("candidate_id", candidate_id),
            "jobId": check_id("job_id", job_id),
            "interviewPlanId": interview_plan_id,
            "interviewStageId": interview_stage_id,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
        }
        return await self._call("application.create", body, Application)

    async def info(
        self,
        *,
        application_id: str | None = None,
        submitted_form_instance_id: str | None = None,
        expand: Sequence[Literal["openings", "applicationFormSubmissions", "referrals"] | str] | None = None,
    ) -> Application:
        """One application by id (or by the submitted form instance id ``applicationForm.submit`` answered)."""
        return await self._call(
            "application.info",
            {"applicationId": application_id, "submittedFormInstanceId": submitted_form_instance_id, "expand": expand},
            Application,
        )

    async def add_hiring_team_member(
        self, *, application_id: str, team_member_id: str, role_id: str
    ) -> HiringTeamMember:
        """Give a user a hiring-team role on one application; returns the member."""
        return await self._call(
            "application.addHiringTeamMember",
            {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id},
            HiringTeamMember,
        )

    async def remove_hiring_team_member(
        self, *, application_id: str, team_member_id: str, role_id: str
    ) -> HiringTeamMember:
        """Take a hiring-team role on one application away from a user; returns the member."""
        return await self._call(
            "application.removeHiringTeamMember",
            {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id},
            HiringTeamMember,
        )

    def list_criteria_evaluations(
        self, *, application_id: str, limit: int | None = None
    ) -> AsyncPager[CriteriaEvaluation]:
        """The AI criteria evaluations of an application, lazily (needs AI Application Review)."""
        return self._pager(
            "application.listCriteriaEvaluations", {"applicationId": application_id}, CriteriaEvaluation, limit=limit
        )

    def list_history(self, *, application_id: str, limit: int | None = None) -> AsyncPager[ApplicationHistoryEvent]:
        """The stage history of an application, lazily, oldest first."""
        return self._pager(
            "application.listHistory", {"applicationId": application_id}, ApplicationHistoryEvent, limit=limit
        )

    async def transfer(
        self,
        *,
        application_id: str,
        job_id: str,
        interview_plan_id: str,
        interview_stage_id: str,
        start_automatic_activities: bool | None = None,
    ) -> Application:
        """Move an application to another job, interview plan and stage; returns it as it is now."""
        return await self._call(
            "application.transfer",
            {
                "applicationId": application_id,
                "jobId": job_id,
                "interviewPlanId": interview_plan_id,
                "interviewStageId": interview_stage_id,
                "startAutomaticActivities": start_automatic_activities,
            },
            Application,
        )

    async def update(
        self,
        *,
        application_id: str,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        created_at: datetime | str | None = None,
        send_notifications: bool | None = None,
    ) -> Application:
        """Change an application's source, credited user or creation time; returns it as it is now."""
        return await self._call(
            "application.update",
            {
                "applicationId": application_id,
                "sourceId": source_id,
                "creditedToUserId": credited_to_user_id,
                "createdAt": iso_time(created_at),
                "sendNotifications": send_notifications,
            },
            Application,
        )

    async def update_history(
        self, *, application_id: str, application_history: Sequence[dict[str, Any]]
    ) -> Application:
        """Replace an application's stage history (send every event, not only changed ones)."""
        return await self._call(
            "application.updateHistory",
            {"applicationId": application_id, "applicationHistory": application_history},
            Application,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Applications(APIResource):
    """Applications (``application.list``, ``application.info``, ``application.changeStage``, ...)."""

    def iter(
        self,
        *,
        job_id: str | None = None,
        status: Literal["Hired", "Archived", "Active", "Lead"] | str | None = None,
        created_after: datetime | int | None = None,
        limit: int | None = None,
        expand: Sequence[Literal["openings"] | str] | None = None,
    ) -> Pager[Application]:
        """Applications, lazily, optionally of one job, with one status, or created after a moment."""
        body = {"jobId": job_id, "status": status, "createdAfter": epoch_ms(created_after), "expand": expand}
        return self._pager("application.list", body, Application, limit=limit)

    list = collect(iter, "Every application matching the filters, fetched page by page (``limit`` is the page size).")

    def sync(self, sync_token: str | None = None, *, limit: int | None = None) -> Pager[Application]:
        """Applications changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained."""
        return self._pager("application.list", {"syncToken": sync_token}, Application, limit=limit)

    def get(self, application_id: str) -> Application:
        """One application by id."""
        return self.info(application_id=check_id("application_id", application_id))

    def get_with_forms(self, application_id: str) -> Application:
        """One application with its form submissions expanded (``form_submissions``)."""
        body = {"applicationId": check_id("application_id", application_id), "expand": ["applicationFormSubmissions"]}
        return self._call("application.info", body, Application)

    def change_stage(
        self,
        application_id: str,
        interview_stage_id: str,
        *,
        archive_reason_id: str | None = None,
        archive_email: dict[str, Any] | None = None,
    ) -> Application:
        """Move an application to another stage of its interview plan; returns it as it is now.

        Moving to an archived-type stage needs ``archive_reason_id``; ``archive_email``
        (``{communicationTemplateId, sendAt}``) emails the candidate about it.
        """
        body = {
            "applicationId": check_id("application_id", application_id),
            "interviewStageId": check_id("interview_stage_id", interview_stage_id),
            "archiveReasonId": archive_reason_id,
            "archiveEmail": archive_email,
        }
        return self._call("application.changeStage", body, Application)

    def change_source(self, application_id: str, source_id: str) -> Application:
        """Set the source an application is credited to."""
        body = {
            "applicationId": check_id("application_id", application_id),
            "sourceId": check_id("source_id", source_id),
        }
        return self._call("application.changeSource", body, Application)

    def create(
        self,
        *,
        candidate_id: str,
        job_id: str,
        interview_plan_id: str | None = None,
        interview_stage_id: str | None = None,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        created_at: datetime | str | None = None,
        application_history: Sequence[dict[str, Any]] | None = None,
    ) -> Application:
        """Apply a candidate to a job (``interview_stage_id`` may be ``"FirstPreInterviewScreen"``). Not retried
        on server errors (it is not idempotent). ``application_history`` imports past stages:
        ``[{stageId, stageNumber, enteredStageAt, archiveReasonId}]``."""
        body = {
            "createdAt": iso_time(created_at),
            "applicationHistory": application_history,
            "candidateId": check_id("candidate_id", candidate_id),
            "jobId": check_id("job_id", job_id),
            "interviewPlanId": interview_plan_id,
            "interviewStageId": interview_stage_id,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
        }
        return self._call("application.create", body, Application)

    def info(
        self,
        *,
        application_id: str | None = None,
        submitted_form_instance_id: str | None = None,
        expand: Sequence[Literal["openings", "applicationFormSubmissions", "referrals"] | str] | None = None,
    ) -> Application:
        """One application by id (or by the submitted form instance id ``applicationForm.submit`` answered)."""
        return self._call(
            "application.info",
            {"applicationId": application_id, "submittedFormInstanceId": submitted_form_instance_id, "expand": expand},
            Application,
        )

    def add_hiring_team_member(self, *, application_id: str, team_member_id: str, role_id: str) -> HiringTeamMember:
        """Give a user a hiring-team role on one application; returns the member."""
        return self._call(
            "application.addHiringTeamMember",
            {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id},
            HiringTeamMember,
        )

    def remove_hiring_team_member(self, *, application_id: str, team_member_id: str, role_id: str) -> HiringTeamMember:
        """Take a hiring-team role on one application away from a user; returns the member."""
        return self._call(
            "application.removeHiringTeamMember",
            {"applicationId": application_id, "teamMemberId": team_member_id, "roleId": role_id},
            HiringTeamMember,
        )

    def list_criteria_evaluations(self, *, application_id: str, limit: int | None = None) -> Pager[CriteriaEvaluation]:
        """The AI criteria evaluations of an application, lazily (needs AI Application Review)."""
        return self._pager(
            "application.listCriteriaEvaluations", {"applicationId": application_id}, CriteriaEvaluation, limit=limit
        )

    def list_history(self, *, application_id: str, limit: int | None = None) -> Pager[ApplicationHistoryEvent]:
        """The stage history of an application, lazily, oldest first."""
        return self._pager(
            "application.listHistory", {"applicationId": application_id}, ApplicationHistoryEvent, limit=limit
        )

    def transfer(
        self,
        *,
        application_id: str,
        job_id: str,
        interview_plan_id: str,
        interview_stage_id: str,
        start_automatic_activities: bool | None = None,
    ) -> Application:
        """Move an application to another job, interview plan and stage; returns it as it is now."""
        return self._call(
            "application.transfer",
            {
                "applicationId": application_id,
                "jobId": job_id,
                "interviewPlanId": interview_plan_id,
                "interviewStageId": interview_stage_id,
                "startAutomaticActivities": start_automatic_activities,
            },
            Application,
        )

    def update(
        self,
        *,
        application_id: str,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        created_at: datetime | str | None = None,
        send_notifications: bool | None = None,
    ) -> Application:
        """Change an application's source, credited user or creation time; returns it as it is now."""
        return self._call(
            "application.update",
            {
                "applicationId": application_id,
                "sourceId": source_id,
                "creditedToUserId": credited_to_user_id,
                "createdAt": iso_time(created_at),
                "sendNotifications": send_notifications,
            },
            Application,
        )

    def update_history(self, *, application_id: str, application_history: Sequence[dict[str, Any]]) -> Application:
        """Replace an application's stage history (send every event, not only changed ones)."""
        return self._call(
            "application.updateHistory",
            {"applicationId": application_id, "applicationHistory": application_history},
            Application,
        )


# </generated>
