"""Redaction: emails and phone numbers go, by key and in free text; dates, ids, amounts and names stay."""

from __future__ import annotations

import pytest

from ashby_sdk.mcp._redact import EMAIL, PHONE, redact, redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me on +1 415-555-0100 today", f"call me on {PHONE} today"),
        ("(415) 555 0100", PHONE),
        ("tel: 0044 20 7946 0958", f"tel: {PHONE}"),
        ("+14155550100", PHONE),
        ("call 4155550100 after six", f"call {PHONE} after six"),  # bare digits, as many forms store them
        ("447946095800", PHONE),
        ("write to ada.lovelace+jobs@example.co.uk, please", f"write to {EMAIL}, please"),
    ],
)
def test_free_text_loses_emails_and_phones(text: str, expected: str) -> None:
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024-06-01T12:00:00.000Z",
        "3f2a1b4c-1234-4abc-9def-1234567890ab",
        "salary 120000",
        "150,000 USD",
        "REQ-0001",
        "12:30",
        "86400.5 seconds",
        "Ada Lovelace",
        "updated 1717243200",  # a Unix time in seconds
        "at 1717243200000",  # and in milliseconds
        "ticket 55501234",  # a bare number shorter than a phone with its area code
    ],
)
def test_dates_ids_and_amounts_stay(text: str) -> None:
    assert redact_text(text) == text


def test_values_under_email_and_phone_keys_go_whatever_their_shape() -> None:
    row = {
        "name": "Ada",
        "primaryEmailAddress": {"value": "a@b.co", "type": "Work"},
        "phoneNumbers": [{"value": "555 0100"}],
        "primary_phone": "12345",
        "email": None,
        "notes": [{"text": "ping a@b.co"}],
    }
    assert redact(row) == {
        "name": "Ada",
        "primaryEmailAddress": EMAIL,
        "phoneNumbers": PHONE,
        "primary_phone": PHONE,
        "email": None,
        "notes": [{"text": f"ping {EMAIL}"}],
    }
