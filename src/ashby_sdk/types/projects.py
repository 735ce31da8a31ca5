"""Projects (talent pools)."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

from .common import CustomField

__all__ = ["Project"]


class Project(AshbyModel):
    """A project (talent pool), from ``project.list`` / ``project.info``."""

    id: str | None = None
    """The project's id."""
    title: str | None = None
    """The project's title, e.g. ``Office Event``."""
    description: str | None = None
    """The project's description."""
    is_archived: bool | None = None
    """Whether the project is archived."""
    confidential: bool | None = None
    """Whether the project is confidential."""
    author_id: str | None = None
    """Who created the project."""
    created_at: datetime | None = None
    """When the project was created."""
    custom_field_entries: list[CustomField] = []
    """Custom field values on the project."""

    @property
    def name(self) -> str | None:
        """The project's title."""
        return self.title
