"""Writes are retried after an ambiguous failure only when the catalogue flags them, each flag with its reason.

The failure under test is the worst one: the write reached Ashby's handler and landed, then the
connection dropped before the answer arrived (the emulator's ``drop`` fault with ``after_handler``).
A write not flagged idempotent must not be sent again (it could email, notify or approve twice); a
flagged one is sent again and ends in the requested state.
"""

from __future__ import annotations

from typing import Any

import pytest

from ashby_sdk import AshbyConnectionError, AshbyError
from ashby_sdk._catalogue import ENDPOINTS, method_name, snake
from ashby_sdk.emulator import Emulator

from .conftest import api_requests, make_async_client, make_client
from .emulator.conftest import Api
from .emulator.samples import happy_params

WRITES = sorted(name for name, e in ENDPOINTS.items() if e.write)

RETRIED = {
    "candidateTag.archive",
    "candidateTag.create",
    "customField.updateSelectableValues",
    "department.archive",
    "department.move",
    "department.restore",
    "department.update",
    "interviewerPool.archive",
    "interviewerPool.restore",
    "interviewerPool.update",
    "location.archive",
    "location.move",
    "location.restore",
    "location.updateAddress",
    "location.updateExternalName",
    "location.updateName",
    "location.updateWorkplaceType",
    "project.archive",
    "project.restore",
    "project.update",
    "sequence.discard",
    "sequence.updateStage",
    "user.deleteInterviewerPause",
    "user.updateInterviewerSettings",
    "webhook.delete",
}
"""The writes retried after an ambiguous failure: reviewed one by one (README, "Errors and retries")."""


def test_every_write_says_why_it_is_or_is_not_retried() -> None:
    for name in WRITES:
        reason = ENDPOINTS[name].retry_reason
        assert len(reason) > 20, name
    assert {n for n in WRITES if ENDPOINTS[n].idempotent} == RETRIED
    assert not any(e.idempotent for e in ENDPOINTS.values() if not e.write)


@pytest.mark.parametrize(
    "name", ["application.changeStage", "offer.approve", "interviewSchedule.cancel", "candidate.addTag"]
)
def test_the_incidents_are_not_flagged(name: str) -> None:
    """Moving a stage (archive emails, automations) and approving an offer are real-world double sends."""
    assert not ENDPOINTS[name].idempotent


def _kwargs(params: dict[str, Any] | tuple[dict[str, Any], Any]) -> dict[str, Any]:
    if isinstance(params, tuple):
        data, files = params
        ((part, (_, content, _)),) = files.items()
        return {**{snake(k): v for k, v in data.items()}, snake(part): content}
    return {snake(k): v for k, v in params.items()}


def _call_with_the_answer_lost(name: str, **options: Any) -> tuple[list[Any], Any]:
    """The requests the typed method of ``name`` (given the per-call ``options``) sent while its first answer
    was lost after the handler ran (the prerequisites made for it excluded), and what it answered or raised."""
    emu = Emulator(seed=3, candidates=10)
    api = Api(emu)
    kwargs = _kwargs(happy_params(emu, api, ENDPOINTS[name]))
    api.http.close()
    before = len(api_requests(emu, name))
    emu.faults.add("drop", endpoint=name, after_handler=True)
    resource, method = method_name(name)
    with make_client(emu, max_retries=2) as client:
        try:
            outcome = getattr(getattr(client, resource), method)(**kwargs, **options)
        except AshbyError as exc:
            outcome = exc
    return api_requests(emu, name)[before:], outcome


@pytest.mark.parametrize("name", sorted(set(WRITES) - RETRIED))
def test_a_write_not_flagged_is_not_sent_twice(name: str) -> None:
    requests, outcome = _call_with_the_answer_lost(name)
    assert isinstance(outcome, AshbyConnectionError), outcome
    assert len(requests) == 1 and requests[0].success is not None  # it landed, once, and was not repeated


@pytest.mark.parametrize("name", ["department.update", "location.updateName", "sequence.discard"])
def test_a_flagged_write_is_sent_again(name: str) -> None:
    requests, _ = _call_with_the_answer_lost(name)
    assert [r.fault for r in requests] == ["drop", None]


@pytest.mark.parametrize(
    "name", ["candidate.create", "candidate.uploadResume", "application.changeStage", "offer.approve", "job.setStatus"]
)
def test_idempotent_true_on_a_write_not_flagged_sends_it_again(name: str) -> None:
    """The caller's ``idempotent=True`` (say, a create carrying its own dedup key) makes it retried like a read.

    A sample (each retry waits out a real backoff): the option reaches every typed method as the others do
    (``test_typed_request_options.py``)."""
    requests, _ = _call_with_the_answer_lost(name, idempotent=True)
    assert [r.fault for r in requests] == ["drop", None]


@pytest.mark.parametrize("name", sorted(RETRIED))
def test_idempotent_false_on_a_flagged_write_stops_the_retry(name: str) -> None:
    requests, outcome = _call_with_the_answer_lost(name, idempotent=False)
    assert isinstance(outcome, AshbyConnectionError), outcome
    assert len(requests) == 1 and requests[0].success is not None


@pytest.mark.anyio
async def test_idempotent_is_a_per_call_option_of_the_async_methods_too(emu: Emulator) -> None:
    async with make_async_client(emu) as client:
        department = (await client.departments.list())[0]
        emu.faults.add("drop", endpoint="department.update", after_handler=True)
        with pytest.raises(AshbyConnectionError):
            await client.departments.update(department_id=department.id, name="Platform", idempotent=False)
        emu.faults.add("drop", endpoint="candidate.create", after_handler=True)
        await client.candidates.create(name="Ada", email="ada@example.com", idempotent=True)
    assert [r.fault for r in api_requests(emu, "department.update")] == ["drop"]
    assert [r.fault for r in api_requests(emu, "candidate.create")] == ["drop", None]


def test_a_flagged_rename_ends_in_the_requested_state(emu: Emulator) -> None:
    emu.faults.add("drop", endpoint="department.update", after_handler=True)
    with make_client(emu) as client:
        department = client.departments.list()[0]
        assert client.departments.update(department_id=department.id, name="Platform").name == "Platform"
    row = emu.org["department"].get(department.id)
    assert row is not None and row["name"] == "Platform"
    assert len(api_requests(emu, "department.update")) == 2


def test_a_stage_move_whose_answer_was_lost_is_not_repeated(emu: Emulator) -> None:
    with make_client(emu) as client:
        app = client.applications.list(status="Active", max_items=1)[0]
        assert app.current_interview_stage is not None and app.current_interview_stage.interview_plan_id
        stages = client.interview_stages.list(app.current_interview_stage.interview_plan_id)
        target = next(s for s in stages if s.id != app.current_interview_stage.id and s.type != "Archived")
        emu.faults.add("drop", endpoint="application.changeStage", after_handler=True)
        with pytest.raises(AshbyConnectionError):
            client.applications.change_stage(app.id, target.id)
    assert len(api_requests(emu, "application.changeStage")) == 1
    row = emu.org["application"].get(app.id)
    assert row is not None and row["_stageId"] == target.id  # it did land: which is why it must not be resent
