"""Report results (``report.generate``, ``report.synchronous``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ashby_sdk._models import AshbyModel

__all__ = ["Report", "ReportData", "ReportMetadata"]


class ReportMetadata(AshbyModel):
    title: str | None = None
    updated_at: datetime | None = None
    report_generated_at: datetime | None = None
    cache_expires_at: datetime | None = None


class ReportData(AshbyModel):
    """Rows of a report; the first row holds the headers unless ``includeHeadersInData`` was false."""

    data: list[list[Any]] = []
    column_names: list[str] = []
    metadata: ReportMetadata | None = None


class Report(AshbyModel):
    """A report generation: its status and, once complete, its data."""

    request_id: str | None = None
    """Pass back to ``report.generate`` to poll."""
    status: str | None = None
    """Known values: ``complete``, ``failed``, ``in_progress``."""
    report_data: ReportData | None = None
    failure_reason: str | None = None

    @property
    def done(self) -> bool:
        """Whether polling can stop (complete or failed)."""
        return self.status in ("complete", "failed")
