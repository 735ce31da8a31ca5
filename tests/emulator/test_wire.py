"""The pipeline: auth, envelope, routing, parsing, validation, request ids, permissions."""

from __future__ import annotations

import httpx
import pytest

from ashby_sdk.emulator import Emulator

from .conftest import Api


def test_success_envelope_and_request_id(api: Api) -> None:
    response = api.raw("candidate.list", {"limit": 1})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert len(response.headers["x-ashby-request-id"]) == 26
    body = response.json()
    assert body["success"] is True
    assert isinstance(body["results"], list)


def test_missing_key_is_401_with_error_body(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.base_url, transport=emu.transport()) as http:
        response = http.post("/candidate.list", json={})
    assert response.status_code == 401
    body = response.json()
    assert body["success"] is False
    assert body["errorInfo"]["requestId"] == response.headers["x-ashby-request-id"]


def test_wrong_key_is_403(emu: Emulator) -> None:
    # Ashby's authentication page: a missing key is 401, a wrong or deactivated key 403.
    with httpx.Client(base_url=emu.base_url, transport=emu.transport(), auth=("nope", "")) as http:
        response = http.post("/candidate.list", json={})
    assert response.status_code == 403
    assert response.json()["success"] is False


def test_default_key_is_deterministic() -> None:
    assert Emulator(seed=3, candidates=0).api_key == "ashby_emulator_key_3"
    assert Emulator(seed=3, candidates=0, api_key="k").api_key == "k"


def test_unknown_endpoint_is_404_envelope(api: Api) -> None:
    response = api.raw("candidate.explode")
    assert response.status_code == 404
    assert response.json()["errorInfo"]["code"] == "endpoint_not_found"


def test_get_instead_of_post_is_405(api: Api) -> None:
    response = api.http.get("/candidate.list")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["success"] is False


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe"])
def test_malformed_body_is_invalid_input(api: Api, body: bytes) -> None:
    response = api.http.post("/candidate.list", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["errorInfo"]["code"] == "invalid_input"


def test_empty_body_is_an_empty_object(api: Api) -> None:
    response = api.http.post("/candidate.list", content=b"")
    assert response.json()["success"] is True


def test_validation_names_the_field(api: Api) -> None:
    payload = api("application.info", {"applicationId": 5})
    assert payload["errorInfo"]["code"] == "invalid_input"
    assert "applicationId" in payload["errorInfo"]["message"]
    payload = api("candidate.addTag", {"candidateId": "x"})
    assert "tagId" in payload["errorInfo"]["message"]
    payload = api("application.list", {"status": "Sleeping"})
    assert "status" in payload["errorInfo"]["message"]


def test_candidate_info_rejects_candidate_id(api: Api) -> None:
    # The Ashby quirk: candidate.info takes `id`; `candidateId` is invalid_input.
    cid = api.ok("candidate.list", {"limit": 1})[0]["id"]
    assert api.error("candidate.info", {"candidateId": cid}) == "invalid_input"
    assert api.ok("candidate.info", {"id": cid})["id"] == cid


def test_unknown_fields_are_ignored_unless_strict() -> None:
    api = Api(Emulator(seed=0, candidates=5))
    assert len(api.ok("candidate.list", {"bogus": 1, "limit": 2})) == 2
    strict = Api(Emulator(seed=0, candidates=5, strict=True))
    assert strict.error("candidate.list", {"bogus": 1}) == "invalid_input"


def test_missing_permission_is_403() -> None:
    emu = Emulator(seed=0, candidates=5, permissions={"candidatesRead"})
    api = Api(emu)
    assert api.raw("candidate.list").status_code == 200
    response = api.raw("job.list")
    assert response.status_code == 403
    assert response.json()["errorInfo"]["code"] == "missing_endpoint_permission"


def test_request_log_records_each_request(api: Api) -> None:
    api.raw("candidate.list", {"limit": 2})
    api.raw("candidate.info", {"id": "missing"})
    first, second = api.emu.requests[-2:]
    assert (first.endpoint, first.status_code, first.body, first.fault) == ("candidate.list", 200, {"limit": 2}, None)
    assert first.success is True
    assert (second.success, second.error_code) == (False, "candidate_not_found")


def test_handler_bug_is_a_500_envelope_not_a_traceback(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    from ashby_sdk.emulator import routes

    def boom(ctx: object, params: object) -> object:
        raise RuntimeError("bug")

    monkeypatch.setitem(routes.ROUTES, "apiKey.info", boom)
    response = api.raw("apiKey.info")
    assert response.status_code == 500
    assert response.json()["success"] is False
