"""Emails on candidate profiles and communication templates."""

from __future__ import annotations

from datetime import datetime

import msgspec

from ashby_sdk._models import AshbyModel

__all__ = ["CommunicationTemplate", "EmailMessage"]


class EmailMessage(AshbyModel):
    """An email sent to or from a candidate, from ``candidate.addEmailMessage``."""

    id: str | None = None
    """The email's id in Ashby."""
    candidate_id: str | None = None
    email_provider_email_id: str | None = None
    """The message's id in the partner's system."""
    subject: str | None = None
    from_: str | None = msgspec.field(default=None, name="from")
    """The sender's address."""
    to: str | None = None
    """The recipient's address."""
    body: str | None = None
    """HTML or plain text."""
    sent_at: datetime | None = None
    cc: str | None = None
    message_url: str | None = None
    """Where to read the message in the partner's application."""
    message_id_header: str | None = None
    """The RFC 5322 Message-ID."""
    thread_id: str | None = None
    is_private: bool | None = None
    user_is_sender: bool | None = None
    """Whether the associated user sent (true) or received (false) it."""


class CommunicationTemplate(AshbyModel):
    """An enabled email or message template, from ``communicationTemplate.list``."""

    id: str | None = None
    title: str | None = None
    intended_types: list[str] = []
    """Known values: ``email``, ``inMail``, ``linkedInConnection``."""
    created_at: datetime | None = None
    updated_at: datetime | None = None
