"""Every id one answer hands out resolves: through the matching ``.info``, or its full listing where there is none.

The answers are those of :mod:`.oracle` (every read endpoint, on a generated organisation after one call of every
write endpoint). Each object's own id and every reference it carries (``jobId``, ``interviewPlanIds``,
``feedbackFormDefinitionId``, an embedded ``candidate`` or ``author``...) is looked up on the same emulator.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ashby_sdk.emulator import Emulator

from .conftest import Api
from .oracle import Answers, busy_emulator, collect

INFO = {
    "application": ("application.info", "applicationId"),
    "candidate": ("candidate.info", "id"),
    "customField": ("customField.info", "customFieldId"),
    "department": ("department.info", "departmentId"),
    "feedbackForm": ("feedbackFormDefinition.info", "feedbackFormDefinitionId"),
    "file": ("file.info", "fileHandle"),
    "interview": ("interview.info", "id"),
    "interviewStage": ("interviewStage.info", "interviewStageId"),
    "interviewerPool": ("interviewerPool.info", "interviewerPoolId"),
    "job": ("job.info", "id"),
    "jobPosting": ("jobPosting.info", "jobPostingId"),
    "location": ("location.info", "locationId"),
    "notetakerTranscript": ("notetakerTranscript.info", "notetakerTranscriptId"),
    "offer": ("offer.info", "offerId"),
    "opening": ("opening.info", "openingId"),
    "project": ("project.info", "projectId"),
    "surveyForm": ("surveyFormDefinition.info", "surveyFormDefinitionId"),
    "user": ("user.info", "userId"),
    "webhook": ("webhook.info", "webhookId"),
}
"""Kinds with an ``.info``: the endpoint and the parameter naming the id."""

LISTED = {
    "archiveReason": ("archiveReason.list", {"includeArchived": True}),
    "brand": ("brand.list", {}),
    "closeReason": ("closeReason.list", {"includeArchived": True}),
    "interviewPlan": ("interviewPlan.list", {"includeArchived": True}),
    "interviewSchedule": ("interviewSchedule.list", {}),
    "interviewStageGroup": ("interviewStageGroup.list", {}),
    "source": ("source.list", {"includeArchived": True}),
    "tag": ("candidateTag.list", {"includeArchived": True}),
}
"""Kinds without an ``.info``: found in their full listing (interview events: in their schedule's listing)."""

ID_KEYS = {
    "actorId": "user",
    "applicationId": "application",
    "archiveReasonId": "archiveReason",
    "authorId": "user",
    "brandId": "brand",
    "candidateId": "candidate",
    "closeReasonId": "closeReason",
    "creditedToUserId": "user",
    "defaultInterviewPlanId": "interviewPlan",
    "departmentId": "department",
    "feedbackFormDefinitionId": "feedbackForm",
    "interviewEventId": "interviewEvent",
    "interviewId": "interview",
    "interviewPlanId": "interviewPlan",
    "interviewScheduleId": "interviewSchedule",
    "interviewStageGroupId": "interviewStageGroup",
    "interviewStageId": "interviewStage",
    "interviewerPoolId": "interviewerPool",
    "jobId": "job",
    "jobPostingId": "jobPosting",
    "locationId": "location",
    "managerId": "user",
    "notetakerTranscriptId": "notetakerTranscript",
    "offerId": "offer",
    "openingId": "opening",
    "parentId": "department",
    "parentLocationId": "location",
    "primaryLocationId": "location",
    "projectId": "project",
    "sourceId": "source",
    "stageId": "interviewStage",
    "surveyFormDefinitionId": "surveyForm",
    "teamId": "department",
    "userId": "user",
}
LIST_KEYS = {
    "applicationIds": "application",
    "interviewPlanIds": "interviewPlan",
    "interviewerUserIds": "user",
    "jobIds": "job",
    "jobPostingIds": "jobPosting",
    "locationIds": "location",
    "secondaryLocationIds": "location",
}
OBJECT_KEYS = {
    "archiveReason": "archiveReason",
    "author": "user",
    "candidate": "candidate",
    "creditedToUser": "user",
    "currentInterviewStage": "interviewStage",
    "customFields": "customField",
    "interview": "interview",
    "interviewers": "user",
    "job": "job",
    "openings": "opening",
    "source": "source",
    "stages": "interviewStage",
    "submittedByUser": "user",
    "tags": "tag",
}
"""Embedded objects (or lists of them) whose ``id`` is an object of that kind. Not ``location``: a candidate's
location has an id of its own, not a location's."""
FILE_KEYS = ("resumeFileHandle", "fileHandles")
"""Files are looked up by ``handle`` (``file.info`` takes a handle)."""

OWN = {
    "application": ("application.info", "application.list"),
    "archiveReason": ("archiveReason.list",),
    "brand": ("brand.list",),
    "candidate": ("candidate.info", "candidate.list", "candidate.search"),
    "closeReason": ("closeReason.list",),
    "customField": ("customField.info", "customField.list"),
    "department": ("department.info", "department.list"),
    "feedbackForm": ("feedbackFormDefinition.info", "feedbackFormDefinition.list"),
    "interview": ("interview.info", "interview.list"),
    "interviewEvent": ("interviewEvent.list",),
    "interviewPlan": ("interviewPlan.list",),
    "interviewSchedule": ("interviewSchedule.list",),
    "interviewStage": ("interviewStage.info", "interviewStage.list"),
    "interviewStageGroup": ("interviewStageGroup.list",),
    "interviewerPool": ("interviewerPool.info", "interviewerPool.list"),
    "job": ("job.info", "job.list", "job.search"),
    "jobPosting": ("jobPosting.info", "jobPosting.list"),
    "location": ("location.info", "location.list"),
    "offer": ("offer.info", "offer.list"),
    "opening": ("opening.info", "opening.list", "opening.search"),
    "project": ("project.info", "project.list", "project.search", "candidate.listProjects"),
    "source": ("source.list",),
    "surveyForm": ("surveyFormDefinition.info", "surveyFormDefinition.list"),
    "tag": ("candidateTag.list",),
    "user": ("user.info", "user.list", "user.search"),
    "webhook": ("webhook.info",),
}
"""The read endpoints whose results are objects of a kind: their own ``id`` must resolve too."""

Ref = tuple[str, str]


def references(value: Any) -> Iterator[Ref]:
    """Every ``(kind, id)`` ``value`` refers to (files as ``("file", handle)``)."""
    if isinstance(value, list):
        for item in value:
            yield from references(item)
        return
    if not isinstance(value, dict):
        return
    for key, sub in value.items():
        if key in ID_KEYS and isinstance(sub, str):
            yield ID_KEYS[key], sub
        elif key in LIST_KEYS and isinstance(sub, list):
            yield from ((LIST_KEYS[key], i) for i in sub if isinstance(i, str))
        elif key in OBJECT_KEYS:
            for obj in sub if isinstance(sub, list) else [sub]:
                if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                    yield OBJECT_KEYS[key], obj["id"]
        elif key in FILE_KEYS:
            for obj in sub if isinstance(sub, list) else [sub]:
                if isinstance(obj, dict) and isinstance(obj.get("handle"), str):
                    yield "file", obj["handle"]
        yield from references(sub)


class Resolver:
    """Looks ids up on one emulator, through ``.info`` or the full listing of their kind."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.listed: dict[str, set[str]] = {}

    def _listing(self, name: str, body: dict[str, Any]) -> set[str]:
        items: list[dict[str, Any]] = []
        while True:
            page = self.api(name, body)
            assert page["success"] is True, page
            items += page["results"]
            if not page.get("moreDataAvailable"):
                return {i["id"] for i in items}
            body = {**body, "cursor": page["nextCursor"]}

    def known(self, kind: str) -> set[str]:
        if kind not in self.listed:
            if kind == "interviewEvent":
                schedules = self.known("interviewSchedule")
                ids: set[str] = set()
                for schedule in schedules:
                    ids |= self._listing("interviewEvent.list", {"interviewScheduleId": schedule})
                self.listed[kind] = ids
            else:
                self.listed[kind] = self._listing(*LISTED[kind])
        return self.listed[kind]

    def resolves(self, kind: str, obj_id: str) -> bool:
        if kind in INFO:
            name, param = INFO[kind]
            return self.api(name, {param: obj_id}).get("success") is True
        return obj_id in self.known(kind)


def handed_out(answers: dict[str, Answers]) -> set[Ref]:
    """Every reference in every answer, and every answered object's own id."""
    refs = {ref for got in answers.values() for ref in references(got.results)}
    for kind, names in OWN.items():
        for name in names:
            for item in answers[name].results:
                refs |= {(kind, i["id"]) for i in (item if isinstance(item, list) else [item]) if "id" in i}
    return refs


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Api, set[Ref]]]:
    emu, api = busy_emulator()
    yield api, handed_out(collect(emu, api))
    api.http.close()


def test_every_id_handed_out_resolves(world: tuple[Api, set[Ref]]) -> None:
    api, refs = world
    resolver = Resolver(api)
    dangling = sorted(ref for ref in refs if not resolver.resolves(*ref))
    assert dangling == []


def test_the_check_covers_the_organisation(world: tuple[Api, set[Ref]]) -> None:
    kinds = {kind for kind, _ in world[1]}
    wanted = {"candidate", "application", "job", "user", "interviewStage", "interviewPlan", "feedbackForm"}
    wanted |= {"surveyForm", "interview", "interviewSchedule", "interviewEvent", "interviewStageGroup", "file"}
    assert wanted <= kinds
    assert len(world[1]) > 300


def test_a_dangling_reference_is_caught() -> None:
    api = Api(Emulator(seed=0, candidates=5))
    resolver = Resolver(api)
    interview = api("interview.list")["results"][0]
    assert resolver.resolves("feedbackForm", interview["feedbackFormDefinitionId"])
    stray = {**interview, "feedbackFormDefinitionId": "0c8e8b2c-1b1e-4a8e-9a65-2d8e1b3c4d5e"}
    assert [r for r in references(stray) if not resolver.resolves(*r)] == [
        ("feedbackForm", "0c8e8b2c-1b1e-4a8e-9a65-2d8e1b3c4d5e")
    ]
    api.http.close()
