"""Bad input to any typed method gets one of our own clear exceptions, never a traceback from inside.

For every endpoint of the catalogue, the typed method is called with valid arguments
except one, which hypothesis replaces by something wrong: another type, an empty or
huge string, a negative or huge number, nested junk. The call must either succeed
(the value was acceptable after all) or raise an :class:`AshbyError`; a ``TypeError``,
a msgspec ``ValidationError`` or an httpx error leaking out is a bug.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ashby_sdk import AshbyError
from ashby_sdk._catalogue import ENDPOINTS, method_name, snake
from ashby_sdk.emulator import Emulator
from ashby_sdk.pagination import Pager

from .conftest import make_client
from .emulator.conftest import Api
from .emulator.samples import happy_params

BAD_VALUES = st.one_of(
    st.sampled_from(["", " ", "x" * 100_000, "../../etc/passwd", "\x00", "💥", "null"]),
    st.sampled_from([0, -1, 2**63, 2**70, 1.5, float("nan"), True, False]),
    st.sampled_from([None, [], {}, [1, 2], [None], {"a": {"b": []}}, ["", ""], object()]),
)
NAMES = sorted(name for name, endpoint in ENDPOINTS.items() if endpoint.params)


@pytest.fixture(scope="module")
def setup() -> dict[str, tuple[Emulator, dict[str, Any]]]:
    """Per endpoint, an emulator and valid arguments for it (making them may change the organisation)."""
    valid: dict[str, tuple[Emulator, dict[str, Any]]] = {}
    for name in NAMES:
        emu = Emulator(seed=3, candidates=10)
        api = Api(emu)
        params = happy_params(emu, api, ENDPOINTS[name])
        api.http.close()
        if isinstance(params, tuple):
            data, files = params
            ((part, (_, content, _)),) = files.items()
            params = {**data, part: content}
        valid[name] = (emu, {snake(k): v for k, v in params.items()})
    return valid


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_bad_argument_is_our_error(setup: dict[str, tuple[Emulator, dict[str, Any]]], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(NAMES), label="endpoint")
    emu, valid_kwargs = setup[name]
    endpoint = ENDPOINTS[name]
    param = snake(data.draw(st.sampled_from([p.name for p in endpoint.params]), label="parameter"))
    kwargs = {**valid_kwargs, param: data.draw(BAD_VALUES, label="value")}
    resource, method = method_name(name)
    with make_client(emu, max_retries=0) as client:
        try:
            result = getattr(getattr(client, resource), method)(**kwargs)
            if isinstance(result, Pager):
                result.first_page()
        except AshbyError:
            pass  # clear and catchable: what we want
