"""The API key in use, from ``apiKey.info``."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

__all__ = ["ApiKeyInfo", "ApiVersion"]


class ApiKeyInfo(AshbyModel):
    """The API key making the request."""

    title: str | None = None
    """The key's name, e.g. ``Custom Job Board API key``."""
    created_at: datetime | None = None
    """When the key was created."""
    scopes: list[str] = []
    """The permission scopes the key holds."""


class ApiVersion(AshbyModel):
    """One version of the Ashby API (``version.list``; shape inferred from the 'Versioning' page)."""

    version: str | None = None
    """The version's date identifier, e.g. ``2026-01-01`` (what the ``Ashby-Version`` header takes)."""
    status: str | None = None
    """``pre-release``, ``active``, ``deprecated``, ``unsupported`` or ``removed``."""
    deprecated_at: str | None = None
    """When it was (or will be) deprecated."""
    unsupported_at: str | None = None
    """When it stops being supported."""
    removed_at: str | None = None
    """When it stops being served."""
