"""Hiring-process metadata: candidate tags, sources, archive and close reasons, custom field definitions."""

from __future__ import annotations

from ashby_sdk._models import AshbyModel

from .common import CustomField

__all__ = [
    "ArchiveReason",
    "CloseReason",
    "CustomFieldDefinition",
    "CustomFieldSelectableValue",
    "Source",
    "SourceType",
    "Tag",
]


class Tag(AshbyModel):
    """A candidate tag, from ``candidateTag.list`` and ``Candidate.tags``."""

    id: str | None = None
    """The tag's id."""
    title: str | None = None
    """The tag's title, e.g. ``Senior Candidate``."""
    is_archived: bool | None = None
    """Whether the tag is archived."""

    @property
    def name(self) -> str | None:
        """The tag's title (the name the seed SDK used)."""
        return self.title


class SourceType(AshbyModel):
    """The group a source belongs to, e.g. ``Inbound``."""

    id: str | None = None
    """The source type's id."""
    title: str | None = None
    """The source type's title, e.g. ``Inbound``."""
    is_archived: bool | None = None
    """Whether the source type is archived."""


class Source(AshbyModel):
    """Where a candidate or application came from, from ``source.list``."""

    id: str | None = None
    """The source's id."""
    title: str | None = None
    """The source's title, e.g. ``Applied``."""
    is_archived: bool | None = None
    """Whether the source is archived."""
    source_type: SourceType | None = None
    """The group the source belongs to."""

    @property
    def name(self) -> str | None:
        """The source's title (Ashby calls it ``title``)."""
        return self.title

    @property
    def type(self) -> str | None:
        """The title of the source's type, e.g. ``Inbound``."""
        return self.source_type.title if self.source_type else None


class ArchiveReason(AshbyModel):
    """Why an application was archived, from ``archiveReason.list`` and ``Application.archiveReason``."""

    id: str | None = None
    """The archive reason's id."""
    text: str | None = None
    """The reason's text, e.g. ``Too inexperienced``."""
    reason_type: str | None = None
    """Known values: ``RejectedByCandidate``, ``RejectedByOrg``, ``Other``."""
    is_archived: bool | None = None
    """Whether the reason itself is archived."""
    custom_fields: list[CustomField] = []
    """Archive-detail custom field values (only on an application's ``archiveReason``)."""

    @property
    def name(self) -> str | None:
        """The reason's text (Ashby calls it ``text``)."""
        return self.text


class CloseReason(AshbyModel):
    """Why a job or opening was closed, from ``closeReason.list``."""

    id: str | None = None
    """The close reason's id."""
    reason_text: str | None = None
    """The reason's text, e.g. ``Position Filled``."""
    is_archived: bool | None = None
    """Whether the reason is archived."""

    @property
    def name(self) -> str | None:
        """The reason's text (Ashby calls it ``reasonText``)."""
        return self.reason_text


class CustomFieldSelectableValue(AshbyModel):
    """One option of a value-select custom field."""

    label: str | None = None
    """The option's label shown to users."""
    value: str | None = None
    """The option's stored value."""
    is_archived: bool | None = None
    """Whether the option is archived."""


class CustomFieldDefinition(AshbyModel):
    """The definition of a custom field, from ``customField.list`` / ``customField.info``."""

    id: str | None = None
    """The custom field's id."""
    title: str | None = None
    """The custom field's title, e.g. ``Preferred Teams``."""
    object_type: str | None = None
    """The kind of object the field belongs to. Known values: ``Application``, ``Candidate``, ``Employee``,
    ``Job``, ``Offer``, ``Opening``, ``Talent_Project``."""
    field_type: str | None = None
    """The type of data stored. Known values: ``Boolean``, ``CompensationRange``, ``Currency``, ``Date``,
    ``LongText``, ``MultiValueSelect``, ``Number``, ``NumberRange``, ``String``, ``ValueSelect``, ``Url``,
    ``UUID``."""
    is_archived: bool | None = None
    """Whether the field is archived."""
    is_private: bool | None = None
    """Whether the field is private (needs the private-fields permission)."""
    is_required: bool | None = None
    """Whether a value must be set before certain actions on the object."""
    selectable_values: list[CustomFieldSelectableValue] = []
    """The options of a value-select field (absent for other field types)."""
