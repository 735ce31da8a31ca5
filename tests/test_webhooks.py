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
    event = construct_event(BODY, sign(BODY, SECRET), SECRET)
    assert event == WebhookEvent("candidateStageChange", {"application": {"id": "a1"}}, json.loads(BODY))
    assert event.action == "candidateStageChange" and event.data["application"]["id"] == "a1"


def test_construct_event_refuses_unsigned_and_non_events() -> None:
    with pytest.raises(SignatureError):
        construct_event(BODY, None, SECRET)
    for body in (b"not json", b"[1]", b'{"data": {}}'):
        with pytest.raises(ValueError, match="webhook body"):
            construct_event(body, sign(body, SECRET), SECRET)
