"""Fault injection: each kind, scripted and random, and the request log."""

from __future__ import annotations

import contextlib
import time

import httpx
import pytest

from ashby_sdk.emulator import Emulator

from .conftest import Api


@pytest.mark.parametrize(("kind", "status"), [("500", 500), ("503", 503)])
def test_json_5xx(api: Api, emu: Emulator, kind: str, status: int) -> None:
    emu.faults.add(kind, endpoint="candidate.list")
    response = api.raw("candidate.list")
    assert response.status_code == status
    assert response.json()["success"] is False
    assert api.raw("candidate.list").status_code == 200
    assert [r.fault for r in emu.requests] == [kind, None]


def test_502_is_html_like_a_proxy(api: Api, emu: Emulator) -> None:
    emu.faults.add("502_html")
    response = api.raw("job.list")
    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html"
    assert b"502 Bad Gateway" in response.content


def test_429_carries_retry_after(api: Api, emu: Emulator) -> None:
    emu.faults.add("429", retry_after=7, times=2)
    assert [api.raw("job.list").headers.get("retry-after") for _ in range(3)] == ["7", "7", None]


def test_drop_raises_remote_protocol_error_and_changes_nothing(api: Api, emu: Emulator) -> None:
    emu.faults.add("drop", endpoint="candidate.create")
    before = len(emu.org["candidate"])
    with pytest.raises(httpx.RemoteProtocolError):
        api.raw("candidate.create", {"name": "Lost"})
    assert len(emu.org["candidate"]) == before
    assert emu.requests[-1].fault == "drop"


def test_drop_after_handler_loses_the_answer_but_keeps_the_write(api: Api, emu: Emulator) -> None:
    emu.faults.add("drop", endpoint="candidate.create", after_handler=True)
    before = len(emu.org["candidate"])
    with pytest.raises(httpx.RemoteProtocolError):
        api.raw("candidate.create", {"name": "Landed"})
    assert len(emu.org["candidate"]) == before + 1


def test_faulted_write_changes_nothing(api: Api, emu: Emulator) -> None:
    emu.faults.add("503", endpoint="candidate.create")
    before = emu.org.seq
    assert api.raw("candidate.create", {"name": "No"}).status_code == 503
    assert emu.org.seq == before


def test_latency_fault_and_constant_latency(api: Api, emu: Emulator) -> None:
    emu.faults.add("latency", delay=0.05)
    start = time.perf_counter()
    assert api.raw("apiKey.info").status_code == 200
    assert time.perf_counter() - start >= 0.05
    emu.latency = 0.03
    start = time.perf_counter()
    api.raw("apiKey.info")
    assert time.perf_counter() - start >= 0.03


def test_expire_sync_token_fault_only_hits_token_requests(api: Api, emu: Emulator) -> None:
    _, token = api.all("candidate.list")
    emu.faults.add("expire_sync_token", endpoint="candidate.list")
    assert api.raw("candidate.list").json()["success"] is True
    assert api.error("candidate.list", {"syncToken": token}) == "sync_token_expired"
    assert api("candidate.list", {"syncToken": token})["success"] is True


def test_fault_for_another_endpoint_waits(api: Api, emu: Emulator) -> None:
    emu.faults.add("500", endpoint="job.list")
    assert api.raw("candidate.list").status_code == 200
    assert api.raw("job.list").status_code == 500


def test_random_schedule_is_deterministic() -> None:
    def run() -> list[str | None]:
        emu = Emulator(seed=0, candidates=5)
        emu.faults.random(rate_5xx=0.2, rate_429=0.2, rate_drop=0.1, latency=0.1, seed=3, latency_delay=0.0)
        api = Api(emu)
        for _ in range(60):
            with contextlib.suppress(httpx.RemoteProtocolError):
                api.raw("apiKey.info")
        return [r.fault for r in emu.requests]

    first = run()
    assert first == run()
    assert {"drop", "429", "latency"} <= set(first)
    assert set(first) & {"500", "502_html", "503"}
    assert None in first


def test_bad_fault_arguments(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        emu.faults.add("teapot")
    with pytest.raises(ValueError, match="times"):
        emu.faults.add("500", times=0)
    with pytest.raises(ValueError, match="rates"):
        emu.faults.random(rate_5xx=0.9, rate_429=0.9)


def test_fault_control_endpoint(api: Api, emu: Emulator) -> None:
    assert api.http.post("/_emulator/faults", json={"kind": "503", "endpoint": "job.list"}).json() == {"ok": True}
    assert api.raw("job.list").status_code == 503
    api.http.post("/_emulator/faults", json={"random": {"rate_5xx": 1.0, "seed": 1}})
    assert api.raw("job.list").status_code >= 500
    api.http.post("/_emulator/faults", json={"clear": True})
    assert api.raw("job.list").status_code == 200
    assert api.http.post("/_emulator/faults", json={"kind": "nope"}).status_code == 400
    log = api.http.get("/_emulator/requests").json()
    assert [r["endpoint"] for r in log] == ["job.list"] * 3


def test_5xx_faults_can_carry_retry_after() -> None:
    import httpx

    from ashby_sdk.emulator import Emulator

    emu = Emulator(seed=1, candidates=5)
    emu.faults.add("503", endpoint="job.list", retry_after=0)
    emu.faults.add("500", endpoint="job.list")
    with httpx.Client(transport=emu.transport(), auth=(emu.api_key, "")) as http:
        first = http.post(f"{emu.base_url}/job.list", json={})
        second = http.post(f"{emu.base_url}/job.list", json={})
    assert (first.status_code, first.headers.get("retry-after")) == (503, "0")
    assert (second.status_code, second.headers.get("retry-after")) == (500, None)
