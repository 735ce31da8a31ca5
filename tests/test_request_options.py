"""_request_options.py: per-call options through post_raw, request(), paginate() and with_options()."""

from __future__ import annotations

import contextlib

import httpx
import pytest

from ashby_sdk import (
    AshbyArgumentError,
    AshbyClient,
    AshbyConfigError,
    AshbyConnectionError,
    AshbyInvalidInputError,
    AshbyServerError,
    AshbyTimeoutError,
    AsyncAshbyClient,
)
from ashby_sdk.emulator import Emulator

from .conftest import api_requests, make_async_client


def _client(emu: Emulator, sent: list[httpx.Request], **options: object) -> AshbyClient:
    """A client of the emulator that also keeps every request it puts on the wire."""
    http = httpx.Client(transport=emu.transport(), event_hooks={"request": [sent.append]})
    return AshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http, **options)  # type: ignore[arg-type]


def test_api_version_is_sent_only_when_pinned(emu: Emulator) -> None:
    sent: list[httpx.Request] = []
    _client(emu, sent).request("department.list")
    assert "ashby-version" not in sent[-1].headers  # Ashby then uses the key's default version
    pinned = _client(emu, sent, api_version="2026-01-01")
    assert pinned.api_version == "2026-01-01"
    pinned.request("department.list")
    assert sent[-1].headers["Ashby-Version"] == "2026-01-01"
    pinned.request("department.list", extra_headers={"Ashby-Version": None})  # one call without it
    assert "ashby-version" not in sent[-1].headers
    pinned.with_options(api_version=None).request("department.list")
    assert "ashby-version" not in sent[-1].headers
    for bad in (20260101, "", "2026-01-01\r\nX-Evil: 1"):
        with pytest.raises(AshbyConfigError, match="api_version"):
            AshbyClient(api_key="k", api_version=bad)  # type: ignore[arg-type]


def test_extra_headers_per_call_and_per_copy(emu: Emulator) -> None:
    sent: list[httpx.Request] = []
    client = _client(emu, sent)
    user = client.request("user.list", {})[0]["id"]
    client.request("department.list", extra_headers={"X-On-Behalf-Of": user})
    assert sent[-1].headers["X-On-Behalf-Of"] == user
    client.request("department.list")
    assert "x-on-behalf-of" not in sent[-1].headers  # per call: gone on the next one
    acting = client.with_options(extra_headers={"X-On-Behalf-Of": user})
    list(acting.paginate("candidate.list", limit=25))
    assert len(sent) > 4 and all(r.headers["X-On-Behalf-Of"] == user for r in sent[-3:])  # every page
    acting.request("department.list", extra_headers={"x-on-behalf-of": None})
    assert "x-on-behalf-of" not in sent[-1].headers
    with pytest.raises(AshbyConfigError, match="api_key"):
        client.request("department.list", extra_headers={"Authorization": "Basic xyz"})
    with pytest.raises(AshbyConfigError, match="line breaks"):
        client.request("department.list", extra_headers={"X-Note": "a\r\nb"})
    with pytest.raises(AshbyConfigError, match="header name"):
        client.request("department.list", extra_headers={"bad name": "x"})


def test_extra_body_is_merged_as_given(emu: Emulator) -> None:
    sent: list[httpx.Request] = []
    client = _client(emu, sent)
    client.request("candidate.list", {"limit": 2}, extra_body={"limit": 3, "cursor": None})
    assert api_requests(emu, "candidate.list")[-1].body == {"limit": 3, "cursor": None}  # type: ignore[attr-defined]
    pages = list(client.paginate("candidate.list", limit=20, extra_body={"createdAfter": 0}).pages())
    assert len(pages) == 3
    assert all(r.body.get("createdAfter") == 0 for r in api_requests(emu, "candidate.list")[-3:])  # type: ignore[attr-defined]
    with pytest.raises(AshbyArgumentError, match="extra_body"):
        client.request("candidate.list", extra_body={"limit": float("nan")})


def test_request_sends_the_body_as_given(emu: Emulator) -> None:
    sent: list[httpx.Request] = []
    client = _client(emu, sent)
    application = client.request("application.list", {"limit": 1})[0]["id"]
    # Ashby: "pass null to unset an application's source"; what the emulator makes of it is its own business.
    with contextlib.suppress(AshbyInvalidInputError):
        client.request("application.changeSource", {"applicationId": application, "sourceId": None})
    assert sent[-1].content == b'{"applicationId":"' + application.encode() + b'","sourceId":null}'
    with pytest.raises(AshbyArgumentError, match="mapping"):
        client.request("department.list", ["not", "a", "dict"])  # type: ignore[arg-type]


def test_timeout_and_max_retries_per_call(emu: Emulator) -> None:
    from ashby_sdk.emulator.server import serve_in_thread

    with serve_in_thread(emu) as url, AshbyClient(api_key=emu.api_key, base_url=url, max_retries=3) as client:
        emu.faults.add("latency", endpoint="job.list", times=1, delay=1.0)
        with pytest.raises(AshbyTimeoutError):
            client.request("job.list", {}, timeout=0.2, max_retries=0)
        assert len(api_requests(emu, "job.list")) == 1
        emu.faults.add("503", endpoint="job.list", times=2, retry_after=0)
        with pytest.raises(AshbyServerError):
            client.request("job.list", {}, max_retries=0)
        assert client.request("job.list", {})  # the client's own max_retries=3 outlasts the second 503
        assert [r.status_code for r in api_requests(emu, "job.list")][1:] == [503, 503, 200]


def test_idempotent_opt_in_retries_a_write_after_a_lost_answer(emu: Emulator, client: AshbyClient) -> None:
    """The default never sends a create twice; idempotent=True is the caller saying a second send is fine."""
    emu.faults.add("drop", endpoint="candidate.create", after_handler=True)
    with pytest.raises(AshbyConnectionError):
        client.request("candidate.create", {"name": "Ada", "email": "ada@example.com"}, max_retries=5)
    assert len(api_requests(emu, "candidate.create")) == 1
    emu.faults.add("drop", endpoint="candidate.create", after_handler=True)
    client.request("candidate.create", {"name": "Bob", "email": "bob@example.com"}, idempotent=True)
    assert len(api_requests(emu, "candidate.create")) == 3


def test_idempotent_false_stops_retrying_an_idempotent_write(emu: Emulator, client: AshbyClient) -> None:
    department = client.request("department.list", {})[0]["id"]
    emu.faults.add("drop", endpoint="department.update")
    client.request("department.update", {"departmentId": department, "name": "Research"})  # flagged: retried
    assert len(api_requests(emu, "department.update")) == 2
    emu.faults.add("drop", endpoint="department.update")
    with pytest.raises(AshbyConnectionError):
        client.request("department.update", {"departmentId": department, "name": "R&D"}, idempotent=False)
    assert len(api_requests(emu, "department.update")) == 3


def test_bad_options_are_config_errors(client: AshbyClient) -> None:
    cases = [
        ({"timeout": "slow"}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"idempotent": "yes"}, "idempotent"),
        ({"extra_headers": ["X-A"]}, "extra_headers"),
        ({"extra_body": "x=1"}, "extra_body"),
        ({"retries": 3}, "unknown option 'retries'"),
    ]
    for options, message in cases:
        with pytest.raises(AshbyConfigError, match=message):
            client.request("department.list", {}, **options)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_post_raw_and_paginate_take_options(emu: Emulator) -> None:
    sent: list[httpx.Request] = []

    async def keep(request: httpx.Request) -> None:
        sent.append(request)

    http = httpx.AsyncClient(transport=emu.async_transport(), event_hooks={"request": [keep]})
    async with AsyncAshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http) as client:
        answer = await client._api.post_raw("department.list", {}, extra_headers={"X-Trace": "1"})
        assert answer.status_code == 200 and sent[-1].headers["X-Trace"] == "1"
        items = [c async for c in client.paginate("candidate.list", limit=50, extra_headers={"X-Trace": "2"})]
        assert len(items) == len(emu.org["candidates"]) and sent[-1].headers["X-Trace"] == "2"
    async with make_async_client(emu) as plain:
        assert await plain.request("department.list", {}, max_retries=0) is not None
