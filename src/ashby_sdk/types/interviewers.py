"""Interviewer pools, interviewer settings and pauses, stage groups, job interview plans, transcripts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ashby_sdk._models import AshbyModel

from .organization import User

__all__ = [
    "InterviewPlanActivity",
    "InterviewPlanStage",
    "InterviewStageGroup",
    "InterviewerPause",
    "InterviewerPool",
    "InterviewerSettings",
    "JobInterviewPlan",
    "NotetakerTranscript",
    "PoolMember",
    "TrainingPath",
    "TrainingStage",
]


class TrainingStage(AshbyModel):
    """A stage of an interviewer pool's training path."""

    id: str | None = None
    interviewer_role: str | None = None
    """Known values: ``Shadow``, ``ReverseShadow``."""
    interviews_required: int | None = None
    is_archived: bool | None = None
    approval_required: bool | None = None
    approvers: list[User] = []


class TrainingPath(AshbyModel):
    """How new interviewers of a pool are trained."""

    id: str | None = None
    enabled: bool | None = None
    training_stages: list[TrainingStage] = []


class PoolMember(User):
    """A member of an interviewer pool; trainees carry ``current_progress``."""

    is_paused: bool | None = None
    current_progress: dict[str, Any] | None = None
    """``{trainingPathId, trainingPathStageId, interviewsCompleted}`` for trainees."""


class InterviewerPool(AshbyModel):
    """A pool of interviewers, from ``interviewerPool.list`` / ``.info`` and its writes."""

    id: str | None = None
    title: str | None = None
    is_archived: bool | None = None
    training_path: TrainingPath | None = None
    qualified_members: list[PoolMember] = []
    """Present on ``interviewerPool.info`` and the writes."""
    trainees: list[PoolMember] = []


class InterviewerSettings(AshbyModel):
    """A user's interview limits, from ``user.interviewerSettings``."""

    id: str | None = None
    daily_limit: int | None = None
    """Most interviews a day; ``None``: no limit."""
    weekly_limit: int | None = None
    """Most interviews a week; ``None``: no limit."""


class InterviewerPause(AshbyModel):
    """A period during which a user is not scheduled for interviews."""

    id: str | None = None
    user_id: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    """``None``: indefinite."""
    comment: str | None = None
    created_at: datetime | None = None


class InterviewStageGroup(AshbyModel):
    """A group of interview stages (``interviewStageGroup.list``)."""

    id: str | None = None
    title: str | None = None
    order: int | None = None
    stage_type: str | None = None
    """Known values: ``Lead``, ``PreInterviewScreen``, ``Active``, ``Offer``, ``Hired``, ``Archived``."""


class InterviewPlanActivity(AshbyModel):
    """An activity of a stage, with the interviews to schedule in it."""

    id: str | None = None
    title: str | None = None
    interviews: list[dict[str, Any]] = []
    """``{id, title, interviewId, interviewDurationMinutes, isSchedulable}`` entries."""


class InterviewPlanStage(AshbyModel):
    """A stage of a job's interview plan with its activities."""

    id: str | None = None
    title: str | None = None
    type: str | None = None
    order_in_interview_plan: int | None = None
    interview_stage_group_id: str | None = None
    activities: list[InterviewPlanActivity] = []


class JobInterviewPlan(AshbyModel):
    """A job's interview plan with what to schedule at each stage (``jobInterviewPlan.info``)."""

    job_id: str | None = None
    interview_plan_id: str | None = None
    stages: list[InterviewPlanStage] = []


class NotetakerTranscript(AshbyModel):
    """An AI notetaker transcript's metadata and download URL (``notetakerTranscript.info``)."""

    id: str | None = None
    interview_event_id: str | None = None
    interview_schedule_id: str | None = None
    created_at: datetime | None = None
    participants: list[dict[str, Any]] = []
    """``{id, type: interviewer|candidate, name, email}`` entries."""
    transcript_url: str | None = None
    """Expires after 5 minutes."""
