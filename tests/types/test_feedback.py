from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ashby_sdk.types import Feedback, User

Load = Callable[[str], dict[str, Any]]


def _feedback(reference: Load) -> tuple[dict[str, Any], Feedback]:
    raw = reference("applicationFeedback.list")["response"]["results"][0]
    return raw, Feedback.from_api(raw)


def test_reference_example_parses(reference: Load) -> None:
    raw, fb = _feedback(reference)
    assert fb.raw_data == raw
    assert fb.id == "f47ac10b-58cc-4372-a567-0e02b2c3d479"
    assert fb.application_id == "550e8400-e29b-41d4-a716-446655440000"
    assert fb.submitted_at == datetime(2023, 11, 15, 14, 30, tzinfo=timezone.utc)
    assert isinstance(fb.submitter, User)
    assert fb.submitter.full_name == "Sarah Johnson"
    assert fb.submitter.global_role == "Elevated Access"


def test_overall_recommendation_gives_the_label(reference: Load) -> None:
    _, fb = _feedback(reference)
    assert fb.overall_recommendation == "Hire"


def test_get_score_by_title(reference: Load) -> None:
    _, fb = _feedback(reference)
    assert fb.get_score("Technical Skills") == "4"
    assert fb.get_score("technical skills ") == "4"
    assert fb.get_score(
        "Detailed Feedback",
    ).startswith("Candidate demonstrated")
    assert fb.get_score("Culture Fit") is None


def test_score_objects_are_unwrapped() -> None:
    fb = Feedback.from_api(
        {
            "formDefinition": {
                "sections": [{"fields": [{"field": {"path": "tech", "title": "Technical Skills", "type": "Score"}}]}]
            },
            "submittedValues": {"tech": {"score": 3}},
        }
    )
    assert fb.get_score("Technical Skills") == 3


def test_overall_recommendation_found_by_title_and_absent() -> None:
    field = {
        "path": "f_123",
        "title": "Overall recommendation",
        "type": "ValueSelect",
        "selectableValues": [{"label": "Strong Yes", "value": "4"}],
    }
    fb = Feedback.from_api(
        {"formDefinition": {"sections": [{"fields": [{"field": field}]}]}, "submittedValues": {"f_123": "4"}}
    )
    assert fb.overall_recommendation == "Strong Yes"
    assert Feedback.from_api({}).overall_recommendation is None
    assert Feedback.from_api({}).get_score("Anything") is None
    assert Feedback.from_api({}).submitter is None
