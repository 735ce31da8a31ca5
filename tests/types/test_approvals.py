"""types/approvals.py: approvals, approval definitions, completed assessments (shapes from the reference)."""

from __future__ import annotations

from datetime import datetime, timezone

from ashby_sdk.types import Approval, ApprovalDefinition, CompletedAssessment


def test_approval_steps() -> None:
    approval = Approval.from_api(
        {
            "id": "a",
            "approvalDefinitionId": "d",
            "entityId": "v",
            "entityType": "offer",
            "createdAt": "2024-01-01T00:00:00.000Z",
            "steps": [
                {
                    "id": "s",
                    "approvalsRequired": 1,
                    "approvers": [{"id": "x", "userId": "u", "decision": "pending", "requestedAt": None}],
                }
            ],
        }
    )
    assert approval.created_at == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert approval.steps[0].approvers[0].decision == "pending"


def test_definition_and_assessment() -> None:
    definition = ApprovalDefinition.from_api(
        {"entityType": "Offer", "entityId": "v", "approvalStepDefinitions": [{"approvalsRequired": 1, "approvers": []}]}
    )
    assert definition.approval_step_definitions[0].approvals_required == 1
    assessment = CompletedAssessment.from_api(
        {
            "assessmentId": "a",
            "assessmentName": "Node Assessment",
            "result": {"identifier": "result-max", "label": "Max Score", "type": "numeric_score", "value": 10},
            "metadata": [],
        }
    )
    assert assessment.result is not None and assessment.result.value == 10
