"""Survey submissions, and :func:`parse_submission` to read any submitted form as question → answer."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ashby_sdk._models import AshbyModel

from .forms import FormDefinition, FormSubmission, readable_value

__all__ = ["SurveyRequest", "SurveySubmission", "parse_submission"]


class SurveySubmission(FormSubmission):
    """A survey a candidate submitted, from ``surveySubmission.list`` and ``surveySubmit`` webhooks."""

    survey_form_definition_id: str | None = None
    """The survey form; ``None`` if the form was deleted."""
    submitted_at: datetime | None = None
    """When the survey was submitted."""
    candidate_id: str | None = None
    """The candidate who submitted it."""
    application_id: str | None = None
    """The application it belongs to."""
    survey_type: str | None = None
    """Known values: ``CandidateDataConsent``, ``CandidateExperience``, ``Diversity``, ``EEOC``,
    ``Questionnaire``."""


class SurveyRequest(AshbyModel):
    """A survey request and the URL to send the candidate (``surveyRequest.create`` / ``.list``)."""

    id: str | None = None
    candidate_id: str | None = None
    application_id: str | None = None
    survey_form_definition_id: str | None = None
    survey_url: str | None = None


def parse_submission(form: FormSubmission | Mapping[str, Any]) -> dict[str, Any]:
    """Read a submitted form as question → answer.

    ``form`` is an application form submission, a survey submission or a feedback submission, as a
    model or as the raw dict. Returns a dict with:

    - ``answers``: ``{question title: readable answer}`` in form order (select fields give their
      option labels, scores and plain-text wrappers are unwrapped; values of fields the form
      definition does not describe are keyed by their path);
    - ``fields``: one dict per answered field with ``path``, ``title``, ``type``, ``value`` (readable)
      and ``raw_value`` (as sent);
    - ``id``, ``submitted_at`` and ``survey_type`` when the submission has them.

    Example::

        app = client.applications.get_with_forms(application_id="...")
        for form in app.form_submissions:
            print(parse_submission(form)["answers"])
    """
    submission = form if isinstance(form, FormSubmission) else SurveySubmission.from_api(dict(form))
    values = submission.submitted_values
    definition = submission.form_definition or FormDefinition()
    answers: dict[str, Any] = {}
    fields: list[dict[str, Any]] = []
    seen: set[str] = set()
    for field in definition.iter_fields():
        if field.path is None or field.path not in values:
            continue
        seen.add(field.path)
        title = field.title or field.human_readable_path or field.path
        if title in answers:
            title = f"{title} ({field.path})"
        value = readable_value(field, values[field.path])
        answers[title] = value
        fields.append(
            {"path": field.path, "title": title, "type": field.type, "value": value, "raw_value": values[field.path]}
        )
    for path, raw in values.items():
        if path not in seen:
            answers[path] = readable_value(None, raw)
            fields.append({"path": path, "title": path, "type": None, "value": answers[path], "raw_value": raw})
    extra = submission.extra_fields
    return {
        "id": submission.id,
        "submitted_at": getattr(submission, "submitted_at", None) or extra.get("submittedAt"),
        "survey_type": getattr(submission, "survey_type", None) or extra.get("surveyType"),
        "answers": answers,
        "fields": fields,
    }
