"""resources/interview_events.py and the schedule writes of resources/interviews.py."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyInvalidInputError, AshbyNotFoundError
from ashby_sdk.emulator import Emulator

EVENT = {"startTime": "2030-01-01T10:00:00.000Z", "endTime": "2030-01-01T11:00:00.000Z"}


def test_schedule_lifecycle(client: AshbyClient) -> None:
    app = client.applications.list(status="Active")[0]
    user = client.users.list()[0]
    event = {**EVENT, "interviewers": [{"email": user.email, "feedbackRequired": True}]}
    schedule = client.interview_schedules.create(application_id=app.id, interview_events=[event])  # type: ignore[arg-type]
    assert schedule.status == "Scheduled" and schedule.application_id == app.id
    events = client.interview_events.list(interview_schedule_id=schedule.id)  # type: ignore[arg-type]
    assert [e.interview_schedule_id for e in events] == [schedule.id]
    second = {**event, "startTime": "2030-01-02T10:00:00.000Z", "endTime": "2030-01-02T11:00:00.000Z"}
    schedule = client.interview_schedules.update(interview_schedule_id=schedule.id, interview_event=second)  # type: ignore[arg-type]
    assert len(client.interview_events.list(interview_schedule_id=schedule.id)) == 2  # type: ignore[arg-type]
    schedule = client.interview_schedules.update(
        interview_schedule_id=schedule.id,
        interview_event_id_to_cancel=events[0].id,  # type: ignore[arg-type]
    )
    assert len(schedule.interview_events) == 1
    assert client.interview_schedules.cancel(id=schedule.id).status == "Cancelled"  # type: ignore[arg-type]


def test_schedule_errors(client: AshbyClient) -> None:
    app = client.applications.list()[0]
    with pytest.raises(AshbyNotFoundError):
        client.interview_schedules.create(
            application_id=app.id, interview_events=[{**EVENT, "interviewers": [{"email": "nobody@example.com"}]}]
        )
    with pytest.raises(AshbyInvalidInputError):
        client.interview_schedules.create(application_id=app.id, interview_events=[])


def test_events_expand_and_groups(emu: Emulator, client: AshbyClient) -> None:
    schedule_id = next(iter(emu.org["interviewSchedule"]))["id"]
    events = client.interview_events.list(interview_schedule_id=schedule_id, expand=["interview"])
    assert events and all(e.interview_schedule_id == schedule_id for e in events)
    groups = client.interview_stage_groups.list()
    assert [g.order for g in groups] == sorted(g.order for g in groups if g.order is not None)
