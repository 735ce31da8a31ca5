"""Approvals (``approval.list``, ``approvalDefinition.update``) and partner assessments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ashby_sdk._models import AshbyModel

__all__ = [
    "Approval",
    "ApprovalDefinition",
    "ApprovalStep",
    "ApprovalStepDefinition",
    "Approver",
    "AssessmentField",
    "CompletedAssessment",
]


class Approver(AshbyModel):
    """One user who may decide an approval step."""

    id: str | None = None
    user_id: str | None = None
    """The approving user."""
    decision: str | None = None
    """Known values: ``approve``, ``reject``, ``pending``."""
    decided_at: datetime | None = None
    """When the user decided."""
    requested_at: datetime | None = None
    """When the decision was requested of the user."""


class ApprovalStep(AshbyModel):
    """One step of an approval: how many approvers must agree, and who they are."""

    id: str | None = None
    approvals_required: int | None = None
    """How many approvers must approve before the next step."""
    completed_at: datetime | None = None
    """When the step was completed."""
    approvers: list[Approver] = []
    """Who can approve this step (unordered)."""


class Approval(AshbyModel):
    """An approval of an offer, job or opening, from ``approval.list``."""

    id: str | None = None
    approval_definition_id: str | None = None
    """The approval definition this approval follows."""
    entity_id: str | None = None
    """The approved object, e.g. the offer version's id."""
    entity_type: str | None = None
    """Known values: ``offer``, ``job``, ``opening``."""
    created_at: datetime | None = None
    submitted_at: datetime | None = None
    """When the approval was sent to its approvers."""
    completed_at: datetime | None = None
    """When everyone approved."""
    steps: list[ApprovalStep] = []
    """The approval's steps, in order."""


class ApprovalStepDefinition(AshbyModel):
    """One step of an approval definition: ``approvalsRequired`` of the listed ``approvers``."""

    approvals_required: int | None = None
    approvers: list[dict[str, Any]] = []
    """``{userId, type: "user"}`` entries."""


class ApprovalDefinition(AshbyModel):
    """The approval steps set on an entity, from ``approvalDefinition.update``."""

    id: str | None = None
    entity_type: str | None = None
    """Known value: ``Offer``."""
    entity_id: str | None = None
    """The offer version the definition applies to."""
    approval_step_definitions: list[ApprovalStepDefinition] = []


class AssessmentField(AshbyModel):
    """A result or metadata value of an assessment, shown in Ashby's UI."""

    identifier: str | None = None
    """Identifies the value for this partner."""
    label: str | None = None
    description: str | None = None
    type: str | None = None
    """Known values: ``numeric_score``, ``numeric_duration_minutes``, ``url``, ``string``, ``boolean_success``."""
    value: Any = None
    """A string, number or boolean."""


class CompletedAssessment(AshbyModel):
    """A completed assessment added to a candidate (``assessment.addCompletedToCandidate``)."""

    assessment_id: str | None = None
    assessment_name: str | None = None
    assessment_type_id: str | None = None
    candidate_id: str | None = None
    application_id: str | None = None
    result: AssessmentField | None = None
    metadata: list[AssessmentField] = []
