"""Every parameter of the catalogue says what it means (the CLI's help texts are built from it)."""

from __future__ import annotations

import re

import pytest

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk._catalogue.descriptions import describe

PARAMS = sorted({(e.name, p.name) for e in ENDPOINTS.values() for p in e.params})


@pytest.mark.parametrize(("endpoint", "name"), PARAMS)
def test_a_parameter_is_described_by_its_meaning_not_its_wire_name(endpoint: str, name: str) -> None:
    param = ENDPOINTS[endpoint].param(name)
    assert param is not None
    text = param.description
    assert text.endswith(".") and text[0].isupper(), text
    assert not re.search(r"\b[a-z]+[A-Z]\w*\b", text.replace("ISO 8601", "")) or "{" in text, text  # no camelCase
    assert f"The {name} parameter" not in text
    if param.format:
        assert "ISO 8601" in text and ("naive means UTC" in text or param.format == "date"), text


def test_derived_descriptions_read_as_prose() -> None:
    assert describe("interviewStageId") == "The id of the interview stage."
    assert describe("jobIds") == "The ids of the jobs."
    assert describe("includeDisabled") == "Include disabled links too."
    assert describe("createdAfter", "epoch-ms").startswith("Only objects created after this moment: a datetime")
