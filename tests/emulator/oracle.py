"""Ashby's own definition as an oracle: the facts of its public OpenAPI document, and the emulator's read answers.

``tests/fixtures/openapi-facts.json`` was not written here (see ``tests/fixtures/README.md``). Two known
loosenesses of the definition are read the way its README says to read them, and nothing else is relaxed:

- it almost never marks a field nullable, yet Ashby sends ``null`` for absent optional values: an optional
  property may be ``null`` (a required one may not);
- its ``oneOf`` branches overlap (a custom field's ``value`` is both "a string" and "a date-time string"):
  ``oneOf`` is read as ``anyOf``.

Formats are checked: ``uuid`` must parse as a UUID and ``date-time`` must be ISO 8601 with a zone.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from ashby_sdk._catalogue import ENDPOINTS, Endpoint
from ashby_sdk.emulator import Emulator

from .conftest import Api
from .samples import happy_params

__all__ = ["FACTS", "READS", "Answers", "busy_emulator", "collect", "violations"]

FACTS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent.parent / "fixtures" / "openapi-facts.json").read_text()
)["endpoints"]
READS = sorted(name for name, e in ENDPOINTS.items() if not e.write)
"""Every read endpoint the emulator serves (it serves exactly the catalogue's endpoints)."""

_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
_FORMATS = jsonschema.FormatChecker(formats=())


@_FORMATS.checks("uuid", raises=ValueError)
def _uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(uuid.UUID(value))


@_FORMATS.checks("date-time")
def _date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(_ISO.match(value))


def relax(schema: Any) -> Any:
    """``schema`` read as the README says: optional properties nullable, ``oneOf`` as ``anyOf``."""
    if isinstance(schema, list):
        return [relax(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    required = set(schema.get("required", ()))
    for key, value in schema.items():
        if key == "oneOf":
            out["anyOf"] = relax(value)
        elif key == "properties":
            out[key] = {
                name: relax(sub) if name in required else {"anyOf": [relax(sub), {"type": "null"}]}
                for name, sub in value.items()
            }
        elif key in ("enum", "required", "default", "type", "format"):
            out[key] = value
        else:
            out[key] = relax(value)
    return out


def _leaves(error: jsonschema.ValidationError) -> Iterator[jsonschema.ValidationError]:
    if not error.context:
        yield error
    for sub in error.context or ():
        yield from _leaves(sub)


def violations(name: str, results: Any) -> list[str]:
    """Where ``results`` breaks the definition of ``name``'s ``results``: ``path: message``, deduplicated."""
    validator = jsonschema.Draft202012Validator(relax(FACTS[name]["results"]), format_checker=_FORMATS)
    found = set()
    for error in validator.iter_errors(results):
        for leaf in _leaves(error):
            if leaf.validator == "type" and leaf.validator_value == "null":
                continue  # the other branch of a relaxed optional property says what is wrong
            path = "/".join("*" if isinstance(p, int) else str(p) for p in leaf.absolute_path)
            found.add(f"{path or '.'}: {leaf.message[:160]}")
    return sorted(found)


VARIANTS: dict[str, list[dict[str, Any]]] = {
    "application.info": [{"expand": ["openings", "applicationFormSubmissions", "referrals"]}],
    "interviewEvent.list": [{"expand": ["interview"]}],
    "job.info": [{"expand": ["location", "openings"]}],
    "job.list": [{"status": ["Draft", "Open", "Closed", "Archived"]}],
    "jobPosting.info": [{"expand": ["job"]}],
    "report.generate": [{"requestId": "rep_result:poll"}],
}
"""More bodies per endpoint than its happy parameters, so that expansions and options are checked too.

Not ``hiringTeamRole.list`` with ``namesOnly: false``: the definition describes only the default answer (strings);
``test_openapi_oracle.test_hiring_team_roles_with_ids`` checks the other.
"""

_FLAGS = ("includeArchived", "includeDeactivated", "includeDisabled", "includeArchivedPools")


def _bodies(emu: Emulator, api: Api, endpoint: Endpoint) -> list[dict[str, Any]]:
    base = happy_params(emu, api, endpoint)
    assert isinstance(base, dict)
    bodies = [base, *({**base, **v} for v in VARIANTS.get(endpoint.name, []))]
    bodies += [{**base, flag: True} for flag in _FLAGS if flag in endpoint.param_names]
    return bodies


@dataclass
class Answers:
    """Every answer one endpoint gave: the envelopes (each page's) and all their results."""

    envelopes: list[dict[str, Any]] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)
    """One entry per request for single objects; every item of every page for lists."""

    def add(self, envelope: dict[str, Any], endpoint: Endpoint) -> None:
        self.envelopes.append(envelope)
        if endpoint.returns_list and isinstance(envelope.get("results"), list):
            self.results.extend(envelope["results"])
        else:
            self.results.append(envelope.get("results"))


def busy_emulator() -> tuple[Emulator, Api]:
    """A generated organisation after one successful call of every write endpoint (their rows are read too)."""
    emu = Emulator(seed=0, candidates=60)
    api = Api(emu)
    for name in sorted(n for n, e in ENDPOINTS.items() if e.write):
        params = happy_params(emu, api, ENDPOINTS[name])
        if isinstance(params, tuple):
            answer = api.http.post(f"/{name}", data=params[0], files=params[1]).json()
        else:
            answer = api(name, params)
        assert answer["success"] is True, (name, answer)
    return emu, api


def collect(emu: Emulator, api: Api) -> dict[str, Answers]:
    """Every read endpoint called with each of its bodies, every page of each listing."""
    out: dict[str, Answers] = {}
    for name in READS:
        endpoint, answers = ENDPOINTS[name], Answers()
        for body in _bodies(emu, api, endpoint):
            while True:
                envelope = api(name, body)
                answers.add(envelope, endpoint)
                if not (envelope.get("success") and endpoint.paged and envelope.get("moreDataAvailable")):
                    break
                body = {**body, "cursor": envelope["nextCursor"]}
        out[name] = answers
    return out
