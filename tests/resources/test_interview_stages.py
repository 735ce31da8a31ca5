"""resources/interview_stages.py: stages of interview plans, in funnel order."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyNotFoundError


def test_funnel_for_a_job(client: AshbyClient) -> None:
    job = client.jobs.list(status=["Open"])[0]
    funnel = client.get_job_funnel(job.id)
    assert funnel == client.interview_stages.list_for_job(job.id)
    orders = [s.order_in_stage_group for s in funnel]
    assert orders == sorted(orders)  # type: ignore[type-var]
    assert {s.interview_plan_id for s in funnel} == {job.default_interview_plan_id}
    stage = client.interview_stages.get(stage_id=funnel[0].id)
    assert stage.name == funnel[0].name and stage.type


def test_errors(client: AshbyClient) -> None:
    with pytest.raises(AshbyNotFoundError):
        client.interview_stages.get("00000000-0000-4000-8000-000000000000")
    with pytest.raises(AshbyArgumentError, match="interview_plan_id"):
        client.interview_stages.list("")
