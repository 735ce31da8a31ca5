"""resources/surveys.py: survey submissions and requests (writes are in test_forms.py)."""

from __future__ import annotations

from ashby_sdk import AshbyClient


def test_submission_filters(client: AshbyClient) -> None:
    everything = client.survey_submissions.list("Questionnaire")
    assert client.survey_submissions.list("Questionnaire", created_after=4_000_000_000_000) == []
    assert client.surveys.list("Questionnaire") == everything
    pager = client.survey_requests.sync(survey_type="CandidateExperience")
    assert pager.to_list() == [] and pager.sync_token
