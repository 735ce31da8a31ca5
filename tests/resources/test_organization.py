"""resources/organization.py: departments, locations and users beyond the seed's reads."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyInvalidInputError, AshbyNotFoundError


def test_department_writes(client: AshbyClient) -> None:
    parent = client.departments.create(name="Research")
    child = client.departments.create(name="Lab", parent_id=parent.id)
    assert child.parent_id == parent.id
    moved = client.departments.move(department_id=child.id)  # type: ignore[arg-type]
    assert moved.parent_id is None
    client.departments.archive(department_id=parent.id)  # type: ignore[arg-type]
    assert parent.id not in {d.id for d in client.departments.list()}
    assert parent.id in {d.id for d in client.departments.list(include_archived=True)}
    assert client.departments.restore(department_id=parent.id).is_archived is False  # type: ignore[arg-type]
    with pytest.raises(AshbyNotFoundError):
        client.departments.create(name="Orphan", parent_id="00000000-0000-4000-8000-000000000000")


def test_location_writes(client: AshbyClient) -> None:
    region = client.locations.create(name="Europe", type="LocationHierarchy")
    city = client.locations.create(name="Lisbon", type="Location", workplace_type="Hybrid")
    assert (
        client.locations.move(location_id=city.id, parent_location_hierarchy_id=region.id).parent_location_id
        == region.id
    )  # type: ignore[arg-type]
    renamed = client.locations.update_name(location_id=city.id, name="Porto")  # type: ignore[arg-type]
    assert renamed.name == "Porto"
    assert (
        client.locations.update_workplace_type(location_id=city.id, workplace_type="Remote").workplace_type == "Remote"
    )  # type: ignore[arg-type]
    with pytest.raises(AshbyInvalidInputError):
        client.locations.create(name="Bad", type="LocationHierarchy", is_remote=True)


def test_user_settings_and_pauses(client: AshbyClient) -> None:
    user = client.users.list()[0]
    assert client.users.search(email=user.email.upper())[0].id == user.id  # type: ignore[union-attr]
    settings = client.users.update_interviewer_settings(user_id=user.id, daily_limit=3)  # type: ignore[arg-type]
    assert (settings.daily_limit, settings.weekly_limit) == (3, None)
    assert client.users.interviewer_settings(user_id=user.id).daily_limit == 3  # type: ignore[arg-type]
    pause = client.users.create_interviewer_pause(user_id=user.id, comment="Leave")  # type: ignore[arg-type]
    with pytest.raises(AshbyInvalidInputError):
        client.users.create_interviewer_pause(user_id=user.id)  # type: ignore[arg-type]
    assert [p.id for p in client.users.list_interviewer_pauses(user_id=user.id)] == [pause.id]  # type: ignore[arg-type]
    client.users.delete_interviewer_pause(interviewer_pause_id=pause.id)  # type: ignore[arg-type]
    assert client.users.list_interviewer_pauses(user_id=user.id) == []  # type: ignore[arg-type]
