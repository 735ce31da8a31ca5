"""Candidates and the notes on them."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

from .common import CustomField, EmailAddress, File, Link, PhoneNumber
from .metadata import Source, Tag
from .organization import User

__all__ = ["Candidate", "CandidateLocation", "LocationComponent", "Note", "NoteAuthor"]


class LocationComponent(AshbyModel):
    """One part of a candidate's location."""

    type: str | None = None
    """Known values: ``Country``, ``Region``, ``City``."""
    name: str | None = None
    """The component's name, e.g. ``California``."""


class CandidateLocation(AshbyModel):
    """A candidate's primary location."""

    id: str | None = None
    """The location's id."""
    location_summary: str | None = None
    """Readable summary, e.g. ``United States, California, San Francisco``."""
    location_components: list[LocationComponent] = []
    """The country, region and city."""


class Candidate(AshbyModel):
    """A candidate, from ``candidate.info``, ``candidate.list``, ``candidate.search`` and the candidate
    write endpoints.

    Besides Ashby's fields it offers the seed SDK's shortcuts: :attr:`email`, :attr:`phone`,
    :attr:`links`, :attr:`resume_file` and :attr:`resume_handle`.
    """

    id: str | None = None
    """The candidate's id. Ids can change when Ashby merges duplicate candidates."""
    created_at: datetime | None = None
    """When the candidate was created."""
    updated_at: datetime | None = None
    """When the candidate was last updated."""
    name: str | None = None
    """The candidate's full name."""
    primary_email_address: EmailAddress | None = None
    """The candidate's primary email address."""
    email_addresses: list[EmailAddress] = []
    """All email addresses."""
    primary_phone_number: PhoneNumber | None = None
    """The candidate's primary phone number."""
    phone_numbers: list[PhoneNumber] = []
    """All phone numbers."""
    social_links: list[Link] = []
    """LinkedIn, GitHub, website and other links."""
    tags: list[Tag] = []
    """Tags applied to the candidate."""
    position: str | None = None
    """Current position, e.g. ``Software Engineer``."""
    company: str | None = None
    """Current company."""
    school: str | None = None
    """School."""
    application_ids: list[str] = []
    """Ids of all the candidate's applications."""
    resume_file_handle: File | None = None
    """The candidate's resume (id, name, handle)."""
    file_handles: list[File] = []
    """Every file on the candidate's profile."""
    custom_fields: list[CustomField] = []
    """Custom field values on the candidate."""
    profile_url: str | None = None
    """The URL of the candidate's profile in Ashby."""
    source: Source | None = None
    """The source that created the candidate."""
    credited_to_user: User | None = None
    """The user who receives credit for the candidate."""
    timezone: str | None = None
    """The candidate's timezone."""
    location: CandidateLocation | None = None
    """The candidate's primary location."""
    fraud_status: str | None = None
    """Known values: ``Fraudulent``, ``NotFraudulent``, ``Unsure``, ``Unreviewed``, ``PassedFraudCheck``."""

    @property
    def email(self) -> str | None:
        """The primary email address as a string."""
        return self.primary_email_address.value if self.primary_email_address else None

    @property
    def phone(self) -> str | None:
        """The primary phone number as a string."""
        return self.primary_phone_number.value if self.primary_phone_number else None

    @property
    def links(self) -> list[Link]:
        """The candidate's social links."""
        return self.social_links

    @property
    def resume_file(self) -> File | None:
        """The resume as a :class:`File` (id, name, handle), or ``None``."""
        return self.resume_file_handle

    @property
    def resume_handle(self) -> str | None:
        """The resume's file handle, to pass to ``file.info`` / ``files.download``."""
        return self.resume_file_handle.handle if self.resume_file_handle else None


class NoteAuthor(AshbyModel):
    """The user who wrote a note."""

    id: str | None = None
    """The author's user id."""
    first_name: str | None = None
    """The author's first name."""
    last_name: str | None = None
    """The author's last name."""
    email: str | None = None
    """The author's email address."""

    @property
    def full_name(self) -> str:
        """First and last name joined by a space."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class Note(AshbyModel):
    """A note on a candidate, from ``candidate.listNotes`` / ``candidate.createNote``."""

    id: str | None = None
    """The note's id."""
    created_at: datetime | None = None
    """When the note was created."""
    is_private: bool | None = None
    """Whether the note is private (needs the private-fields permission)."""
    content: str | None = None
    """The note's content (HTML for notes created as ``text/html``)."""
    author: NoteAuthor | None = None
    """The note's author."""
