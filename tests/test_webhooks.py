"""``ashby_sdk.webhooks``: Ashby's signature scheme, checked against the emulator's signer."""

from __future__ import annotations

import json

import pytest

from ashby_sdk.emulator.webhooks import sign as emulator_sign
from ashby_sdk.webhooks import SignatureError, WebhookEvent, construct_event, sign, verify_signature

SECRET = "whsec_test"
BODY = json.dumps({"action": "candidateStageChange", "data": {"application": {"id": "a1"}}}).encode()


def test_sign_matches_the_emulator() -> None:
    assert sign(BODY, SECRET) == emulator_sign(SECRET, BODY)


def test_a_good_signature_passes_in_any_case() -> None:
    verify_signature(BODY, sign(BODY, SECRET), SECRET)
    verify_signature(BODY, "SHA256=" + sign(BODY, SECRET).split("=")[1].upper(), SECRET)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (None, "missing"),
        ("", "missing"),
        ("abcdef", "malformed"),
        ("sha256=", "malformed"),
        ("sha256=xyz", "64 hex"),
        ("sha1=" + "0" * 40, "unsupported signature algorithm 'sha1'"),
        ("sha256=" + "0" * 64, "mismatch"),
    ],
)
def test_bad_signatures_say_what_is_wrong(header: str | None, message: str) -> None:
    with pytest.raises(SignatureError, match=message):
        verify_signature(BODY, header, SECRET)


def test_wrong_secret_or_changed_body() -> None:
    with pytest.raises(SignatureError, match="mismatch"):
        verify_signature(BODY, sign(BODY, "other"), SECRET)
    with pytest.raises(SignatureError, match="mismatch"):
        verify_signature(BODY + b" ", sign(BODY, SECRET), SECRET)
    with pytest.raises(SignatureError, match="no webhook secret"):
        verify_signature(BODY, sign(BODY, SECRET), "")


def test_construct_event() -> None:
    from ashby_sdk.webhooks import ApplicationEvent

    event = construct_event(BODY, sign(BODY, SECRET), SECRET)
    assert isinstance(event, ApplicationEvent) and isinstance(event, WebhookEvent)
    assert (event.data, event.raw) == ({"application": {"id": "a1"}}, json.loads(BODY))
    assert event.application is not None and event.application.id == "a1"
    assert event.action == "candidateStageChange" and event.data["application"]["id"] == "a1"


def test_construct_event_refuses_unsigned_and_non_events() -> None:
    with pytest.raises(SignatureError):
        construct_event(BODY, None, SECRET)
    for body in (b"not json", b"[1]", b'{"data": {}}'):
        with pytest.raises(ValueError, match="webhook body"):
            construct_event(body, sign(body, SECRET), SECRET)


def test_the_emulators_signed_deliveries_become_typed_events_and_tampering_is_caught() -> None:
    """End to end: the SDK moves an application; the emulator fires and signs; the receiver verifies."""
    import httpx

    from ashby_sdk import AshbyClient
    from ashby_sdk.emulator import Emulator
    from ashby_sdk.types import Application
    from ashby_sdk.webhooks import ApplicationEvent, PingEvent, SignatureError, construct_event

    received: list[httpx.Request] = []
    secret = "whsec_test_secret"

    def receiver(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200)

    emu = Emulator(seed=2, candidates=10, webhook_transport=httpx.MockTransport(receiver))
    client = AshbyClient(
        api_key=emu.api_key, base_url=emu.base_url, http_client=httpx.Client(transport=emu.transport()), rate_limit=None
    )
    client.webhooks.create(
        webhook_type="candidateStageChange", request_url="https://receiver.example/hook", secret_token=secret
    )
    app = next(a for a in client.applications.list() if a.status == "Active")
    plan = app.current_interview_stage.interview_plan_id  # type: ignore[union-attr]
    target = next(
        s for s in client.interview_stages.list(plan) if s.type == "Active" and s.id != app.current_interview_stage.id
    )  # type: ignore[arg-type,union-attr]
    client.applications.change_stage(app.id, target.id)
    emu.deliver_webhooks()

    events = [construct_event(r.content, r.headers.get("Ashby-Signature"), secret) for r in received]
    assert isinstance(events[0], PingEvent)
    moves = [e for e in events if e.action == "candidateStageChange"]
    assert len(moves) == 1 and isinstance(moves[0], ApplicationEvent)
    assert isinstance(moves[0].application, Application)
    assert moves[0].application.id == app.id and moves[0].application.stage_name == target.name

    delivery = next(r for r in received if json.loads(r.content)["action"] == "candidateStageChange")
    assert app.id.encode() in delivery.content
    tampered = delivery.content.replace(app.id.encode(), b"00000000-0000-4000-8000-000000000000")
    with pytest.raises(SignatureError, match="mismatch"):
        construct_event(tampered, delivery.headers.get("Ashby-Signature"), secret)
    with pytest.raises(SignatureError, match="mismatch"):
        construct_event(delivery.content, delivery.headers.get("Ashby-Signature"), "another-secret")
    with pytest.raises(SignatureError, match="missing"):
        construct_event(delivery.content, None, secret)


def test_unknown_actions_are_plain_events() -> None:
    from ashby_sdk.webhooks import WebhookEvent, construct_event, sign

    body = b'{"action": "somethingNew", "data": {"x": 1}}'
    event = construct_event(body, sign(body, "s"), "s")
    assert type(event) is WebhookEvent and event.data == {"x": 1}
