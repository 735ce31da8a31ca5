"""Every endpoint of the API description (``_catalogue.py``) has its four consumers.

For each described endpoint: a typed method on the sync and async client named by the rule in api.md
(``_catalogue.method_name``) taking every described parameter, a sync method when it takes a
``syncToken``, an emulator route, and a round trip: the typed method called with valid arguments against
the emulator sends that endpoint and its answer parses into the described model.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from ashby_sdk import AshbyClient, AsyncAshbyClient
from ashby_sdk._catalogue import ENDPOINTS, Endpoint, method_name, snake
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.routes import ROUTES
from ashby_sdk.pagination import AsyncPager, Pager
from ashby_sdk.types import MODELS

from .conftest import api_requests, make_async_client, make_client
from .emulator.conftest import Api
from .emulator.samples import happy_params

NAMES = sorted(ENDPOINTS)


def sync_method(name: str) -> str:
    """The incremental-sync twin of a list method: ``list`` -> ``sync``, ``list_notes`` -> ``sync_notes``."""
    method = method_name(name)[1]
    return "sync" if method == "list" else "sync_" + method.removeprefix("list_")


def test_catalogue_size() -> None:
    assert len(ENDPOINTS) >= 150


@pytest.mark.parametrize("name", NAMES)
def test_typed_method(name: str) -> None:
    resource, method = method_name(name)
    for client_class in (AshbyClient, AsyncAshbyClient):
        prop = vars(client_class).get(resource)
        assert prop is not None, f"{client_class.__name__}.{resource} is missing for {name}"
        resource_class = type(getattr(client_class(api_key="k"), resource))  # resources load on first use
        assert resource_class.__name__ == inspect.signature(prop.func).return_annotation
        typed = getattr(resource_class, method, None)
        assert callable(typed), f"{resource}.{method} is missing for {name}"
        accepted = inspect.signature(typed).parameters
        missing = [snake(p.name) for p in ENDPOINTS[name].params if snake(p.name) not in accepted]
        assert not missing, f"{resource}.{method} does not take {missing}"
        if ENDPOINTS[name].sync:
            assert callable(getattr(resource_class, sync_method(name), None)), f"{resource}.{sync_method(name)}"


@pytest.mark.parametrize("name", NAMES)
def test_route(name: str) -> None:
    assert name in ROUTES


def _kwargs(endpoint: Endpoint, params: dict[str, Any] | tuple[dict[str, Any], Any]) -> dict[str, Any]:
    if isinstance(params, tuple):
        data, files = params
        ((part, (_, content, _)),) = files.items()
        return {**{snake(k): v for k, v in data.items()}, snake(part): content}
    return {snake(k): v for k, v in params.items()}


def _check(endpoint: Endpoint, result: Any) -> None:
    model = MODELS[endpoint.result or ""]
    items = list(result) if endpoint.returns_list else [result]
    assert all(isinstance(item, model) for item in items), (endpoint.name, items[:1])
    assert all(item.raw_data is not None for item in items)


@pytest.mark.parametrize("name", NAMES)
def test_round_trip(emu: Emulator, name: str) -> None:
    endpoint = ENDPOINTS[name]
    api = Api(emu)
    kwargs = _kwargs(endpoint, happy_params(emu, api, endpoint))
    resource, method = method_name(name)
    with make_client(emu) as client:
        before = len(api_requests(emu, name))
        result = getattr(getattr(client, resource), method)(**kwargs)
        if isinstance(result, Pager):
            result = result.to_list()
        assert len(api_requests(emu, name)) > before, f"{resource}.{method} did not call {name}"
        _check(endpoint, result)
        if endpoint.sync:
            pager = getattr(getattr(client, resource), sync_method(name))(**kwargs)
            _check(endpoint, pager.to_list())
            assert pager.sync_token, name
    api.http.close()


@pytest.mark.anyio
@pytest.mark.parametrize("name", NAMES)
async def test_round_trip_async(emu: Emulator, name: str) -> None:
    endpoint = ENDPOINTS[name]
    api = Api(emu)
    kwargs = _kwargs(endpoint, happy_params(emu, api, endpoint))
    resource, method = method_name(name)
    async with make_async_client(emu) as client:
        result = getattr(getattr(client, resource), method)(**kwargs)
        result = await (result.to_list() if isinstance(result, AsyncPager) else result)
        _check(endpoint, result)
        if endpoint.sync:
            pager = getattr(getattr(client, resource), sync_method(name))(**kwargs)
            _check(endpoint, await pager.to_list())
            assert pager.sync_token, name
    api.http.close()
