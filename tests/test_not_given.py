"""``None`` sends ``null``; an argument left out (``NOT_GIVEN``) sends nothing, on every typed method.

Ashby gives ``null`` meanings ("pass null to unset an application's source"; a null ``fieldValue`` clears
a custom field), so the SDK must be able to send it, and must not send it for arguments the caller never
gave. Checked for every optional parameter of every endpoint of the catalogue, on the wire.
"""

from __future__ import annotations

import contextlib
import inspect
import pickle
from typing import Any

import pytest

from ashby_sdk import NOT_GIVEN, AshbyClient, AshbyError, NotGiven
from ashby_sdk._catalogue import ENDPOINTS, Endpoint, method_name, snake
from ashby_sdk.emulator import Emulator

from .conftest import api_requests, make_client
from .emulator.conftest import Api
from .emulator.samples import happy_params

SDK_DEFAULTS = {("hiringTeamRole.list", "namesOnly"): False}
"""Optional parameters a typed method sends on its own: objects with ids, not bare names, by default."""
EXACTLY_ONE_OF = {("candidate.uploadResume", "resumeHandle"), ("candidate.uploadFile", "fileHandle")}
"""Handles that stand for the file part: ``None`` means "send the file instead" (one of the two)."""
IDS_THE_DEFINITION_LEAVES_OPTIONAL = {
    ("application.listHistory", "applicationId"),
    ("customField.info", "customFieldId"),
    ("opening.update", "openingId"),
    ("opening.setArchived", "openingId"),
    ("opening.setOpeningState", "openingId"),
}
"""The object a call is about: the typed method requires its id although the definition does not mark it."""
SEED_DEFAULTS = {("surveySubmission.list", "surveyType"): "Questionnaire"}
"""Required by Ashby, given a default by the seed interface's signature."""


def _typed(client: Any, name: str) -> Any:
    resource, method = method_name(name)
    return getattr(getattr(client, resource), method)


def _parameters(name: str) -> dict[str, inspect.Parameter]:
    resource, method = method_name(name)
    return dict(inspect.signature(getattr(_RESOURCES[resource], method)).parameters)


with AshbyClient(api_key="k") as _client:
    _RESOURCES = {method_name(n)[0]: type(_typed(_client, n).__self__) for n in ENDPOINTS}


def test_not_given_is_one_falsy_picklable_value() -> None:
    assert NotGiven() is NOT_GIVEN and not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN"
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_every_optional_parameter_defaults_to_not_given(name: str) -> None:
    accepted = _parameters(name)
    for param in ENDPOINTS[name].params:
        if param.type == "file":
            continue
        default = accepted[param.python_name].default
        if param.required:
            expected = SEED_DEFAULTS.get((name, param.name), inspect.Parameter.empty)
            assert default == expected, f"{name}: {param.python_name} is required by Ashby"
        elif (name, param.name) in IDS_THE_DEFINITION_LEAVES_OPTIONAL:
            assert default is inspect.Parameter.empty
        elif (name, param.name) in SDK_DEFAULTS:
            assert default == SDK_DEFAULTS[name, param.name]
        elif (name, param.name) in EXACTLY_ONE_OF:
            assert default is None
        else:
            assert default is NOT_GIVEN, f"{name}: {param.python_name} defaults to {default!r}"


def _kwargs(params: Any) -> dict[str, Any]:
    if isinstance(params, tuple):
        data, files = params
        ((part, (_, content, _)),) = files.items()
        return {**{snake(k): v for k, v in data.items()}, snake(part): content}
    return {snake(k): v for k, v in params.items()}


def _send(emu: Emulator, endpoint: Endpoint, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Call the typed method and answer the body the emulator received (whatever it answered)."""
    before = len(api_requests(emu, endpoint.name))
    with make_client(emu, max_retries=0) as client, contextlib.suppress(AshbyError):
        result = _typed(client, endpoint.name)(**kwargs)
        if hasattr(result, "first_page"):
            result.first_page()
    sent = api_requests(emu, endpoint.name)[before:]
    assert sent, f"{endpoint.name} sent nothing"
    body: dict[str, Any] = sent[0].body  # type: ignore[attr-defined]
    return body


NULLABLE = sorted(
    name
    for name, e in ENDPOINTS.items()
    if not e.multipart
    and any(
        not p.required and (name, p.name) not in SDK_DEFAULTS.keys() | IDS_THE_DEFINITION_LEAVES_OPTIONAL
        for p in e.params
    )
)


@pytest.mark.parametrize("name", NULLABLE)
def test_left_out_sends_nothing_and_none_sends_null(name: str) -> None:
    endpoint = ENDPOINTS[name]
    emu = Emulator(seed=5, candidates=10)
    api = Api(emu)
    given = _kwargs(happy_params(emu, api, endpoint))
    api.http.close()
    body = _send(emu, endpoint, given)
    sent = {k for k in body if k not in ("limit", "cursor")}
    assert sent == {p.name for p in endpoint.params if p.python_name in given}, "only what was given is sent"
    nulls = [
        p
        for p in endpoint.params
        if not (p.required or p.python_name in given or p.type == "file")
        and (name, p.name) not in SDK_DEFAULTS.keys() | IDS_THE_DEFINITION_LEAVES_OPTIONAL
    ]
    body = _send(emu, endpoint, {**given, **{p.python_name: None for p in nulls}})
    for param in nulls:
        assert param.name in body and body[param.name] is None, f"{name}: {param.python_name}=None must send null"


def test_null_unsets_an_application_source(emu: Emulator, client: AshbyClient) -> None:
    """Ashby: 'pass null to unset an application's source' (required, and nullable)."""
    app = client.applications.list(max_items=1)[0]
    with contextlib.suppress(AshbyError):
        client.applications.change_source(app.id, None)
    assert api_requests(emu, "application.changeSource")[-1].body == {  # type: ignore[attr-defined]
        "applicationId": app.id,
        "sourceId": None,
    }


def test_null_clears_a_custom_field_value(emu: Emulator, client: AshbyClient) -> None:
    field = client.custom_fields.list()[0]
    app = client.applications.list(max_items=1)[0]
    with contextlib.suppress(AshbyError):
        client.custom_fields.set_value(object_id=app.id, object_type="Application", field_id=field.id, field_value=None)  # type: ignore[arg-type]
    assert api_requests(emu, "customField.setValue")[-1].body["fieldValue"] is None  # type: ignore[attr-defined]


def test_a_required_argument_left_out_is_refused_before_sending(emu: Emulator, client: AshbyClient) -> None:
    from ashby_sdk import AshbyArgumentError

    with pytest.raises(AshbyArgumentError, match="title is required"):
        client.projects.create(title=NOT_GIVEN)  # type: ignore[arg-type]
    assert api_requests(emu, "project.create") == []
