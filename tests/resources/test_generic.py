"""The seed's generic resources: organisation, metadata, projects, offers, interviews, schedules."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from ashby_sdk import AshbyClient, AshbyNotFoundError
from ashby_sdk.emulator import Emulator

from ..conftest import api_requests

WITH_GET = [
    ("departments", "department_id"),
    ("locations", "location_id"),
    ("users", "user_id"),
    ("custom_fields", "custom_field_id"),
    ("projects", "project_id"),
    ("offers", "offer_id"),
    ("interviews", "interview_id"),
    ("interview_schedules", "interview_schedule_id"),
]
LIST_ONLY = ["hiring_team_roles", "sources", "archive_reasons", "close_reasons", "candidate_tags"]


@pytest.mark.parametrize(("name", "id_arg"), WITH_GET)
def test_list_and_get(client: AshbyClient, name: str, id_arg: str) -> None:
    resource: Any = getattr(client, name)
    objects = resource.list()
    assert objects
    one = resource.get(**{id_arg: objects[-1].id})
    assert one.id == objects[-1].id and one.raw_data
    with pytest.raises(AshbyNotFoundError):
        resource.get(**{id_arg: "00000000-0000-4000-8000-000000000000"})


@pytest.mark.parametrize("name", LIST_ONLY)
def test_list_only(client: AshbyClient, name: str) -> None:
    objects = getattr(client, name).list()
    assert objects and all(o.raw_data for o in objects)


def test_seed_attribute_names(client: AshbyClient) -> None:
    assert all(r.name for r in client.hiring_team_roles.list())
    assert all(s.name and s.name == s.title for s in client.sources.list())
    assert all(r.name and r.reason_type for r in client.archive_reasons.list())
    assert all(u.full_name and u.email and u.global_role for u in client.users.list())


def test_hiring_team_roles_ask_for_objects(emu: Emulator, client: AshbyClient) -> None:
    client.hiring_team_roles.list()
    assert api_requests(emu, "hiringTeamRole.list")[-1].body == {"namesOnly": False}


@pytest.mark.parametrize("name", ["departments", "users", "candidate_tags", "custom_fields", "projects", "offers"])
def test_sync_capable_lists_have_sync(client: AshbyClient, name: str) -> None:
    pager = getattr(client, name).sync()
    assert list(pager)
    assert pager.sync_token


def test_every_argument_free_sync_method_syncs(client: AshbyClient) -> None:
    """Every resource's ``sync()`` that needs no argument returns a pager with a token once drained.

    (Every sync-capable endpoint, arguments included, is round-tripped by tests/test_coverage.py.)
    """
    candidate_id = client.candidates.list(limit=1)[0].id
    for name in dir(client):
        resource = getattr(client, name)
        sync = getattr(resource, "sync", None)
        if sync is None or name.startswith("_"):
            continue
        required = [
            p
            for p in inspect.signature(sync).parameters.values()
            if p.default is inspect.Parameter.empty and p.name != "sync_token"
        ]
        if name == "notes":
            pager = sync(candidate_id)
        elif required:
            continue
        else:
            pager = sync()
        list(pager)
        assert pager.sync_token, name
