"""Job postings: what candidates see on job boards."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ashby_sdk._models import AshbyModel

from ._text import html_to_text
from .forms import FormDefinition
from .jobs import CompensationComponent, CompensationTier
from .organization import LocationAddress

__all__ = [
    "DescriptionPart",
    "DescriptionParts",
    "JobPosting",
    "JobPostingCompensation",
    "JobPostingLocationIds",
]


class DescriptionPart(AshbyModel):
    """A part of a job posting's description, as HTML and plain text."""

    html: str | None = None
    """The part as HTML."""
    plain: str | None = None
    """The part as plain text."""


class DescriptionParts(AshbyModel):
    """A posting's description split into the brand's opening, the job's own text and the brand's closing."""

    description_opening: DescriptionPart | None = None
    """Text set in the job board theme's "Job Post Description Opening"."""
    description_body: DescriptionPart | None = None
    """The description set on the posting (the part ``jobPosting.update`` can change)."""
    description_closing: DescriptionPart | None = None
    """Text set in the job board theme's "Job Post Description Closing"."""


class JobPostingLocationIds(AshbyModel):
    """The locations of a job posting."""

    primary_location_id: str | None = None
    """The primary location."""
    secondary_location_ids: list[str] = []
    """Any further locations."""


class JobPostingCompensation(AshbyModel):
    """Compensation shown on a job posting."""

    compensation_tier_summary: str | None = None
    """Summary of all tiers as shown on Ashby job boards."""
    summary_components: list[CompensationComponent] = []
    """The widest range per component across all tiers."""
    compensation_tiers: list[CompensationTier] = []
    """The ranges that can be offered."""
    should_display_compensation_on_job_board: bool | None = None
    """Whether compensation is shown to applicants."""


class JobPosting(AshbyModel):
    """A job posting, from ``jobPosting.list`` (summary fields) and ``jobPosting.info`` (everything).

    :attr:`description` gives the plain-text description whichever form Ashby sent.
    """

    id: str | None = None
    """The posting's id."""
    title: str | None = None
    """The posting's title."""
    job_id: str | None = None
    """The job the posting belongs to."""
    description_plain: str | None = None
    """The description as plain text (``jobPosting.info`` only)."""
    description_html: str | None = None
    """The description as HTML (``jobPosting.info`` only)."""
    description_social: str | None = None
    """Short description for social media (at most 200 characters)."""
    description_parts: DescriptionParts | None = None
    """The description split into opening, body and closing."""
    department_name: str | None = None
    """The department's name."""
    team_name: str | None = None
    """The team's name (same as the department when the team has no parent)."""
    team_name_hierarchy: list[str] = []
    """Team names from the top of the hierarchy down."""
    location_name: str | None = None
    """The primary location's name."""
    location_ids: JobPostingLocationIds | None = None
    """The posting's locations."""
    workplace_type: str | None = None
    """Known values: ``OnSite``, ``Hybrid``, ``Remote``."""
    employment_type: str | None = None
    """Known values: ``FullTime``, ``PartTime``, ``Intern``, ``Contract``, ``Temporary``."""
    is_listed: bool | None = None
    """Whether the posting is listed (unlisted postings must not be shown publicly)."""
    is_remote: bool | None = None
    """Whether the posting's location is remote."""
    published_date: str | None = None
    """When the posting was published (``YYYY-MM-DD``)."""
    application_deadline: datetime | None = None
    """When applications stop being accepted."""
    external_link: str | None = None
    """Public link to the posting; ``None`` on internal job boards."""
    apply_link: str | None = None
    """Link to apply."""
    address: LocationAddress | None = None
    """The posting's address."""
    linked_data: dict[str, Any] | None = None
    """schema.org JobPosting data for search engines."""
    application_form_definition: FormDefinition | None = None
    """The application form candidates fill in."""
    survey_form_definitions: list[dict[str, Any]] = []
    """Extra survey forms collected with the application."""
    suppress_description_opening: bool | None = None
    """Whether the brand's description opening is left out."""
    suppress_description_closing: bool | None = None
    """Whether the brand's description closing is left out."""
    compensation: JobPostingCompensation | None = None
    """Compensation details (``jobPosting.info``)."""
    compensation_tier_summary: str | None = None
    """Compensation summary (``jobPosting.list``)."""
    should_display_compensation_on_job_board: bool | None = None
    """Whether compensation is shown to applicants (``jobPosting.list``)."""
    application_limit_callout_html: str | None = None
    """Message about application limits, as HTML."""
    updated_at: datetime | None = None
    """When the posting was last updated."""

    @property
    def description(self) -> str | None:
        """The description as plain text: ``descriptionPlain`` when present, else the HTML stripped of tags."""
        if self.description_plain:
            return self.description_plain
        if self.description_html:
            return html_to_text(self.description_html)
        return None
