"""Forms: job-board applications, referrals, and the feedback, survey and referral form definitions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from ..pagination import AsyncPager, Pager
from ..types import Application, ApplicationFormSubmission, FeedbackFormDefinition, ReferralForm, SurveyFormDefinition

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = [
    "ApplicationForms",
    "AsyncApplicationForms",
    "AsyncFeedbackFormDefinitions",
    "AsyncReferralForms",
    "AsyncReferrals",
    "AsyncSurveyFormDefinitions",
    "FeedbackFormDefinitions",
    "ReferralForms",
    "Referrals",
    "SurveyFormDefinitions",
]


# <unasync>
class AsyncApplicationForms(AsyncAPIResource):
    """Job-board application submissions (``applicationForm.submit``)."""

    async def submit(
        self,
        *,
        job_posting_id: str,
        application_form: Mapping[str, Any],
        utm_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        tag_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allow_submission_for_unpublished_job_posting: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApplicationFormSubmission:
        """Apply to a job posting as a job board does: ``application_form`` holds the answers
        (``{fieldSubmissions: [{path, value}]}``), ``utm_data`` the campaign, ``tag_ids`` tags to add;
        ``allow_submission_for_unpublished_job_posting`` allows a posting that is not published.
        Check ``form_messages.blocked`` in the answer."""
        return await self._call(
            "applicationForm.submit",
            {
                "jobPostingId": job_posting_id,
                "applicationForm": application_form,
                "utmData": utm_data,
                "tagIds": tag_ids,
                "allowSubmissionForUnpublishedJobPosting": allow_submission_for_unpublished_job_posting,
            },
            ApplicationFormSubmission,
            **options,
        )


class AsyncReferrals(AsyncAPIResource):
    """Referrals (``referral.create``)."""

    async def create(
        self,
        *,
        id: str,
        credited_to_user_id: str,
        field_submissions: Sequence[Mapping[str, Any]],
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Refer a candidate: ``id`` is the referral form's id (``referral_forms.info()``),
        ``field_submissions`` its answers (``[{path, value}]``), ``credited_to_user_id`` the referrer,
        ``created_at`` a backdated creation moment. Returns the application created."""
        return await self._call(
            "referral.create",
            {
                "id": id,
                "creditedToUserId": credited_to_user_id,
                "fieldSubmissions": field_submissions,
                "createdAt": created_at,
            },
            Application,
            **options,
        )


class AsyncReferralForms(AsyncAPIResource):
    """The referral form (``referralForm.info``)."""

    async def info(self, **options: Unpack[RequestOptions]) -> ReferralForm:
        """The organisation's referral form (created on first call)."""
        return await self._call("referralForm.info", {}, ReferralForm, **options)


class AsyncFeedbackFormDefinitions(AsyncAPIResource):
    """Feedback form (scorecard) definitions."""

    async def info(
        self, *, feedback_form_definition_id: str, **options: Unpack[RequestOptions]
    ) -> FeedbackFormDefinition:
        """One feedback form (scorecard) definition by id."""
        return await self._call(
            "feedbackFormDefinition.info",
            {"feedbackFormDefinitionId": feedback_form_definition_id},
            FeedbackFormDefinition,
            **options,
        )

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[FeedbackFormDefinition]:
        """Feedback form (scorecard) definitions (archived ones too with ``include_archived``), lazily, one
        request per page."""
        return self._pager(
            "feedbackFormDefinition.list",
            {"includeArchived": include_archived},
            FeedbackFormDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(iter, "Feedback form (scorecard) definitions, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[FeedbackFormDefinition]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "feedbackFormDefinition.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            FeedbackFormDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )


class AsyncSurveyFormDefinitions(AsyncAPIResource):
    """Survey form definitions."""

    async def info(self, *, survey_form_definition_id: str, **options: Unpack[RequestOptions]) -> SurveyFormDefinition:
        """One survey form definition by id."""
        return await self._call(
            "surveyFormDefinition.info",
            {"surveyFormDefinitionId": survey_form_definition_id},
            SurveyFormDefinition,
            **options,
        )

    def iter(
        self, *, limit: int | None = None, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[SurveyFormDefinition]:
        """Survey form definitions. Lazily, one request per page."""
        return self._pager(
            "surveyFormDefinition.list", {}, SurveyFormDefinition, limit=limit, max_items=max_items, **options
        )

    list = async_collect(iter, "Survey form definitions, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SurveyFormDefinition]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "surveyFormDefinition.list",
            sync_body(sync_token),
            SurveyFormDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class ApplicationForms(APIResource):
    """Job-board application submissions (``applicationForm.submit``)."""

    def submit(
        self,
        *,
        job_posting_id: str,
        application_form: Mapping[str, Any],
        utm_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        tag_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allow_submission_for_unpublished_job_posting: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApplicationFormSubmission:
        """Apply to a job posting as a job board does: ``application_form`` holds the answers
        (``{fieldSubmissions: [{path, value}]}``), ``utm_data`` the campaign, ``tag_ids`` tags to add;
        ``allow_submission_for_unpublished_job_posting`` allows a posting that is not published.
        Check ``form_messages.blocked`` in the answer."""
        return self._call(
            "applicationForm.submit",
            {
                "jobPostingId": job_posting_id,
                "applicationForm": application_form,
                "utmData": utm_data,
                "tagIds": tag_ids,
                "allowSubmissionForUnpublishedJobPosting": allow_submission_for_unpublished_job_posting,
            },
            ApplicationFormSubmission,
            **options,
        )


class Referrals(APIResource):
    """Referrals (``referral.create``)."""

    def create(
        self,
        *,
        id: str,
        credited_to_user_id: str,
        field_submissions: Sequence[Mapping[str, Any]],
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Refer a candidate: ``id`` is the referral form's id (``referral_forms.info()``),
        ``field_submissions`` its answers (``[{path, value}]``), ``credited_to_user_id`` the referrer,
        ``created_at`` a backdated creation moment. Returns the application created."""
        return self._call(
            "referral.create",
            {
                "id": id,
                "creditedToUserId": credited_to_user_id,
                "fieldSubmissions": field_submissions,
                "createdAt": created_at,
            },
            Application,
            **options,
        )


class ReferralForms(APIResource):
    """The referral form (``referralForm.info``)."""

    def info(self, **options: Unpack[RequestOptions]) -> ReferralForm:
        """The organisation's referral form (created on first call)."""
        return self._call("referralForm.info", {}, ReferralForm, **options)


class FeedbackFormDefinitions(APIResource):
    """Feedback form (scorecard) definitions."""

    def info(self, *, feedback_form_definition_id: str, **options: Unpack[RequestOptions]) -> FeedbackFormDefinition:
        """One feedback form (scorecard) definition by id."""
        return self._call(
            "feedbackFormDefinition.info",
            {"feedbackFormDefinitionId": feedback_form_definition_id},
            FeedbackFormDefinition,
            **options,
        )

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[FeedbackFormDefinition]:
        """Feedback form (scorecard) definitions (archived ones too with ``include_archived``), lazily, one
        request per page."""
        return self._pager(
            "feedbackFormDefinition.list",
            {"includeArchived": include_archived},
            FeedbackFormDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(iter, "Feedback form (scorecard) definitions, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[FeedbackFormDefinition]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "feedbackFormDefinition.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            FeedbackFormDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )


class SurveyFormDefinitions(APIResource):
    """Survey form definitions."""

    def info(self, *, survey_form_definition_id: str, **options: Unpack[RequestOptions]) -> SurveyFormDefinition:
        """One survey form definition by id."""
        return self._call(
            "surveyFormDefinition.info",
            {"surveyFormDefinitionId": survey_form_definition_id},
            SurveyFormDefinition,
            **options,
        )

    def iter(
        self, *, limit: int | None = None, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[SurveyFormDefinition]:
        """Survey form definitions. Lazily, one request per page."""
        return self._pager(
            "surveyFormDefinition.list", {}, SurveyFormDefinition, limit=limit, max_items=max_items, **options
        )

    list = collect(iter, "Survey form definitions, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[SurveyFormDefinition]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "surveyFormDefinition.list",
            sync_body(sync_token),
            SurveyFormDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )


# </generated>
