"""resources/webhooks.py: webhook settings."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyNotFoundError


def test_webhook_lifecycle(client: AshbyClient) -> None:
    hook = client.webhooks.create(
        webhook_type="offerCreate", request_url="https://hooks.example.com/o", secret_token="s"
    )
    assert client.webhooks.info(webhook_id=hook.id).enabled  # type: ignore[arg-type]
    assert client.webhooks.update(webhook_id=hook.id, enabled=False).enabled is False  # type: ignore[arg-type]
    client.webhooks.delete(webhook_id=hook.id)  # type: ignore[arg-type]
    with pytest.raises(AshbyNotFoundError):
        client.webhooks.info(webhook_id=hook.id)  # type: ignore[arg-type]


def test_unknown_webhook_type_is_refused_before_sending(client: AshbyClient) -> None:
    with pytest.raises(AshbyArgumentError, match="webhookType"):
        client.webhooks.create(webhook_type="nope", request_url="https://h.example/x", secret_token="s")
