"""Jobs, their openings and compensation."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

from .common import CustomField
from .organization import HiringTeamMember, Location, User

__all__ = [
    "CompensationComponent",
    "CompensationTier",
    "Job",
    "JobCompensation",
    "Opening",
    "OpeningVersion",
]


class CompensationComponent(AshbyModel):
    """One kind of pay within a compensation tier, e.g. the salary or the bonus."""

    id: str | None = None
    """The component's id."""
    summary: str | None = None
    """Summary as shown on Ashby job boards, e.g. ``€72K – €100K``."""
    compensation_type: str | None = None
    """Known values: ``Salary``, ``EquityPercentage``, ``EquityCashValue``, ``Commission``, ``Bonus``."""
    interval: str | None = None
    """How often it is paid, e.g. ``1 YEAR``, ``1 HOUR``, ``NONE``."""
    currency_code: str | None = None
    """ISO 4217 currency code (not for ``EquityPercentage``)."""
    label: str | None = None
    """Optional label shown to applicants."""
    min_value: float | None = None
    """Lower end of the range."""
    max_value: float | None = None
    """Upper end of the range."""


class CompensationTier(AshbyModel):
    """A compensation range that can be offered."""

    id: str | None = None
    """The tier's id."""
    title: str | None = None
    """Label for the whole range, e.g. ``Zone A``."""
    additional_information: str | None = None
    """Supplementary information, e.g. ``Signing bonus available``."""
    components: list[CompensationComponent] = []
    """The components of the range."""
    tier_summary: str | None = None
    """Summary as shown on Ashby job boards."""


class JobCompensation(AshbyModel):
    """A job's compensation (only with the ``compensation`` expansion)."""

    compensation_tiers: list[CompensationTier] = []
    """The ranges that can be offered."""


class OpeningVersion(AshbyModel):
    """The latest version of an opening's details."""

    id: str | None = None
    """The version's id."""
    identifier: str | None = None
    """The opening's identifier."""
    description: str | None = None
    """The opening's description."""
    author_id: str | None = None
    """Who wrote this version."""
    created_at: datetime | None = None
    """When this version was created."""
    team_id: str | None = None
    """The department or team of the opening."""
    job_ids: list[str] = []
    """The jobs the opening belongs to."""
    target_hire_date: str | None = None
    """Target hire date (``YYYY-MM-DD``)."""
    target_start_date: str | None = None
    """Target start date (``YYYY-MM-DD``)."""
    is_backfill: bool | None = None
    """Whether the opening backfills a previous employee."""
    employment_type: str | None = None
    """Known values: ``FullTime``, ``PartTime``, ``Intern``, ``Contract``, ``Temporary``."""
    location_ids: list[str] = []
    """The opening's locations."""
    hiring_team: list[HiringTeamMember] = []
    """The opening's hiring team."""
    custom_fields: list[CustomField] = []
    """Custom field values on the opening."""


class Opening(AshbyModel):
    """A headcount opening, from ``opening.list`` and the ``openings`` expansion."""

    id: str | None = None
    """The opening's id."""
    opened_at: datetime | None = None
    """When the opening was opened."""
    closed_at: datetime | None = None
    """When the opening was closed."""
    is_archived: bool | None = None
    """Whether the opening is archived."""
    archived_at: datetime | None = None
    """When the opening was archived."""
    close_reason_id: str | None = None
    """Why the opening was closed."""
    opening_state: str | None = None
    """Known values: ``Approved``, ``Closed``, ``Draft``, ``Filled``, ``Open``."""
    latest_version: OpeningVersion | None = None
    """The opening's current details."""


class Job(AshbyModel):
    """A job, from ``job.list`` / ``job.info``."""

    id: str | None = None
    """The job's id."""
    title: str | None = None
    """The job's title."""
    confidential: bool | None = None
    """Whether the job is confidential."""
    status: str | None = None
    """Known values: ``Draft``, ``Open``, ``Closed``, ``Archived``."""
    employment_type: str | None = None
    """Known values: ``FullTime``, ``PartTime``, ``Intern``, ``Contract``, ``Temporary``."""
    location_id: str | None = None
    """The job's location."""
    department_id: str | None = None
    """The job's department or team."""
    default_interview_plan_id: str | None = None
    """The default interview plan (a job cannot open without one)."""
    interview_plan_ids: list[str] = []
    """All interview plans of the job."""
    custom_fields: list[CustomField] = []
    """Custom field values on the job."""
    job_posting_ids: list[str] = []
    """The job's postings."""
    custom_requisition_id: str | None = None
    """The job's custom requisition id."""
    brand_id: str | None = None
    """The brand used for the job."""
    hiring_team: list[HiringTeamMember] = []
    """The job's hiring team."""
    author: User | None = None
    """Who created the job."""
    created_at: datetime | None = None
    """When the job was created."""
    updated_at: datetime | None = None
    """When the job was last updated."""
    opened_at: datetime | None = None
    """When the job was opened."""
    closed_at: datetime | None = None
    """When the job was closed."""
    location: Location | None = None
    """The job's location (only with the ``location`` expansion)."""
    openings: list[Opening] = []
    """The job's openings (only with the ``openings`` expansion)."""
    compensation: JobCompensation | None = None
    """The job's compensation tiers (only with the ``compensation`` expansion)."""
    compensation_tiers: list[CompensationTier] = []
    """The tiers ``job.updateCompensation`` answers with (top level there)."""
