"""Per-key rate limiting with Retry-After."""

from __future__ import annotations

from ashby_sdk.emulator import Emulator

from .conftest import Api, FakeClock


def test_rate_limit_answers_429_with_retry_after(clock: FakeClock) -> None:
    api = Api(Emulator(seed=0, candidates=5, rate_limit=(3, 10.0), clock=clock))
    assert [api.raw("apiKey.info").status_code for _ in range(3)] == [200, 200, 200]
    limited = api.raw("apiKey.info")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "10"
    assert limited.json()["errorInfo"]["code"] == "rate_limit_exceeded"
    assert api.emu.requests[-1].fault == "rate_limited"
    clock.advance(10.5)
    assert api.raw("apiKey.info").status_code == 200


def test_rate_limit_is_off_by_default(api: Api) -> None:
    assert {api.raw("apiKey.info").status_code for _ in range(50)} == {200}
