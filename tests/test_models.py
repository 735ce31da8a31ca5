"""_models.py and _decode.py: fast typed decoding, exact raw_data, lenient fallback, GC pause."""

from __future__ import annotations

import gc
import json

import httpx
import pytest

from ashby_sdk import AshbyAPIError, AshbyClient
from ashby_sdk._models import gc_paused
from ashby_sdk.emulator import Emulator
from ashby_sdk.types import Candidate


def test_raw_data_is_exactly_what_was_sent(emu: Emulator, client: AshbyClient) -> None:
    http = httpx.Client(transport=emu.transport(), auth=(emu.api_key, ""))
    sent = http.post(f"{emu.base_url}/candidate.list", json={"limit": 20}).json()["results"]
    received = client.candidates.iter(limit=20).first_page().items
    assert [c.raw_data for c in received] == sent
    one = client.candidates.get(sent[3]["id"])
    assert one.raw_data == sent[3]
    # Timestamps are parsed, while raw_data keeps Ashby's own text.
    assert one.created_at is not None and one.raw_data["createdAt"].endswith("Z")


def _serving(payload: object) -> AshbyClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=payload)

    return AshbyClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)), rate_limit=None)


def test_a_null_where_a_list_belongs_does_not_break_the_page() -> None:
    odd = {"id": "c1", "name": "Odd", "tags": None, "emailAddresses": [None], "brandNewField": {"x": 1}}
    client = _serving({"success": True, "results": [odd, {"id": "c2", "name": "Even"}], "moreDataAvailable": False})
    first, second = client.candidates.list()
    assert first.tags == [] and first.email_addresses == [] and second.name == "Even"
    assert first.raw_data == odd  # the original, null included
    assert first.brandNewField == {"x": 1}  # type: ignore[attr-defined]  # unknown fields survive, by their Ashby name


def test_a_payload_that_cannot_fit_is_a_clear_error() -> None:
    client = _serving({"success": True, "results": {"id": "c1", "createdAt": "not a date"}})
    with pytest.raises(AshbyAPIError, match="does not fit Candidate: createdAt"):
        client.candidates.get("c1")


def test_equality_is_about_fields_not_origin() -> None:
    data = {"id": "c1", "name": "Same"}
    assert Candidate.from_api(data) == Candidate.from_api(json.loads(json.dumps(data)))
    assert Candidate.from_api(data) != Candidate.from_api({"id": "c1", "name": "Other"})


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_pause_restores_the_callers_setting(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with gc_paused():
            assert not gc.isenabled()
            with gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
