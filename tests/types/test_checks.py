"""types/checks.py: client info, fraud checks and AI criteria evaluations, from the reference's examples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ashby_sdk.types import ClientInfo, CriteriaEvaluation, FraudCheck

Load = Callable[[str], dict[str, Any]]


def test_client_info(reference: Load) -> None:
    raw = reference("candidate.listClientInfo")["response"]["results"][0]
    info = ClientInfo.from_api(raw)
    assert info.raw_data == raw
    assert info.ip_address == "86.234.23.243"
    assert info.related_entity_type == "application"
    assert info.created_at == datetime(2022, 8, 12, 20, 29, 56, 964000, tzinfo=timezone.utc)


def test_fraud_check(reference: Load) -> None:
    raw = reference("candidate.listFraudChecks")["response"]["results"][0]
    check = FraudCheck.from_api(raw)
    assert check.application_id == "f5b1e9a2-3c4d-4e5f-9a0b-1c2d3e4f5a6b"
    (signal,) = check.fraud_signals
    assert (signal.category, signal.name, signal.value) == ("Spoofing", "VPN Connection Detected", "Copenhagen, DK")


def test_criteria_evaluation(reference: Load) -> None:
    raw = reference("application.listCriteriaEvaluations")["response"]["results"][0]
    evaluation = CriteriaEvaluation.from_api(raw)
    assert evaluation.status == "Completed" and evaluation.outcome == "Meets"
    assert evaluation.outcome_number == 0.85
    assert evaluation.criterion is not None and evaluation.criterion.type == "ResumePrompt"
    assert evaluation.criterion.application_form_definition_id is None


def test_unknown_status_and_new_fields_are_kept() -> None:
    evaluation = CriteriaEvaluation.from_api({"id": "e", "status": "Queued", "confidence": "high"})
    assert evaluation.status == "Queued"
    assert evaluation.raw_data["confidence"] == "high"
