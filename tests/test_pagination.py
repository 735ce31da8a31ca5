"""Lazy pagers, page sizes, and syncToken round trips (changes, archives, expiry, too large)."""

from __future__ import annotations

import math

import pytest

from ashby_sdk import (
    AshbyArgumentError,
    AshbyClient,
    AshbyIncrementalSyncTooLargeError,
    AshbySyncTokenExpiredError,
    AsyncAshbyClient,
)
from ashby_sdk.emulator import Emulator

from .conftest import api_requests


def test_pager_is_lazy_and_walks_one_page_per_request(emu: Emulator, client: AshbyClient) -> None:
    total = len(emu.org["candidates"])
    pager = client.candidates.iter(limit=10)
    assert api_requests(emu, "candidate.list") == []  # nothing sent until iterated
    first = next(iter(pager))
    assert first.id
    assert len(api_requests(emu, "candidate.list")) == 1
    ids = [c.id for c in client.candidates.iter(limit=10)]
    assert len(ids) == len(set(ids)) == total
    assert len(api_requests(emu, "candidate.list")) == 1 + math.ceil(total / 10)
    bodies = [r.body for r in api_requests(emu, "candidate.list")]
    assert all(b.get("limit") == 10 for b in bodies)


def test_list_materialises_with_limit_as_page_size(emu: Emulator, client: AshbyClient) -> None:
    apps = client.applications.list(limit=7)
    assert len(apps) == len(emu.org["applications"])
    assert len(api_requests(emu, "application.list")) == math.ceil(len(apps) / 7)


def test_pages_and_first_page(client: AshbyClient) -> None:
    pager = client.candidates.iter(limit=25)
    page = pager.first_page()
    assert len(page.items) == 25 and page.more and page.next_cursor
    pages = list(client.candidates.iter(limit=25).pages())
    assert not pages[-1].more and pages[-1].sync_token


@pytest.mark.parametrize("bad", [0, 101, -5, "10", 2.5, True])
def test_page_size_is_checked(client: AshbyClient, bad: object) -> None:
    with pytest.raises(AshbyArgumentError, match="limit is the page size"):
        client.candidates.list(limit=bad)  # type: ignore[arg-type]


def test_sync_round_trip_returns_only_changes(emu: Emulator, client: AshbyClient) -> None:
    full = client.candidates.sync()
    everyone = {c.id for c in full}
    assert len(everyone) == len(emu.org["candidates"])
    token = full.sync_token
    assert token

    created = client.candidates.create(name="Grace Hopper", email="grace@example.com")
    tag = client.candidate_tags.list()[0]
    untagged = next(c for c in client.candidates.list() if tag.id not in {t.id for t in c.tags})
    tagged = client.candidates.add_tag(untagged.id, tag.id)

    incremental = client.candidates.sync(token)
    changed = {c.id for c in incremental}
    assert changed == {created.id, tagged.id}
    assert incremental.sync_token and incremental.sync_token != token

    nothing = client.candidates.sync(incremental.sync_token)
    assert list(nothing) == []


def test_sync_sees_archived_applications(client: AshbyClient) -> None:
    full = client.applications.sync()
    active = [a for a in full if a.status == "Active"]
    token = full.sync_token
    app = active[0]
    plan_id = app.current_interview_stage.interview_plan_id  # type: ignore[union-attr]
    archived_stage = next(s for s in client.interview_stages.list(plan_id) if s.type == "Archived")  # type: ignore[arg-type]
    reason = client.archive_reasons.list()[0]
    client.applications.change_stage(app.id, archived_stage.id, archive_reason_id=reason.id)
    changed = list(client.applications.sync(token))
    assert [(a.id, a.status) for a in changed] == [(app.id, "Archived")]


def test_expired_token_raises_a_specific_error(emu: Emulator, client: AshbyClient) -> None:
    pager = client.candidates.sync()
    list(pager)
    emu.expire_sync_tokens()
    with pytest.raises(AshbySyncTokenExpiredError, match="expired") as info:
        list(client.candidates.sync(pager.sync_token))
    assert info.value.code == "sync_token_expired"
    assert "full sync" in str(info.value)


def test_too_large_incremental_sync_is_a_kind_of_expiry(emu: Emulator) -> None:
    big = Emulator(seed=3, candidates=120, max_incremental_pages=1)
    from .conftest import make_client

    with make_client(big) as client:
        pager = client.candidates.sync(limit=10)
        list(pager)
        for candidate in client.candidates.list()[:30]:
            client.candidates.update(candidate.id, name=f"{candidate.name} Jr")
        with pytest.raises(AshbyIncrementalSyncTooLargeError) as info:
            list(client.candidates.sync(pager.sync_token, limit=10))
    assert isinstance(info.value, AshbySyncTokenExpiredError)
    assert info.value.code == "incremental_sync_too_large"


@pytest.mark.anyio
async def test_async_pager(emu: Emulator, aclient: AsyncAshbyClient) -> None:
    pager = aclient.candidates.sync(limit=20)
    ids = [c.id async for c in pager]
    assert len(ids) == len(emu.org["candidates"])
    assert pager.sync_token
    assert pager.pages_fetched == math.ceil(len(ids) / 20)
