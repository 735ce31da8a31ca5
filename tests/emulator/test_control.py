"""Control endpoints (``/_emulator/*``) need the key beyond loopback; the request log stays bounded."""

from __future__ import annotations

import httpx
import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator._requestlog import DEFAULT_REQUEST_LOG_SIZE, RequestLog
from ashby_sdk.emulator._util import is_loopback
from ashby_sdk.emulator.server import serve_in_thread

from .conftest import Api


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        *[("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("[::1]", True), ("localhost", True)],
        *[("0.0.0.0", False), ("::", False), ("192.168.1.10", False), ("ashby.internal", False)],
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.slow
def test_beyond_loopback_the_control_endpoints_take_the_key() -> None:
    pytest.importorskip("uvicorn")
    emu = Emulator(seed=0, candidates=5)
    with serve_in_thread(emu, host="0.0.0.0") as url:
        assert emu.exposed
        port = url.rsplit(":", 1)[1]
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=30) as anyone:
            assert anyone.get("/_emulator/requests").status_code == 401
            assert anyone.post("/_emulator/reset").status_code == 401
            assert anyone.post("/_emulator/faults", json={"clear": True}).status_code == 401
            wrong = anyone.get("/_emulator/requests", auth=("not-the-key", ""))
            assert wrong.status_code == 403 and wrong.json()["ok"] is False
            assert emu.api_key not in wrong.text
        with httpx.Client(base_url=base, auth=(emu.api_key, ""), timeout=30) as owner:
            assert owner.get("/_emulator/requests").status_code == 200
            assert owner.post("/_emulator/faults", json={"clear": True}).json() == {"ok": True}
            handle = next(c for c in emu.org["candidate"] if c["resumeFileHandle"])["resumeFileHandle"]["handle"]
            file_url = owner.post("/file.info", json={"fileHandle": handle}).json()["results"]["url"]
        # A download URL is signed and short-lived, like Ashby's: it needs no key.
        assert httpx.get(file_url.replace(url, base), timeout=30).status_code == 200


@pytest.mark.slow
def test_on_loopback_the_control_endpoints_stay_open() -> None:
    pytest.importorskip("uvicorn")
    emu = Emulator(seed=0, candidates=5)
    with serve_in_thread(emu) as url, httpx.Client(base_url=url, timeout=30) as http:
        assert not emu.exposed
        assert http.get("/_emulator/requests").status_code == 200


def test_control_auth_can_be_required_anywhere() -> None:
    emu = Emulator(seed=0, candidates=0, control_auth=True)
    with httpx.Client(base_url=emu.base_url, transport=emu.transport()) as keyless:
        assert keyless.post("/_emulator/expire-sync-tokens").status_code == 401
    api = Api(emu)
    assert api.http.post("/_emulator/expire-sync-tokens").json() == {"ok": True}
    api.http.close()


def test_the_request_log_keeps_the_most_recent_requests() -> None:
    emu = Emulator(seed=0, candidates=5, request_log_size=3)
    api = Api(emu)
    for limit in range(1, 6):
        api.ok("candidate.list", {"limit": limit})
    assert len(emu.requests) == 3 and emu.requests.total == 5
    assert [r.body["limit"] for r in emu.requests] == [3, 4, 5]
    assert [r.number for r in emu.requests] == [3, 4, 5]
    assert [r.number for r in emu.requests[-2:]] == [4, 5]
    newer = api.http.get("/_emulator/requests", params={"since": 4}).json()
    assert [r["body"]["limit"] for r in newer] == [5]
    assert api.http.get("/_emulator/requests", params={"since": "x"}).status_code == 400


def test_the_request_log_keeps_the_headers_but_not_the_key() -> None:
    emu = Emulator(seed=0, candidates=5)
    api = Api(emu)
    api.ok("candidate.list", {"limit": 1})
    api.raw("candidate.list", {}, headers={"X-Trace": "t-1", "Authorization": "Basic eA=="})
    first, second = emu.requests
    assert first.headers["content-type"] == "application/json" and "authorization" not in first.headers
    assert second.headers["x-trace"] == "t-1" and "authorization" not in second.headers
    logged = api.http.get("/_emulator/requests").json()
    assert logged[1]["headers"]["x-trace"] == "t-1" and all("authorization" not in r["headers"] for r in logged)
    api.http.close()


def test_the_request_log_has_a_default_bound() -> None:
    assert Emulator(seed=0, candidates=0).requests.maxlen == DEFAULT_REQUEST_LOG_SIZE == 10_000
    with pytest.raises(ValueError, match="at least 1"):
        Emulator(seed=0, candidates=0, request_log_size=0)


def test_the_request_log_reads_like_a_list() -> None:
    log: RequestLog[int] = RequestLog(4)
    log.extend(range(6))
    assert log == [2, 3, 4, 5] and log.total == 6
    assert log[0] == 2 and log[-1] == 5 and log[1:3] == [3, 4] and log[::-2] == [5, 3]
    log.clear()
    assert log == [] and log.total == 6
