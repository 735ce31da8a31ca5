"""resources/boards.py: brands, job boards, templates, tracking links."""

from __future__ import annotations

from ashby_sdk import AshbyClient
from ashby_sdk.emulator import Emulator


def test_boards(emu: Emulator, client: AshbyClient) -> None:
    assert [b.name for b in client.brands.list()] == [b["name"] for b in emu.org["brand"]]
    assert any(b.is_internal for b in client.job_boards.list())
    links = client.source_tracking_links.list()
    assert all(link.enabled for link in links)
    assert len(client.source_tracking_links.list(include_disabled=True)) > len(links)
    assert client.communication_templates.list()[0].intended_types
