"""Brands, job boards, job templates and source tracking links."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

from .organization import Location

__all__ = ["Brand", "JobBoard", "JobTemplate", "SourceTrackingLink"]


class Brand(AshbyModel):
    """An employer brand (``brand.list``)."""

    id: str | None = None
    name: str | None = None
    hosted_jobs_page_slug: str | None = None
    """The slug of the brand's hosted jobs page."""


class JobBoard(AshbyModel):
    """An enabled job board (``jobBoard.list``)."""

    id: str | None = None
    title: str | None = None
    is_internal: bool | None = None


class JobTemplate(AshbyModel):
    """A job template (``jobTemplate.list``)."""

    id: str | None = None
    title: str | None = None
    status: str | None = None
    """Known values: ``Active``, ``Inactive``."""
    location_id: str | None = None
    department_id: str | None = None
    default_interview_plan_id: str | None = None
    interview_plan_ids: list[str] = []
    created_at: datetime | None = None
    updated_at: datetime | None = None
    location: Location | None = None
    """Only with ``expand=["location"]``."""


class SourceTrackingLink(AshbyModel):
    """A custom tracking link crediting applications to a source (``sourceTrackingLink.list``)."""

    id: str | None = None
    code: str | None = None
    enabled: bool | None = None
    source_id: str | None = None
    link: str | None = None
