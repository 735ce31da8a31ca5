"""resources/notes.py: notes on candidates."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyNotFoundError
from ashby_sdk.emulator import Emulator

from ..conftest import api_requests


def test_create_and_list(emu: Emulator, client: AshbyClient) -> None:
    candidate = client.candidates.list(limit=2)[1]
    before = len(client.notes.list(candidate.id))
    note = client.notes.create(
        candidate_id=candidate.id, note_text="<b>Strong</b> systems design", note_type="text/html"
    )
    assert note.id and "Strong" in (note.content or "")
    assert api_requests(emu, "candidate.createNote")[-1].body["note"] == {
        "type": "text/html",
        "value": "<b>Strong</b> systems design",
    }
    again = client.create_candidate_note(candidate.id, "Interview scheduled.")
    notes = client.notes.list(candidate_id=candidate.id)
    assert len(notes) == before + 2
    assert {note.id, again.id} <= {n.id for n in notes}
    assert all(n.created_at is not None for n in notes)


def test_errors(emu: Emulator, client: AshbyClient) -> None:
    with pytest.raises(AshbyArgumentError, match="note_text"):
        client.notes.create("x", 42)  # type: ignore[arg-type]
    assert api_requests(emu, "candidate.createNote") == []
    with pytest.raises(AshbyNotFoundError):  # another note type is sent as given: Ashby decides
        client.notes.create("00000000-0000-4000-8000-000000000000", "text", note_type="text/markdown")
    assert api_requests(emu, "candidate.createNote")[-1].body["note"]["type"] == "text/markdown"
    with pytest.raises(AshbyNotFoundError):
        client.notes.create("00000000-0000-4000-8000-000000000000", "hello")
