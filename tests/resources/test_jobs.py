"""resources/jobs.py and resources/job_postings.py: jobs, their postings and descriptions."""

from __future__ import annotations

import contextlib

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyInvalidInputError, AshbyNotFoundError, AsyncAshbyClient
from ashby_sdk.emulator import Emulator

from ..conftest import api_requests


def test_list_leaves_out_drafts_unless_asked(emu: Emulator, client: AshbyClient) -> None:
    default = client.jobs.list()
    assert default and all(j.status != "Draft" for j in default)
    everything = client.jobs.list(status=["Draft", "Open", "Closed", "Archived"])
    assert any(j.status == "Draft" for j in everything)
    assert {j.status for j in client.jobs.list(status=["Open"])} == {"Open"}
    assert api_requests(emu, "job.list")[-1].body["status"] == ["Open"]


def test_sync_includes_drafts(client: AshbyClient) -> None:
    pager = client.jobs.sync()
    assert any(j.status == "Draft" for j in pager)
    assert pager.sync_token


def test_status_must_be_a_list_but_any_value_is_sent(emu: Emulator, client: AshbyClient) -> None:
    with pytest.raises(AshbyArgumentError, match="status"):
        client.jobs.list(status="Open")  # type: ignore[arg-type]
    assert api_requests(emu, "job.list") == []
    with contextlib.suppress(AshbyInvalidInputError):  # a status Ashby may add later: Ashby decides
        client.jobs.list(status=["OnHold"])
    assert [r.body["status"] for r in api_requests(emu, "job.list")] == [["OnHold"]]


def test_get_job(client: AshbyClient) -> None:
    job = client.jobs.list(status=["Open"])[0]
    full = client.jobs.get(job_id=job.id)
    assert full.title == job.title and full.employment_type
    assert all(member.role for member in full.hiring_team)
    with pytest.raises(AshbyNotFoundError):
        client.jobs.get("00000000-0000-4000-8000-000000000000")


def test_postings_and_description(emu: Emulator, client: AshbyClient) -> None:
    postings = client.job_postings.list()
    assert postings
    posting = client.job_postings.get(posting_id=postings[0].id)
    assert posting.title and posting.description and "<" not in posting.description
    job_id = posting.job_id
    assert job_id
    assert {p.job_id for p in client.job_postings.list(job_id=job_id)} == {job_id}
    assert client.job_postings.get_for_job(job_id).id in {p.id for p in postings}  # type: ignore[union-attr]
    assert client.get_job_description(job_id) == client.job_postings.get_for_job(job_id).description  # type: ignore[union-attr]
    no_posting = next((j for j in client.jobs.list() if j.id not in {p.job_id for p in postings}), None)
    if no_posting is not None:
        assert client.get_job_description(no_posting.id) is None
    assert len(api_requests(emu, "jobPosting.list")) >= 1
    assert all("cursor" not in r.body for r in api_requests(emu, "jobPosting.list"))  # not paged


@pytest.mark.anyio
async def test_async_surface(aclient: AsyncAshbyClient) -> None:
    jobs = await aclient.jobs.list(status=["Open"])
    job = await aclient.jobs.get(jobs[0].id)
    funnel = await aclient.get_job_funnel(job.id)
    assert funnel and [s.order_in_interview_plan for s in funnel] == sorted(
        s.order_in_interview_plan or 0 for s in funnel
    )


def test_job_writes_follow_the_status_rules(client: AshbyClient) -> None:
    template = client.job_templates.list()[0]
    existing = client.jobs.list()[0]
    job = client.jobs.create(
        title="Platform Engineer", team_id=existing.department_id, location_id=existing.location_id
    )  # type: ignore[arg-type]
    assert job.status == "Draft" and job.id not in {j.id for j in client.jobs.list()}
    assert job.id in {j.id for j in client.jobs.list(status=["Draft"])}
    opened = client.jobs.set_status(job_id=job.id, status="Open")  # type: ignore[arg-type]
    assert opened.status == "Open" and opened.opened_at is not None
    renamed = client.jobs.update(job_id=job.id, title="Staff Platform Engineer", custom_requisition_id="REQ-9")  # type: ignore[arg-type]
    assert [j.id for j in client.jobs.search(requisition_id="REQ-9")] == [renamed.id]
    tiers = [
        {
            "title": "Zone A",
            "components": [{"compensationType": "Salary", "interval": "1 YEAR", "minValue": 1, "maxValue": 2}],
        }
    ]
    paid = client.jobs.update_compensation(job_id=job.id, compensation_tiers=tiers)  # type: ignore[arg-type]
    assert paid.compensation_tiers[0].components[0].compensation_type == "Salary"
    plan = client.job_interview_plans.info(job_id=job.id)  # type: ignore[arg-type]
    assert plan.job_id == job.id and plan.stages
    assert template.status in ("Active", "Inactive")
    with pytest.raises(AshbyInvalidInputError):
        client.jobs.search()


def test_job_list_time_filters(client: AshbyClient) -> None:
    everything = client.jobs.list(status=["Draft", "Open", "Closed", "Archived"])
    assert client.jobs.list(status=["Draft", "Open", "Closed", "Archived"], created_after=4_000_000_000_000) == []
    assert len(client.jobs.list(status=["Draft", "Open", "Closed", "Archived"], created_after=0)) == len(everything)
