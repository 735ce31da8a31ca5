"""resources/offers.py: the offer workflow (offerProcess.start -> offer.start -> offer.create -> approvals)."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyInvalidInputError, AshbyNotFoundError


def test_offer_workflow(client: AshbyClient) -> None:
    app = client.applications.list(status="Active")[0]
    process = client.offer_processes.start(application_id=app.id)  # type: ignore[arg-type]
    assert process.status == "WaitingOnOfferCreation"
    form = client.offers.start(offer_process_id=process.id)  # type: ignore[arg-type]
    assert form.form_definition is not None and form.form_definition.iter_fields()
    fields = {"fieldSubmissions": [{"path": "salary", "value": {"currencyCode": "EUR", "value": 90000}}]}
    offer = client.offers.create(offer_process_id=process.id, offer_form_id=form.id, offer_form=fields)  # type: ignore[arg-type]
    assert offer.application_id == app.id
    assert offer.latest_version is not None and offer.latest_version.salary is not None
    assert offer.latest_version.salary.value == 90000
    version = offer.latest_version.id
    waiting = client.offers.start_approval_process(offer_version_id=version)  # type: ignore[arg-type]
    assert waiting.offer_status == "WaitingOnOfferApproval"
    approved = client.offers.approve(offer_version_id=version)  # type: ignore[arg-type]
    assert approved.latest_version is not None and approved.latest_version.approval_status == "Approved"
    assert offer.id in {o.id for o in client.offers.list(application_id=app.id)}


def test_offer_errors(client: AshbyClient) -> None:
    with pytest.raises(AshbyNotFoundError):
        client.offers.approve(offer_version_id="00000000-0000-4000-8000-000000000000")
    version = client.offers.list()[0].latest_version
    assert version is not None
    with pytest.raises(AshbyInvalidInputError):
        client.offers.approve(offer_version_id=version.id, approval_step_id="step")  # type: ignore[arg-type]
    with pytest.raises(AshbyInvalidInputError):
        client.offers.update(offer_id=client.offers.list()[0].id, offer_form={"nope": 1})  # type: ignore[arg-type]
