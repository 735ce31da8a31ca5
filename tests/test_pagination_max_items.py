"""``max_items`` on every list, iterator and sync pager: stop once N objects were yielded.

``limit`` stays the page size, as the seed interface defines it; ``max_items`` is "the first N", and no
page beyond them is fetched.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AsyncAshbyClient
from ashby_sdk._catalogue import ENDPOINTS, method_name
from ashby_sdk.emulator import Emulator

from .conftest import api_requests, make_client
from .emulator.conftest import Api
from .emulator.samples import happy_params


def test_list_of_one_makes_one_small_request(emu: Emulator, client: AshbyClient) -> None:
    assert len(client.candidates.list(max_items=1)) == 1
    (request,) = api_requests(emu, "candidate.list")
    assert request.body == {"limit": 1}  # type: ignore[attr-defined]


def test_the_page_size_stays_limit(emu: Emulator, client: AshbyClient) -> None:
    found = client.candidates.list(limit=20, max_items=45)
    assert len(found) == 45
    assert [r.body["limit"] for r in api_requests(emu, "candidate.list")] == [20, 20, 20]  # type: ignore[attr-defined]
    assert [c.id for c in found] == [c.id for c in client.candidates.list(limit=20)][:45]


def test_iterating_lazily_fetches_no_page_beyond_the_cap(emu: Emulator, client: AshbyClient) -> None:
    pager = client.candidates.iter(limit=10, max_items=10)
    assert sum(1 for _ in pager) == 10
    assert len(api_requests(emu, "candidate.list")) == 1


def test_a_sync_stopped_early_has_no_token_and_a_drained_one_has(emu: Emulator, client: AshbyClient) -> None:
    stopped = client.candidates.sync(max_items=3)
    assert len(stopped.to_list()) == 3 and stopped.sync_token is None
    drained = client.candidates.sync(max_items=10_000)
    assert len(drained.to_list()) == len(emu.org["candidate"]) and drained.sync_token


def test_unpaged_lists_are_capped_too(emu: Emulator, client: AshbyClient) -> None:
    assert len(client.sources.list(max_items=2)) == 2
    assert len(client.job_postings.list(max_items=1)) == 1
    assert api_requests(emu, "source.list")[0].body == {}  # type: ignore[attr-defined]  # no limit for unpaged lists


@pytest.mark.anyio
async def test_async_lists_are_capped(emu: Emulator, aclient: AsyncAshbyClient) -> None:
    assert len(await aclient.applications.list(max_items=2)) == 2
    seen = [a async for a in aclient.applications.iter(max_items=3)]
    assert len(seen) == 3
    assert len(api_requests(emu, "application.list")) == 2


@pytest.mark.parametrize("bad", [0, -1, True, "5", 2.5])
def test_a_bad_cap_is_refused(client: AshbyClient, bad: Any) -> None:
    with pytest.raises(AshbyArgumentError, match="max_items"):
        client.candidates.list(max_items=bad)


def _listing_methods() -> list[tuple[str, str]]:
    with AshbyClient(api_key="k") as client:
        names = sorted({n for n in vars(AshbyClient) if hasattr(getattr(AshbyClient, n), "func")})
        found = []
        for name in names:
            resource = getattr(client, name)
            for method, _ in inspect.getmembers(type(resource), callable):
                if method in ("list", "iter", "sync") or method.startswith(("list_", "sync_")):
                    found.append((name, method))
    return found


@pytest.mark.parametrize(("resource", "method"), _listing_methods())
def test_every_list_iterator_and_sync_takes_max_items(resource: str, method: str) -> None:
    for client_class in (AshbyClient, AsyncAshbyClient):
        resource_class = type(getattr(client_class(api_key="k"), resource))  # resources load on first use
        accepted = inspect.signature(getattr(resource_class, method)).parameters
        assert "max_items" in accepted, f"{client_class.__name__}.{resource}.{method}"


PAGED = sorted(name for name, e in ENDPOINTS.items() if e.paged)


@pytest.mark.parametrize("name", PAGED)
def test_every_paged_list_stops_after_max_items(name: str) -> None:
    emu = Emulator(seed=5, candidates=30)
    api = Api(emu)
    params = happy_params(emu, api, ENDPOINTS[name])
    api.http.close()
    assert isinstance(params, dict)
    from ashby_sdk._catalogue import snake

    before = len(api_requests(emu, name))
    resource, method = method_name(name)
    with make_client(emu) as client:
        result = getattr(getattr(client, resource), method)(**{snake(k): v for k, v in params.items()}, max_items=1)
        items = list(result)
    assert len(items) <= 1
    assert len(api_requests(emu, name)) - before == 1


def test_paginate_any_endpoint_is_capped_too(emu: Emulator, client: AshbyClient) -> None:
    rows = list(client.paginate("candidate.list", max_items=3))
    assert len(rows) == 3 and all(isinstance(r, dict) for r in rows)
    assert [r.body for r in api_requests(emu, "candidate.list")] == [{"limit": 3}]  # type: ignore[attr-defined]
