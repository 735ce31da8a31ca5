"""The objects behind the endpoints beyond the seed's: brands, boards, forms, pools, templates, history.

Drawn from their own random stream after :func:`~ashby_sdk.emulator.generate.generate` has run, so the
organisation the seed endpoints see is the same as before these existed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ._forms import FORM
from ._util import iso, iso_to_ms, new_uuid
from .state import Organisation

__all__ = ["seed_more"]

_CREATED = 1_685_664_000.0
"""2023-06-02T00:00:00Z."""


def seed_more(org: Organisation, seed: int) -> None:
    rng = random.Random(seed * 7919 + 17)
    created = iso(_CREATED)

    def add(kind: str, **row: Any) -> dict[str, Any]:
        return org.insert(kind, {"id": new_uuid(rng), **row})

    for name in ("Emulated Co", "Emulated Labs"):
        add("brand", name=name, hostedJobsPageSlug=name.lower().replace(" ", "-"))
    for title, internal in (("External Job Board", False), ("Internal Job Board", True)):
        add("jobBoard", title=title, isInternal=internal)
    for title, types in (("Rejection", ["email"]), ("Intro", ["email", "inMail"]), ("Connect", ["linkedInConnection"])):
        add("communicationTemplate", title=title, intendedTypes=types, createdAt=created, updatedAt=created)
    org_id = org.settings.get("organizationId") or new_uuid(rng)
    add(
        "referralForm",
        organizationId=org_id,
        title="Referral",
        isArchived=False,
        isDefaultForm=True,
        formDefinition=FORM,
    )
    for title in ("Backend Screeners", "Onsite Panel"):
        add(
            "interviewerPool",
            title=title,
            isArchived=False,
            trainingPath={"id": new_uuid(rng), "enabled": False, "trainingStages": []},
            _members=[],
        )
    location = next(iter(org["location"]), None)
    department = next(iter(org["department"]), None)
    plan = next(iter(org["interviewPlan"]), None)
    for title, status in (("Engineer template", "Active"), ("Old template", "Inactive")):
        add(
            "jobTemplate",
            title=title,
            status=status,
            locationId=location and location["id"],
            departmentId=department and department["id"],
            defaultInterviewPlanId=plan and plan["id"],
            interviewPlanIds=[plan["id"]] if plan else [],
            createdAt=created,
            updatedAt=created,
        )
    for i, source in enumerate(list(org["source"])[:3]):
        code = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=10))
        add(
            "sourceTrackingLink",
            code=code,
            enabled=i != 2,
            sourceId=source["id"],
            link=f"https://jobs.example.com/?utm_source={code}",
        )
    add("report", title="Hires by quarter", _columns=["Quarter", "Hired"], _rows=[["Q1", 3], ["Q2", 5]])
    _seed_history(org, rng, add)
    for offer in list(org["offer"]):
        version = offer["latestVersion"]["id"]
        add(
            "approval",
            approvalDefinitionId=new_uuid(rng),
            entityId=version,
            entityType="offer",
            createdAt=offer["_createdAt"],
            submittedAt=None,
            completedAt=None,
            steps=[],
        )
    for schedule in list(org["interviewSchedule"]):
        for event in schedule["interviewEvents"]:
            org.insert("interviewEvent", dict(event))
    event = next(iter(org["interviewEvent"]), None)
    if event is not None:
        add(
            "notetakerTranscript",
            interviewEventId=event["id"],
            interviewScheduleId=event["interviewScheduleId"],
            createdAt=event["createdAt"],
            participants=[],
            _path="transcript.json",
        )
    for cand in list(org["candidate"])[:5]:
        app_id = cand["applicationIds"][0] if cand["applicationIds"] else None
        add(
            "clientInfo",
            ipAddress="203.0.113.7",
            userAgent="Mozilla/5.0",
            relatedEntityType="application",
            relatedEntityId=app_id,
            candidateId=cand["id"],
            createdAt=cand["createdAt"],
        )
        add(
            "fraudCheck",
            candidateId=cand["id"],
            applicationId=app_id,
            createdAt=cand["createdAt"],
            fraudSignals=[{"id": new_uuid(rng), "category": "Geographic", "name": "VPN", "description": "A VPN."}],
        )


def _seed_history(org: Organisation, rng: random.Random, add: Callable[..., dict[str, Any]]) -> None:
    """Each application's way to its current stage: the plan's stages before it, in order (an archived one
    left the pipeline somewhere along it), spread between its creation and its last change. The shape of an
    entry is Ashby's (``application.listHistory``); the path through the plan is inferred, for the funnel."""
    plans: dict[str, list[dict[str, Any]]] = {}
    for stage in sorted(org["interviewStage"], key=lambda s: s["orderInInterviewPlan"]):
        plans.setdefault(stage["interviewPlanId"], []).append(stage)
    actors = [u["id"] for u in org["user"]] or [None]
    for app in list(org["application"]):
        current = org["interviewStage"].get(app["_stageId"])
        if current is None:
            continue
        pipeline = [s for s in plans.get(current["interviewPlanId"], []) if s["type"] != "Archived"]
        if current["type"] == "Archived":
            path = [*pipeline[: rng.randint(1, max(len(pipeline), 1))], current]
        else:
            path = [s for s in pipeline if s["orderInInterviewPlan"] < current["orderInInterviewPlan"]] + [current]
        start = iso_to_ms(app["createdAt"]) or 0
        end = max(iso_to_ms(app.get(k) or "") or start for k in ("createdAt", "updatedAt", "archivedAt"))
        cuts = sorted(rng.uniform(start, end) for _ in path[1:])
        entered = [start, *cuts]
        for number, stage in enumerate(path):
            last = number == len(path) - 1
            add(
                "applicationHistory",
                applicationId=app["id"],
                stageId=stage["id"],
                title=stage["title"],
                enteredStageAt=iso(entered[number] / 1000),
                leftStageAt=None if last else iso(entered[number + 1] / 1000),
                stageNumber=number,
                allowedActions=["delete", "set_entered_at"],
                actorId=None if number == 0 else rng.choice(actors),
            )
