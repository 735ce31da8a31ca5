"""The API key in use, from ``apiKey.info``."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

__all__ = ["ApiKeyInfo"]


class ApiKeyInfo(AshbyModel):
    """The API key making the request."""

    title: str | None = None
    """The key's name, e.g. ``Custom Job Board API key``."""
    created_at: datetime | None = None
    """When the key was created."""
    scopes: list[str] = []
    """The permission scopes the key holds."""
