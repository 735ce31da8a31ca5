"""Valid parameters for the endpoints Ashby added in 2026 and for those whose id the definition leaves
optional (so the generic "required ids" default of :func:`samples.happy_params` finds nothing to send).

Each entry is a callable, so that the prerequisites it creates (a draft sequence, a fresh application to
delete) are made only for the endpoint under test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.routes.sourcing import SEQUENCE_TEMPLATES

from .conftest import Api

__all__ = ["lazy_params"]

TEMPLATE = next(iter(SEQUENCE_TEMPLATES))


def _first(emu: Emulator, kind: str) -> dict[str, Any]:
    return next(iter(emu.org[kind]))


def lazy_params(emu: Emulator, api: Api, cand: dict[str, Any], app: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    """Per endpoint, a callable answering its parameters (running what it needs first)."""
    project = _first(emu, "project")["id"]
    field = _first(emu, "customField")["id"]

    def draft() -> str:
        made = api.ok("sequence.add", {"sequenceTemplateId": TEMPLATE, "candidateId": cand["id"], "start": False})
        return str(made["id"])

    def running() -> str:
        template = list(SEQUENCE_TEMPLATES)[1]
        made = api.ok("sequence.add", {"sequenceTemplateId": template, "candidateId": cand["id"], "start": True})
        return str(made["id"])

    def stage() -> dict[str, Any]:
        sequence = draft()
        stage_id = api.ok("sequence.info", {"sequenceId": sequence})["stages"][0]["id"]
        return {"sequenceId": sequence, "stageId": stage_id, "subject": "Hello again"}

    def fresh_application() -> dict[str, Any]:
        job = next(j for j in emu.org["job"] if j["id"] != app["_jobId"])
        made = api.ok("application.create", {"candidateId": cand["id"], "jobId": job["id"]})
        return {"applicationId": made["id"]}

    return {
        "application.delete": fresh_application,
        "application.listHistory": lambda: {"applicationId": app["id"]},
        "customField.info": lambda: {"customFieldId": field},
        "opening.update": lambda: {"openingId": _first(emu, "opening")["id"], "description": "Backfill"},
        "project.create": lambda: {"title": "Staff engineers"},
        "project.update": lambda: {"projectId": project, "title": "Renamed"},
        "project.archive": lambda: {"projectId": project},
        "project.restore": lambda: {"projectId": project},
        "project.setCustomFieldValue": lambda: {"projectId": project, "fieldId": field, "fieldValue": "x"},
        "project.setCustomFieldValues": lambda: {
            "projectId": project,
            "values": [{"fieldId": field, "fieldValue": "y"}],
        },
        "sequence.add": lambda: {"sequenceTemplateId": TEMPLATE, "candidateId": cand["id"], "start": True},
        "sequence.info": lambda: {"sequenceId": draft()},
        "sequence.start": lambda: {"sequenceId": draft()},
        "sequence.discard": lambda: {"sequenceId": draft()},
        "sequence.updateStage": stage,
        "sequence.cancel": lambda: {"sequenceId": running()},
        "sequence.list": lambda: {"candidateId": cand["id"]},
    }
