from __future__ import annotations

from datetime import datetime, timezone

from ashby_sdk.types import Interview, InterviewPlan, InterviewSchedule, InterviewStage


def test_interview_stage_seed_names() -> None:
    raw = {
        "id": "2c6991c5-c9e2-4af8-879e-29c5a9d26509",
        "title": "Offer",
        "type": "Offer",
        "orderInInterviewPlan": 1006,
        "interviewStageGroupId": "5f7b3b3b-7b1b-4b1b-8b3b-7b1b4b1b8b3b",
        "interviewPlanId": "af94aedd-b743-462c-ab22-9e7e356c11b4",
    }
    stage = InterviewStage.from_api(raw)
    assert stage.name == "Offer"
    assert stage.type == "Offer"
    assert stage.order_in_stage_group == 1006
    assert stage.order_in_interview_plan == 1006
    assert stage.raw_data == raw
    assert InterviewStage.from_api({}).order_in_stage_group is None


def test_interview_plan_and_interview() -> None:
    plan = InterviewPlan.from_api(
        {"id": "p", "title": "Engineering Interview Plan", "isArchived": False, "createdAt": "2022-08-12T20:29:56.964Z"}
    )
    assert plan.title == "Engineering Interview Plan"
    assert plan.created_at == datetime(2022, 8, 12, 20, 29, 56, 964000, tzinfo=timezone.utc)
    interview = Interview.from_api(
        {
            "id": "3ae2b801-19f6-41ef-ad28-214bd731948f",
            "title": "Technical Phone Interview",
            "externalTitle": "Technical Interview",
            "isArchived": False,
            "isDebrief": False,
            "isFeedbackRequired": True,
            "isFeedbackRequested": True,
            "instructionsPlain": "The technical phone interview consists of a 60-minute series of technical questions",
            "feedbackFormDefinitionId": "f1",
        }
    )
    assert interview.external_title == "Technical Interview"
    assert interview.job_id is None


def test_interview_schedule_with_events() -> None:
    schedule = InterviewSchedule.from_api(
        {
            "id": "s1",
            "status": "Scheduled",
            "applicationId": "a1",
            "interviewStageId": "st1",
            "scheduledBy": {"id": "u1", "firstName": "Test", "lastName": "User"},
            "interviewEvents": [
                {
                    "id": "3ae2b801-19f6-41ef-ad28-214bd731948f",
                    "interviewId": "ff6c7d9d-71e3-4c9c-88b1-28824980c276",
                    "interviewScheduleId": "9d34f544-c150-4d70-91c4-e8b0b4a72846",
                    "interviewers": [
                        {"id": "u2", "firstName": "Ann", "trainingRole": "Shadow", "interviewerPool": None}
                    ],
                    "startTime": "2023-01-30T15:00:00.000Z",
                    "endTime": "2023-01-30T16:00:00.000Z",
                    "location": "Google Meet",
                    "feedbackLink": "https://app.ashbyhq.com/interview-briefings/4736b6d2/feedback",
                    "hasSubmittedFeedback": False,
                }
            ],
        }
    )
    assert schedule.status == "Scheduled"
    assert schedule.scheduled_by is not None
    assert schedule.scheduled_by.full_name == "Test User"
    event = schedule.interview_events[0]
    assert event.start_time == datetime(2023, 1, 30, 15, tzinfo=timezone.utc)
    assert event.interviewers[0].training_role == "Shadow"
    assert InterviewSchedule.from_api({"id": "x"}).interview_events == []
