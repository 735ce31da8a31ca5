"""Webhook settings, from ``webhook.create`` / ``.info`` / ``.update`` / ``.delete``."""

from __future__ import annotations

from typing import Any

import msgspec

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

    # The secret token must never end up in logs through a repr.
    def _masked(self) -> Webhook:
        return msgspec.structs.replace(self, secret_token="***") if self.secret_token else self

    def __repr__(self) -> str:
        return AshbyModel.__repr__(self._masked())

    def __rich_repr__(self) -> list[tuple[str, Any]]:
        return AshbyModel.__rich_repr__(self._masked())
