"""_models.py and _decode.py: typed decoding from bytes, exact raw_data, lenient fallback, conversions."""

from __future__ import annotations

import copy
import gc
import json
import pickle
from typing import Any

import httpx
import msgspec
import pytest

from ashby_sdk import AshbyClient
from ashby_sdk.emulator import Emulator
from ashby_sdk.types import Candidate, Tag, Webhook


def test_raw_data_is_exactly_what_was_sent(emu: Emulator, client: AshbyClient) -> None:
    http = httpx.Client(transport=emu.transport(), auth=(emu.api_key, ""))
    sent = http.post(f"{emu.base_url}/candidate.list", json={"limit": 20}).json()["results"]
    received = client.candidates.iter(limit=20).first_page().items
    assert [c.raw_data for c in received] == sent
    streamed = [c.raw_data for c, _ in zip(client.candidates.iter(limit=7), range(20), strict=False)]
    assert streamed == sent
    one = client.candidates.get(sent[3]["id"])
    assert one.raw_data == sent[3]
    # Timestamps are parsed, while raw_data keeps Ashby's own text.
    assert one.created_at is not None and one.raw_data["createdAt"].endswith("Z")


def _serving(payload: object) -> AshbyClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=payload)

    return AshbyClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_a_null_where_a_list_belongs_does_not_break_the_page() -> None:
    odd = {"id": "c1", "name": "Odd", "tags": None, "emailAddresses": [None], "brandNewField": {"x": 1}}
    client = _serving({"success": True, "results": [odd, {"id": "c2", "name": "Even"}], "moreDataAvailable": False})
    first, second = client.candidates.list()
    assert first.tags == [] and first.email_addresses == [] and second.name == "Even"
    assert first.raw_data == odd  # the original, nulls included
    assert first.brand_new_field == {"x": 1}  # unknown fields survive, by their snake_case name...
    assert first.brandNewField == {"x": 1}  # ...and by Ashby's
    assert first.extra_fields == {"brandNewField": {"x": 1}}


def test_fields_that_do_not_fit_fall_back_to_their_defaults_one_by_one() -> None:
    odd = {
        "id": "c1",
        "createdAt": "not a date",
        "name": 42,
        "socialLinks": [{"type": "LinkedIn", "url": "u"}, "junk", {"type": 7, "url": "v"}],
        "location": {"locationSummary": "Paris", "locationComponents": {"not": "a list"}},
    }
    client = _serving({"success": True, "results": odd})
    candidate = client.candidates.get("c1")
    assert candidate.id == "c1" and candidate.created_at is None and candidate.name is None
    assert [(link.type, link.url) for link in candidate.social_links] == [("LinkedIn", "u"), (None, "v")]
    assert candidate.location is not None and candidate.location.location_summary == "Paris"
    assert candidate.location.location_components == []
    assert candidate.raw_data == odd  # what Ashby sent, untouched by the repairs


def test_a_page_of_bare_strings_is_wrapped() -> None:
    client = _serving({"success": True, "results": ["Recruiter", "Hiring Manager"]})
    roles = client.hiring_team_roles.list()
    assert [role.name for role in roles] == ["Recruiter", "Hiring Manager"]


def test_equality_is_about_fields_not_origin() -> None:
    data = {"id": "c1", "name": "Same", "tags": [{"id": "t"}]}
    returned = Candidate.from_api(data)
    built = Candidate(id="c1", name="Same", tags=[Tag(id="t")])
    assert returned == Candidate.from_api(json.loads(json.dumps(data)))
    assert returned == built and built == returned
    assert (returned != built, built != returned) == (False, False)
    assert [returned] == [built]
    assert returned != Candidate.from_api({"id": "c1", "name": "Other"})
    assert built != Candidate(id="c1", name="Other") and returned != Tag(id="c1")
    assert repr(returned).startswith("Candidate(") and isinstance(returned, Candidate)


def test_models_are_never_tracked_by_the_garbage_collector(emu: Emulator, client: AshbyClient) -> None:
    # gc=False Structs: only an object a call returns (which holds its raw pointer) is tracked.
    candidate = client.candidates.iter(limit=1).first_page().items[0]
    assert candidate.source is not None and candidate.location is not None
    assert not gc.is_tracked(candidate.source) and not gc.is_tracked(candidate.location)
    assert not gc.is_tracked(Candidate(id="c", tags=[Tag(id="t")]))


def test_misspelt_and_camel_case_attributes_say_what_was_meant() -> None:
    candidate = Candidate.from_api({"id": "c1", "primaryEmailAddress": {"value": "a@example.com"}})
    with pytest.raises(AttributeError, match="did you mean 'primary_email_address'"):
        _ = candidate.primaryEmailAddress  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no attribute 'emial'"):
        _ = candidate.emial  # type: ignore[attr-defined]
    assert not hasattr(Candidate(id="c2"), "anything_else")


@pytest.mark.parametrize(
    "clone",
    [lambda m: pickle.loads(pickle.dumps(m)), copy.copy, copy.deepcopy],
    ids=["pickle", "copy", "deepcopy"],
)
def test_copies_keep_fields_and_the_original(emu: Emulator, client: AshbyClient, clone: Any) -> None:
    page = client.candidates.iter(limit=3).first_page().items
    for candidate in page:
        twin = clone(candidate)
        assert twin == candidate and isinstance(twin, Candidate) and type(twin) is type(candidate)
        assert twin.raw_data == candidate.raw_data


def test_conversions_round_trip() -> None:
    data = {
        "id": "c1",
        "createdAt": "2024-05-01T10:00:00.000Z",
        "primaryEmailAddress": {"value": "a@example.com", "type": "Work", "isPrimary": True},
        "tags": [{"id": "t", "title": "Senior"}],
    }
    candidate = Candidate.from_api(data)
    as_dict = candidate.to_dict()
    assert as_dict["primaryEmailAddress"] == {"value": "a@example.com", "type": "Work", "isPrimary": True}
    assert Candidate.from_api(as_dict) == candidate
    assert Candidate.from_api(json.loads(candidate.to_json())) == candidate
    assert msgspec.convert(as_dict, Candidate) == candidate
    python = candidate.to_dict(use_api_names=False)
    assert python["primary_email_address"]["is_primary"] is True and python["tags"] == [{"id": "t", "title": "Senior"}]
    assert json.loads(candidate.to_json(indent=2)) == as_dict


def test_repr_shows_the_fields_that_are_set_and_never_a_webhook_secret() -> None:
    assert repr(Candidate(id="c1", name="Ada")) == "Candidate(id='c1', name='Ada')"
    webhook = Webhook.from_api({"id": "w", "secretToken": "s3cr3t-token", "requestUrl": "https://example.com"})
    assert "s3cr3t" not in repr(webhook) and "s3cr3t" not in str(webhook)
    assert "s3cr3t" not in repr(webhook.__rich_repr__())
    assert webhook.secret_token == "s3cr3t-token"
