"""File download URLs, from ``file.info``."""

from __future__ import annotations

from ashby_sdk._models import AshbyModel

__all__ = ["FileInfo"]


class FileInfo(AshbyModel):
    """Where to download a file: ``file.info`` resolves a file handle to a short-lived URL."""

    url: str | None = None
    """The file's download URL (expires quickly; fetch it right before downloading)."""
