"""resources/projects.py: projects and their search."""

from __future__ import annotations

from ashby_sdk import AshbyClient


def test_search_and_info(client: AshbyClient) -> None:
    project = client.projects.list()[0]
    assert project.title
    assert project.id in {p.id for p in client.projects.search(title=project.title[:4].lower())}
    assert client.projects.info(project_id=project.id).title == project.title  # type: ignore[arg-type]
    assert client.projects.list(created_after=4_000_000_000_000) == []
