"""Cursors, limits and moreDataAvailable."""

from __future__ import annotations

from ashby_sdk.emulator import Emulator

from .conftest import Api, FakeClock


def test_default_and_clamped_limit() -> None:
    api = Api(Emulator(seed=1, candidates=250))
    assert len(api.ok("candidate.list")) == 100
    page = api("candidate.list", {"limit": 1000})
    assert len(page["results"]) == 100
    assert page["moreDataAvailable"] is True
    assert api.error("candidate.list", {"limit": 0}) == "invalid_input"
    assert api.error("candidate.list", {"limit": "ten"}) == "invalid_input"
    assert len(api.ok("candidate.list", {"limit": "10"})) == 10  # Ashby coerces integer strings


def test_cursors_walk_every_row_once(api: Api, emu: Emulator) -> None:
    seen: list[str] = []
    body: dict[str, object] = {"limit": 7}
    pages = 0
    while True:
        page = api("candidate.list", body)
        pages += 1
        seen += [c["id"] for c in page["results"]]
        if not page["moreDataAvailable"]:
            assert "nextCursor" not in page
            assert page["syncToken"]
            break
        assert "syncToken" not in page
        body["cursor"] = page["nextCursor"]
    assert seen == [c["id"] for c in emu.org["candidate"]]
    assert pages == -(-len(seen) // 7)


def test_exact_multiple_has_no_empty_last_page(emu: Emulator) -> None:
    api = Api(emu)
    n = len(emu.org["candidate"])
    page = api("candidate.list", {"limit": n})
    assert page["moreDataAvailable"] is False
    assert len(page["results"]) == n


def test_bad_cursor_and_cursor_for_another_endpoint(api: Api) -> None:
    assert api.error("candidate.list", {"cursor": "garbage!"}) == "invalid_next_cursor"
    cursor = api("candidate.list", {"limit": 1})["nextCursor"]
    assert api.error("application.list", {"cursor": cursor}) == "invalid_next_cursor"


def test_cursor_expires(api: Api, clock: FakeClock) -> None:
    cursor = api("candidate.list", {"limit": 1})["nextCursor"]
    clock.advance(2 * 3600)
    assert api.error("candidate.list", {"cursor": cursor}) == "next_cursor_expired"


def test_filters_page_too(api: Api, emu: Emulator) -> None:
    job_id = next(iter(emu.org["application"]))["_jobId"]
    expected = [a["id"] for a in emu.org["application"] if a["_jobId"] == job_id]
    got, token = api.all("application.list", {"jobId": job_id, "limit": 1})
    assert [a["id"] for a in got] == expected
    assert token
