"""Valid parameters for every catalogue endpoint against a generated emulator (shared by the route and
coverage tests); prerequisites that need a write (an offer process, a pause...) are created first."""

from __future__ import annotations

from typing import Any

from ashby_sdk._catalogue import Endpoint
from ashby_sdk.emulator import Emulator

from .conftest import Api
from .samples_2026 import lazy_params

__all__ = ["happy_params"]

FORM = {"fieldSubmissions": [{"path": "overall_recommendation", "value": "hire"}]}


def _first(emu: Emulator, kind: str, **match: Any) -> dict[str, Any]:
    return next(r for r in emu.org[kind] if all(r.get(k) == v for k, v in match.items()))


def happy_params(emu: Emulator, api: Api, endpoint: Endpoint) -> dict[str, Any] | tuple[dict[str, Any], Any]:
    """Parameters for a successful call of ``endpoint`` (files as multipart ``(data, files)``)."""
    org = emu.org
    app = _first(emu, "application", status="Active")
    cand = org["candidate"].get(app["_candidateId"])
    assert cand is not None
    tag = _first(emu, "tag")
    stages = sorted(
        (s for s in org["interviewStage"] if s["interviewPlanId"] == app["_planId"]),
        key=lambda s: s["orderInInterviewPlan"],
    )
    file_row = _first(emu, "file")
    special: dict[str, Any] = {
        "candidate.info": {"id": cand["id"]},
        "application.info": {"applicationId": app["id"]},
        "candidate.search": {"name": cand["name"].split()[0]},
        "candidate.create": {"name": "Grace Hopper", "email": "grace@example.com"},
        "candidate.createNote": {"candidateId": cand["id"], "note": "Hello"},
        "candidateTag.create": {"title": "Brand New"},
        "application.create": {"candidateId": cand["id"], "jobId": next(iter(org["job"]))["id"]},
        "application.changeStage": {"applicationId": app["id"], "interviewStageId": stages[2]["id"]},
        "application.changeSource": {"applicationId": app["id"], "sourceId": _first(emu, "source")["id"]},
        "job.info": {"id": app["_jobId"]},
        "interview.info": {"id": _first(emu, "interview")["id"]},
        "interviewStage.list": {"interviewPlanId": app["_planId"]},
        "surveySubmission.list": {"surveyType": "Questionnaire"},
        "file.info": {"fileHandle": file_row["handle"]},
        "webhook.create": {
            "webhookType": "applicationSubmit",
            "requestUrl": "https://hooks.example.com/a",
            "secretToken": "s3cret",
        },
    }
    lazy = lazy_params(emu, api, cand, app)
    if endpoint.name in lazy:
        return lazy[endpoint.name]()  # type: ignore[no-any-return]
    special.update(more_special(emu, api, cand, app, stages))
    if endpoint.name in special:
        value = special[endpoint.name]
        # Parameters that need a write first (a pause, an offer process...) are made only when asked for.
        return value() if callable(value) else value
    if endpoint.name.startswith("webhook."):
        hook = api.ok("webhook.create", special["webhook.create"])
        return {"webhookId": hook["id"]}
    if endpoint.multipart:
        part = next(p.name for p in endpoint.params if p.type == "file")
        return {"candidateId": cand["id"]}, {part: ("cv.pdf", b"%PDF-1.4 hello", "application/pdf")}
    ids = {
        "candidateId": cand["id"],
        "applicationId": app["id"],
        "tagId": tag["id"],
        "customFieldId": _first(emu, "customField")["id"],
        "departmentId": _first(emu, "department")["id"],
        "locationId": _first(emu, "location")["id"],
        "userId": _first(emu, "user")["id"],
        "jobPostingId": _first(emu, "jobPosting")["id"],
        "interviewStageId": stages[0]["id"],
        "offerId": _first(emu, "offer")["id"],
        "projectId": _first(emu, "project")["id"],
        "teamMemberId": _first(emu, "user")["id"],
        "roleId": "00000000-0000-4000-8000-000000000001",
        "feedbackFormDefinitionId": _first(emu, "feedbackForm")["id"],
        "formDefinitionId": _first(emu, "feedbackForm")["id"],
        "interviewScheduleId": _first(emu, "interviewSchedule")["id"],
        "id": _first(emu, "interviewSchedule")["id"],
        "interviewerPoolId": _first(emu, "interviewerPool")["id"],
        "jobId": app["_jobId"],
        "openingId": _first(emu, "opening")["id"],
        "notetakerTranscriptId": _first(emu, "notetakerTranscript")["id"],
        "surveyFormDefinitionId": _first(emu, "surveyForm")["id"],
        "reportId": _first(emu, "report")["id"],
        "offerVersionId": _first(emu, "offer")["latestVersion"]["id"],
        "identifier": "REQ-1",
        "email": _first(emu, "user")["email"],
        "title": "Pool",
        "name": "Somewhere",
    }
    return {p.name: ids[p.name] for p in endpoint.params if p.required}


def more_special(
    emu: Emulator, api: Api, cand: dict[str, Any], app: dict[str, Any], stages: list[Any]
) -> dict[str, Any]:
    """Parameters of the endpoints beyond the seed's that need more than ids (a callable when they need a write)."""
    org = emu.org
    user = _first(emu, "user")
    job = org["job"].get(app["_jobId"])
    assert job is not None
    event = {
        "startTime": "2030-01-01T10:00:00.000Z",
        "endTime": "2030-01-01T11:00:00.000Z",
        "interviewers": [{"email": user["email"]}],
    }
    cf = _first(emu, "customField")
    return {
        "application.transfer": {
            "applicationId": app["id"],
            "jobId": job["id"],
            "interviewPlanId": app["_planId"],
            "interviewStageId": stages[1]["id"],
        },
        "application.updateHistory": {
            "applicationId": app["id"],
            "applicationHistory": [
                {"stageId": stages[0]["id"], "stageNumber": 0, "enteredStageAt": "2024-01-01T00:00:00.000Z"}
            ],
        },
        "applicationFeedback.submit": {
            "feedbackForm": FORM,
            "formDefinitionId": _first(emu, "feedbackForm")["id"],
            "applicationId": app["id"],
        },
        "applicationForm.submit": {
            "jobPostingId": _first(emu, "jobPosting")["id"],
            "applicationForm": {"fieldSubmissions": [{"path": "_systemfield_name", "value": "Ada Lovelace"}]},
        },
        "approvalDefinition.update": {
            "entityType": "offer",
            "entityId": _first(emu, "offer")["latestVersion"]["id"],
            "approvalStepDefinitions": [
                {"approvalsRequired": 1, "approvers": [{"userId": user["id"], "type": "user"}]}
            ],
        },
        "assessment.addCompletedToCandidate": {
            "candidateId": cand["id"],
            "partnerId": "partner-1",
            "assessment": {
                "assessmentTypeId": "t1",
                "assessmentId": "a-1",
                "assessmentName": "Node",
                "result": {"identifier": "score", "label": "Score", "type": "numeric_score", "value": 9},
                "metadata": [],
            },
            "timestamp": 1_700_000_000_000,
        },
        "assessment.update": lambda: _assessment(api, cand),
        "candidate.addEmailMessage": {
            "candidateId": cand["id"],
            "emailProviderEmailId": "m-1",
            "subject": "Hi",
            "from": user["email"],
            "to": "cand@example.com",
            "body": "<p>Hello</p>",
        },
        "candidate.anonymize": lambda: {"candidateId": api.ok("candidate.create", {"name": "Ann Onymous"})["id"]},
        "candidate.setFraudStatus": {"candidateId": cand["id"], "fraudStatus": "NotFraudulent"},
        "customField.create": {"fieldType": "String", "objectType": "Candidate", "title": "Nickname"},
        "customField.setValue": {
            "objectId": cand["id"],
            "objectType": "Candidate",
            "fieldId": cf["id"],
            "fieldValue": "x",
        },
        "customField.setValues": {
            "objectId": cand["id"],
            "objectType": "Candidate",
            "values": [{"fieldId": cf["id"], "fieldValue": "y"}],
        },
        "customField.updateSelectableValues": {
            "customFieldId": cf["id"],
            "selectableValues": [{"label": "A", "value": "a"}],
        },
        "department.create": {"name": "Research"},
        "file.createFileUploadHandle": {
            "fileUploadContext": "CandidateFiles",
            "filename": "cv.pdf",
            "contentType": "application/pdf",
            "contentLength": 10,
        },
        "hiringTeam.addMember": {
            "jobId": job["id"],
            "teamMemberId": user["id"],
            "roleId": "00000000-0000-4000-8000-000000000001",
        },
        "hiringTeam.removeMember": {
            "jobId": job["id"],
            "teamMemberId": user["id"],
            "roleId": "00000000-0000-4000-8000-000000000001",
        },
        "interviewSchedule.create": {"applicationId": app["id"], "interviewEvents": [event]},
        "interviewSchedule.update": {
            "interviewScheduleId": _first(emu, "interviewSchedule")["id"],
            "interviewEvent": event,
        },
        "interviewerPool.create": {"title": "Pool"},
        "job.create": {"title": "Engineer", "teamId": job["departmentId"], "locationId": job["locationId"]},
        "job.setStatus": {"jobId": job["id"], "status": "Open"},
        "job.updateCompensation": {
            "jobId": job["id"],
            "compensationTiers": [
                {"components": [{"compensationType": "Salary", "interval": "1 YEAR", "minValue": 1, "maxValue": 2}]}
            ],
        },
        "job.search": {"title": job["title"]},
        "location.create": {"name": "Lisbon", "type": "Location"},
        "location.move": {
            "locationId": _first(emu, "location")["id"],
            "parentLocationHierarchyId": _first(emu, "location")["id"],
        },
        "location.updateAddress": {
            "locationId": _first(emu, "location")["id"],
            "address": {"postalAddress": {"addressLocality": "Porto"}},
        },
        "location.updateWorkplaceType": {"locationId": _first(emu, "location")["id"], "workplaceType": "Hybrid"},
        "offer.create": lambda: _offer_create(api, app),
        "offer.start": lambda: {"offerProcessId": api.ok("offerProcess.start", {"applicationId": app["id"]})["id"]},
        "offer.update": {"offerId": _first(emu, "offer")["id"], "offerForm": FORM},
        "opening.setOpeningState": {"openingId": _first(emu, "opening")["id"], "openingState": "Open"},
        "opening.setArchived": {"openingId": _first(emu, "opening")["id"], "archive": True},
        "referral.create": {
            "id": _first(emu, "referralForm")["id"],
            "creditedToUserId": user["id"],
            "fieldSubmissions": [
                {"path": "_systemfield_name", "value": "Rita Ferral"},
                {"path": "_systemfield_job", "value": {"title": job["title"], "value": job["id"]}},
            ],
        },
        "surveyRequest.create": {
            "candidateId": cand["id"],
            "applicationId": app["id"],
            "surveyFormDefinitionId": _first(emu, "surveyForm")["id"],
        },
        "surveyRequest.list": {"surveyType": "CandidateExperience"},
        "surveySubmission.create": {
            "candidateId": cand["id"],
            "applicationId": app["id"],
            "surveyFormDefinitionId": _first(emu, "surveyForm")["id"],
            "submittedValues": {"notes": "Great"},
        },
        "user.deleteInterviewerPause": lambda: {
            "interviewerPauseId": api.ok(
                "user.createInterviewerPause", {"userId": _first(emu, "user", isEnabled=True)["id"]}
            )["id"]
        },
        "user.createInterviewerPause": {"userId": list(org["user"])[-1]["id"]},
    }


def _assessment(api: Api, cand: dict[str, Any]) -> dict[str, Any]:
    result = {"identifier": "s", "label": "S", "type": "string", "value": "ok"}
    body = {"assessmentTypeId": "t", "assessmentId": "upd-1", "assessmentName": "N", "result": result, "metadata": []}
    api.ok(
        "assessment.addCompletedToCandidate",
        {"candidateId": cand["id"], "partnerId": "p", "assessment": body, "timestamp": 1},
    )
    return {"assessment_id": "upd-1", "timestamp": 2, "assessment_status": result}


def _offer_create(api: Api, app: dict[str, Any]) -> dict[str, Any]:
    process = api.ok("offerProcess.start", {"applicationId": app["id"]})["id"]
    form = api.ok("offer.start", {"offerProcessId": process})["id"]
    return {"offerProcessId": process, "offerFormId": form, "offerForm": FORM}
