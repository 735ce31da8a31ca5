"""resources/approvals.py: approvals and approval definitions."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyInvalidInputError


def test_approvals(client: AshbyClient) -> None:
    offer = client.offers.list()[0]
    assert offer.latest_version is not None
    version = offer.latest_version.id
    approvals = client.approvals.list(entity_type="offer", entity_id=version)
    assert [a.entity_id for a in approvals] == [version]
    user = client.users.list()[0]
    steps = [{"approvalsRequired": 1, "approvers": [{"userId": user.id, "type": "user"}]}]
    definition = client.approval_definitions.update(
        entity_type="offer", entity_id=version, approval_step_definitions=steps
    )  # type: ignore[arg-type]
    assert definition.approval_step_definitions[0].approvals_required == 1
    with pytest.raises(AshbyInvalidInputError):
        client.approval_definitions.update(
            entity_type="offer", entity_id=version, approval_step_definitions=[{"approvers": []}]
        )  # type: ignore[arg-type]
