"""types/communication.py: emails on profiles and communication templates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ashby_sdk.types import CommunicationTemplate, EmailMessage

Load = Callable[[str], dict[str, Any]]


def test_email_message_reads_from(reference: Load) -> None:
    raw = reference("candidate.addEmailMessage")["response"]["results"]
    email = EmailMessage.from_api(raw)
    assert email.from_ == "test@ashbyhq.com" and email.to == "candidate@example.com"
    assert email.message_id_header == "<CADkMx=Abc123@examplemail.com>"
    assert email.body is None and email.user_is_sender is True
    assert email.raw_data["from"] == "test@ashbyhq.com"


def test_template(reference: Load) -> None:
    template = CommunicationTemplate.from_api(reference("communicationTemplate.list")["response"]["results"][0])
    assert template.intended_types == ["email", "inMail"]
    assert template.title == "Rejection + Consideration for Future Positions"
