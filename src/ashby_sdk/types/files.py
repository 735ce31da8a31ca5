"""File download URLs, from ``file.info``."""

from __future__ import annotations

from ashby_sdk._models import AshbyModel

__all__ = ["FileInfo", "FileUploadHandle"]


class FileInfo(AshbyModel):
    """Where to download a file: ``file.info`` resolves a file handle to a short-lived URL."""

    url: str | None = None
    """The file's download URL (expires quickly; fetch it right before downloading)."""


class FileUploadHandle(AshbyModel):
    """A presigned upload (``file.createFileUploadHandle``): POST the file to ``url`` with ``fields``, then
    pass ``handle`` to ``candidate.uploadResume`` / ``uploadFile`` or ``applicationForm.submit``."""

    handle: str | None = None
    url: str | None = None
    fields: dict[str, str] = {}
