"""types/reports.py: the three example answers of report.generate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ashby_sdk.types import Report

Load = Callable[[str], dict[str, Any]]


def test_in_progress_complete_failed(reference: Load) -> None:
    examples = reference("report.generate")["response"]
    running = Report.from_api(examples["initial_request"]["results"])
    assert running.status == "in_progress" and not running.done and running.report_data is None
    complete = Report.from_api(examples["complete"]["results"])
    assert complete.done and complete.report_data is not None
    assert complete.report_data.column_names == ["Timeframe", "Department", "Hired"]
    assert complete.report_data.data[1] == ["Q1 2024", "Engineering", 45]
    assert complete.report_data.metadata is not None
    assert complete.report_data.metadata.report_generated_at == datetime(
        2024, 1, 15, 14, 25, 33, 123000, tzinfo=timezone.utc
    )
    failed = Report.from_api(examples["failed"]["results"])
    assert failed.done and failed.failure_reason == "QueryTimeout"
