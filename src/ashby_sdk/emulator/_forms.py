"""The form definitions the emulated organisation uses, shaped as Ashby's definition describes them.

Every field has a UUID ``id``, a ``path`` (the key of ``submittedValues``), a ``humanReadablePath``,
``isNullable`` and, around it, ``isRequired``. Ids are fixed, so the same form is the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .state import Organisation

__all__ = ["APPLICATION_FORM", "FORM", "STAGE_TYPES", "SURVEY_FORM", "add_forms", "field"]

STAGE_TYPES = ("Lead", "PreInterviewScreen", "Active", "Offer", "Hired", "Archived")
"""Ashby's interview stage types: one ``interviewStageGroup`` each."""


def field(
    field_id: str,
    path: str,
    title: str,
    field_type: str,
    *,
    required: bool = False,
    options: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    """One entry of a section's ``fields``: ``{isRequired, field: {...}}``."""
    inner: dict[str, Any] = {
        "id": field_id,
        "type": field_type,
        "path": path,
        "humanReadablePath": title,
        "title": title,
        "isNullable": not required,
    }
    if options:
        inner["selectableValues"] = [{"label": label, "value": value} for label, value in options]
    return {"isRequired": required, "field": inner}


FORM: dict[str, Any] = {
    "sections": [
        {
            "title": "Assessment",
            "fields": [
                field(
                    "11111111-1111-4111-8111-111111111111",
                    "overall_recommendation",
                    "Overall Recommendation",
                    "ValueSelect",
                    required=True,
                    options=(("Hire", "hire"), ("No Hire", "no_hire")),
                ),
                field("22222222-2222-4222-8222-222222222222", "notes", "Notes", "LongText"),
            ],
        }
    ]
}
"""The scorecard every feedback form, and the form every offer and referral, uses."""

SURVEY_FORM: dict[str, Any] = {
    "sections": [
        {
            "title": "Survey",
            "fields": [
                field("33333333-3333-4333-8333-333333333333", "q1", "How did you hear about us?", "String"),
            ],
        }
    ]
}
"""The form of every survey (``surveyFormDefinition.*`` and the submissions made with it)."""

APPLICATION_FORM: dict[str, Any] = {
    "sections": [
        {
            "title": "Application",
            "fields": [
                field("44444444-4444-4444-8444-444444444444", "_systemfield_name", "Name", "String", required=True),
                field("55555555-5555-4555-8555-555555555555", "_systemfield_email", "Email", "Email", required=True),
                field("66666666-6666-4666-8666-666666666666", "_systemfield_resume", "Resume", "File"),
            ],
        }
    ]
}
"""The application form of every job posting (``jobPosting.info``'s ``applicationFormDefinition``)."""


def add_forms(org: Organisation, uid: Callable[[], str], created: str) -> tuple[list[str], dict[str, str]]:
    """Insert the stage groups, the two scorecards and a survey form per survey type.

    Returns the scorecards' ids (default first) and the survey forms' ids by survey type.
    """
    org.settings["organizationId"] = org_id = uid()
    for order, stage_type in enumerate(STAGE_TYPES):
        org.insert("interviewStageGroup", {"id": uid(), "title": stage_type, "order": order, "stageType": stage_type})
    common = {"organizationId": org_id, "isArchived": False}
    scorecards = [
        org.insert(
            "feedbackForm",
            {
                "id": uid(),
                **common,
                "title": title,
                "isDefaultForm": default,
                "formDefinition": FORM,
                "interviewId": None,
            },
        )["id"]
        for title, default in (("Default Scorecard", True), ("Technical Scorecard", False))
    ]
    surveys = {
        kind: org.insert(
            "surveyForm",
            {
                "id": uid(),
                **common,
                "title": f"{kind} survey",
                "isDefaultForm": False,
                "formDefinition": SURVEY_FORM,
                "surveyType": kind,
                "createdAt": created,
            },
        )["id"]
        for kind in ("CandidateExperience", "Questionnaire")
    }
    return scorecards, surveys
