"""The synthetic organisation: deterministic, scaled, internally consistent."""

from __future__ import annotations

from ashby_sdk.emulator import Emulator, Organisation
from ashby_sdk.emulator.generate import generate

from .conftest import Api


def _dump(seed: int, n: int) -> list[object]:
    org = generate(Organisation(), seed=seed, candidates=n)
    return [list(t.rows) for t in org.tables.values()]


def test_same_seed_same_organisation() -> None:
    assert _dump(5, 80) == _dump(5, 80)


def test_different_seed_different_organisation() -> None:
    assert _dump(5, 80) != _dump(6, 80)


def test_same_seed_same_wire_output() -> None:
    first = Api(Emulator(seed=9, candidates=30)).all("candidate.list")[0]
    assert first == Api(Emulator(seed=9, candidates=30)).all("candidate.list")[0]


def test_sizes_scale_with_candidates() -> None:
    small = generate(Organisation(), seed=0, candidates=40)
    large = generate(Organisation(), seed=0, candidates=400)
    assert len(small["candidate"]) == 40 and len(large["candidate"]) == 400
    for kind in ("application", "job", "note", "feedback", "file", "offer", "interviewSchedule", "user"):
        assert len(large[kind]) > len(small[kind]), kind
    assert len(large["application"]) >= 400


def test_references_are_consistent() -> None:
    org = generate(Organisation(), seed=2, candidates=100)
    for app in org["application"]:
        cand = org["candidate"].get(app["_candidateId"])
        stage = org["interviewStage"].get(app["_stageId"])
        job = org["job"].get(app["_jobId"])
        assert cand is not None and stage is not None and job is not None
        assert app["id"] in cand["applicationIds"]
        assert stage["interviewPlanId"] == app["_planId"] == job["defaultInterviewPlanId"]
        assert (app["status"] == "Archived") == (stage["type"] == "Archived") == bool(app["_archiveReasonId"])
    handles = {f["handle"] for f in org["file"]}
    assert all(c["resumeFileHandle"]["handle"] in handles for c in org["candidate"] if c["resumeFileHandle"])
    types = {s["type"] for s in org["interviewStage"]}
    assert {"PreInterviewScreen", "Active", "Offer", "Hired", "Archived"} <= types


def test_empty_organisation_still_answers(api: Api) -> None:
    empty = Api(Emulator(seed=0, candidates=0))
    assert empty.ok("candidate.list") == []
    assert empty.ok("job.list") != []
