"""resources/assessments.py: results from assessment partners."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyNotFoundError


def test_assessments(client: AshbyClient) -> None:
    candidate = client.candidates.list()[0]
    result = {"identifier": "score", "label": "Score", "type": "numeric_score", "value": 8}
    done = client.assessments.add_completed_to_candidate(
        candidate_id=candidate.id,
        partner_id="partner",
        assessment={
            "assessmentTypeId": "t",
            "assessmentId": "as-1",
            "assessmentName": "Go",
            "result": result,
            "metadata": [],
        },
        timestamp=1_700_000_000_000,
    )
    assert done.assessment_id == "as-1" and done.candidate_id == candidate.id
    client.assessments.update(assessment_id="as-1", timestamp=1_700_000_000_001, cancelled_reason=result)
    with pytest.raises(AshbyNotFoundError):
        client.assessments.update(assessment_id="nope", timestamp=1, assessment_status=result)
