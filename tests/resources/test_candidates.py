"""resources/candidates.py: candidate.list/info/search/create/update/addTag/removeTag."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ashby_sdk import (
    AshbyArgumentError,
    AshbyClient,
    AshbyInvalidInputError,
    AshbyNotFoundError,
    AsyncAshbyClient,
)
from ashby_sdk.emulator import Emulator

from ..conftest import api_requests


def test_get_sends_id_and_parses(emu: Emulator, client: AshbyClient) -> None:
    first = client.candidates.list(limit=5)[0]
    candidate = client.candidates.get(first.id)
    assert candidate.id == first.id and candidate.name == first.name
    assert api_requests(emu, "candidate.info")[-1].body == {"id": first.id}
    assert candidate.raw_data["id"] == first.id
    assert candidate.email == candidate.raw_data["primaryEmailAddress"]["value"]


def test_get_unknown_is_not_found(client: AshbyClient) -> None:
    with pytest.raises(AshbyNotFoundError):
        client.candidates.get("00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize("bad", ["", "   ", None, 42])
def test_get_checks_the_id_before_sending(emu: Emulator, client: AshbyClient, bad: object) -> None:
    with pytest.raises(AshbyArgumentError, match="candidate_id"):
        client.candidates.get(bad)  # type: ignore[arg-type]
    assert api_requests(emu, "candidate.info") == []


def test_search_by_email_name_and_both(client: AshbyClient) -> None:
    target = client.candidates.list()[3]
    assert [c.id for c in client.candidates.search(email=target.email)] == [target.id]
    assert target.id in {c.id for c in client.candidates.search(name=target.name)}
    assert [c.id for c in client.candidates.search(email=target.email, name=target.name)] == [target.id]
    assert client.candidates.search(email=target.email, name="No Such Person") == []
    with pytest.raises(AshbyInvalidInputError):  # nothing to search for: sent, and Ashby (here the emulator) says no
        client.candidates.search()


def test_create_update_and_tags(client: AshbyClient) -> None:
    created = client.candidates.create(name="Katherine Johnson", email="kj@example.com")
    assert created.name == "Katherine Johnson" and created.email == "kj@example.com"
    updated = client.candidates.update(created.id, name="Katherine G. Johnson")
    assert updated.name == "Katherine G. Johnson"
    tag = client.candidate_tags.list()[0]
    tagged = client.candidates.add_tag(created.id, tag.id)
    assert tag.id in [t.id for t in tagged.tags]
    untagged = client.candidates.remove_tag(created.id, tag.id)
    assert tag.id not in [t.id for t in untagged.tags]


def test_create_requires_a_name(emu: Emulator, client: AshbyClient) -> None:
    with pytest.raises(AshbyArgumentError, match="name"):
        client.candidates.create(name=["Ada"])  # type: ignore[arg-type]
    assert api_requests(emu, "candidate.create") == []
    with pytest.raises(TypeError):
        client.candidates.create()  # type: ignore[call-arg]


@pytest.mark.anyio
async def test_async_surface(aclient: AsyncAshbyClient) -> None:
    everyone = await aclient.candidates.list()
    one = await aclient.candidates.get(everyone[0].id)
    assert one.id == everyone[0].id
    found = await aclient.candidates.search(email=one.email)
    assert [c.id for c in found] == [one.id]


@pytest.mark.parametrize("kind", ["path", "bytes", "file object"])
def test_upload_resume_multipart(emu: Emulator, client: AshbyClient, tmp_path: Path, kind: str) -> None:
    candidate = client.candidates.create(name="Resume Holder")
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.4 resume")
    resume: Any = path if kind == "path" else path.read_bytes() if kind == "bytes" else path.open("rb")
    try:
        updated = client.candidates.upload_resume(candidate_id=candidate.id, resume=resume, filename="cv.pdf")
    finally:
        if kind == "file object":
            resume.close()
    assert updated.resume_file is not None and updated.resume_file.name == "cv.pdf"
    content, _ = client.files.download(updated.resume_file.handle)  # type: ignore[arg-type]
    assert content == b"%PDF-1.4 resume"
    assert api_requests(emu, "candidate.uploadResume")[-1].body == {
        "candidateId": candidate.id,
        "resume": "<file cv.pdf>",
    }


def test_upload_file_by_handle_and_argument_checks(client: AshbyClient) -> None:
    with_files = next(c for c in client.candidates.list() if c.file_handles)
    other = client.candidates.create(name="Gets A Copy")
    updated = client.candidates.upload_file(candidate_id=other.id, file_handle=with_files.file_handles[0].handle)
    assert [f.handle for f in updated.file_handles] == [with_files.file_handles[0].handle]
    with pytest.raises(AshbyArgumentError, match="exactly one"):
        client.candidates.upload_file(candidate_id=other.id)
    with pytest.raises(AshbyArgumentError, match="exactly one"):
        client.candidates.upload_resume(candidate_id=other.id, resume=b"x", resume_handle="h")
    with pytest.raises(AshbyArgumentError, match="binary file object"):
        client.candidates.upload_file(candidate_id=other.id, file=12)  # type: ignore[arg-type]


def test_projects_fraud_and_anonymize(client: AshbyClient) -> None:
    candidate = client.candidates.list()[0]
    project = client.projects.list()[0]
    client.candidates.add_project(candidate_id=candidate.id, project_id=project.id)
    assert [p.id for p in client.candidates.list_projects(candidate_id=candidate.id)] == [project.id]
    client.candidates.remove_project(candidate_id=candidate.id, project_id=project.id)
    assert client.candidates.list_projects(candidate_id=candidate.id).to_list() == []
    assert (
        client.candidates.set_fraud_status(candidate_id=candidate.id, fraud_status="Unsure").raw_data["fraudStatus"]
        == "Unsure"
    )
    active = next(c for c in client.candidates.list() if c.application_ids)
    if any(client.applications.info(application_id=a).status == "Active" for a in active.application_ids):
        with pytest.raises(AshbyInvalidInputError):
            client.candidates.anonymize(candidate_id=active.id)
    lone = client.candidates.create(name="Leaves No Trace", email="trace@example.com")
    anonymous = client.candidates.anonymize(candidate_id=lone.id)
    assert anonymous.email is None and anonymous.name != "Leaves No Trace"


def test_notes_by_the_rule_and_sync(client: AshbyClient) -> None:
    candidate = client.candidates.list()[0]
    note = client.candidates.create_note(candidate_id=candidate.id, note="Rule-named")
    pager = client.candidates.sync_notes(candidate_id=candidate.id)
    assert note.id in {n.id for n in pager} and pager.sync_token
