"""Applications: a candidate considered for a job."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

from .common import CustomField, EmailAddress, File, PhoneNumber
from .forms import FormSubmission
from .interviews import InterviewStage
from .jobs import Opening
from .metadata import ArchiveReason, Source
from .organization import HiringTeamMember, User

__all__ = [
    "Application",
    "ApplicationCandidate",
    "ApplicationHistoryEvent",
    "ApplicationJob",
    "DeletedApplication",
    "Referral",
]


class ApplicationCandidate(AshbyModel):
    """The candidate summary embedded in an application."""

    id: str | None = None
    """The candidate's id."""
    name: str | None = None
    """The candidate's name."""
    primary_email_address: EmailAddress | None = None
    """The candidate's primary email address."""
    primary_phone_number: PhoneNumber | None = None
    """The candidate's primary phone number."""


class ApplicationJob(AshbyModel):
    """The job summary embedded in an application."""

    id: str | None = None
    """The job's id."""
    title: str | None = None
    """The job's title."""
    location_id: str | None = None
    """The job's location."""
    department_id: str | None = None
    """The job's department."""


class ApplicationHistoryEvent(AshbyModel):
    """One stage an application went through (``applicationHistory[]``)."""

    id: str | None = None
    """The history event's id."""
    stage_id: str | None = None
    """The interview stage."""
    title: str | None = None
    """The stage's title."""
    entered_stage_at: datetime | None = None
    """When the application entered the stage."""
    left_stage_at: datetime | None = None
    """When the application left the stage."""
    stage_number: int | None = None
    """Order of the event; 0 is the first."""
    allowed_actions: list[str] = []
    """What ``application.updateHistory`` may do. Known values: ``none``, ``delete``, ``set_entered_at``."""
    actor_id: str | None = None
    """The user who made the stage change."""


class Referral(AshbyModel):
    """Who referred the candidate for this application (``referrals`` expansion)."""

    user: User | None = None
    """The referring user."""
    referred_at: datetime | None = None
    """When the referral was made."""


class Application(AshbyModel):
    """An application, from ``application.list`` / ``application.info`` and the application write endpoints.

    Seed-SDK shortcuts: :attr:`stage_name`, :attr:`candidate_name`, :attr:`candidate_id`, :attr:`job_id`
    and :attr:`form_submissions`.
    """

    id: str | None = None
    """The application's id."""
    created_at: datetime | None = None
    """When the application was created."""
    updated_at: datetime | None = None
    """When the application was last updated."""
    status: str | None = None
    """Known values: ``Active``, ``Archived``, ``Hired``, ``Lead``."""
    custom_fields: list[CustomField] = []
    """Custom field values on the application."""
    candidate: ApplicationCandidate | None = None
    """The candidate."""
    current_interview_stage: InterviewStage | None = None
    """The stage the application is in."""
    source: Source | None = None
    """Where the application came from."""
    archive_reason: ArchiveReason | None = None
    """Why the application was archived."""
    archived_at: datetime | None = None
    """When the application was archived."""
    job: ApplicationJob | None = None
    """The job applied to."""
    credited_to_user: User | None = None
    """The user credited with the application."""
    hiring_team: list[HiringTeamMember] = []
    """The application's hiring team."""
    applied_via_job_posting_id: str | None = None
    """The first job posting the candidate applied through."""
    submitter_client_ip: str | None = None
    """IP address of the client that submitted the application on the external job board."""
    submitter_user_agent: str | None = None
    """User agent of the client that submitted the application on the external job board."""
    openings: list[Opening] = []
    """The job's openings (only with the ``openings`` expansion)."""
    application_history: list[ApplicationHistoryEvent] = []
    """The stages the application went through."""
    application_form_submissions: list[FormSubmission] = []
    """Application form submissions (only with the ``applicationFormSubmissions`` expansion)."""
    referrals: list[Referral] = []
    """Referrals (only with the ``referrals`` expansion)."""
    resume_file_handle: File | None = None
    """The resume submitted with the application."""

    @property
    def stage_name(self) -> str | None:
        """The title of the current interview stage."""
        return self.current_interview_stage.title if self.current_interview_stage else None

    @property
    def candidate_id(self) -> str | None:
        """The candidate's id."""
        return self.candidate.id if self.candidate else None

    @property
    def candidate_name(self) -> str | None:
        """The candidate's name."""
        return self.candidate.name if self.candidate else None

    @property
    def job_id(self) -> str | None:
        """The id of the job applied to."""
        return self.job.id if self.job else None

    @property
    def form_submissions(self) -> list[FormSubmission]:
        """The application form submissions (present when fetched with the forms expansion)."""
        return self.application_form_submissions


class DeletedApplication(AshbyModel):
    """What ``application.delete`` answers (changelog: 'Application Delete Returns Application ID'; the field
    name is inferred)."""

    application_id: str | None = None
    """The id of the application deleted."""
