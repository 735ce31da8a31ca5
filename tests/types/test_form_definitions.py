"""types/form_definitions.py: form definitions and form submission answers."""

from __future__ import annotations

from ashby_sdk.types import (
    ApplicationFormSubmission,
    FeedbackFormDefinition,
    OfferForm,
    ReferralForm,
    SurveyFormDefinition,
)

FORM = {
    "sections": [
        {
            "fields": [
                {
                    "isRequired": True,
                    "field": {
                        "id": "f",
                        "type": "String",
                        "path": "_systemfield_name",
                        "title": "Name",
                        "isNullable": False,
                    },
                }
            ]
        }
    ]
}


def test_named_forms() -> None:
    survey = SurveyFormDefinition.from_api(
        {"id": "s", "title": "CX", "isArchived": False, "formDefinition": FORM, "surveyType": "CandidateExperience"}
    )
    assert survey.survey_type == "CandidateExperience" and survey.form_definition is not None
    assert survey.form_definition.field_by_path("_systemfield_name") is not None
    assert FeedbackFormDefinition.from_api({"id": "f", "interviewId": "i", "isDefaultForm": True}).interview_id == "i"
    assert ReferralForm.from_api({"id": "r", "organizationId": "o"}).organization_id == "o"
    assert OfferForm.from_api({"id": "o", "formDefinition": FORM}).form_definition is not None


def test_application_form_submission() -> None:
    answer = ApplicationFormSubmission.from_api(
        {
            "submittedFormInstance": {
                "id": "x",
                "formDefinition": FORM,
                "submittedValues": {"_systemfield_name": "Gob Bluth"},
            },
            "formMessages": {"blocked": True, "blockMessageForCandidateHtml": "<p>Limit</p>"},
        }
    )
    assert answer.form_messages is not None and answer.form_messages.blocked
    assert answer.submitted_form_instance is not None
    assert answer.submitted_form_instance.submitted_values["_systemfield_name"] == "Gob Bluth"
