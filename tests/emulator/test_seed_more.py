"""emulator/seed_more.py: the objects behind the endpoints beyond the seed's, and ids of created objects."""

from __future__ import annotations

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.state import KINDS

from .conftest import Api


def _ids(emu: Emulator) -> set[str]:
    return {row["id"] for kind in KINDS for row in emu.org[kind]}


def test_same_seed_same_objects() -> None:
    one, two = Emulator(seed=3, candidates=20), Emulator(seed=3, candidates=20)
    for kind in ("brand", "jobBoard", "interviewerPool", "applicationHistory", "approval", "interviewEvent"):
        assert [r["id"] for r in one.org[kind]] == [r["id"] for r in two.org[kind]], kind
        assert len(one.org[kind]) > 0, kind


def test_created_objects_never_reuse_a_generated_id(emu: Emulator, api: Api) -> None:
    generated = _ids(emu)
    created = [
        api.ok("candidateTag.create", {"title": "Fresh"})["id"],
        api.ok("candidate.create", {"name": "New Person"})["id"],
        api.ok("interviewerPool.create", {"title": "Pool"})["id"],
    ]
    assert not generated & set(created)
    assert api.ok("candidateTag.archive", {"tagId": created[0]})["isArchived"] is True
    listed = {t["id"]: t for t in api.all("candidateTag.list", {"includeArchived": True})[0]}
    assert listed[created[0]]["title"] == "Fresh"


def test_history_and_events_follow_their_parents(emu: Emulator) -> None:
    apps = {a["id"] for a in emu.org["application"]}
    assert {h["applicationId"] for h in emu.org["applicationHistory"]} == apps
    schedules = {s["id"] for s in emu.org["interviewSchedule"]}
    assert {e["interviewScheduleId"] for e in emu.org["interviewEvent"]} <= schedules
