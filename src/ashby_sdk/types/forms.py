"""Form definitions and submitted forms: application forms, scorecards, surveys, offers, referrals.

Ashby describes a form as sections of fields; a submission carries ``submittedValues``, a dict
keyed by each field's ``path``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ashby_sdk._models import AshbyModel

__all__ = [
    "FormDefinition",
    "FormField",
    "FormFieldEntry",
    "FormSection",
    "FormSelectableValue",
    "FormSubmission",
    "readable_value",
]


class FormSelectableValue(AshbyModel):
    """One option of a ``ValueSelect`` / ``MultiValueSelect`` form field."""

    label: str | None = None
    """The option's human-readable label, e.g. ``Strong Hire``."""
    value: str | None = None
    """The option's stored value, e.g. ``strong_hire``."""


class FormField(AshbyModel):
    """One field of a form definition."""

    id: str | None = None
    """The field's id."""
    type: str | None = None
    """The field type. Known values include ``String``, ``LongText``, ``RichText``, ``Email``, ``Phone``,
    ``Number``, ``Boolean``, ``Date``, ``Score``, ``ValueSelect``, ``MultiValueSelect``, ``File``,
    ``Location``, ``Url``, ``Currency``."""
    path: str | None = None
    """The key of this field in ``submittedValues``, e.g. ``_systemfield_name``."""
    human_readable_path: str | None = None
    """A readable form of the path, e.g. ``Name``."""
    title: str | None = None
    """The question or label shown for the field."""
    is_nullable: bool | None = None
    """Whether the field accepts no value."""
    selectable_values: list[FormSelectableValue] = []
    """The options of a select field."""

    def label_for(self, value: Any) -> Any:
        """The option label for a stored ``value``, or ``value`` unchanged when no option matches."""
        for option in self.selectable_values:
            if option.value == value and option.label is not None:
                return option.label
        return value


class FormFieldEntry(AshbyModel):
    """A field as placed in a section, with its requiredness and help text."""

    is_required: bool | None = None
    """Whether the field must be filled in."""
    description_html: str | None = None
    """Help text as HTML."""
    description_plain: str | None = None
    """Help text as plain text."""
    field: FormField | None = None
    """The field itself."""


class FormSection(AshbyModel):
    """A section of a form definition."""

    title: str | None = None
    """The section's title."""
    description_html: str | None = None
    """The section's description as HTML."""
    description_plain: str | None = None
    """The section's description as plain text."""
    fields: list[FormFieldEntry] = []
    """The fields in this section, in order."""


class FormDefinition(AshbyModel):
    """The structure of a form: its sections and fields."""

    sections: list[FormSection] = []
    """The form's sections, in order."""

    def iter_fields(self) -> Iterator[FormField]:
        """Every field of every section, in order."""
        for section in self.sections:
            for entry in section.fields:
                if entry.field is not None:
                    yield entry.field

    def field_by_path(self, path: str) -> FormField | None:
        """The field whose ``path`` is ``path``, or ``None``."""
        return next((f for f in self.iter_fields() if f.path == path), None)

    def field_by_title(self, title: str) -> FormField | None:
        """The field whose title is ``title`` (case and surrounding spaces ignored), or ``None``."""
        wanted = title.strip().casefold()
        for f in self.iter_fields():
            for candidate in (f.title, f.human_readable_path):
                if candidate is not None and candidate.strip().casefold() == wanted:
                    return f
        return None


class FormSubmission(AshbyModel):
    """A submitted form (``submittedFormInstance``): the definition and the values given.

    Application form submissions (``Application.applicationFormSubmissions``), feedback and survey
    submissions all have this shape.
    """

    id: str | None = None
    """The submitted form instance's id."""
    form_definition: FormDefinition | None = None
    """The form that was filled in."""
    submitted_values: dict[str, Any] = {}
    """The answers, keyed by field ``path``."""

    def value_for(self, field: FormField) -> Any:
        """The submitted value of ``field`` (``None`` when not answered)."""
        return self.submitted_values.get(field.path) if field.path is not None else None


def readable_value(field: FormField | None, value: Any) -> Any:
    """A submitted value made readable: option labels instead of stored values, scores and plain-text
    wrappers unwrapped. Unknown shapes are returned unchanged."""
    if isinstance(value, dict):
        if "score" in value and len(value) == 1:
            return value["score"]
        if value.get("type") == "PlainText" and "value" in value:
            return value["value"]
        return value
    if field is None or not field.selectable_values:
        return value
    if isinstance(value, list):
        return [field.label_for(item) for item in value]
    return field.label_for(value)
