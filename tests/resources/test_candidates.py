"""resources/candidates.py: candidate.list/info/search/create/update/addTag/removeTag."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyNotFoundError, AsyncAshbyClient
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
    with pytest.raises(AshbyArgumentError, match="email"):
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
        client.candidates.create(name="")
    assert api_requests(emu, "candidate.create") == []


@pytest.mark.anyio
async def test_async_surface(aclient: AsyncAshbyClient) -> None:
    everyone = await aclient.candidates.list()
    one = await aclient.candidates.get(everyone[0].id)
    assert one.id == everyone[0].id
    found = await aclient.candidates.search(email=one.email)
    assert [c.id for c in found] == [one.id]
