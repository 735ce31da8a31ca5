"""types/boards.py: brands, job boards, job templates, source tracking links."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ashby_sdk.types import Brand, JobBoard, JobTemplate, SourceTrackingLink

Load = Callable[[str], dict[str, Any]]


def test_source_tracking_link(reference: Load) -> None:
    link = SourceTrackingLink.from_api(reference("sourceTrackingLink.list")["response"]["results"][0])
    assert link.code == "fx9iL4QtWr" and link.enabled and link.link and link.link.endswith(link.code)


def test_small_models() -> None:
    assert Brand.from_api({"id": "b", "name": "Acme", "hostedJobsPageSlug": "acme"}).hosted_jobs_page_slug == "acme"
    assert JobBoard.from_api({"id": "j", "title": "Internal", "isInternal": True}).is_internal
    template = JobTemplate.from_api(
        {"id": "t", "title": "T", "status": "Active", "location": {"id": "l", "name": "Berlin"}}
    )
    assert template.location is not None and template.location.name == "Berlin"
    assert template.interview_plan_ids == []
