"""``AshbyClient`` and ``AsyncAshbyClient``: the entry points.

The async client is written here once; the sync one is generated from it by
``scripts/unasync.py``. Both hold the same settings and resources and differ
only in blocking vs ``await``.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from . import __version__
from ._base_client import APIClient, AsyncAPIClient, Settings
from ._config import ApiKey, resolve_credentials
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT, INITIAL_RETRY_DELAY
from ._exceptions import AshbyConfigError
from ._not_given import NOT_GIVEN as _NOT_GIVEN
from ._rate_limit import RateLimiter, shared_limiter
from ._request_options import apply_options, check_headers, check_max_retries, check_retry_delay, check_timeout

if TYPE_CHECKING:
    import sys

    if sys.version_info >= (3, 11):
        from typing import Unpack
    else:
        from typing_extensions import Unpack

    from ._request_options import RequestOptions
    from .pagination import AsyncPager, Pager
    from .resources.api_keys import ApiKeys, AsyncApiKeys
    from .resources.applications import Applications, AsyncApplications
    from .resources.approvals import ApprovalDefinitions, Approvals, AsyncApprovalDefinitions, AsyncApprovals
    from .resources.assessments import Assessments, AsyncAssessments
    from .resources.boards import (
        AsyncBrands,
        AsyncCommunicationTemplates,
        AsyncJobBoards,
        AsyncJobTemplates,
        AsyncSourceTrackingLinks,
        Brands,
        CommunicationTemplates,
        JobBoards,
        JobTemplates,
        SourceTrackingLinks,
    )
    from .resources.candidates import AsyncCandidates, Candidates
    from .resources.feedback import ApplicationFeedback, AsyncApplicationFeedback
    from .resources.files import AsyncFiles, Files
    from .resources.forms import (
        ApplicationForms,
        AsyncApplicationForms,
        AsyncFeedbackFormDefinitions,
        AsyncReferralForms,
        AsyncReferrals,
        AsyncSurveyFormDefinitions,
        FeedbackFormDefinitions,
        ReferralForms,
        Referrals,
        SurveyFormDefinitions,
    )
    from .resources.hiring_teams import (
        ApplicationHiringTeamRoles,
        AsyncApplicationHiringTeamRoles,
        AsyncHiringTeams,
        HiringTeams,
    )
    from .resources.interview_events import (
        AsyncInterviewEvents,
        AsyncInterviewStageGroups,
        AsyncNotetakerTranscripts,
        InterviewEvents,
        InterviewStageGroups,
        NotetakerTranscripts,
    )
    from .resources.interview_plans import AsyncInterviewPlans, InterviewPlans
    from .resources.interview_stages import AsyncInterviewStages, InterviewStages
    from .resources.interviewer_pools import AsyncInterviewerPools, InterviewerPools
    from .resources.interviews import AsyncInterviews, AsyncInterviewSchedules, Interviews, InterviewSchedules
    from .resources.job_interview_plans import AsyncJobInterviewPlans, JobInterviewPlans
    from .resources.job_postings import AsyncJobPostings, JobPostings
    from .resources.jobs import AsyncJobs, Jobs
    from .resources.metadata import (
        ArchiveReasons,
        AsyncArchiveReasons,
        AsyncCandidateTags,
        AsyncCloseReasons,
        AsyncCustomFields,
        AsyncSources,
        CandidateTags,
        CloseReasons,
        CustomFields,
        Sources,
    )
    from .resources.notes import AsyncNotes, Notes
    from .resources.offers import AsyncOfferProcesses, AsyncOffers, OfferProcesses, Offers
    from .resources.openings import AsyncOpenings, Openings
    from .resources.organization import (
        AsyncDepartments,
        AsyncHiringTeamRoles,
        AsyncLocations,
        AsyncUsers,
        Departments,
        HiringTeamRoles,
        Locations,
        Users,
    )
    from .resources.projects import AsyncProjects, Projects
    from .resources.reports import AsyncReports, Reports
    from .resources.sequences import AsyncEmailSenders, AsyncSequences, EmailSenders, Sequences
    from .resources.surveys import AsyncSurveyRequests, AsyncSurveys, SurveyRequests, Surveys
    from .resources.versions import AsyncVersions, Versions
    from .resources.webhooks import AsyncWebhooks, Webhooks
    from .types import Application, InterviewStage, Note

__all__ = ["AshbyClient", "AsyncAshbyClient"]


NOT_GIVEN: Any = _NOT_GIVEN


def _settings(
    api_key: str | ApiKey | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
    rate_limit: float | RateLimiter | None,
    *,
    api_version: str | None = None,
    allow_insecure_http: bool | None = None,
    retry_delay: float = INITIAL_RETRY_DELAY,
) -> Settings:
    max_retries = check_max_retries(max_retries)
    retry_delay = check_retry_delay(retry_delay)
    checked_timeout = check_timeout(timeout)
    if api_version is not None and (not isinstance(api_version, str) or not api_version.strip()):
        raise AshbyConfigError(f"api_version must be a version name such as '2026-01-01', got {api_version!r:.60}")
    if api_version is not None:
        check_headers({"Ashby-Version": api_version}, "api_version")
    if not (rate_limit is None or isinstance(rate_limit, RateLimiter)) and (
        isinstance(rate_limit, bool) or not isinstance(rate_limit, (int, float)) or not rate_limit > 0
    ):
        raise AshbyConfigError(
            f"rate_limit must be positive requests per second, or None (adaptive), got {rate_limit!r:.60}"
        )
    key, url = resolve_credentials(api_key, base_url, allow_insecure_http=allow_insecure_http)
    limiter: RateLimiter
    if rate_limit is None:
        limiter = shared_limiter(key.get_secret_value(), url)
    elif isinstance(rate_limit, RateLimiter):
        limiter = rate_limit
    else:
        limiter = RateLimiter(float(rate_limit))
    return Settings(
        api_key=key,
        base_url=url,
        timeout=checked_timeout,
        max_retries=max_retries,
        rate_limiter=limiter,
        user_agent=f"ashby-sdk-python/{__version__}",
        api_version=api_version,
        allow_insecure_http=allow_insecure_http,
        retry_delay=retry_delay,
    )


def _escape_hatch_body(endpoint: Any, body: Any) -> dict[str, Any]:
    if not isinstance(endpoint, str) or "." not in endpoint or "/" in endpoint:
        raise AshbyConfigError(f"endpoint must look like 'category.method', got {endpoint!r}")
    from ._validation import check_sendable

    return check_sendable(endpoint, {} if body is None else body)


# <unasync>
class AsyncAshbyClient:
    """A client for the Ashby API.

    The key comes from ``api_key``, else the ``ASHBY_API_KEY`` environment
    variable, else a ``.env`` file in the working directory; the base URL from
    ``base_url``, else ``ASHBY_BASE_URL``, else ``https://api.ashbyhq.com``.
    (``ASHBY_BASE_URL`` set beside the key in a ``.env`` file counts only when the
    key came from that file too). A plain-http base URL is refused unless it is
    this machine, or ``allow_insecure_http=True``.

    Calls are retried on 429, 5xx, timeouts and dropped connections (writes
    only where a retry is safe), up to ``max_retries`` times, after the wait
    Ashby's ``Retry-After`` asks for, or else after ``retry_delay`` seconds
    (0.5 by default), doubling each time up to 8 s, with jitter.
    ``rate_limit=None`` (the default) sends without any cap until Ashby
    answers 429, then adapts the pace to it, shared with every client of the
    same key in the process; ``rate_limit=N`` is a fixed cap of ``N`` requests
    per second. ``api_version`` pins Ashby's dated API version
    (the ``Ashby-Version`` header; by default none is sent and Ashby uses the
    key's own). Pass ``http_client`` to bring your own connection pool or
    transport (e.g. the emulator's)::

        client = AsyncAshbyClient()
        jobs = await client.jobs.list(status=["Open"])

    Raises :class:`AshbyConfigError` when no key can be found or an option is wrong.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        api_version: str | None = None,
        allow_insecure_http: bool | None = None,
        retry_delay: float = INITIAL_RETRY_DELAY,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise AshbyConfigError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        settings = _settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            rate_limit,
            api_version=api_version,
            allow_insecure_http=allow_insecure_http,
            retry_delay=retry_delay,
        )
        self._api = AsyncAPIClient(settings, http_client)

    @classmethod
    def _from_api(cls, api: AsyncAPIClient) -> AsyncAshbyClient:
        client = cls.__new__(cls)
        client._api = api
        return client

    @property
    def base_url(self) -> str:
        return self._api.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._api.settings.max_retries

    @property
    def retry_delay(self) -> float:
        """Seconds before the first retry of a failure that names no ``Retry-After`` (then doubling, at most 8 s)."""
        return self._api.settings.retry_delay

    @property
    def timeout(self) -> httpx.Timeout:
        return self._api.settings.timeout

    @property
    def api_version(self) -> str | None:
        """The ``Ashby-Version`` this client sends (``None``: none, Ashby uses the key's default)."""
        return self._api.settings.api_version

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        rate_limit: float | None = NOT_GIVEN,
        api_version: str | None = NOT_GIVEN,
        extra_headers: dict[str, str | None] | None = None,
        extra_body: dict[str, Any] | None = None,
        allow_insecure_http: bool | None = None,
        retry_delay: float | None = None,
    ) -> AsyncAshbyClient:
        """A copy with some settings changed, sharing this client's connection pool.

        ``extra_headers`` and ``extra_body`` are added to every call of the copy
        (``with_options(extra_headers={"X-On-Behalf-Of": user_id})`` acts as that
        user). The copy shares the rate limiter too unless ``api_key``,
        ``base_url`` or ``rate_limit`` changes: the adaptive limiter is per key.
        """
        current = self._api.settings
        retarget = api_key is not None or base_url is not None
        limiter: float | RateLimiter | None = current.rate_limiter
        if rate_limit is not NOT_GIVEN:
            limiter = rate_limit
        elif retarget:
            limiter = current.rate_limiter.rate if current.rate_limiter.fixed else None
        settings = _settings(
            api_key if api_key is not None else current.api_key,
            base_url or current.base_url,
            timeout if timeout is not None else current.timeout,
            max_retries if max_retries is not None else current.max_retries,
            limiter,
            api_version=current.api_version if api_version is NOT_GIVEN else api_version,
            allow_insecure_http=current.allow_insecure_http if allow_insecure_http is None else allow_insecure_http,
            retry_delay=current.retry_delay if retry_delay is None else retry_delay,
        ).with_changes(headers=current.headers, extra_body=current.extra_body)
        options: RequestOptions = {}
        if extra_headers:
            options["extra_headers"] = extra_headers
        if extra_body:
            options["extra_body"] = extra_body
        return type(self)._from_api(self._api.derive(apply_options(settings, options, allow_idempotent=False)))

    # Resources: the seed's nine ...
    @cached_property
    def jobs(self) -> AsyncJobs:
        from .resources.jobs import AsyncJobs

        return AsyncJobs(self)

    @cached_property
    def applications(self) -> AsyncApplications:
        from .resources.applications import AsyncApplications

        return AsyncApplications(self)

    @cached_property
    def candidates(self) -> AsyncCandidates:
        from .resources.candidates import AsyncCandidates

        return AsyncCandidates(self)

    @cached_property
    def interview_stages(self) -> AsyncInterviewStages:
        from .resources.interview_stages import AsyncInterviewStages

        return AsyncInterviewStages(self)

    @cached_property
    def surveys(self) -> AsyncSurveys:
        from .resources.surveys import AsyncSurveys

        return AsyncSurveys(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def job_postings(self) -> AsyncJobPostings:
        from .resources.job_postings import AsyncJobPostings

        return AsyncJobPostings(self)

    @cached_property
    def notes(self) -> AsyncNotes:
        from .resources.notes import AsyncNotes

        return AsyncNotes(self)

    @cached_property
    def feedback(self) -> AsyncApplicationFeedback:
        from .resources.feedback import AsyncApplicationFeedback

        return AsyncApplicationFeedback(self)

    # ... and its thirteen generic ones.
    @cached_property
    def departments(self) -> AsyncDepartments:
        from .resources.organization import AsyncDepartments

        return AsyncDepartments(self)

    @cached_property
    def locations(self) -> AsyncLocations:
        from .resources.organization import AsyncLocations

        return AsyncLocations(self)

    @cached_property
    def users(self) -> AsyncUsers:
        from .resources.organization import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def hiring_team_roles(self) -> AsyncHiringTeamRoles:
        from .resources.organization import AsyncHiringTeamRoles

        return AsyncHiringTeamRoles(self)

    @cached_property
    def sources(self) -> AsyncSources:
        from .resources.metadata import AsyncSources

        return AsyncSources(self)

    @cached_property
    def archive_reasons(self) -> AsyncArchiveReasons:
        from .resources.metadata import AsyncArchiveReasons

        return AsyncArchiveReasons(self)

    @cached_property
    def close_reasons(self) -> AsyncCloseReasons:
        from .resources.metadata import AsyncCloseReasons

        return AsyncCloseReasons(self)

    @cached_property
    def candidate_tags(self) -> AsyncCandidateTags:
        from .resources.metadata import AsyncCandidateTags

        return AsyncCandidateTags(self)

    @cached_property
    def custom_fields(self) -> AsyncCustomFields:
        from .resources.metadata import AsyncCustomFields

        return AsyncCustomFields(self)

    @cached_property
    def projects(self) -> AsyncProjects:
        from .resources.projects import AsyncProjects

        return AsyncProjects(self)

    @cached_property
    def offers(self) -> AsyncOffers:
        from .resources.offers import AsyncOffers

        return AsyncOffers(self)

    @cached_property
    def interviews(self) -> AsyncInterviews:
        from .resources.interviews import AsyncInterviews

        return AsyncInterviews(self)

    @cached_property
    def interview_schedules(self) -> AsyncInterviewSchedules:
        from .resources.interviews import AsyncInterviewSchedules

        return AsyncInterviewSchedules(self)

    # Beyond the seed.
    @cached_property
    def interview_plans(self) -> AsyncInterviewPlans:
        from .resources.interview_plans import AsyncInterviewPlans

        return AsyncInterviewPlans(self)

    @cached_property
    def openings(self) -> AsyncOpenings:
        from .resources.openings import AsyncOpenings

        return AsyncOpenings(self)

    # Every other category of the API, named by the rule in api.md.
    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        from .resources.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def application_feedback(self) -> AsyncApplicationFeedback:
        from .resources.feedback import AsyncApplicationFeedback

        return AsyncApplicationFeedback(self)

    @cached_property
    def application_forms(self) -> AsyncApplicationForms:
        from .resources.forms import AsyncApplicationForms

        return AsyncApplicationForms(self)

    @cached_property
    def referrals(self) -> AsyncReferrals:
        from .resources.forms import AsyncReferrals

        return AsyncReferrals(self)

    @cached_property
    def referral_forms(self) -> AsyncReferralForms:
        from .resources.forms import AsyncReferralForms

        return AsyncReferralForms(self)

    @cached_property
    def feedback_form_definitions(self) -> AsyncFeedbackFormDefinitions:
        from .resources.forms import AsyncFeedbackFormDefinitions

        return AsyncFeedbackFormDefinitions(self)

    @cached_property
    def survey_form_definitions(self) -> AsyncSurveyFormDefinitions:
        from .resources.forms import AsyncSurveyFormDefinitions

        return AsyncSurveyFormDefinitions(self)

    @cached_property
    def hiring_teams(self) -> AsyncHiringTeams:
        from .resources.hiring_teams import AsyncHiringTeams

        return AsyncHiringTeams(self)

    @cached_property
    def application_hiring_team_roles(self) -> AsyncApplicationHiringTeamRoles:
        from .resources.hiring_teams import AsyncApplicationHiringTeamRoles

        return AsyncApplicationHiringTeamRoles(self)

    @cached_property
    def approvals(self) -> AsyncApprovals:
        from .resources.approvals import AsyncApprovals

        return AsyncApprovals(self)

    @cached_property
    def approval_definitions(self) -> AsyncApprovalDefinitions:
        from .resources.approvals import AsyncApprovalDefinitions

        return AsyncApprovalDefinitions(self)

    @cached_property
    def assessments(self) -> AsyncAssessments:
        from .resources.assessments import AsyncAssessments

        return AsyncAssessments(self)

    @cached_property
    def brands(self) -> AsyncBrands:
        from .resources.boards import AsyncBrands

        return AsyncBrands(self)

    @cached_property
    def job_boards(self) -> AsyncJobBoards:
        from .resources.boards import AsyncJobBoards

        return AsyncJobBoards(self)

    @cached_property
    def job_templates(self) -> AsyncJobTemplates:
        from .resources.boards import AsyncJobTemplates

        return AsyncJobTemplates(self)

    @cached_property
    def communication_templates(self) -> AsyncCommunicationTemplates:
        from .resources.boards import AsyncCommunicationTemplates

        return AsyncCommunicationTemplates(self)

    @cached_property
    def source_tracking_links(self) -> AsyncSourceTrackingLinks:
        from .resources.boards import AsyncSourceTrackingLinks

        return AsyncSourceTrackingLinks(self)

    @cached_property
    def interview_events(self) -> AsyncInterviewEvents:
        from .resources.interview_events import AsyncInterviewEvents

        return AsyncInterviewEvents(self)

    @cached_property
    def interview_stage_groups(self) -> AsyncInterviewStageGroups:
        from .resources.interview_events import AsyncInterviewStageGroups

        return AsyncInterviewStageGroups(self)

    @cached_property
    def notetaker_transcripts(self) -> AsyncNotetakerTranscripts:
        from .resources.interview_events import AsyncNotetakerTranscripts

        return AsyncNotetakerTranscripts(self)

    @cached_property
    def interviewer_pools(self) -> AsyncInterviewerPools:
        from .resources.interviewer_pools import AsyncInterviewerPools

        return AsyncInterviewerPools(self)

    @cached_property
    def job_interview_plans(self) -> AsyncJobInterviewPlans:
        from .resources.job_interview_plans import AsyncJobInterviewPlans

        return AsyncJobInterviewPlans(self)

    @cached_property
    def reports(self) -> AsyncReports:
        from .resources.reports import AsyncReports

        return AsyncReports(self)

    @cached_property
    def offer_processes(self) -> AsyncOfferProcesses:
        from .resources.offers import AsyncOfferProcesses

        return AsyncOfferProcesses(self)

    @cached_property
    def sequences(self) -> AsyncSequences:
        from .resources.sequences import AsyncSequences

        return AsyncSequences(self)

    @cached_property
    def email_senders(self) -> AsyncEmailSenders:
        from .resources.sequences import AsyncEmailSenders

        return AsyncEmailSenders(self)

    @cached_property
    def versions(self) -> AsyncVersions:
        from .resources.versions import AsyncVersions

        return AsyncVersions(self)

    @cached_property
    def survey_requests(self) -> AsyncSurveyRequests:
        from .resources.surveys import AsyncSurveyRequests

        return AsyncSurveyRequests(self)

    @cached_property
    def survey_submissions(self) -> AsyncSurveys:
        from .resources.surveys import AsyncSurveys

        return AsyncSurveys(self)

    # Conveniences from the seed README: each takes the per-call options too, for every request it makes.
    async def get_job_funnel(self, job_id: str, **options: Unpack[RequestOptions]) -> builtins.list[InterviewStage]:
        """A job's interview stages in funnel order."""
        return await self.interview_stages.list_for_job(job_id, **options)

    async def get_application_stage(
        self, application_id: str, **options: Unpack[RequestOptions]
    ) -> InterviewStage | None:
        """The stage an application is in now (``None`` when Ashby reports none)."""
        application = await self.applications.get(application_id, **options)
        return application.current_interview_stage

    async def move_application_to_stage(
        self,
        application_id: str,
        interview_stage_id: str,
        *,
        archive_reason_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Move an application to a stage (``archive_reason_id``: why, when the stage archives it); returns the
        application as it is now."""
        reason = NOT_GIVEN if archive_reason_id is None else archive_reason_id  # the seed's None: not given
        return await self.applications.change_stage(
            application_id, interview_stage_id, archive_reason_id=reason, **options
        )

    async def get_job_description(self, job_id: str, **options: Unpack[RequestOptions]) -> str | None:
        """The plain-text description of a job's posting, or ``None`` when the job has no posting."""
        posting = await self.job_postings.get_for_job(job_id, **options)
        return posting.description if posting is not None else None

    async def create_candidate_note(
        self, candidate_id: str, note_text: str, note_type: str = "text/plain", **options: Unpack[RequestOptions]
    ) -> Note:
        """Add a note to a candidate (``note_type``: ``text/plain`` or ``text/html``)."""
        return await self.notes.create(candidate_id, note_text, note_type, **options)

    # The escape hatch: any endpoint, with every retry and error of the typed path.
    async def request(
        self, endpoint: str, body: dict[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> Any:
        """Call any endpoint (``"category.method"``) and return its unwrapped ``results``.

        The body is sent exactly as given (a ``None`` value sends ``null``): only
        values JSON cannot carry are refused, before sending. ``options`` are the
        per-call options (``timeout``, ``max_retries``, ``extra_headers``,
        ``extra_body``, ``idempotent``). For a paged list use :meth:`paginate`.
        """
        envelope = await self._api.post(endpoint, _escape_hatch_body(endpoint, body), **options)
        return envelope.get("results")

    def paginate(
        self,
        endpoint: str,
        body: dict[str, Any] | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Any]:
        """A lazy pager of raw objects (dicts) over any list endpoint (the first ``max_items`` when given).

        The body goes as given, with the per-call ``options`` on every page.
        """
        from ._validation import check_max_items, check_page_size
        from .pagination import AsyncPager

        return AsyncPager(
            self._api.with_request_options(options),
            endpoint,
            _escape_hatch_body(endpoint, body),
            None,
            page_size=check_page_size(limit),
            max_items=check_max_items(max_items),
        )

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        await self._api.close()

    async def __aenter__(self) -> AsyncAshbyClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class AshbyClient:
    """A client for the Ashby API.

    The key comes from ``api_key``, else the ``ASHBY_API_KEY`` environment
    variable, else a ``.env`` file in the working directory; the base URL from
    ``base_url``, else ``ASHBY_BASE_URL``, else ``https://api.ashbyhq.com``.
    (``ASHBY_BASE_URL`` set beside the key in a ``.env`` file counts only when the
    key came from that file too). A plain-http base URL is refused unless it is
    this machine, or ``allow_insecure_http=True``.

    Calls are retried on 429, 5xx, timeouts and dropped connections (writes
    only where a retry is safe), up to ``max_retries`` times, after the wait
    Ashby's ``Retry-After`` asks for, or else after ``retry_delay`` seconds
    (0.5 by default), doubling each time up to 8 s, with jitter.
    ``rate_limit=None`` (the default) sends without any cap until Ashby
    answers 429, then adapts the pace to it, shared with every client of the
    same key in the process; ``rate_limit=N`` is a fixed cap of ``N`` requests
    per second. ``api_version`` pins Ashby's dated API version
    (the ``Ashby-Version`` header; by default none is sent and Ashby uses the
    key's own). Pass ``http_client`` to bring your own connection pool or
    transport (e.g. the emulator's)::

        client = AshbyClient()
        jobs = client.jobs.list(status=["Open"])

    Raises :class:`AshbyConfigError` when no key can be found or an option is wrong.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.Client | None = None,
        api_version: str | None = None,
        allow_insecure_http: bool | None = None,
        retry_delay: float = INITIAL_RETRY_DELAY,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise AshbyConfigError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        settings = _settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            rate_limit,
            api_version=api_version,
            allow_insecure_http=allow_insecure_http,
            retry_delay=retry_delay,
        )
        self._api = APIClient(settings, http_client)

    @classmethod
    def _from_api(cls, api: APIClient) -> AshbyClient:
        client = cls.__new__(cls)
        client._api = api
        return client

    @property
    def base_url(self) -> str:
        return self._api.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._api.settings.max_retries

    @property
    def retry_delay(self) -> float:
        """Seconds before the first retry of a failure that names no ``Retry-After`` (then doubling, at most 8 s)."""
        return self._api.settings.retry_delay

    @property
    def timeout(self) -> httpx.Timeout:
        return self._api.settings.timeout

    @property
    def api_version(self) -> str | None:
        """The ``Ashby-Version`` this client sends (``None``: none, Ashby uses the key's default)."""
        return self._api.settings.api_version

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        rate_limit: float | None = NOT_GIVEN,
        api_version: str | None = NOT_GIVEN,
        extra_headers: dict[str, str | None] | None = None,
        extra_body: dict[str, Any] | None = None,
        allow_insecure_http: bool | None = None,
        retry_delay: float | None = None,
    ) -> AshbyClient:
        """A copy with some settings changed, sharing this client's connection pool.

        ``extra_headers`` and ``extra_body`` are added to every call of the copy
        (``with_options(extra_headers={"X-On-Behalf-Of": user_id})`` acts as that
        user). The copy shares the rate limiter too unless ``api_key``,
        ``base_url`` or ``rate_limit`` changes: the adaptive limiter is per key.
        """
        current = self._api.settings
        retarget = api_key is not None or base_url is not None
        limiter: float | RateLimiter | None = current.rate_limiter
        if rate_limit is not NOT_GIVEN:
            limiter = rate_limit
        elif retarget:
            limiter = current.rate_limiter.rate if current.rate_limiter.fixed else None
        settings = _settings(
            api_key if api_key is not None else current.api_key,
            base_url or current.base_url,
            timeout if timeout is not None else current.timeout,
            max_retries if max_retries is not None else current.max_retries,
            limiter,
            api_version=current.api_version if api_version is NOT_GIVEN else api_version,
            allow_insecure_http=current.allow_insecure_http if allow_insecure_http is None else allow_insecure_http,
            retry_delay=current.retry_delay if retry_delay is None else retry_delay,
        ).with_changes(headers=current.headers, extra_body=current.extra_body)
        options: RequestOptions = {}
        if extra_headers:
            options["extra_headers"] = extra_headers
        if extra_body:
            options["extra_body"] = extra_body
        return type(self)._from_api(self._api.derive(apply_options(settings, options, allow_idempotent=False)))

    # Resources: the seed's nine ...
    @cached_property
    def jobs(self) -> Jobs:
        from .resources.jobs import Jobs

        return Jobs(self)

    @cached_property
    def applications(self) -> Applications:
        from .resources.applications import Applications

        return Applications(self)

    @cached_property
    def candidates(self) -> Candidates:
        from .resources.candidates import Candidates

        return Candidates(self)

    @cached_property
    def interview_stages(self) -> InterviewStages:
        from .resources.interview_stages import InterviewStages

        return InterviewStages(self)

    @cached_property
    def surveys(self) -> Surveys:
        from .resources.surveys import Surveys

        return Surveys(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def job_postings(self) -> JobPostings:
        from .resources.job_postings import JobPostings

        return JobPostings(self)

    @cached_property
    def notes(self) -> Notes:
        from .resources.notes import Notes

        return Notes(self)

    @cached_property
    def feedback(self) -> ApplicationFeedback:
        from .resources.feedback import ApplicationFeedback

        return ApplicationFeedback(self)

    # ... and its thirteen generic ones.
    @cached_property
    def departments(self) -> Departments:
        from .resources.organization import Departments

        return Departments(self)

    @cached_property
    def locations(self) -> Locations:
        from .resources.organization import Locations

        return Locations(self)

    @cached_property
    def users(self) -> Users:
        from .resources.organization import Users

        return Users(self)

    @cached_property
    def hiring_team_roles(self) -> HiringTeamRoles:
        from .resources.organization import HiringTeamRoles

        return HiringTeamRoles(self)

    @cached_property
    def sources(self) -> Sources:
        from .resources.metadata import Sources

        return Sources(self)

    @cached_property
    def archive_reasons(self) -> ArchiveReasons:
        from .resources.metadata import ArchiveReasons

        return ArchiveReasons(self)

    @cached_property
    def close_reasons(self) -> CloseReasons:
        from .resources.metadata import CloseReasons

        return CloseReasons(self)

    @cached_property
    def candidate_tags(self) -> CandidateTags:
        from .resources.metadata import CandidateTags

        return CandidateTags(self)

    @cached_property
    def custom_fields(self) -> CustomFields:
        from .resources.metadata import CustomFields

        return CustomFields(self)

    @cached_property
    def projects(self) -> Projects:
        from .resources.projects import Projects

        return Projects(self)

    @cached_property
    def offers(self) -> Offers:
        from .resources.offers import Offers

        return Offers(self)

    @cached_property
    def interviews(self) -> Interviews:
        from .resources.interviews import Interviews

        return Interviews(self)

    @cached_property
    def interview_schedules(self) -> InterviewSchedules:
        from .resources.interviews import InterviewSchedules

        return InterviewSchedules(self)

    # Beyond the seed.
    @cached_property
    def interview_plans(self) -> InterviewPlans:
        from .resources.interview_plans import InterviewPlans

        return InterviewPlans(self)

    @cached_property
    def openings(self) -> Openings:
        from .resources.openings import Openings

        return Openings(self)

    # Every other category of the API, named by the rule in api.md.
    @cached_property
    def api_keys(self) -> ApiKeys:
        from .resources.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        from .resources.webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def application_feedback(self) -> ApplicationFeedback:
        from .resources.feedback import ApplicationFeedback

        return ApplicationFeedback(self)

    @cached_property
    def application_forms(self) -> ApplicationForms:
        from .resources.forms import ApplicationForms

        return ApplicationForms(self)

    @cached_property
    def referrals(self) -> Referrals:
        from .resources.forms import Referrals

        return Referrals(self)

    @cached_property
    def referral_forms(self) -> ReferralForms:
        from .resources.forms import ReferralForms

        return ReferralForms(self)

    @cached_property
    def feedback_form_definitions(self) -> FeedbackFormDefinitions:
        from .resources.forms import FeedbackFormDefinitions

        return FeedbackFormDefinitions(self)

    @cached_property
    def survey_form_definitions(self) -> SurveyFormDefinitions:
        from .resources.forms import SurveyFormDefinitions

        return SurveyFormDefinitions(self)

    @cached_property
    def hiring_teams(self) -> HiringTeams:
        from .resources.hiring_teams import HiringTeams

        return HiringTeams(self)

    @cached_property
    def application_hiring_team_roles(self) -> ApplicationHiringTeamRoles:
        from .resources.hiring_teams import ApplicationHiringTeamRoles

        return ApplicationHiringTeamRoles(self)

    @cached_property
    def approvals(self) -> Approvals:
        from .resources.approvals import Approvals

        return Approvals(self)

    @cached_property
    def approval_definitions(self) -> ApprovalDefinitions:
        from .resources.approvals import ApprovalDefinitions

        return ApprovalDefinitions(self)

    @cached_property
    def assessments(self) -> Assessments:
        from .resources.assessments import Assessments

        return Assessments(self)

    @cached_property
    def brands(self) -> Brands:
        from .resources.boards import Brands

        return Brands(self)

    @cached_property
    def job_boards(self) -> JobBoards:
        from .resources.boards import JobBoards

        return JobBoards(self)

    @cached_property
    def job_templates(self) -> JobTemplates:
        from .resources.boards import JobTemplates

        return JobTemplates(self)

    @cached_property
    def communication_templates(self) -> CommunicationTemplates:
        from .resources.boards import CommunicationTemplates

        return CommunicationTemplates(self)

    @cached_property
    def source_tracking_links(self) -> SourceTrackingLinks:
        from .resources.boards import SourceTrackingLinks

        return SourceTrackingLinks(self)

    @cached_property
    def interview_events(self) -> InterviewEvents:
        from .resources.interview_events import InterviewEvents

        return InterviewEvents(self)

    @cached_property
    def interview_stage_groups(self) -> InterviewStageGroups:
        from .resources.interview_events import InterviewStageGroups

        return InterviewStageGroups(self)

    @cached_property
    def notetaker_transcripts(self) -> NotetakerTranscripts:
        from .resources.interview_events import NotetakerTranscripts

        return NotetakerTranscripts(self)

    @cached_property
    def interviewer_pools(self) -> InterviewerPools:
        from .resources.interviewer_pools import InterviewerPools

        return InterviewerPools(self)

    @cached_property
    def job_interview_plans(self) -> JobInterviewPlans:
        from .resources.job_interview_plans import JobInterviewPlans

        return JobInterviewPlans(self)

    @cached_property
    def reports(self) -> Reports:
        from .resources.reports import Reports

        return Reports(self)

    @cached_property
    def offer_processes(self) -> OfferProcesses:
        from .resources.offers import OfferProcesses

        return OfferProcesses(self)

    @cached_property
    def sequences(self) -> Sequences:
        from .resources.sequences import Sequences

        return Sequences(self)

    @cached_property
    def email_senders(self) -> EmailSenders:
        from .resources.sequences import EmailSenders

        return EmailSenders(self)

    @cached_property
    def versions(self) -> Versions:
        from .resources.versions import Versions

        return Versions(self)

    @cached_property
    def survey_requests(self) -> SurveyRequests:
        from .resources.surveys import SurveyRequests

        return SurveyRequests(self)

    @cached_property
    def survey_submissions(self) -> Surveys:
        from .resources.surveys import Surveys

        return Surveys(self)

    # Conveniences from the seed README: each takes the per-call options too, for every request it makes.
    def get_job_funnel(self, job_id: str, **options: Unpack[RequestOptions]) -> builtins.list[InterviewStage]:
        """A job's interview stages in funnel order."""
        return self.interview_stages.list_for_job(job_id, **options)

    def get_application_stage(self, application_id: str, **options: Unpack[RequestOptions]) -> InterviewStage | None:
        """The stage an application is in now (``None`` when Ashby reports none)."""
        application = self.applications.get(application_id, **options)
        return application.current_interview_stage

    def move_application_to_stage(
        self,
        application_id: str,
        interview_stage_id: str,
        *,
        archive_reason_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Application:
        """Move an application to a stage (``archive_reason_id``: why, when the stage archives it); returns the
        application as it is now."""
        reason = NOT_GIVEN if archive_reason_id is None else archive_reason_id  # the seed's None: not given
        return self.applications.change_stage(application_id, interview_stage_id, archive_reason_id=reason, **options)

    def get_job_description(self, job_id: str, **options: Unpack[RequestOptions]) -> str | None:
        """The plain-text description of a job's posting, or ``None`` when the job has no posting."""
        posting = self.job_postings.get_for_job(job_id, **options)
        return posting.description if posting is not None else None

    def create_candidate_note(
        self, candidate_id: str, note_text: str, note_type: str = "text/plain", **options: Unpack[RequestOptions]
    ) -> Note:
        """Add a note to a candidate (``note_type``: ``text/plain`` or ``text/html``)."""
        return self.notes.create(candidate_id, note_text, note_type, **options)

    # The escape hatch: any endpoint, with every retry and error of the typed path.
    def request(self, endpoint: str, body: dict[str, Any] | None = None, **options: Unpack[RequestOptions]) -> Any:
        """Call any endpoint (``"category.method"``) and return its unwrapped ``results``.

        The body is sent exactly as given (a ``None`` value sends ``null``): only
        values JSON cannot carry are refused, before sending. ``options`` are the
        per-call options (``timeout``, ``max_retries``, ``extra_headers``,
        ``extra_body``, ``idempotent``). For a paged list use :meth:`paginate`.
        """
        envelope = self._api.post(endpoint, _escape_hatch_body(endpoint, body), **options)
        return envelope.get("results")

    def paginate(
        self,
        endpoint: str,
        body: dict[str, Any] | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Any]:
        """A lazy pager of raw objects (dicts) over any list endpoint (the first ``max_items`` when given).

        The body goes as given, with the per-call ``options`` on every page.
        """
        from ._validation import check_max_items, check_page_size
        from .pagination import Pager

        return Pager(
            self._api.with_request_options(options),
            endpoint,
            _escape_hatch_body(endpoint, body),
            None,
            page_size=check_page_size(limit),
            max_items=check_max_items(max_items),
        )

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        self._api.close()

    def __enter__(self) -> AshbyClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


# </generated>
