"""The route table covers the catalogue; every endpoint answers its happy path and its main error."""

from __future__ import annotations

from typing import Any

import pytest

from ashby_sdk._catalogue import ENDPOINTS, Endpoint
from ashby_sdk.emulator import Emulator, rules
from ashby_sdk.emulator.routes import ROUTES

from .conftest import Api
from .samples import happy_params

BOGUS = "00000000-0000-4000-8000-000000000000"
FILLERS: dict[str, Any] = {"object": {}, "object[]": [], "boolean": True, "integer": 1}


def test_every_catalogue_endpoint_has_a_route() -> None:
    assert set(ROUTES) == set(ENDPOINTS)


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_happy_path(emu: Emulator, api: Api, name: str) -> None:
    endpoint = ENDPOINTS[name]
    params = happy_params(emu, api, endpoint)
    if isinstance(params, tuple):
        data, files = params
        response = api.http.post(f"/{name}", data=data, files=files)
    else:
        response = api.raw(name, params)
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True, body
    if endpoint.returns_list:
        assert isinstance(body["results"], list)
    if endpoint.paged:
        assert isinstance(body["moreDataAvailable"], bool)
        assert ("syncToken" in body) == (endpoint.sync and not body["moreDataAvailable"])
    else:
        assert "nextCursor" not in body


def main_error(endpoint: Endpoint) -> tuple[dict[str, Any], str]:
    """A request ``endpoint`` must refuse, and the code it refuses it with."""
    required = [p for p in endpoint.params if p.required]
    ids = [p for p in required if p.type == "string" and (p.name.endswith("Id") or p.name == "id")]
    if ids:
        body: dict[str, Any] = {p.name: BOGUS for p in ids}
        for p in required:
            body.setdefault(p.name, p.enum[0] if p.enum else FILLERS.get(p.type, "x"))
        return body, "_not_found"
    if endpoint.params:
        first = endpoint.params[0]
        return {first.name: 12345 if first.type != "integer" else "nope"}, "invalid_input"
    return {"unexpected": True}, "invalid_input"  # refused in strict mode only: Ashby ignores unknown parameters


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_main_error(emu: Emulator, name: str) -> None:
    endpoint = ENDPOINTS[name]
    body, expected = main_error(endpoint)
    emu.strict = not endpoint.params
    api = Api(emu)
    code = api.error(name, body)
    assert code.endswith(expected) if expected.startswith("_") else code == expected
    api.http.close()


def test_hiring_team_roles_are_strings_unless_names_only_false(api: Api) -> None:
    assert all(isinstance(r, str) for r in api.ok("hiringTeamRole.list"))
    assert all(set(r) == {"id", "title"} for r in api.ok("hiringTeamRole.list", {"namesOnly": False}))


def test_job_list_leaves_out_drafts_unless_asked(api: Api, emu: Emulator) -> None:
    rules.create_job(emu.org, "Drafted Role", status="Draft")
    drafts = {j["id"] for j in emu.org["job"] if j["status"] == "Draft"}
    assert drafts
    default, _ = api.all("job.list")
    assert not drafts & {j["id"] for j in default}
    everything, _ = api.all("job.list", {"status": ["Draft", "Open", "Closed", "Archived"]})
    assert drafts <= {j["id"] for j in everything}
    assert len(everything) == len(emu.org["job"])


def test_application_list_filters(api: Api, emu: Emulator) -> None:
    job_id = next(iter(emu.org["application"]))["_jobId"]
    apps, _ = api.all("application.list", {"jobId": job_id})
    assert apps and all(a["job"]["id"] == job_id for a in apps)
    archived, _ = api.all("application.list", {"status": "Archived"})
    assert archived and all(a["status"] == "Archived" and a["archiveReason"] for a in archived)
    assert api.ok("application.list", {"createdAfter": 4_000_000_000_000}) == []


def test_non_paged_lists_return_everything(api: Api, emu: Emulator) -> None:
    postings = api.ok("jobPosting.list")
    assert len(postings) == len(emu.org["jobPosting"])
    assert "descriptionHtml" not in postings[0]
    info = api.ok("jobPosting.info", {"jobPostingId": postings[0]["id"]})
    assert info["descriptionHtml"].startswith("<p>")
    assert info["descriptionPlain"]
    sources = api.ok("source.list")
    assert all("title" in s and "sourceType" in s and not s["isArchived"] for s in sources)
    assert len(api.ok("source.list", {"includeArchived": True})) == len(emu.org["source"])
    reasons = api.ok("archiveReason.list")
    assert all({"text", "reasonType", "isArchived"} <= set(r) for r in reasons)


def test_candidate_shape(api: Api) -> None:
    cand = api.ok("candidate.list", {"limit": 1})[0]
    expected = {
        "id",
        "name",
        "primaryEmailAddress",
        "emailAddresses",
        "primaryPhoneNumber",
        "phoneNumbers",
        "socialLinks",
        "tags",
        "position",
        "company",
        "school",
        "applicationIds",
        "resumeFileHandle",
        "fileHandles",
        "customFields",
        "profileUrl",
        "source",
        "creditedToUser",
        "timezone",
        "location",
        "createdAt",
        "updatedAt",
    }
    assert expected <= set(cand)
    assert set(cand["primaryEmailAddress"]) == {"value", "type", "isPrimary"}
    assert cand["createdAt"].endswith("Z") and cand["createdAt"][-5] == "."


def test_candidate_search(api: Api, emu: Emulator) -> None:
    cand = next(iter(emu.org["candidate"]))
    email = cand["primaryEmailAddress"]["value"]
    assert [c["id"] for c in api.ok("candidate.search", {"email": email.upper()})] == [cand["id"]]
    assert api.error("candidate.search", {}) == "invalid_input"
