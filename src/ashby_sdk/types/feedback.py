"""Interview feedback (scorecards), from ``applicationFeedback.list``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .forms import FormField, FormSubmission, readable_value
from .organization import User

__all__ = ["Feedback"]

_OVERALL = "overall recommendation"


def _is_overall_recommendation(field: FormField) -> bool:
    for text in (field.path, field.title, field.human_readable_path):
        if text is not None and _OVERALL in text.replace("_", " ").casefold():
            return True
    return False


class Feedback(FormSubmission):
    """A submitted scorecard: the feedback form's definition, the submitted values and who submitted it.

    Ashby carries the overall recommendation as an ordinary form field (path
    ``overall_recommendation``, a ``ValueSelect``); :attr:`overall_recommendation` finds it and
    :meth:`get_score` reads any other field by its title.
    """

    application_id: str | None = None
    """The application the feedback is about."""
    submitted_by_user: User | None = None
    """The interviewer who submitted the feedback."""
    submitted_at: datetime | None = None
    """When the feedback was submitted."""
    interview_id: str | None = None
    """The interview the feedback is for."""
    interview_event_id: str | None = None
    """The interview event the feedback is for."""
    feedback_form_definition_id: str | None = None
    """The feedback form used."""
    application_history_id: str | None = None
    """The application history event (stage visit) the feedback belongs to."""

    @property
    def submitter(self) -> User | None:
        """The interviewer who submitted the feedback (``submittedByUser``)."""
        return self.submitted_by_user

    @property
    def overall_recommendation(self) -> Any:
        """The overall recommendation as its label (e.g. ``Hire``), or ``None`` when the form has none."""
        if self.form_definition is not None:
            for field in self.form_definition.iter_fields():
                if _is_overall_recommendation(field):
                    return readable_value(field, self.value_for(field))
        return self.submitted_values.get("overall_recommendation")

    def get_score(self, title: str) -> Any:
        """The submitted value of the field titled ``title`` (case-insensitive), or ``None``.

        Scores submitted as ``{"score": n}`` are unwrapped to ``n``; other values are returned as sent.
        """
        field = self.form_definition.field_by_title(title) if self.form_definition else None
        if field is None:
            return None
        value = self.value_for(field)
        if isinstance(value, dict) and set(value) == {"score"}:
            return value["score"]
        return value
