"""resources/api_keys.py: apiKey.info."""

from __future__ import annotations

from ashby_sdk import AshbyClient


def test_api_key(client: AshbyClient) -> None:
    key = client.api_keys.info()
    assert key.title and key.raw_data["title"] == key.title
