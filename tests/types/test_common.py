from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ashby_sdk.types import CustomField, EmailAddress, File

Load = Callable[[str], dict[str, Any]]


def test_custom_field_value_shapes(reference: Load) -> None:
    examples = reference("customField.setValue")["response"]["examples"]
    fields = [CustomField.from_api(e) for e in examples]
    assert [f.title for f in fields] == [
        "Is actively looking",
        "Years of experience",
        "Salary expectation",
        "Expected start date",
    ]
    assert [f.value for f in fields] == [True, 5, {"value": 100000, "currencyCode": "USD"}, "2022-11-10T19:47:56.795Z"]
    assert all(f.raw_data == e for f, e in zip(fields, examples, strict=True))


def test_small_value_objects() -> None:
    email = EmailAddress.from_api({"value": "test@ashbyhq.com", "type": "Work", "isPrimary": True})
    assert (email.value, email.type, email.is_primary) == ("test@ashbyhq.com", "Work", True)
    assert File.from_api({"id": "1", "name": "resume.pdf", "handle": "h"}).handle == "h"
