"""``surveySubmission.list``: survey and questionnaire submissions."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import SurveyRequest, SurveySubmission
from ..types.surveys import parse_submission

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncSurveyRequests", "AsyncSurveys", "SurveyRequests", "Surveys"]

SURVEY_TYPES = ("Questionnaire", "CandidateExperience")


# <unasync>
class AsyncSurveys(AsyncAPIResource):
    """Survey submissions, and the parser for them and for application form submissions."""

    def iter(
        self,
        survey_type: Literal["CandidateExperience", "Questionnaire"] | str = "Questionnaire",
        *,
        limit: int | None = None,
        max_items: int | None = None,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SurveySubmission]:
        """Submissions of one ``survey_type`` (submitted after a moment, ``created_after``, when given),
        lazily."""
        body = {"surveyType": survey_type, "createdAfter": created_after}
        return self._pager("surveySubmission.list", body, SurveySubmission, limit=limit, max_items=max_items, **options)

    list = async_collect(iter, "Every submission of one survey type (``Questionnaire`` or ``CandidateExperience``).")

    def sync(
        self,
        survey_type: str = "Questionnaire",
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SurveySubmission]:
        """Submissions changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained."""
        body = {"surveyType": survey_type, **sync_body(sync_token)}
        return self._pager("surveySubmission.list", body, SurveySubmission, limit=limit, max_items=max_items, **options)

    async def get_for_candidate(
        self, candidate_id: str, *, survey_types: builtins.list[str] | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[SurveySubmission]:
        """A candidate's survey submissions.

        Ashby has no filter by candidate on ``surveySubmission.list``, so this
        walks every submission of each survey type and keeps the candidate's
        (inferred from the reference: one list call per type, all pages).
        """
        check_id("candidate_id", candidate_id)
        found: builtins.list[SurveySubmission] = []
        for survey_type in survey_types or ["Questionnaire"]:
            async for submission in self.iter(survey_type, **options):
                if submission.candidate_id == candidate_id:
                    found.append(submission)
        return found

    def parse_submission(self, form: Any) -> dict[str, Any]:
        """Questions and answers of a survey or application form submission: ``{"answers": {title: value}}``."""
        return parse_submission(form)

    async def create(
        self,
        *,
        candidate_id: str,
        application_id: str,
        survey_form_definition_id: str,
        submitted_values: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> SurveySubmission:
        """Record a candidate's answers to a survey form."""
        return await self._call(
            "surveySubmission.create",
            {
                "candidateId": candidate_id,
                "applicationId": application_id,
                "surveyFormDefinitionId": survey_form_definition_id,
                "submittedValues": submitted_values,
            },
            SurveySubmission,
            **options,
        )


class AsyncSurveyRequests(AsyncAPIResource):
    """Survey requests."""

    async def create(
        self,
        *,
        candidate_id: str,
        application_id: str,
        survey_form_definition_id: str,
        **options: Unpack[RequestOptions],
    ) -> SurveyRequest:
        """Create a survey request and its URL to send the candidate (Ashby does not email it)."""
        return await self._call(
            "surveyRequest.create",
            {
                "candidateId": candidate_id,
                "applicationId": application_id,
                "surveyFormDefinitionId": survey_form_definition_id,
            },
            SurveyRequest,
            **options,
        )

    def iter(
        self,
        *,
        survey_type: Literal["CandidateExperience"] | str,
        application_id: str | NotGiven | None = NOT_GIVEN,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SurveyRequest]:
        """Survey requests of one ``survey_type``, lazily, one request per page: all, or only those of one
        application (``application_id``) or candidate (``candidate_id``), or created after a moment
        (``created_after``)."""
        return self._pager(
            "surveyRequest.list",
            {
                "surveyType": survey_type,
                "applicationId": application_id,
                "candidateId": candidate_id,
                "createdAfter": created_after,
            },
            SurveyRequest,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(iter, "Survey requests, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        survey_type: Literal["CandidateExperience"] | str,
        application_id: str | NotGiven | None = NOT_GIVEN,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SurveyRequest]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "surveyRequest.list",
            {
                "surveyType": survey_type,
                "applicationId": application_id,
                "candidateId": candidate_id,
                "createdAfter": created_after,
                **sync_body(sync_token),
            },
            SurveyRequest,
            limit=limit,
            max_items=max_items,
            **options,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Surveys(APIResource):
    """Survey submissions, and the parser for them and for application form submissions."""

    def iter(
        self,
        survey_type: Literal["CandidateExperience", "Questionnaire"] | str = "Questionnaire",
        *,
        limit: int | None = None,
        max_items: int | None = None,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Pager[SurveySubmission]:
        """Submissions of one ``survey_type`` (submitted after a moment, ``created_after``, when given),
        lazily."""
        body = {"surveyType": survey_type, "createdAfter": created_after}
        return self._pager("surveySubmission.list", body, SurveySubmission, limit=limit, max_items=max_items, **options)

    list = collect(iter, "Every submission of one survey type (``Questionnaire`` or ``CandidateExperience``).")

    def sync(
        self,
        survey_type: str = "Questionnaire",
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[SurveySubmission]:
        """Submissions changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained."""
        body = {"surveyType": survey_type, **sync_body(sync_token)}
        return self._pager("surveySubmission.list", body, SurveySubmission, limit=limit, max_items=max_items, **options)

    def get_for_candidate(
        self, candidate_id: str, *, survey_types: builtins.list[str] | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[SurveySubmission]:
        """A candidate's survey submissions.

        Ashby has no filter by candidate on ``surveySubmission.list``, so this
        walks every submission of each survey type and keeps the candidate's
        (inferred from the reference: one list call per type, all pages).
        """
        check_id("candidate_id", candidate_id)
        found: builtins.list[SurveySubmission] = []
        for survey_type in survey_types or ["Questionnaire"]:
            for submission in self.iter(survey_type, **options):
                if submission.candidate_id == candidate_id:
                    found.append(submission)
        return found

    def parse_submission(self, form: Any) -> dict[str, Any]:
        """Questions and answers of a survey or application form submission: ``{"answers": {title: value}}``."""
        return parse_submission(form)

    def create(
        self,
        *,
        candidate_id: str,
        application_id: str,
        survey_form_definition_id: str,
        submitted_values: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> SurveySubmission:
        """Record a candidate's answers to a survey form."""
        return self._call(
            "surveySubmission.create",
            {
                "candidateId": candidate_id,
                "applicationId": application_id,
                "surveyFormDefinitionId": survey_form_definition_id,
                "submittedValues": submitted_values,
            },
            SurveySubmission,
            **options,
        )


class SurveyRequests(APIResource):
    """Survey requests."""

    def create(
        self,
        *,
        candidate_id: str,
        application_id: str,
        survey_form_definition_id: str,
        **options: Unpack[RequestOptions],
    ) -> SurveyRequest:
        """Create a survey request and its URL to send the candidate (Ashby does not email it)."""
        return self._call(
            "surveyRequest.create",
            {
                "candidateId": candidate_id,
                "applicationId": application_id,
                "surveyFormDefinitionId": survey_form_definition_id,
            },
            SurveyRequest,
            **options,
        )

    def iter(
        self,
        *,
        survey_type: Literal["CandidateExperience"] | str,
        application_id: str | NotGiven | None = NOT_GIVEN,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[SurveyRequest]:
        """Survey requests of one ``survey_type``, lazily, one request per page: all, or only those of one
        application (``application_id``) or candidate (``candidate_id``), or created after a moment
        (``created_after``)."""
        return self._pager(
            "surveyRequest.list",
            {
                "surveyType": survey_type,
                "applicationId": application_id,
                "candidateId": candidate_id,
                "createdAfter": created_after,
            },
            SurveyRequest,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(iter, "Survey requests, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        survey_type: Literal["CandidateExperience"] | str,
        application_id: str | NotGiven | None = NOT_GIVEN,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[SurveyRequest]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "surveyRequest.list",
            {
                "surveyType": survey_type,
                "applicationId": application_id,
                "candidateId": candidate_id,
                "createdAfter": created_after,
                **sync_body(sync_token),
            },
            SurveyRequest,
            limit=limit,
            max_items=max_items,
            **options,
        )


# </generated>
