"""Every parameter of every endpoint, given a value of the wrong shape, gets an Ashby error, never a 5xx.

A targeted complement to the property test: it starts from a valid body (so the
handler is reached) and spoils one parameter at a time.
"""

from __future__ import annotations

from typing import Any

import pytest

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk.emulator import Emulator

from .conftest import Api
from .samples import happy_params

BAD: list[Any] = ["", "x", 0, -1, 1.5, True, [], {}, [1], [None], {"a": 1}, ["", ""], [True], [{}]]
NAMES = sorted(name for name, e in ENDPOINTS.items() if e.params and not e.multipart)


@pytest.mark.parametrize("name", NAMES)
def test_spoiled_parameters_get_business_errors(name: str) -> None:
    endpoint = ENDPOINTS[name]
    emu = Emulator(seed=3, candidates=10)
    api = Api(emu)
    params = happy_params(emu, api, endpoint)
    assert isinstance(params, dict)
    for param in endpoint.params:
        for bad in BAD:
            answer = api.http.post(f"{emu.base_url}/{name}", json={**params, param.name: bad})
            assert answer.status_code < 500, (param.name, bad, answer.text[:200])
            assert answer.json()["success"] in (True, False)
    api.http.close()
