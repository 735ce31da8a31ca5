"""types/interviewers.py: pools, pauses, stage groups, transcripts, from the reference's examples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ashby_sdk.types import (
    InterviewerPause,
    InterviewerPool,
    InterviewerSettings,
    InterviewStageGroup,
    JobInterviewPlan,
    NotetakerTranscript,
)

Load = Callable[[str], dict[str, Any]]


def test_interviewer_pool(reference: Load) -> None:
    raw = reference("interviewerPool.list")["response"]["results"][0]
    pool = InterviewerPool.from_api(raw)
    assert pool.title == "Backend Technical Screeners" and pool.is_archived is False
    assert pool.training_path is not None and pool.training_path.enabled
    (stage,) = pool.training_path.training_stages
    assert (stage.interviewer_role, stage.interviews_required, stage.approval_required) == ("Shadow", 2, True)
    assert pool.qualified_members == [] and pool.trainees == []


def test_pool_members_are_users() -> None:
    pool = InterviewerPool.from_api(
        {"id": "p", "qualifiedMembers": [{"id": "u", "firstName": "Ada", "lastName": "L", "isPaused": True}]}
    )
    assert pool.qualified_members[0].full_name == "Ada L" and pool.qualified_members[0].is_paused


def test_interviewer_pause(reference: Load) -> None:
    pause = InterviewerPause.from_api(reference("user.createInterviewerPause")["response"]["results"])
    assert pause.comment == "On vacation"
    assert pause.starts_at == datetime(2024, 1, 15, tzinfo=timezone.utc)
    assert pause.ends_at == datetime(2024, 2, 15, tzinfo=timezone.utc)
    assert InterviewerPause.from_api({"id": "p", "endsAt": None}).ends_at is None


def test_stage_group(reference: Load) -> None:
    group = InterviewStageGroup.from_api(reference("interviewStageGroup.list")["response"]["results"][0])
    assert (group.title, group.order, group.stage_type) == ("Technical Screening", 1, "Active")


def test_transcript(reference: Load) -> None:
    transcript = NotetakerTranscript.from_api(reference("notetakerTranscript.info")["response"]["results"])
    assert transcript.transcript_url and transcript.participants[0]["type"] == "interviewer"
    assert transcript.interview_event_id is None


def test_settings_and_plan() -> None:
    assert InterviewerSettings.from_api({"id": "u", "dailyLimit": None, "weeklyLimit": 5}).weekly_limit == 5
    plan = JobInterviewPlan.from_api(
        {
            "jobId": "j",
            "interviewPlanId": "p",
            "stages": [
                {
                    "id": "s",
                    "title": "Onsite",
                    "type": "Active",
                    "orderInInterviewPlan": 3,
                    "activities": [
                        {
                            "id": "a",
                            "title": "Onsite Schedule",
                            "interviews": [{"id": "i", "interviewDurationMinutes": 30}],
                        }
                    ],
                }
            ],
        }
    )
    assert plan.stages[0].activities[0].interviews[0]["interviewDurationMinutes"] == 30
