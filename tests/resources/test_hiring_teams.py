"""resources/hiring_teams.py and the application-level team methods."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyInvalidInputError, AshbyNotFoundError


def test_job_team_member(client: AshbyClient) -> None:
    job = client.jobs.list()[0]
    user = client.users.list()[0]
    role = client.hiring_team_roles.list()[0]
    member = client.hiring_teams.add_member(job_id=job.id, team_member_id=user.id, role_id=role.id)  # type: ignore[arg-type]
    assert member.user_id == user.id and member.role == role.title
    assert (user.id, role.title) in {(m.user_id, m.role) for m in client.jobs.info(id=job.id).hiring_team}  # type: ignore[arg-type]
    client.hiring_teams.remove_member(job_id=job.id, team_member_id=user.id, role_id=role.id)  # type: ignore[arg-type]
    assert (user.id, role.title) not in {(m.user_id, m.role) for m in client.jobs.info(id=job.id).hiring_team}  # type: ignore[arg-type]


def test_application_roles_and_errors(client: AshbyClient) -> None:
    roles = client.application_hiring_team_roles.list()
    app = client.applications.list()[0]
    user = client.users.list()[0]
    member = client.applications.add_hiring_team_member(
        application_id=app.id,
        team_member_id=user.id,
        role_id=roles[0].id,  # type: ignore[arg-type]
    )
    assert member.role == roles[0].title
    with pytest.raises(AshbyNotFoundError):
        client.hiring_teams.add_member(job_id=app.job.id, team_member_id=user.id, role_id="no-such-role")  # type: ignore[union-attr,arg-type]
    with pytest.raises(AshbyInvalidInputError):
        client.hiring_teams.add_member(team_member_id=user.id, role_id=roles[0].id)  # type: ignore[arg-type]
    with pytest.raises(AshbyArgumentError, match="role_id"):
        client.hiring_teams.add_member(team_member_id=user.id, role_id=["a"])  # type: ignore[arg-type]
