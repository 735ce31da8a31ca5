from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ashby_sdk._models import parse_model
from ashby_sdk.types import Department, HiringTeamMember, HiringTeamRole, Location, User

Load = Callable[[str], dict[str, Any]]


def test_user() -> None:
    raw = {
        "id": "u",
        "firstName": "Test",
        "lastName": "User",
        "email": "test@ashbyhq.com",
        "globalRole": "Organization Admin",
        "isEnabled": True,
        "updatedAt": "2022-08-12T20:29:56.964Z",
    }
    user = User.from_api(raw)
    assert (user.full_name, user.email, user.global_role) == ("Test User", "test@ashbyhq.com", "Organization Admin")
    assert User.from_api({"firstName": "Solo"}).full_name == "Solo"
    assert User.from_api({}).full_name == ""


def test_hiring_team_member() -> None:
    member = HiringTeamMember.from_api(
        {"userId": "u", "firstName": "Joey", "lastName": "Joe", "email": "test@ashbyhq.com", "role": "Hiring Manager"}
    )
    assert (member.user_id, member.full_name, member.role) == ("u", "Joey Joe", "Hiring Manager")


def test_hiring_team_roles_names_only_and_objects(reference: Load) -> None:
    names = reference("hiringTeamRole.list")["response"]["results"]
    roles = [parse_model(HiringTeamRole, item) for item in names]
    assert [r.name for r in roles] == ["Recruiter"]
    obj = HiringTeamRole.from_api({"id": "r1", "title": "Recruiter"})
    assert obj.name == "Recruiter"


def test_department_and_location() -> None:
    dept = Department.from_api({"id": "d", "name": "Engineering Operations", "externalName": "Engineering"})
    assert dept.name == "Engineering Operations"
    loc = Location.from_api(
        {
            "id": "l",
            "name": "Bay Area Office",
            "externalName": "San Francisco Office",
            "isArchived": False,
            "address": {"postalAddress": {"addressCountry": "United States", "postalCode": "94108"}},
            "workplaceType": "Hybrid",
            "type": "Location",
        }
    )
    assert loc.name == "Bay Area Office"
    assert loc.address is not None
    assert loc.address.postal_address is not None
    assert loc.address.postal_address.postal_code == "94108"
