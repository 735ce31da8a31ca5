"""Sourcing sequences and the addresses they can be sent from (Ashby's 2026 endpoints).

The shapes are inferred from the reference pages' prose (the definition of May
2026 predates these endpoints); every field is optional and anything else Ashby
sends stays reachable through ``raw_data`` and as an extra attribute.
"""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

__all__ = ["EmailSender", "Sequence", "SequenceStage"]


class SequenceStage(AshbyModel):
    """One step of a sourcing sequence (an email, usually)."""

    id: str | None = None
    """The stage's id (what ``sequence.updateStage`` takes)."""
    type: str | None = None
    """The kind of stage, e.g. ``Email``."""
    status: str | None = None
    """Where the stage is, e.g. ``NotStarted``, ``Sent``."""
    subject: str | None = None
    """The email's subject (not-started stages only)."""
    body_html: str | None = None
    """The email's HTML body, with Ashby's token markers (not-started stages only)."""


class Sequence(AshbyModel):
    """A candidate's enrollment in a sourcing sequence (``sequence.*``)."""

    id: str | None = None
    """The enrollment's id."""
    candidate_id: str | None = None
    """The candidate enrolled."""
    application_id: str | None = None
    """The application used to fill in the email tokens."""
    sequence_template_id: str | None = None
    """The reusable sequence the enrollment follows."""
    status: str | None = None
    """``NotStarted`` (a draft), ``Running``, ``Paused``, ``Completed``, ``Cancelled`` or ``Unsubscribed``."""
    created_at: datetime | None = None
    """When the enrollment was created."""
    stages: list[SequenceStage] = []
    """The steps of the sequence."""


class EmailSender(AshbyModel):
    """An address the acting user can send from (``emailSender.list``)."""

    email: str | None = None
    """The address."""
    display_name: str | None = None
    """The name shown to recipients."""
    type: str | None = None
    """``Primary``, ``PersonalAlias``, ``OrganizationAlias`` or ``NoReply`` (sequences never take NoReply)."""
