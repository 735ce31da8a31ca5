"""Strings Ashby coerces (``"25"`` for an integer, ``"true"`` for a boolean) pass the client and the emulator.

Ashby's changelog (2026-04-24, "Make Request Coercion Schema-Aware"): string-encoded booleans and
integers are accepted for boolean and integer fields, e.g. ``candidateTag.list`` with
``includeArchived: "true"`` and ``limit: "25"``. Anything else of the wrong type stays malformed.
"""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient
from ashby_sdk.emulator import Emulator

from .conftest import api_requests
from .emulator.conftest import Api


def test_the_emulator_coerces_like_ashby() -> None:
    api = Api(Emulator(seed=1, candidates=5))
    every = api.ok("candidateTag.list", {"includeArchived": True})
    assert api.ok("candidateTag.list", {"includeArchived": "true", "limit": "25"}) == every
    assert api.ok("candidateTag.list", {"includeArchived": "false"}) == api.ok("candidateTag.list", {})
    for wrong in ({"includeArchived": "yes"}, {"includeArchived": 1}, {"limit": "2.5"}, {"limit": "many"}):
        assert api("candidateTag.list", wrong)["errorInfo"]["code"] == "invalid_input", wrong


def test_the_client_sends_coercible_strings_as_given(emu: Emulator, client: AshbyClient) -> None:
    tags = client.candidate_tags.list(include_archived="true")  # type: ignore[arg-type]
    assert tags == client.candidate_tags.list(include_archived=True)
    sent = api_requests(emu, "candidateTag.list")[0]
    assert sent.body == {"includeArchived": "true"}  # type: ignore[attr-defined]
    with pytest.raises(AshbyArgumentError, match="include_archived must be a boolean"):
        client.candidate_tags.list(include_archived="yes")  # type: ignore[arg-type]
