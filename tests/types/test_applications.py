from __future__ import annotations

from typing import Any

from ashby_sdk.types import Application, InterviewStage

# Built from the field examples of the application object on developers.ashbyhq.com/reference/applicationinfo.
APPLICATION: dict[str, Any] = {
    "id": "3ae2b801-19f6-41ef-ad28-214bd731948f",
    "createdAt": "2022-08-12T20:29:56.964Z",
    "updatedAt": "2022-08-12T20:29:56.964Z",
    "status": "Active",
    "customFields": [],
    "candidate": {
        "id": "f9e52a51-a075-4116-a7b8-484deba69004",
        "name": "James",
        "primaryEmailAddress": {"value": "test@ashbyhq.com", "type": "Work", "isPrimary": True},
    },
    "currentInterviewStage": {
        "id": "2c6991c5-c9e2-4af8-879e-29c5a9d26509",
        "title": "Offer",
        "type": "Offer",
        "orderInInterviewPlan": 1006,
        "interviewStageGroupId": "5f7b3b3b-7b1b-4b1b-8b3b-7b1b4b1b8b3b",
        "interviewPlanId": "af94aedd-b743-462c-ab22-9e7e356c11b4",
    },
    "source": {"id": "s1", "title": "Applied", "isArchived": False},
    "archiveReason": {
        "id": "r1",
        "text": "Too inexperienced",
        "reasonType": "RejectedByOrg",
        "isArchived": False,
        "customFields": [],
    },
    "job": {"id": "4071538b-3cac-4fbf-ac76-f78ed250ffdd", "title": "First Designer"},
    "hiringTeam": [
        {"userId": "u1", "firstName": "Joey", "lastName": "Joe", "email": "test@ashbyhq.com", "role": "Hiring Manager"}
    ],
    "submitterClientIp": "79.255.55.222",
}


def test_application_seed_shortcuts() -> None:
    app = Application.from_api(APPLICATION)
    assert app.raw_data == APPLICATION
    assert app.status == "Active"
    assert app.stage_name == "Offer"
    assert app.candidate_name == "James"
    assert app.candidate_id == "f9e52a51-a075-4116-a7b8-484deba69004"
    assert app.job_id == "4071538b-3cac-4fbf-ac76-f78ed250ffdd"
    assert isinstance(app.current_interview_stage, InterviewStage)
    assert app.current_interview_stage.name == "Offer"
    assert app.archive_reason is not None
    assert app.archive_reason.name == "Too inexperienced"
    assert app.hiring_team[0].full_name == "Joey Joe"
    assert app.form_submissions == []


def test_expansions() -> None:
    app = Application.from_api(
        {
            **APPLICATION,
            "openings": [{"id": "o1", "openingState": "Open", "isArchived": False}],
            "referrals": [{"user": {"id": "u2", "firstName": "Ref"}, "referredAt": "2022-08-12T20:29:56.964Z"}],
            "applicationHistory": [
                {"id": "h1", "stageId": "s1", "title": "Offer", "stageNumber": 0, "allowedActions": ["delete"]}
            ],
        }
    )
    assert app.openings[0].opening_state == "Open"
    assert app.referrals[0].user is not None
    assert app.referrals[0].user.first_name == "Ref"
    assert app.application_history[0].allowed_actions == ["delete"]


def test_missing_fields_do_not_fail() -> None:
    app = Application.from_api({})
    assert app.stage_name is None
    assert app.candidate_name is None
    assert app.candidate_id is None
    assert app.job_id is None
    assert app.current_interview_stage is None
