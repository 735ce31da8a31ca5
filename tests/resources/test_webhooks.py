"""resources/webhooks.py: webhook settings."""

from __future__ import annotations

import contextlib

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyInvalidInputError, AshbyNotFoundError
from ashby_sdk.emulator import Emulator

from ..conftest import api_requests


def test_webhook_lifecycle(client: AshbyClient) -> None:
    hook = client.webhooks.create(
        webhook_type="offerCreate", request_url="https://hooks.example.com/o", secret_token="s"
    )
    assert client.webhooks.info(webhook_id=hook.id).enabled  # type: ignore[arg-type]
    assert client.webhooks.update(webhook_id=hook.id, enabled=False).enabled is False  # type: ignore[arg-type]
    client.webhooks.delete(webhook_id=hook.id)  # type: ignore[arg-type]
    with pytest.raises(AshbyNotFoundError):
        client.webhooks.info(webhook_id=hook.id)  # type: ignore[arg-type]


def test_a_webhook_type_the_definition_does_not_list_is_sent(emu: Emulator, client: AshbyClient) -> None:
    """Ashby delivers jobCreate, which the request schema's enum lacks: the SDK must not refuse it."""
    with contextlib.suppress(AshbyInvalidInputError):  # the emulator, not the SDK, decides
        client.webhooks.create(webhook_type="jobCreate", request_url="https://h.example/x", secret_token="s")
    sent = [r.body for r in api_requests(emu, "webhook.create")]
    assert sent == [{"webhookType": "jobCreate", "requestUrl": "https://h.example/x", "secretToken": "s"}]


def test_a_webhook_type_that_is_not_a_string_is_refused_before_sending(emu: Emulator, client: AshbyClient) -> None:
    with pytest.raises(AshbyArgumentError, match="webhook_type"):
        client.webhooks.create(webhook_type=7, request_url="https://h.example/x", secret_token="s")  # type: ignore[arg-type]
    assert api_requests(emu, "webhook.create") == []
