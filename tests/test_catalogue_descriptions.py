"""Every parameter of the catalogue says what it means (the CLI's help texts are built from it), and every
typed method's docstring names each of its optional parameters."""

from __future__ import annotations

import inspect
import re

import pytest

from ashby_sdk._catalogue import ENDPOINTS, method_name
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


def _typed_methods(name: str) -> list[tuple[str, object]]:
    from ashby_sdk import AsyncAshbyClient

    resource, method = method_name(name)
    cls = type(getattr(AsyncAshbyClient(api_key="k"), resource))  # resources load on first use
    names = [method] + (["iter"] if method == "list" and hasattr(cls, "iter") else [])
    return [(f"{cls.__name__}.{m}", getattr(cls, m)) for m in names]


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_a_typed_method_says_what_each_optional_parameter_is(name: str) -> None:
    """Its docstring names every parameter that has a default (``list``'s includes ``iter``'s docstring)."""
    for shown, method in _typed_methods(name):
        doc = inspect.getdoc(method) or ""
        accepted = inspect.signature(method).parameters  # type: ignore[arg-type]
        unnamed = [
            p.python_name
            for p in ENDPOINTS[name].params
            if p.python_name in accepted
            and accepted[p.python_name].default is not inspect.Parameter.empty
            and not re.search(rf"\b{p.python_name}\b", doc)
        ]
        assert not unnamed, f"{shown}'s docstring does not name {unnamed}"
