"""resources/feedback.py and resources/surveys.py: scorecards, survey and form submissions."""

from __future__ import annotations

from ashby_sdk import AshbyClient


def test_feedback_for_an_application(client: AshbyClient) -> None:
    feedback = client.feedback.iter()
    first = next(iter(feedback))
    items = client.feedback.list_for_application(first.application_id)  # type: ignore[arg-type]
    assert items and all(f.application_id == first.application_id for f in items)
    fb = items[0]
    assert fb.submitter is not None and fb.submitter.full_name
    assert fb.overall_recommendation is not None
    assert fb.get_score("No such field") is None


def test_surveys(client: AshbyClient) -> None:
    submissions = client.surveys.list(survey_type="Questionnaire")
    assert submissions
    parsed = client.surveys.parse_submission(submissions[0])
    assert parsed["answers"] and all(isinstance(q, str) for q in parsed["answers"])
    mine = client.surveys.get_for_candidate(submissions[0].candidate_id)  # type: ignore[arg-type]
    assert submissions[0].id in {s.id for s in mine}
