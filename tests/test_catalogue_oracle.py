"""The catalogue equals Ashby's own definition: an oracle nobody here wrote.

``tests/fixtures/openapi-facts.json`` holds the facts of Ashby's public OpenAPI definition (May 2026):
every endpoint's parameters with their JSON schema, required and nullable flags, ``oneOf`` request sets,
permission, envelope fields and result schema. The catalogue must say the same: same endpoints, same
parameter names, types, required flags, nullable flags, enums, paged/sync flags and permissions. Every
difference is listed below with its evidence; an unlisted difference fails, and so does a listed one
that no longer exists (so the list cannot rot).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import pytest

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk._catalogue.vocabulary import WebhookType

FACTS = json.loads((Path(__file__).parent / "fixtures" / "openapi-facts.json").read_text(encoding="utf-8"))
DEFINED: dict[str, dict[str, Any]] = FACTS["endpoints"]
PAGING = {"cursor", "limit", "syncToken"}

PARTNER_CALLBACKS = {"assessment.cancel", "assessment.customField.list", "assessment.list", "assessment.start"}
"""Implemented by assessment partners and called by Ashby (the definition's own README of facts): not for a
client SDK."""

_PROJECTS_GA = "changelog 2026-09-21 'Project Management Endpoints Generally Available'"
_SEQUENCES_GA = "changelog 2026-09-18 'Sourcing Sequence Endpoints Generally Available'"
ADDED_SINCE = {
    "application.delete": "changelog 2026-06-22 'Document application.delete and sequence.cancel'",
    "project.create": f"reference page project.create; {_PROJECTS_GA}",
    "project.update": f"reference page project.update; {_PROJECTS_GA}",
    "project.archive": _PROJECTS_GA,
    "project.restore": _PROJECTS_GA,
    "project.setCustomFieldValue": f"reference page project.setCustomFieldValue; {_PROJECTS_GA}",
    "project.setCustomFieldValues": f"changelog 2026-09-16 'Add Project Custom Field Setters'; {_PROJECTS_GA}",
    "sequence.add": f"reference page sequence.add; {_SEQUENCES_GA}",
    "sequence.cancel": "changelog 2026-06-22 'Document application.delete and sequence.cancel'",
    "sequence.discard": f"changelog 2026-07-23 'Add Candidate Sequence Draft Discard'; {_SEQUENCES_GA}",
    "sequence.info": f"reference page sequence.info; {_SEQUENCES_GA}",
    "sequence.list": f"reference page sequence.list; {_SEQUENCES_GA}",
    "sequence.start": f"reference page sequence.start; {_SEQUENCES_GA}",
    "sequence.updateStage": f"reference page sequence.updateStage; {_SEQUENCES_GA}",
    "emailSender.list": f"changelog 2026-07-20 'Add Email Sender Discovery'; {_SEQUENCES_GA}",
    "version.list": "reference page 'Versioning': 'The version.list endpoint can be used to retrieve available "
    "versions and their status'",
}
"""Endpoints Ashby's changelog added after the definition was published."""

EXTRA_PARAMS = {
    ("application.info", "expand"): "the definition's request is a oneOf whose facts keep only the required names; "
    "expand is documented on the reference page 'Expansions' (developers.ashbyhq.com/reference/expansions)",
    ("customField.list", "includeArchived"): "not in the definition (inferred, marked in the catalogue): the "
    "mirror asks for archived fields with it, and the typed method has always taken it",
    ("candidate.uploadResume", "resume"): "the multipart form the JSON definition does not describe; changelog "
    "'Presigned File Uploads for Candidate Endpoints' keeps it, deprecated, beside resumeHandle",
    ("candidate.uploadFile", "file"): "the multipart form, as for candidate.uploadResume",
}
"""Parameters the catalogue describes and the definition does not."""

REQUIRED = {
    ("candidate.uploadResume", "resumeHandle"): "required in the JSON form only; the multipart form sends resume",
    ("candidate.uploadFile", "fileHandle"): "required in the JSON form only; the multipart form sends file",
}
"""Required flags that differ from the definition."""

NULLABLE = {
    ("customField.setValue", "fieldValue"): "null clears a custom field value (issue 13; the reference page of "
    "project.setCustomFieldValue: 'Use null to clear an optional field', for the same value types)",
}
"""Parameters where ``null`` has a meaning the definition does not record."""

PERMISSION = {
    "application.addHiringTeamMember": "the definition says 'candidateWrite', a permission that does not exist "
    "(every other candidate write, and the reference page 'Authentication' table, say candidatesWrite)",
    "application.removeHiringTeamMember": "as application.addHiringTeamMember",
}


def _flat(schema: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in schema.get("allOf", [schema]):
        out.update(_flat(part) if "allOf" in part else part)
    return out


def wire_type(schema: dict[str, Any]) -> str:
    """A JSON schema as the catalogue's parameter type."""
    schema = _flat(schema)
    if "oneOf" in schema or "anyOf" in schema:
        return "any"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "array":
        items = _flat(schema.get("items", {}))
        inner = "object" if items.get("type") == "object" or "properties" in items else items.get("type")
        return {"string": "string[]", "object": "object[]"}.get(inner or "", "any")
    if kind is None and "properties" in schema:
        return "object"
    return kind or "any"


def wire_enum(schema: dict[str, Any]) -> set[str]:
    schema = _flat(schema)
    if schema.get("type") == "array":
        schema = _flat(schema.get("items", {}))
    return set(schema.get("enum", ()))


def test_same_endpoints() -> None:
    defined = set(DEFINED) - PARTNER_CALLBACKS
    assert set(ENDPOINTS) - defined == set(ADDED_SINCE)
    assert defined - set(ENDPOINTS) == set()
    assert "location.updateRemoteStatus" not in ENDPOINTS  # removed by Ashby on 2026-02-18 (changelog)
    assert not set(ADDED_SINCE) & set(DEFINED), "the definition caught up: drop the entry from ADDED_SINCE"
    for name in ADDED_SINCE:
        assert ENDPOINTS[name].note, f"{name}: say where it comes from"


COMMON = sorted(set(DEFINED) & set(ENDPOINTS))


def _names(facts: dict[str, Any]) -> set[str]:
    one_of = facts.get("request_one_of") or []
    return (set(facts["params"]) - PAGING) | {n for branch in one_of for n in branch}


@pytest.mark.parametrize("name", COMMON)
def test_same_parameters(name: str) -> None:
    facts, ours = DEFINED[name], ENDPOINTS[name]
    expected = _names(facts) | {p for (e, p) in EXTRA_PARAMS if e == name}
    assert {p.name for p in ours.params} == expected


@pytest.mark.parametrize("name", COMMON)
def test_same_types_enums_and_flags(name: str) -> None:
    facts, ours = DEFINED[name], ENDPOINTS[name]
    one_of = [set(b) for b in facts.get("request_one_of") or []]
    for param in ours.params:
        spec = facts["params"].get(param.name)
        required = bool(spec and spec["required"]) or bool(one_of and all(param.name in b for b in one_of))
        if (name, param.name) in REQUIRED:
            assert param.required != required, f"{name}.{param.name}: the exception no longer applies"
        else:
            assert param.required == required, f"{name}.{param.name} required"
        if spec is None:
            continue  # a oneOf branch name (the facts keep no schema for it) or a documented extra
        assert param.type == wire_type(spec["schema"]), f"{name}.{param.name} type"
        assert set(param.enum) == wire_enum(spec["schema"]), f"{name}.{param.name} enum"
        nullable = spec["nullable"] or spec["description_says_null_is_meaningful"]
        if (name, param.name) in NULLABLE:
            assert param.nullable and not nullable, f"{name}.{param.name}: the exception no longer applies"
        else:
            assert param.nullable == nullable, f"{name}.{param.name} nullable"
    assert {frozenset(b) for b in ours.one_of} == {frozenset(b) for b in one_of}, "oneOf"


@pytest.mark.parametrize("name", COMMON)
def test_same_paging_and_results(name: str) -> None:
    facts, ours = DEFINED[name], ENDPOINTS[name]
    assert ours.paged == ("cursor" in facts["params"]), "paged"
    assert ours.sync == ("syncToken" in facts["params"]), "sync"
    if ours.paged:  # a paged answer is a list whose envelope carries the page fields (inherited)
        assert facts["envelope_fields"] in (["results"], ["results", "success"])
    results = facts["results"] or {}
    assert ours.returns_list == (results.get("type") == "array")


@pytest.mark.parametrize("name", COMMON)
def test_same_permission(name: str) -> None:
    expected = DEFINED[name]["permission"]
    if name in PERMISSION:
        assert ENDPOINTS[name].permission != expected, f"{name}: the exception no longer applies"
    else:
        assert ENDPOINTS[name].permission == expected


def test_every_exception_names_a_real_parameter() -> None:
    for endpoint, param in [*EXTRA_PARAMS, *REQUIRED, *NULLABLE]:
        assert ENDPOINTS[endpoint].param(param) is not None, (endpoint, param)


def test_webhook_types_cover_the_definition() -> None:
    assert set(FACTS["webhooks"]) - {"ping"} == set(get_args(WebhookType))
