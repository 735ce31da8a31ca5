"""resources/interviews.py: interviews and schedule lists (the writes are in test_interview_events.py)."""

from __future__ import annotations

from ashby_sdk import AshbyClient


def test_interviews_and_schedule_filters(client: AshbyClient) -> None:
    interview = client.interviews.list()[0]
    assert client.interviews.info(id=interview.id).title == interview.title  # type: ignore[arg-type]
    schedule = client.interview_schedules.list()[0]
    by_app = client.interview_schedules.list(application_id=schedule.application_id)
    assert schedule.id in {s.id for s in by_app} and all(s.application_id == schedule.application_id for s in by_app)
