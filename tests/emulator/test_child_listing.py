"""Per-parent lists (a candidate's notes, an application's history) served through the table's grouping."""

from __future__ import annotations

from ashby_sdk.emulator import Emulator

from ..conftest import make_client


def test_a_parents_children_page_by_page_and_after_changes() -> None:
    emu = Emulator(seed=3, candidates=40)
    with make_client(emu) as client:
        candidate = client.candidates.list(max_items=1)[0]
        first = client.notes.create(candidate.id, "first")
        listed = client.paginate("candidate.listNotes", {"candidateId": candidate.id}, limit=1).to_list()
        before = {n["id"] for n in listed}
        assert first.id in before
        for i in range(3):  # each change regroups: the new notes are listed, in order, across small pages
            client.notes.create(candidate.id, f"note {i}")
        paged = client.paginate("candidate.listNotes", {"candidateId": candidate.id}, limit=2).to_list()
        assert len(paged) == len(before) + 3 and len({n["id"] for n in paged}) == len(paged)
        scanned = [r for r in emu.org["note"] if r["candidateId"] == candidate.id]
        assert [n["id"] for n in paged] == [r["id"] for r in scanned]  # creation order, as a full scan gives

        app = client.applications.list(max_items=1)[0]
        history = client.request("application.listHistory", {"applicationId": app.id})
        stage = next(s for s in client.interview_stages.list(app.current_interview_stage.interview_plan_id)
                     if s.id != app.current_interview_stage.id and s.type != "Archived")  # fmt: skip
        client.applications.change_stage(app.id, stage.id)
        after = client.request("application.listHistory", {"applicationId": app.id})
        assert len(after) == len(history) + 1 and after[-1]["stageId"] == stage.id
        assert after[-2]["leftStageAt"] is not None
