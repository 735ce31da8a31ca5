"""Arbitrary bodies at every endpoint: always a well-formed envelope, never a 5xx without a fault."""

from __future__ import annotations

import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk.emulator import Emulator

EMU = Emulator(seed=11, candidates=30)
HTTP = httpx.Client(base_url=EMU.base_url, transport=EMU.transport(), auth=(EMU.api_key, ""))
REAL_IDS = [
    next(iter(EMU.org[kind]))["id"]
    for kind in ("candidate", "application", "job", "interviewStage", "tag", "source", "archiveReason", "user")
]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(REAL_IDS),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8,
)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(ENDPOINTS)))
    endpoint = ENDPOINTS[name]
    names = sorted(endpoint.param_names) or ["x"]
    shape = draw(st.integers(0, 3))
    body: Any
    if shape == 0:
        body = draw(st.dictionaries(st.sampled_from(names), json_values, max_size=len(names)))
    elif shape == 1:
        body = draw(json_values)
    elif shape == 2:
        return name, draw(st.binary(max_size=40))
    else:
        body = {n: draw(json_values) for n in names}
    return name, json.dumps(body).encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_every_response_is_a_well_formed_envelope(request: tuple[str, bytes]) -> None:
    name, body = request
    response = HTTP.post(f"/{name}", content=body, headers={"content-type": "application/json"})
    assert response.status_code < 500, response.text
    payload = response.json()
    assert isinstance(payload["success"], bool)
    assert response.headers["x-ashby-request-id"]
    if payload["success"]:
        assert "results" in payload
        if ENDPOINTS[name].paged:
            assert isinstance(payload["moreDataAvailable"], bool)
    else:
        info = payload["errorInfo"]
        assert payload["errors"] == [info["code"]]
        assert isinstance(info["message"], str) and info["requestId"] == response.headers["x-ashby-request-id"]
