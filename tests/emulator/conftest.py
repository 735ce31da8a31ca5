from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ashby_sdk.emulator import Emulator


class FakeClock:
    """A clock tests move by hand (tokens, cursors, file URLs and rate limits read it)."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Api:
    """A raw httpx client on an emulator, with a helper that posts and decodes."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.http = httpx.Client(base_url=emu.base_url, transport=emu.transport(), auth=(emu.api_key, ""))

    def raw(self, endpoint: str, body: Any = None, **kwargs: Any) -> httpx.Response:
        return self.http.post(f"/{endpoint}", json={} if body is None else body, **kwargs)

    def __call__(self, endpoint: str, body: Any = None) -> dict[str, Any]:
        response = self.raw(endpoint, body)
        payload: dict[str, Any] = response.json()
        return payload

    def ok(self, endpoint: str, body: Any = None) -> Any:
        payload = self(endpoint, body)
        assert payload["success"] is True, payload
        return payload["results"]

    def error(self, endpoint: str, body: Any = None) -> str:
        payload = self(endpoint, body)
        assert payload["success"] is False, payload
        code: str = payload["errorInfo"]["code"]
        assert payload["errors"] == [code]
        return code

    def all(self, endpoint: str, body: dict[str, Any] | None = None) -> tuple[list[dict[str, Any]], str | None]:
        """Every page of a listing; the results and the final sync token."""
        body = dict(body or {})
        out: list[dict[str, Any]] = []
        while True:
            page = self(endpoint, body)
            assert page["success"] is True, page
            out += page["results"]
            if not page["moreDataAvailable"]:
                return out, page.get("syncToken")
            body["cursor"] = page["nextCursor"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emu(clock: FakeClock) -> Emulator:
    return Emulator(seed=0, candidates=60, clock=clock)


@pytest.fixture
def api(emu: Emulator) -> Iterator[Api]:
    client = Api(emu)
    yield client
    client.http.close()
