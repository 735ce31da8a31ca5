"""Sync tokens: incremental listings return exactly what changed, and never miss a change."""

from __future__ import annotations

from typing import Any

import pytest

from ashby_sdk.emulator import Emulator, rules

from .conftest import Api, FakeClock


def _ids(rows: list[dict[str, Any]]) -> set[str]:
    return {r["id"] for r in rows}


def test_incremental_returns_exactly_the_changed_objects(api: Api, emu: Emulator) -> None:
    everything, token = api.all("application.list")
    assert token and len(everything) == len(emu.org["application"])
    nothing, token = api.all("application.list", {"syncToken": token})
    assert nothing == []
    active = [a for a in emu.org["application"] if a["status"] == "Active"][:3]
    archive_stage = next(
        s for s in emu.org["interviewStage"] if s["interviewPlanId"] == active[0]["_planId"] and s["type"] == "Archived"
    )
    reason = next(iter(emu.org["archiveReason"]))
    api.ok(
        "application.changeStage",
        {"applicationId": active[0]["id"], "interviewStageId": archive_stage["id"], "archiveReasonId": reason["id"]},
    )
    api.ok(
        "application.changeSource",
        {
            "applicationId": active[1]["id"],
            "sourceId": next(s for s in emu.org["source"] if s["id"] != active[1]["_sourceId"])["id"],
        },
    )
    changed, token2 = api.all("application.list", {"syncToken": token})
    assert _ids(changed) == {active[0]["id"], active[1]["id"]}
    archived = next(a for a in changed if a["id"] == active[0]["id"])
    assert archived["status"] == "Archived" and archived["archiveReason"]["id"] == reason["id"]
    assert token2 and token2 != token
    assert api.all("application.list", {"syncToken": token2})[0] == []


def test_incremental_includes_newly_archived_rows_hidden_from_full_lists(api: Api, emu: Emulator) -> None:
    _, token = api.all("candidateTag.list")
    tag = next(t for t in emu.org["tag"] if not t["isArchived"])
    tag["isArchived"] = True
    emu.org.touch("tag", tag["id"])
    changed, _ = api.all("candidateTag.list", {"syncToken": token})
    assert [t["id"] for t in changed] == [tag["id"]]
    assert tag["id"] not in _ids(api.all("candidateTag.list")[0])


def test_changes_during_a_full_listing_are_caught_by_the_next_incremental(api: Api, emu: Emulator) -> None:
    first = api("candidate.list", {"limit": 10})
    served = first["results"]
    # Change a row already served and one not yet served, and create a new one, mid-listing.
    rules.update_candidate(emu.org, {"candidateId": served[0]["id"], "name": "Changed Early"})
    later = list(emu.org["candidate"])[-1]
    rules.update_candidate(emu.org, {"candidateId": later["id"], "name": "Changed Late"})
    new = rules.create_candidate(emu.org, {"name": "Born Mid Sync"})
    _rest, token = api.all("candidate.list", {"limit": 10, "cursor": first["nextCursor"]})
    changed, _ = api.all("candidate.list", {"syncToken": token})
    assert {served[0]["id"], later["id"], new["id"]} <= _ids(changed)
    names = {c["id"]: c["name"] for c in changed}
    assert names[served[0]["id"]] == "Changed Early"


def test_changes_during_an_incremental_listing_are_never_lost(api: Api, emu: Emulator) -> None:
    _, token = api.all("candidate.list")
    rows = list(emu.org["candidate"])[:6]
    for row in rows:
        rules.add_tag(emu.org, row["id"], next(iter(emu.org["tag"]))["id"])
    page = api("candidate.list", {"syncToken": token, "limit": 2})
    # The first row served changes again: it must come back, and nothing may be skipped.
    rules.update_candidate(emu.org, {"candidateId": page["results"][0]["id"], "name": "Again"})
    rest, token2 = api.all("candidate.list", {"syncToken": token, "limit": 2, "cursor": page["nextCursor"]})
    assert {r["id"] for r in rows} <= _ids(page["results"] + rest)
    assert page["results"][0]["id"] in _ids(rest)
    again, _ = api.all("candidate.list", {"syncToken": token2})
    assert page["results"][0]["id"] in _ids(again)


def test_token_expires_after_ttl(clock: FakeClock) -> None:
    api = Api(Emulator(seed=0, candidates=5, clock=clock, sync_token_ttl=60))
    _, token = api.all("candidate.list")
    assert api("candidate.list", {"syncToken": token})["success"] is True
    clock.advance(61)
    assert api.error("candidate.list", {"syncToken": token}) == "sync_token_expired"


def test_expire_sync_tokens_on_demand(api: Api, emu: Emulator) -> None:
    _, token = api.all("candidate.list")
    page = api("candidate.list", {"syncToken": token, "limit": 1})
    emu.expire_sync_tokens()
    assert api.error("candidate.list", {"syncToken": token}) == "sync_token_expired"
    if page["moreDataAvailable"]:
        assert api.error("candidate.list", {"syncToken": token, "cursor": page["nextCursor"]}) == "sync_token_expired"
    _, fresh = api.all("candidate.list")
    assert api("candidate.list", {"syncToken": fresh})["success"] is True


def test_control_endpoint_expires_tokens(api: Api) -> None:
    _, token = api.all("candidate.list")
    assert api.http.post("/_emulator/expire-sync-tokens").json() == {"ok": True}
    assert api.error("candidate.list", {"syncToken": token}) == "sync_token_expired"


def test_too_large_incremental_sync() -> None:
    emu = Emulator(seed=0, candidates=30, max_incremental_pages=2)
    api = Api(emu)
    _, token = api.all("candidate.list")
    for row in list(emu.org["candidate"])[:5]:
        rules.update_candidate(emu.org, {"candidateId": row["id"], "name": "X"})
    assert api.error("candidate.list", {"syncToken": token, "limit": 2}) == "incremental_sync_too_large"
    assert len(api.all("candidate.list", {"syncToken": token, "limit": 3})[0]) == 5


@pytest.mark.parametrize("token", ["garbage", "eyJlIjoiam9iLmxpc3QifQ"])
def test_undecodable_token(api: Api, token: str) -> None:
    assert api.error("candidate.list", {"syncToken": token}) == "sync_token_invalid"


def test_token_of_another_endpoint_is_invalid(api: Api) -> None:
    _, token = api.all("job.list")
    assert api.error("candidate.list", {"syncToken": token}) == "sync_token_invalid"


def test_sync_token_on_a_list_without_sync_is_ignored_unless_strict(api: Api, emu: Emulator) -> None:
    # Ashby ignores parameters an endpoint does not take; strict mode refuses them.
    answer = api("jobPosting.list", {"syncToken": "x"})
    assert answer["success"] is True and "syncToken" not in answer
    emu.strict = True
    assert api.error("jobPosting.list", {"syncToken": "x"}) == "invalid_input"
