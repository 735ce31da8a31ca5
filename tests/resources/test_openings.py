"""resources/openings.py: openings and their jobs, locations and states."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyNotFoundError


def test_opening_lifecycle(client: AshbyClient) -> None:
    job = client.jobs.list()[0]
    location = client.locations.list()[0]
    opening = client.openings.create(identifier="REQ-42", job_ids=[job.id], employment_type="FullTime")  # type: ignore[list-item]
    assert opening.opening_state == "Draft"
    assert [o.id for o in client.openings.search(identifier="REQ-42")] == [opening.id]
    with_location = client.openings.add_location(opening_id=opening.id, location_id=location.id)  # type: ignore[arg-type]
    assert location.id in with_location.raw_data["latestVersion"]["locationIds"]
    without_job = client.openings.remove_job(opening_id=opening.id, job_id=job.id)  # type: ignore[arg-type]
    assert job.id not in without_job.raw_data["latestVersion"]["jobIds"]
    reason = client.close_reasons.list()[0]
    closed = client.openings.set_opening_state(opening_id=opening.id, opening_state="Closed", close_reason_id=reason.id)  # type: ignore[arg-type]
    assert closed.opening_state == "Closed" and closed.close_reason_id == reason.id
    assert client.openings.set_archived(opening_id=opening.id, archive=True).is_archived  # type: ignore[arg-type]
    assert client.openings.info(opening_id=opening.id).is_archived  # type: ignore[arg-type]


def test_unknown_job(client: AshbyClient) -> None:
    opening = client.openings.list()[0]
    with pytest.raises(AshbyNotFoundError):
        client.openings.add_job(opening_id=opening.id, job_id="00000000-0000-4000-8000-000000000000")  # type: ignore[arg-type]
