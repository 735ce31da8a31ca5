"""Interview plans and stages, interviews, interview schedules and their events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ashby_sdk._models import AshbyModel

from .organization import User

__all__ = [
    "Interview",
    "InterviewEvent",
    "InterviewPlan",
    "InterviewSchedule",
    "InterviewStage",
    "Interviewer",
]


class InterviewStage(AshbyModel):
    """A stage of an interview plan (the hiring funnel), from ``interviewStage.list`` / ``.info`` and
    ``Application.currentInterviewStage``."""

    id: str | None = None
    """The stage's id."""
    title: str | None = None
    """The stage's title, e.g. ``Offer``."""
    type: str | None = None
    """The stage type. Known values: ``Lead``, ``PreInterviewScreen``, ``Active``, ``Offer``, ``Hired``,
    ``Archived``."""
    order_in_interview_plan: int | None = None
    """The stage's position in its interview plan."""
    interview_stage_group_id: str | None = None
    """The id of the stage group the stage belongs to."""
    interview_plan_id: str | None = None
    """The id of the interview plan the stage belongs to."""

    @property
    def name(self) -> str | None:
        """The stage's title (the name the seed SDK used)."""
        return self.title

    @property
    def order_in_stage_group(self) -> int | None:
        """The stage's order; Ashby's field is ``orderInInterviewPlan`` (the seed SDK's name is kept)."""
        return self.order_in_interview_plan


class InterviewPlan(AshbyModel):
    """A published interview plan, from ``interviewPlan.list``."""

    id: str | None = None
    """The plan's id."""
    title: str | None = None
    """The plan's title, e.g. ``Engineering Interview Plan``."""
    is_archived: bool | None = None
    """Whether the plan is archived."""
    created_at: datetime | None = None
    """When the plan was created."""
    updated_at: datetime | None = None
    """When the plan was last updated."""


class Interview(AshbyModel):
    """An interview type (what gets scheduled), from ``interview.list`` / ``interview.info``."""

    id: str | None = None
    """The interview's id."""
    title: str | None = None
    """The interview's title, e.g. ``Technical Phone Interview``."""
    external_title: str | None = None
    """Candidate-facing title (falls back to the title)."""
    is_archived: bool | None = None
    """Whether the interview is archived."""
    is_debrief: bool | None = None
    """Whether the interview is a debrief."""
    is_feedback_required: bool | None = None
    """Whether interviewers must give feedback by default."""
    is_feedback_requested: bool | None = None
    """Whether interviewers are asked for feedback by default."""
    instructions_html: str | None = None
    """The interview's description as HTML."""
    instructions_plain: str | None = None
    """The interview's description as plain text."""
    job_id: str | None = None
    """The job the interview belongs to; ``None`` for a shared interview."""
    feedback_form_definition_id: str | None = None
    """The id of the interview's feedback form."""


class Interviewer(User):
    """A user interviewing at an :class:`InterviewEvent`."""

    training_role: str | None = None
    """Known values: ``Shadow``, ``Reverse-Shadow``; ``None`` for a qualified interviewer."""
    interviewer_pool: dict[str, Any] | None = None
    """The interviewer pool the interviewer belongs to, if any."""
    is_feedback_required: bool | None = None
    """Whether feedback is required from this interviewer for this event."""


class InterviewEvent(AshbyModel):
    """One scheduled interview within an :class:`InterviewSchedule`."""

    id: str | None = None
    """The event's id."""
    interview_id: str | None = None
    """The id of the interview being held."""
    interview_schedule_id: str | None = None
    """The id of the schedule the event belongs to."""
    interviewer_user_ids: list[str] = []
    """Deprecated by Ashby: use :attr:`interviewers`."""
    interviewers: list[Interviewer] = []
    """The interviewers."""
    created_at: datetime | None = None
    """When the event was created."""
    updated_at: datetime | None = None
    """When the event was last updated."""
    start_time: datetime | None = None
    """When the event starts."""
    end_time: datetime | None = None
    """When the event ends."""
    feedback_link: str | None = None
    """Where interviewers submit feedback."""
    location: str | None = None
    """Where the interview takes place, e.g. ``Google Meet``."""
    meeting_link: str | None = None
    """The virtual meeting link."""
    interviewer_calendar_event_id: str | None = None
    """The interviewer's external calendar event id."""
    has_submitted_feedback: bool | None = None
    """Whether any feedback has been submitted."""
    interview: Interview | None = None
    """The interview (only with the ``interview`` expansion)."""
    notetaker_transcript_id: str | None = None
    """The AI notetaker transcript id, if one exists."""
    extra_data: dict[str, str] | None = None
    """Key-value data stored by API clients for their own use."""


class InterviewSchedule(AshbyModel):
    """An interview schedule of an application, from ``interviewSchedule.list``."""

    id: str | None = None
    """The schedule's id."""
    status: str | None = None
    """Known values: ``NeedsScheduling``, ``WaitingOnCandidateBooking``, ``WaitingOnCandidateAvailability``,
    ``CandidateAvailabilitySubmitted``, ``Scheduled``, ``WaitingOnFeedback``, ``Complete``, ``Cancelled``,
    ``OnHold``, ``Unknown``."""
    application_id: str | None = None
    """The application being interviewed."""
    interview_stage_id: str | None = None
    """The interview stage the schedule belongs to."""
    candidate_id: str | None = None
    """The candidate (sent in ``interviewScheduleUpdate`` webhooks)."""
    scheduled_by: User | None = None
    """Who scheduled it; ``None`` when not scheduled yet."""
    created_at: datetime | None = None
    """When the schedule was created."""
    updated_at: datetime | None = None
    """When the schedule was last updated."""
    interview_events: list[InterviewEvent] = []
    """The scheduled interviews."""
