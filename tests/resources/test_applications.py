"""resources/applications.py: application.list/info/changeStage/changeSource/create."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from ashby_sdk import AshbyAPIError, AshbyClient, AshbyNotFoundError, AsyncAshbyClient
from ashby_sdk.emulator import Emulator

from ..conftest import api_requests


def test_list_filters(emu: Emulator, client: AshbyClient) -> None:
    everything = client.applications.list()
    job_id = everything[0].job_id
    assert job_id
    of_job = client.applications.list(job_id=job_id)
    assert of_job and all(a.job_id == job_id for a in of_job)
    assert {a.id for a in of_job} == {a.id for a in everything if a.job_id == job_id}
    hired = client.applications.list(status="Hired")
    assert all(a.status == "Hired" for a in hired)
    later = client.applications.list(created_after=datetime(2100, 1, 1, tzinfo=timezone.utc))
    assert later == []
    assert api_requests(emu, "application.list")[-1].body["createdAfter"] == 4102444800000


def test_get_and_forms(client: AshbyClient) -> None:
    app = client.applications.list(limit=3)[0]
    same = client.applications.get(app.id)
    assert same.id == app.id and same.candidate_name == app.candidate_name
    assert same.stage_name == same.current_interview_stage.title  # type: ignore[union-attr]
    with_forms = client.applications.get_with_forms(app.id)
    assert isinstance(with_forms.form_submissions, list)


def test_change_stage_and_errors(client: AshbyClient) -> None:
    app = next(a for a in client.applications.list() if a.status == "Active")
    plan = app.current_interview_stage.interview_plan_id  # type: ignore[union-attr]
    stages = client.interview_stages.list(plan)  # type: ignore[arg-type]
    target = next(s for s in stages if s.id != app.current_interview_stage.id and s.type == "Active")  # type: ignore[union-attr]
    moved = client.applications.change_stage(app.id, target.id)
    assert moved.stage_name == target.name
    assert client.get_application_stage(app.id).id == target.id  # type: ignore[union-attr]
    with pytest.raises(AshbyNotFoundError):
        client.applications.change_stage(app.id, "00000000-0000-4000-8000-000000000000")
    archived = next(s for s in stages if s.type == "Archived")
    with pytest.raises(AshbyAPIError):  # archiving needs a reason
        client.applications.change_stage(app.id, archived.id)


def test_create_application(client: AshbyClient) -> None:
    candidate = client.candidates.create(name="Alan Turing")
    job = client.jobs.list(status=["Open"])[0]
    app = client.applications.create(candidate_id=candidate.id, job_id=job.id)
    assert app.candidate_id == candidate.id and app.job_id == job.id and app.status == "Active"


@pytest.mark.anyio
async def test_async_surface(aclient: AsyncAshbyClient) -> None:
    apps = await aclient.applications.list(limit=50)
    assert apps
    stage = await aclient.get_application_stage(apps[0].id)
    assert stage is not None and stage.name
