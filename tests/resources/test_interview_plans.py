"""resources/interview_plans.py and resources/job_interview_plans.py."""

from __future__ import annotations

from ashby_sdk import AshbyClient


def test_plans(client: AshbyClient) -> None:
    plans = client.interview_plans.list()
    assert plans and len(client.interview_plans.list(include_archived=True)) >= len(plans)
    job = client.jobs.list()[0]
    plan = client.job_interview_plans.info(job_id=job.id)  # type: ignore[arg-type]
    assert plan.interview_plan_id == job.default_interview_plan_id
    stages = client.interview_stages.list(plan.interview_plan_id)  # type: ignore[arg-type]
    assert [s.id for s in plan.stages] == [s.id for s in stages]
