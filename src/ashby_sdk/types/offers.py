"""Offers and their versions."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

from .common import CustomField, File
from .forms import FormDefinition
from .organization import User

__all__ = ["Offer", "OfferProcess", "OfferSalary", "OfferVersion"]


class OfferSalary(AshbyModel):
    """The salary of an offer version."""

    currency_code: str | None = None
    """ISO 4217 currency code."""
    value: float | None = None
    """The salary amount."""


class OfferVersion(AshbyModel):
    """One version of an offer (``latestVersion``, ``versions[]``)."""

    id: str | None = None
    """The version's id."""
    start_date: datetime | None = None
    """The offer's start date."""
    salary: OfferSalary | None = None
    """The salary offered."""
    created_at: datetime | None = None
    """When the version was created."""
    opening_id: str | None = None
    """The opening the offer fills."""
    custom_fields: list[CustomField] = []
    """Custom field values on the version."""
    file_handles: list[File] = []
    """Offer letter files (unsigned .pdf/.docx and the signed .pdf when it exists)."""
    author: User | None = None
    """Who created the version."""
    approval_status: str | None = None
    """Known values: ``Approved``, ``WaitingOnApprovals``, ``Declined``; ``None`` without an approval process."""


class Offer(AshbyModel):
    """An offer, from ``offer.list`` / ``offer.info`` and the offer write endpoints."""

    id: str | None = None
    """The offer's id."""
    decided_at: datetime | None = None
    """When the candidate decided."""
    application_id: str | None = None
    """The application the offer belongs to."""
    acceptance_status: str | None = None
    """Known values: ``Accepted``, ``Declined``, ``Pending``, ``Created``, ``Cancelled``, ``WaitingOnResponse``."""
    offer_status: str | None = None
    """Known values: ``WaitingOnApprovalStart``, ``WaitingOnOfferApproval``, ``WaitingOnApprovalDefinition``,
    ``WaitingOnCandidateResponse``, ``CandidateRejected``, ``CandidateAccepted``, ``OfferCancelled``."""
    latest_version: OfferVersion | None = None
    """The current version of the offer."""
    versions: list[OfferVersion] = []
    """Every version (``offer.info`` and offer webhooks)."""
    form_definition: FormDefinition | None = None
    """The offer form (``offer.info`` and offer webhooks)."""


class OfferProcess(AshbyModel):
    """An offer process started for an application (``offerProcess.start``)."""

    id: str | None = None
    """Pass as ``offerProcessId`` to ``offer.start`` and ``offer.create``."""
    application_id: str | None = None
    status: str | None = None
    """Known values: ``WaitingOnOfferCreation``, ``WaitingOnApprovalStart``, ``WaitingOnOfferApproval``,
    ``WaitingOnCandidateResponse``, ``CandidateAccepted``, ``CandidateRejected``, ``OfferCancelled``."""
