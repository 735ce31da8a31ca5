"""What Ashby records about how a candidate applied: client info, fraud checks, AI criteria evaluations."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

__all__ = ["ClientInfo", "CriteriaEvaluation", "Criterion", "FraudCheck", "FraudSignal"]


class ClientInfo(AshbyModel):
    """The IP address and user agent a candidate used, from ``candidate.listClientInfo``."""

    id: str | None = None
    ip_address: str | None = None
    user_agent: str | None = None
    related_entity_type: str | None = None
    """Known values: ``application``, ``blocked_application_submission``, ``meeting_availability_request``."""
    related_entity_id: str | None = None
    candidate_id: str | None = None
    created_at: datetime | None = None


class FraudSignal(AshbyModel):
    """One fraud signal of a check. Ashby says category, name, description and value may change."""

    id: str | None = None
    category: str | None = None
    """E.g. ``Social``, ``Automation``, ``Geographic``, ``Spoofing``."""
    name: str | None = None
    description: str | None = None
    value: str | None = None


class FraudCheck(AshbyModel):
    """A fraud check of a candidate and the signals it found, from ``candidate.listFraudChecks``."""

    id: str | None = None
    candidate_id: str | None = None
    application_id: str | None = None
    created_at: datetime | None = None
    fraud_signals: list[FraudSignal] = []


class Criterion(AshbyModel):
    """The job criterion an AI evaluation assessed."""

    id: str | None = None
    title: str | None = None
    type: str | None = None
    """Known values: ``ResumePrompt``, ``DidAnswerApplicationFormQuestion``, ``SimilarityToAiGeneratedAnswer``."""
    prompt: str | None = None
    application_form_definition_id: str | None = None
    application_form_field_path: str | None = None


class CriteriaEvaluation(AshbyModel):
    """An AI evaluation of how well an application meets one criterion (``application.listCriteriaEvaluations``)."""

    id: str | None = None
    criterion: Criterion | None = None
    status: str | None = None
    """Known values: ``Pending``, ``Completed``, ``Failed``, ``Skipped``."""
    outcome: str | None = None
    """E.g. ``Meets``, ``Does Not Meet``."""
    reasoning: str | None = None
    skip_reason: str | None = None
    outcome_number: float | None = None
    """A score from 0 to 1."""
    evaluated_at: datetime | None = None
