"""Webhook settings, from ``webhook.create`` / ``.info`` / ``.update`` / ``.delete``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ashby_sdk._models import AshbyModel

__all__ = ["Webhook"]


class Webhook(AshbyModel):
    """A webhook setting: which event Ashby POSTs to which URL.

    ``webhook.delete`` answers only ``{"webhookId": ...}``; that lands in :attr:`webhook_id`.
    """

    id: str | None = None
    """The webhook setting's id."""
    enabled: bool | None = None
    """Whether the webhook is enabled."""
    request_url: str | None = None
    """The URL Ashby sends the events to."""
    secret_token: str | None = None
    """The token Ashby signs request bodies with (``Ashby-Signature``); only returned by create/update."""
    webhook_type: str | None = None
    """The event sent, e.g. ``applicationSubmit``, ``candidateStageChange``, ``jobPostingUpdate``."""
    webhook_id: str | None = None
    """The id of the deleted setting (``webhook.delete`` only)."""

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # The secret token must never end up in logs through a repr.
        for name, value in super().__repr_args__():
            yield name, ("***" if name == "secret_token" and value else value)
