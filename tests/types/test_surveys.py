from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ashby_sdk.types import Application, FormSubmission, SurveySubmission, parse_submission

Load = Callable[[str], dict[str, Any]]

FORM: dict[str, Any] = {
    "id": "b8e4f0c5-4a3e-4d2c-9d6b-3f1a2b3c4d5e",
    "formDefinition": {
        "sections": [
            {
                "title": "About you",
                "fields": [
                    {"isRequired": True, "field": {"path": "_systemfield_name", "title": "Name", "type": "String"}},
                    {
                        "isRequired": False,
                        "field": {
                            "path": "q_sponsor",
                            "title": "Do you need visa sponsorship?",
                            "type": "ValueSelect",
                            "selectableValues": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}],
                        },
                    },
                    {
                        "isRequired": False,
                        "field": {
                            "path": "q_langs",
                            "title": "Languages",
                            "type": "MultiValueSelect",
                            "selectableValues": [
                                {"label": "Python", "value": "py"},
                                {"label": "Go", "value": "go"},
                            ],
                        },
                    },
                    {"field": {"path": "q_cover", "title": "Cover letter", "type": "RichText"}},
                    {"field": {"path": "q_unanswered", "title": "Unanswered", "type": "String"}},
                ],
            }
        ]
    },
    "submittedValues": {
        "_systemfield_name": "Gob Bluth",
        "q_sponsor": "no",
        "q_langs": ["py", "go", "rust"],
        "q_cover": {"type": "PlainText", "value": "Hello"},
        "q_orphan": 42,
    },
}


def test_parse_submission_answers_by_title_with_labels() -> None:
    parsed = parse_submission(FORM)
    assert parsed["answers"] == {
        "Name": "Gob Bluth",
        "Do you need visa sponsorship?": "No",
        "Languages": ["Python", "Go", "rust"],
        "Cover letter": "Hello",
        "q_orphan": 42,
    }
    assert parsed["id"] == FORM["id"]
    sponsor = next(f for f in parsed["fields"] if f["path"] == "q_sponsor")
    assert sponsor == {
        "path": "q_sponsor",
        "title": "Do you need visa sponsorship?",
        "type": "ValueSelect",
        "value": "No",
        "raw_value": "no",
    }


def test_parse_submission_accepts_models_and_is_pure() -> None:
    model = FormSubmission.from_api(FORM)
    assert parse_submission(model)["answers"] == parse_submission(FORM)["answers"]
    assert model.submitted_values["q_sponsor"] == "no"


def test_parse_application_form_submissions() -> None:
    app = Application.from_api({"id": "a1", "applicationFormSubmissions": [FORM]})
    assert [parse_submission(f)["answers"]["Name"] for f in app.form_submissions] == ["Gob Bluth"]


def test_parse_survey_submission_keeps_metadata() -> None:
    survey = {
        **FORM,
        "surveyType": "Questionnaire",
        "submittedAt": "2024-01-15T10:30:00.000Z",
        "candidateId": "c1",
        "applicationId": "a1",
    }
    model = SurveySubmission.from_api(survey)
    assert model.survey_type == "Questionnaire"
    assert model.candidate_id == "c1"
    for parsed in (parse_submission(survey), parse_submission(model)):
        assert parsed["survey_type"] == "Questionnaire"
        assert parsed["submitted_at"] == datetime(2024, 1, 15, 10, 30, tzinfo=timezone.utc)


def test_parse_submission_lenient() -> None:
    assert parse_submission({}) == {"id": None, "submitted_at": None, "survey_type": None, "answers": {}, "fields": []}
    assert parse_submission({"submittedValues": {"x": 1}})["answers"] == {"x": 1}


def test_duplicate_titles_are_disambiguated() -> None:
    form = {
        "formDefinition": {
            "sections": [{"fields": [{"field": {"path": "a", "title": "Q"}}, {"field": {"path": "b", "title": "Q"}}]}]
        },
        "submittedValues": {"a": 1, "b": 2},
    }
    assert parse_submission(form)["answers"] == {"Q": 1, "Q (b)": 2}
