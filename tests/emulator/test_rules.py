"""Writes and Ashby's business rules."""

from __future__ import annotations

from typing import Any

from ashby_sdk.emulator import Emulator

from .conftest import Api


def _stages(emu: Emulator, plan_id: str) -> dict[str, dict[str, Any]]:
    return {
        s["type"] if s["type"] != "Active" else s["title"]: s
        for s in emu.org["interviewStage"]
        if s["interviewPlanId"] == plan_id
    }


def _new_application(api: Api, emu: Emulator) -> tuple[dict[str, Any], dict[str, Any]]:
    cand = api.ok(
        "candidate.create",
        {"name": "Ada Lovelace", "email": "ada@example.com", "linkedInUrl": "https://linkedin.com/in/ada"},
    )
    job = next(j for j in emu.org["job"] if j["status"] == "Open")
    return cand, api.ok("application.create", {"candidateId": cand["id"], "jobId": job["id"]})


def test_create_candidate(api: Api) -> None:
    cand = api.ok("candidate.create", {"name": "Ada Lovelace", "email": "ada@example.com", "phoneNumber": "+44 1"})
    assert cand["primaryEmailAddress"] == {"value": "ada@example.com", "type": "Personal", "isPrimary": True}
    assert cand["primaryPhoneNumber"]["value"] == "+44 1"
    assert api.ok("candidate.info", {"id": cand["id"]}) == cand
    assert api.error("candidate.create", {"name": "X", "email": "not-an-email"}) == "invalid_input"
    assert api.error("candidate.create", {"name": "X", "sourceId": "nope"}) == "source_not_found"


def test_application_lands_in_the_first_stage(api: Api, emu: Emulator) -> None:
    cand, app = _new_application(api, emu)
    assert app["status"] == "Active"
    assert app["currentInterviewStage"]["orderInInterviewPlan"] == 0
    assert app["candidate"]["id"] == cand["id"]
    assert api.ok("candidate.info", {"id": cand["id"]})["applicationIds"] == [app["id"]]
    assert api.error("application.create", {"candidateId": cand["id"], "jobId": "nope"}) == "job_not_found"
    assert api.error("application.create", {"candidateId": "nope", "jobId": app["job"]["id"]}) == "candidate_not_found"


def test_change_stage_rules(api: Api, emu: Emulator) -> None:
    _, app = _new_application(api, emu)
    plan = app["currentInterviewStage"]["interviewPlanId"]
    stages = _stages(emu, plan)
    other_plan_stage = next(s for s in emu.org["interviewStage"] if s["interviewPlanId"] != plan)
    body = {"applicationId": app["id"], "interviewStageId": other_plan_stage["id"]}
    assert api.error("application.changeStage", body) == "invalid_input"
    body = {"applicationId": app["id"], "interviewStageId": "nope"}
    assert api.error("application.changeStage", body) == "interview_stage_not_found"
    body = {"applicationId": "nope", "interviewStageId": stages["Onsite"]["id"]}
    assert api.error("application.changeStage", body) == "application_not_found"

    moved = api.ok("application.changeStage", {"applicationId": app["id"], "interviewStageId": stages["Onsite"]["id"]})
    assert moved["currentInterviewStage"]["id"] == stages["Onsite"]["id"]
    assert moved["status"] == "Active"

    archive = {"applicationId": app["id"], "interviewStageId": stages["Archived"]["id"]}
    assert api.error("application.changeStage", archive) == "invalid_input"
    reason = next(iter(emu.org["archiveReason"]))
    archived = api.ok("application.changeStage", {**archive, "archiveReasonId": reason["id"]})
    assert archived["status"] == "Archived"
    assert archived["archiveReason"] == {
        "id": reason["id"],
        "text": reason["text"],
        "reasonType": reason["reasonType"],
        "isArchived": reason["isArchived"],
        "customFields": [],
    }
    assert archived["archivedAt"]

    hired = api.ok("application.changeStage", {"applicationId": app["id"], "interviewStageId": stages["Hired"]["id"]})
    assert (hired["status"], hired["archiveReason"], hired["archivedAt"]) == ("Hired", None, None)


def test_change_stage_to_the_same_stage_changes_nothing(api: Api, emu: Emulator) -> None:
    _, app = _new_application(api, emu)
    seq = emu.org.seq
    again = api.ok(
        "application.changeStage", {"applicationId": app["id"], "interviewStageId": app["currentInterviewStage"]["id"]}
    )
    assert again == app
    assert emu.org.seq == seq


def test_change_source(api: Api, emu: Emulator) -> None:
    _, app = _new_application(api, emu)
    assert app["source"] is None
    source = next(iter(emu.org["source"]))
    assert (
        api.ok("application.changeSource", {"applicationId": app["id"], "sourceId": source["id"]})["source"]["id"]
        == source["id"]
    )
    assert api.error("application.changeSource", {"applicationId": app["id"], "sourceId": "x"}) == "source_not_found"


def test_tags(api: Api, emu: Emulator) -> None:
    cand, _ = _new_application(api, emu)
    tag = api.ok("candidateTag.create", {"title": "Shortlist"})
    assert tag["title"] == "Shortlist" and tag["isArchived"] is False
    assert api.ok("candidateTag.create", {"title": "shortlist"})["id"] == tag["id"]
    tagged = api.ok("candidate.addTag", {"candidateId": cand["id"], "tagId": tag["id"]})
    assert tagged["tags"] == [tag]
    assert api.ok("candidate.addTag", {"candidateId": cand["id"], "tagId": tag["id"]})["tags"] == [tag]
    assert api.ok("candidate.removeTag", {"candidateId": cand["id"], "tagId": tag["id"]})["tags"] == []
    assert api.error("candidate.addTag", {"candidateId": cand["id"], "tagId": "nope"}) == "tag_not_found"


def test_notes_plain_and_html(api: Api, emu: Emulator) -> None:
    cand, _ = _new_application(api, emu)
    plain = api.ok("candidate.createNote", {"candidateId": cand["id"], "note": "Strong!"})
    assert plain["content"] == "Strong!" and plain["author"]["email"]
    rich = api.ok(
        "candidate.createNote", {"candidateId": cand["id"], "note": {"type": "text/html", "value": "<b>Great</b>"}}
    )
    assert rich["content"] == "<b>Great</b>"
    bad = {"candidateId": cand["id"], "note": {"type": "text/markdown", "value": "x"}}
    assert api.error("candidate.createNote", bad) == "invalid_input"
    notes, _ = api.all("candidate.listNotes", {"candidateId": cand["id"]})
    assert [n["id"] for n in notes] == [plain["id"], rich["id"]]


def test_update_candidate(api: Api, emu: Emulator) -> None:
    cand, _ = _new_application(api, emu)
    updated = api.ok(
        "candidate.update",
        {"candidateId": cand["id"], "name": "Ada King", "email": "ada@king.org", "githubUrl": "https://github.com/ada"},
    )
    assert updated["name"] == "Ada King"
    assert updated["primaryEmailAddress"]["value"] == "ada@king.org"
    assert {"type": "GitHub", "url": "https://github.com/ada"} in updated["socialLinks"]
    assert [e["value"] for e in updated["emailAddresses"]] == ["ada@king.org", "ada@example.com"]
    app = api.ok("application.info", {"applicationId": updated["applicationIds"][0]})
    assert app["candidate"]["name"] == "Ada King"


def test_upload_resume_and_file_multipart(api: Api, emu: Emulator) -> None:
    cand, _ = _new_application(api, emu)
    response = api.http.post(
        "/candidate.uploadResume",
        data={"candidateId": cand["id"]},
        files={"resume": ("ada.pdf", b"%PDF-1.4 ada", "application/pdf")},
    )
    updated = response.json()["results"]
    assert updated["resumeFileHandle"]["name"] == "ada.pdf"
    url = api.ok("file.info", {"fileHandle": updated["resumeFileHandle"]["handle"]})["url"]
    assert api.http.get(url).content == b"%PDF-1.4 ada"
    response = api.http.post(
        "/candidate.uploadFile", data={"candidateId": cand["id"]}, files={"file": ("notes.txt", b"hello", "text/plain")}
    )
    assert [f["name"] for f in response.json()["results"]["fileHandles"]] == ["ada.pdf", "notes.txt"]
    assert api.error("candidate.uploadResume", {"candidateId": cand["id"]}) == "invalid_input"


def test_writes_bump_the_change_counter(api: Api, emu: Emulator) -> None:
    before = emu.org.seq
    cand, app = _new_application(api, emu)
    assert emu.org.seq > before
    assert emu.org["candidate"].seq[cand["id"]] > emu.org["application"].seq[app["id"]] - 5
