"""Bad input to any typed method gets one of our own clear exceptions, never a traceback from inside.

For every endpoint of the catalogue, the typed method is called with valid arguments
except one, which hypothesis replaces by something wrong: another type, an empty or
huge string, a negative or huge number, nested junk.

- A value that makes the request malformed (the wrong JSON type for the parameter,
  something JSON cannot carry, a date that is not a date) must raise
  :class:`AshbyArgumentError` before anything is sent.
- Any other value (``None``, an empty or odd string, an unknown enum value) is
  Ashby's to judge: it is sent, and the call succeeds or raises an :class:`AshbyError`.

A ``TypeError``, a msgspec ``ValidationError`` or an httpx error leaking out is a bug.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ashby_sdk import AshbyArgumentError, AshbyError
from ashby_sdk._catalogue import ENDPOINTS, Param, method_name, snake
from ashby_sdk._dates import parse_moment
from ashby_sdk.emulator import Emulator
from ashby_sdk.pagination import Pager

from .conftest import api_requests, make_client
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


_TYPES: dict[str, Any] = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "object": dict}


def _json_ok(value: Any) -> bool:
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, (list, tuple)):
        return all(_json_ok(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_ok(v) for k, v in value.items())
    return value is None or isinstance(value, (str, int, bool))


def malformed(param: Param, value: Any) -> bool:
    """Whether ``value`` would make a malformed request for ``param`` (what the SDK must refuse)."""
    if value is None or param.type == "file":
        return False
    if not _json_ok(value):
        return True
    if param.format in ("epoch-ms", "date-time"):
        if isinstance(value, str):
            try:
                parse_moment(value)
            except AshbyArgumentError:
                return True
            return False
        return isinstance(value, bool) or not isinstance(value, int)
    if param.format == "date":  # to_date: a string goes as given, an int is milliseconds since the epoch
        return not isinstance(value, str) and (isinstance(value, bool) or not isinstance(value, int))
    if param.type in ("string[]", "object[]"):
        inner = str if param.type == "string[]" else dict
        return not isinstance(value, (list, tuple)) or not all(isinstance(v, inner) for v in value)
    expected = _TYPES.get(param.type)
    if expected is None:
        return False
    return (isinstance(value, bool) and param.type in ("integer", "number")) or not isinstance(value, expected)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_bad_argument_is_our_error(setup: dict[str, tuple[Emulator, dict[str, Any]]], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(NAMES), label="endpoint")
    emu, valid_kwargs = setup[name]
    endpoint = ENDPOINTS[name]
    spec = data.draw(st.sampled_from(endpoint.params), label="parameter")
    value = data.draw(BAD_VALUES, label="value")
    kwargs = {**valid_kwargs, spec.python_name: value}
    resource, method = method_name(name)
    sent_before = len(api_requests(emu, name))
    with make_client(emu, max_retries=0) as client:
        try:
            result = getattr(getattr(client, resource), method)(**kwargs)
            if isinstance(result, Pager):
                result.first_page()
            outcome: Exception | None = None
        except AshbyError as exc:
            outcome = exc  # clear and catchable
    if malformed(spec, value):
        assert isinstance(outcome, AshbyArgumentError), f"{name}: {spec.python_name}={value!r:.80} must be refused"
        assert len(api_requests(emu, name)) == sent_before, "a malformed request was sent"
