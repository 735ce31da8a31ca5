from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from ashby_sdk.types import Candidate, File, Link, Note, Tag

# Built from the field examples on developers.ashbyhq.com/reference/candidateinfo.
CANDIDATE: dict[str, Any] = {
    "id": "f9e52a51-a075-4116-a7b8-484deba69004",
    "createdAt": "2022-08-12T20:29:56.964Z",
    "updatedAt": "2022-08-12T20:29:56.964Z",
    "name": "Adam Hart",
    "primaryEmailAddress": {"value": "test@ashbyhq.com", "type": "Work", "isPrimary": True},
    "emailAddresses": [{"value": "test@ashbyhq.com", "type": "Work", "isPrimary": True}],
    "primaryPhoneNumber": {"value": "222-222-3344", "type": "Work", "isPrimary": True},
    "phoneNumbers": [{"value": "222-222-3344", "type": "Work", "isPrimary": True}],
    "socialLinks": [{"url": "https://linkedin.com/in/user", "type": "LinkedIn"}],
    "tags": [{"id": "38430ede-5bd2-41fc-b474-87591cb98cbc", "title": "Senior Candidate", "isArchived": False}],
    "position": "Software Engineer",
    "company": "Auction.com",
    "school": "Princeton University",
    "applicationIds": ["3ae2b801-19f6-41ef-ad28-214bd731948f"],
    "resumeFileHandle": {
        "id": "15d2624d-0a81-4f94-a2ed-94980f430b3f",
        "name": "resume.pdf",
        "handle": "eyJoYW5kbGUiOnsidHlwZSI6IkNhbmRpZGF0ZUZpbGUiLCJm",
    },
    "fileHandles": [
        {
            "id": "15d2624d-0a81-4f94-a2ed-94980f430b3f",
            "name": "resume.pdf",
            "handle": "eyJoYW5kbGUiOnsidHlwZSI6IkNhbmRpZGF0ZUZpbGUiLCJm",
        }
    ],
    "customFields": [{"id": "650e5f74-32db-4a0a-b61b-b9afece05023", "title": "Is actively looking", "value": True}],
    "profileUrl": "https://app.ashbyhq.com/candidates/f9e52a51",
    "source": {
        "id": "2c6991c5-c9e2-4af8-879e-29c5a9d26509",
        "title": "Applied",
        "isArchived": False,
        "sourceType": {"id": "9f3c", "title": "Inbound", "isArchived": False},
    },
    "location": {
        "id": "a1b2",
        "locationSummary": "United States, California, San Francisco",
        "locationComponents": [
            {"type": "Country", "name": "United States"},
            {"type": "Region", "name": "California"},
            {"type": "City", "name": "San Francisco"},
        ],
    },
    "fraudStatus": "PassedFraudCheck",
    "someFieldAshbyAddsLater": {"nested": [1, 2]},
}


def test_candidate_fields_and_seed_shortcuts() -> None:
    c = Candidate.from_api(CANDIDATE)
    assert c.raw_data == CANDIDATE
    assert c.name == "Adam Hart"
    assert c.email == "test@ashbyhq.com"
    assert c.phone == "222-222-3344"
    assert c.links == [Link(type="LinkedIn", url="https://linkedin.com/in/user")]
    assert [t.name for t in c.tags] == ["Senior Candidate"]
    assert isinstance(c.tags[0], Tag)
    assert isinstance(c.resume_file, File)
    assert c.resume_file.name == "resume.pdf"
    assert c.resume_handle == "eyJoYW5kbGUiOnsidHlwZSI6IkNhbmRpZGF0ZUZpbGUiLCJm"
    assert c.created_at == datetime(2022, 8, 12, 20, 29, 56, 964000, tzinfo=timezone.utc)
    assert c.source is not None
    assert c.source.name == "Applied"
    assert c.source.type == "Inbound"
    assert c.location is not None
    assert c.location.location_components[2].name == "San Francisco"
    assert c.custom_fields[0].value is True


def test_unknown_fields_survive() -> None:
    c = Candidate.from_api(CANDIDATE)
    assert c.extra_fields == {"someFieldAshbyAddsLater": {"nested": [1, 2]}}
    assert c.raw_data["someFieldAshbyAddsLater"] == {"nested": [1, 2]}
    assert c.some_field_ashby_adds_later == {"nested": [1, 2]}


def test_missing_fields_do_not_fail() -> None:
    c = Candidate.from_api({"id": "x"})
    assert c.email is None
    assert c.phone is None
    assert c.links == []
    assert c.tags == []
    assert c.resume_file is None
    assert c.resume_handle is None
    assert Candidate.from_api({"resumeFileHandle": None, "primaryEmailAddress": None}).email is None


def test_note() -> None:
    raw = {
        "id": "3ae2b801-19f6-41ef-ad28-214bd731948f",
        "createdAt": "2022-08-12T20:29:56.964Z",
        "isPrivate": False,
        "content": "Lorem ipsum dolor sit amet",
        "author": {"id": "u1", "firstName": "Joey", "lastName": "Joe", "email": "test@ashbyhq.com"},
    }
    note = Note.from_api(raw)
    assert note.id == raw["id"]
    assert note.created_at == datetime(2022, 8, 12, 20, 29, 56, 964000, tzinfo=timezone.utc)
    assert note.content == "Lorem ipsum dolor sit amet"
    assert note.author is not None
    assert note.author.full_name == "Joey Joe"
    assert Note.from_api({}).author is None
