"""Handlers for the hiring workflow beyond the seed: history, hiring teams, schedules, offers, surveys, users.

Writes change the rows and stamp them (so incremental sync sees them); unknown ids are ``*_not_found``.
"""

from __future__ import annotations

from typing import Any

from .. import rules
from .._forms import FORM
from .._names import HIRING_TEAM_ROLES
from .._util import iso
from ..errors import invalid_input, not_found
from ..paging import Listing
from ..render import render
from ..state import Row
from ._base import Ctx, Routes, created_after, emit, inserter, listing_of, setter

__all__ = ["ROUTES"]

_ROLE_IDS = {f"00000000-0000-4000-8000-{i:012d}": t for i, t in enumerate(HIRING_TEAM_ROLES, 1)}
"""The role ids hiringTeamRole.list (namesOnly false) answers."""


def _now(ctx: Ctx) -> str:
    return iso(ctx.org.clock())


def _team(add: bool, default_kind: str | None = None) -> Any:
    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        user = rules.get(ctx.org, "user", p["teamMemberId"])
        role = _ROLE_IDS.get(p["roleId"])
        if role is None:
            raise not_found("hiringTeamRole", p["roleId"])
        target = [(k, p[f"{k}Id"]) for k in ("application", "job", "opening") if f"{k}Id" in p]
        if len(target) != 1:
            raise invalid_input("Send exactly one of applicationId, jobId, openingId")
        kind, obj_id = target[0]
        row = rules.get(ctx.org, kind, obj_id)
        member = {
            "userId": user["id"],
            "firstName": user["firstName"],
            "lastName": user["lastName"],
            "email": user["email"],
            "role": role,
        }
        team = [m for m in row.get("hiringTeam") or [] if (m["userId"], m["role"]) != (user["id"], role)]
        row["hiringTeam"] = [*team, member] if add else team
        ctx.org.touch(kind, row["id"])
        return member

    return handler


def _transfer(ctx: Ctx, p: dict[str, Any]) -> Any:
    app = rules.get(ctx.org, "application", p["applicationId"])
    job = rules.get(ctx.org, "job", p["jobId"])
    plan = rules.get(ctx.org, "interviewPlan", p["interviewPlanId"])
    stage = rules.get(ctx.org, "interviewStage", p["interviewStageId"])
    if plan["id"] not in job["interviewPlanIds"] or stage["interviewPlanId"] != plan["id"]:
        raise invalid_input("The interview plan must be the job's and the stage the plan's")
    app.update({"_jobId": job["id"], "_planId": plan["id"], "_stageId": stage["id"], "updatedAt": _now(ctx)})
    ctx.org.touch("application", app["id"])
    emit(ctx, "applicationUpdate", "application", "application", app)
    return render(ctx.org, "application", app)


def _app_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    for key, kind in (("sourceId", "source"), ("creditedToUserId", "user")):
        if key in p:
            rules.get(ctx.org, kind, p[key])
    out = setter(
        "application",
        "applicationId",
        _sourceId="sourceId",
        _creditedToUserId="creditedToUserId",
        createdAt="createdAt",
    )(ctx, p)
    emit(ctx, "applicationUpdate", "application", "application", rules.get(ctx.org, "application", p["applicationId"]))
    return out


def _update_history(ctx: Ctx, p: dict[str, Any]) -> Any:
    app = rules.get(ctx.org, "application", p["applicationId"])
    for event in p["applicationHistory"]:
        if not {"stageId", "stageNumber", "enteredStageAt"} <= set(event):
            raise invalid_input("Every history event needs stageId, stageNumber and enteredStageAt")
        rules.get(ctx.org, "interviewStage", event["stageId"])
    for old in [h for h in ctx.org["applicationHistory"] if h["applicationId"] == app["id"]]:
        ctx.org.delete("applicationHistory", old["id"])
    new = inserter("applicationHistory", title="Stage", leftStageAt=None, allowedActions=["delete", "set_entered_at"])
    for event in sorted(p["applicationHistory"], key=lambda e: e["stageNumber"]):
        new(ctx, {"applicationId": app["id"], **{k: v for k, v in event.items() if k != "applicationHistoryId"}})
    out = render(ctx.org, "application", app)
    out["applicationHistory"] = [h for h in ctx.org["applicationHistory"] if h["applicationId"] == app["id"]]
    return out


def _values(form: dict[str, Any]) -> dict[str, Any]:
    submissions = form.get("fieldSubmissions")
    if not isinstance(submissions, list) or not all(isinstance(f, dict) and "path" in f for f in submissions):
        raise invalid_input("The form needs fieldSubmissions: [{path, value}]")
    return {f["path"]: f.get("value") for f in submissions}


def _feedback_submit(ctx: Ctx, p: dict[str, Any]) -> Any:
    app = rules.get(ctx.org, "application", p["applicationId"])
    form = rules.get(ctx.org, "feedbackForm", p["formDefinitionId"])
    user = rules.get(ctx.org, "user", p["userId"]) if "userId" in p else next(iter(ctx.org["user"]))
    values = _values(p["feedbackForm"])
    row = inserter("feedback")(
        ctx,
        {
            "formDefinition": form["formDefinition"],
            "submittedValues": values,
            "applicationId": app["id"],
            "feedbackFormDefinitionId": form["id"],
            "interviewId": None,
            "interviewEventId": p.get("interviewEventId"),
            "applicationHistoryId": None,
            "submittedAt": _now(ctx),
            "_submittedByUserId": user["id"],
        },
    )
    instance = {"id": row["id"], "formDefinition": form["formDefinition"], "submittedValues": values}
    return {"submittedFormInstance": instance}


def _form_submit(ctx: Ctx, p: dict[str, Any]) -> Any:
    posting = rules.get(ctx.org, "jobPosting", p["jobPostingId"])
    values = _values(p["applicationForm"])
    name = values.get("_systemfield_name")
    if not isinstance(name, str) or not name.strip():
        raise invalid_input("The application form needs _systemfield_name")
    email = values.get("_systemfield_email")
    cand = rules.create_candidate(ctx.org, {"name": name, **({"email": email} if email else {})})
    for tag_id in p.get("tagIds", []):
        rules.add_tag(ctx.org, cand["id"], tag_id)
    app = rules.create_application(ctx.org, {"candidateId": cand["id"], "jobId": posting["jobId"]})
    instance = {"id": app["id"], "formDefinition": FORM, "submittedValues": values}
    return {"submittedFormInstance": instance, "formMessages": {"blocked": False}}


def _approval_definition(ctx: Ctx, p: dict[str, Any]) -> Any:
    if not any(o["latestVersion"]["id"] == p["entityId"] for o in ctx.org["offer"]):
        raise not_found("offerVersion", p["entityId"])
    steps = p["approvalStepDefinitions"]
    if any(not s.get("approvers") or s.get("approvalsRequired", 0) < 1 for s in steps):
        raise invalid_input("Every step needs approvers and approvalsRequired >= 1")
    definitions = ctx.org.settings.setdefault("approvalDefinitions", {})
    out = {"id": p["entityId"], "entityType": "Offer", "entityId": p["entityId"], "approvalStepDefinitions": steps}
    definitions[p["entityId"]] = out
    return out


def _assessment_add(ctx: Ctx, p: dict[str, Any]) -> Any:
    cand = rules.get(ctx.org, "candidate", p["candidateId"])
    a = p["assessment"]
    missing = {"assessmentTypeId", "assessmentId", "assessmentName", "result"} - set(a)
    if missing:
        raise invalid_input(f"assessment needs {', '.join(sorted(missing))}")
    row: Row = {"id": a["assessmentId"], "candidateId": cand["id"], "metadata": [], **a}
    ctx.org.insert("assessment", row)
    return render(ctx.org, "assessment", row)


def _assessment_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "assessment", p["assessment_id"])
    if "assessment_status" not in p and "cancelled_reason" not in p:
        raise invalid_input("assessment_status is required unless cancelled_reason is given")
    row.update({k: v for k, v in p.items() if k != "assessment_id"})
    ctx.org.touch("assessment", row["id"])
    return {}


def _email_message(ctx: Ctx, p: dict[str, Any]) -> Any:
    rules.get(ctx.org, "candidate", p["candidateId"])
    if "userId" in p:
        rules.get(ctx.org, "user", p["userId"])
    defaults = {"sentAt": _now(ctx), "threadId": p["emailProviderEmailId"], "isPrivate": False, "userIsSender": True}
    return render(ctx.org, "emailMessage", inserter("emailMessage")(ctx, {**defaults, **p}))


def _project(add: bool) -> Any:
    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        cand = rules.get(ctx.org, "candidate", p["candidateId"])
        project = rules.get(ctx.org, "project", p["projectId"])["id"]
        ids = [i for i in cand.get("_projectIds", []) if i != project]
        cand["_projectIds"] = [*ids, project] if add else ids
        ctx.org.touch("candidate", cand["id"])
        return render(ctx.org, "candidate", cand)

    return handler


def _anonymize(ctx: Ctx, p: dict[str, Any]) -> Any:
    cand = rules.get(ctx.org, "candidate", p["candidateId"])
    apps = (ctx.org["application"].get(a) for a in cand["applicationIds"])
    if any(a is not None and a["status"] not in ("Archived", "Hired") for a in apps):
        raise invalid_input("Every application of the candidate must be Archived or Hired")
    cand.update(
        name="Anonymized Candidate",
        primaryEmailAddress=None,
        emailAddresses=[],
        primaryPhoneNumber=None,
        phoneNumbers=[],
        socialLinks=[],
        position=None,
        company=None,
        school=None,
        location=None,
    )
    ctx.org.touch("candidate", cand["id"])
    return render(ctx.org, "candidate", cand)


def _candidate_projects(ctx: Ctx, p: dict[str, Any]) -> Listing:
    ids = set(rules.get(ctx.org, "candidate", p["candidateId"]).get("_projectIds", []))
    return Listing("project", where=lambda row: row["id"] in ids)


def _prepare_events(ctx: Ctx, app: Row, events: list[Any]) -> list[dict[str, Any]]:
    """The new interview events' fields, every reference checked before anything is written."""
    by_email = {u["email"].lower(): u for u in ctx.org["user"]}
    # Without an interviewId the event is an interview of the application's job (inferred: Ashby
    # documents interviewId as optional and answers every event with one).
    default = next((i["id"] for i in ctx.org["interview"] if i["jobId"] == app.get("_jobId")), None)
    out = []
    for event in events:
        if not isinstance(event, dict) or not {"startTime", "endTime", "interviewers"} <= set(event):
            raise invalid_input("Every interview event needs startTime, endTime and interviewers")
        if not isinstance(event["interviewers"], list) or not all(isinstance(w, dict) for w in event["interviewers"]):
            raise invalid_input("An interview event's interviewers must be a list of {email}")
        interviewers = []
        for who in event["interviewers"]:
            user = by_email.get(str(who.get("email", "")).lower())
            if user is None:
                raise not_found("user", who.get("email"))
            interviewers.append(user["id"])
        if "interviewId" in event:
            rules.get(ctx.org, "interview", event["interviewId"])
        out.append(
            {
                "interviewId": event.get("interviewId") or default,
                "interviewerUserIds": interviewers,
                "startTime": event["startTime"],
                "endTime": event["endTime"],
            }
        )
    return out


def _insert_events(ctx: Ctx, schedule: Row, events: list[dict[str, Any]]) -> None:
    new = inserter("interviewEvent", location=None, meetingLink=None, hasSubmittedFeedback=False)
    link = f"https://app.ashbyhq.com/interview-briefings/{schedule['id']}/feedback"
    for event in events:
        stamps = {"createdAt": _now(ctx), "updatedAt": _now(ctx)}
        new(ctx, {"interviewScheduleId": schedule["id"], **event, **stamps, "feedbackLink": link})
    rows = [e for e in ctx.org["interviewEvent"] if e["interviewScheduleId"] == schedule["id"]]
    schedule["interviewEvents"] = [dict(e) for e in rows]
    schedule["updatedAt"] = _now(ctx)
    ctx.org.touch("interviewSchedule", schedule["id"])


def _schedule_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    app = rules.get(ctx.org, "application", p["applicationId"])
    if not p["interviewEvents"]:
        raise invalid_input("interviewEvents must not be empty")
    events = _prepare_events(ctx, app, p["interviewEvents"])
    row = inserter("interviewSchedule", status="Scheduled", interviewEvents=[])(
        ctx, {"applicationId": app["id"], "interviewStageId": app["_stageId"], "createdAt": _now(ctx)}
    )
    _insert_events(ctx, row, events)
    emit(ctx, "interviewScheduleCreate", "interviewSchedule", "interviewSchedule", row)
    return render(ctx.org, "interviewSchedule", row)


def _schedule_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "interviewSchedule", p["interviewScheduleId"])
    cancel = p.get("interviewEventIdToCancel")
    event = p.get("interviewEvent")
    if cancel is None and event is None:
        raise invalid_input("Send interviewEvent or interviewEventIdToCancel")
    if not (
        isinstance(cancel, str)
        or cancel is None
        or (isinstance(cancel, list) and all(isinstance(c, str) for c in cancel))
    ):
        raise invalid_input("Parameter 'interviewEventIdToCancel' must be an id or a list of ids")
    if not (
        event is None
        or isinstance(event, dict)
        or (isinstance(event, list) and all(isinstance(e, dict) for e in event))
    ):
        raise invalid_input("Parameter 'interviewEvent' must be an object or a list of objects")
    changes = [event] if isinstance(event, dict) else event or []
    gone = [cancel] if isinstance(cancel, str) else list(cancel or [])
    gone += [
        rules.get(ctx.org, "interviewEvent", e["interviewEventId"])["id"] for e in changes if "interviewEventId" in e
    ]
    for event_id in gone:
        found = ctx.org["interviewEvent"].get(event_id)
        if found is None or found["interviewScheduleId"] != row["id"]:
            raise not_found("interviewEvent", event_id)
    app = ctx.org["application"].get(row["applicationId"]) or {}
    events = _prepare_events(ctx, app, [{k: v for k, v in e.items() if k != "interviewEventId"} for e in changes])
    for event_id in dict.fromkeys(gone):
        ctx.org.delete("interviewEvent", event_id)
    _insert_events(ctx, row, events)
    emit(ctx, "interviewScheduleUpdate", "interviewSchedule", "interviewSchedule", row)
    return render(ctx.org, "interviewSchedule", row)


def _schedule_cancel(ctx: Ctx, p: dict[str, Any]) -> Any:
    out = setter("interviewSchedule", "id", status=lambda q: "Cancelled")(ctx, p)
    emit(
        ctx,
        "interviewScheduleUpdate",
        "interviewSchedule",
        "interviewSchedule",
        rules.get(ctx.org, "interviewSchedule", p["id"]),
    )
    return out


def _events(ctx: Ctx, p: dict[str, Any]) -> Listing:
    sid = rules.get(ctx.org, "interviewSchedule", p["interviewScheduleId"])["id"]
    expand = "interview" in (p.get("expand") or [])

    def show(row: Row) -> dict[str, Any]:
        out = render(ctx.org, "interviewEvent", row)
        interview = ctx.org["interview"].get(row.get("interviewId") or "")
        if expand and interview is not None:
            out["interview"] = render(ctx.org, "interview", interview)
        return out

    return Listing("interviewEvent", render=show, match=("interviewScheduleId", sid))


def _offer_by_version(ctx: Ctx, version_id: str) -> Row:
    offer = next((o for o in ctx.org["offer"] if o["latestVersion"]["id"] == version_id), None)
    if offer is None:
        raise not_found("offerVersion", version_id)
    return offer


def _offer_state(approval: str, status: str) -> Any:
    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        offer = _offer_by_version(ctx, p["offerVersionId"])
        if "approvalStepId" in p and "userId" not in p:
            raise invalid_input("userId is required with approvalStepId")
        offer["latestVersion"]["approvalStatus"] = approval
        offer["offerStatus"] = status
        ctx.org.touch("offer", offer["id"])
        emit(ctx, "offerUpdate", "offer", "offer", offer)
        return render(ctx.org, "offer", offer)

    return handler


def _offer_start(ctx: Ctx, p: dict[str, Any]) -> Any:
    process = rules.get(ctx.org, "offerProcess", p["offerProcessId"])
    row = inserter("offerForm")(ctx, {"formDefinition": FORM, "_processId": process["id"]})
    return render(ctx.org, "offerForm", row)


def _offer_create(ctx: Ctx, p: dict[str, Any]) -> Any:
    process = rules.get(ctx.org, "offerProcess", p["offerProcessId"])
    form = rules.get(ctx.org, "offerForm", p["offerFormId"])
    if form["_processId"] != process["id"]:
        raise invalid_input("The offer form belongs to another offer process")
    values = _values(p["offerForm"])
    salary = values.get("salary")
    amount = int(salary["value"]) if isinstance(salary, dict) and "value" in salary else 100_000
    offer = rules.create_offer(ctx.org, process["applicationId"], salary=amount)
    process["status"] = "WaitingOnCandidateResponse"
    ctx.org.touch("offerProcess", process["id"])
    return render(ctx.org, "offer", offer)


def _offer_update(ctx: Ctx, p: dict[str, Any]) -> Any:
    offer = rules.get(ctx.org, "offer", p["offerId"])
    values = _values(p["offerForm"])
    version = dict(offer["latestVersion"], id=inserter("offerForm")(ctx, {"_processId": None})["id"])
    if isinstance(values.get("salary"), dict):
        version["salary"] = values["salary"]
    offer["latestVersion"] = {**version, "approvalStatus": "WaitingOnApprovals", "createdAt": _now(ctx)}
    ctx.org.touch("offer", offer["id"])
    emit(ctx, "offerUpdate", "offer", "offer", offer)
    return render(ctx.org, "offer", offer)


def _offer_process(ctx: Ctx, p: dict[str, Any]) -> Any:
    app = rules.get(ctx.org, "application", p["applicationId"])
    row = inserter("offerProcess", status="WaitingOnOfferCreation")(ctx, {"applicationId": app["id"]})
    return render(ctx.org, "offerProcess", row)


def _referral(ctx: Ctx, p: dict[str, Any]) -> Any:
    rules.get(ctx.org, "referralForm", p["id"])
    user = rules.get(ctx.org, "user", p["creditedToUserId"])
    values = _values({"fieldSubmissions": p["fieldSubmissions"]})
    name = values.get("_systemfield_name")
    job = values.get("_systemfield_job")
    if not isinstance(name, str) or not isinstance(job, dict) or "value" not in job:
        raise invalid_input("A referral needs _systemfield_name and _systemfield_job {title, value}")
    cand = rules.create_candidate(ctx.org, {"name": name, "creditedToUserId": user["id"]})
    app = rules.create_application(ctx.org, {"candidateId": cand["id"], "jobId": job["value"]})
    return render(ctx.org, "application", app)


def _report(sync: bool) -> Any:
    def handler(ctx: Ctx, p: dict[str, Any]) -> Any:
        report = rules.get(ctx.org, "report", p["reportId"])
        request_id = p.get("requestId")
        if not sync and request_id is None:
            return {"requestId": f"rep_result:{report['id'][:8]}", "status": "in_progress", "reportData": None}
        headers = p.get("includeHeadersInData", True)
        rows = [report["_columns"], *report["_rows"]] if headers else list(report["_rows"])
        data = {
            "data": rows,
            "columnNames": report["_columns"],
            "metadata": {"title": report["title"], "updatedAt": _now(ctx)},
        }
        return {"requestId": request_id or f"rep_result:{report['id'][:8]}", "status": "complete", "reportData": data}

    return handler


def _survey_request(ctx: Ctx, p: dict[str, Any]) -> Any:
    cand = rules.get(ctx.org, "candidate", p["candidateId"])
    app = rules.get(ctx.org, "application", p["applicationId"])
    form = rules.get(ctx.org, "surveyForm", p["surveyFormDefinitionId"])
    if app["_candidateId"] != cand["id"]:
        raise invalid_input("The application is not the candidate's")
    row = inserter("surveyRequest")(
        ctx, {"candidateId": cand["id"], "applicationId": app["id"], "surveyFormDefinitionId": form["id"]}
    )
    row["surveyUrl"] = f"{ctx.base_url}/survey/{row['id']}"
    row["_createdAt"] = _now(ctx)
    return render(ctx.org, "surveyRequest", row)


def _survey_requests(ctx: Ctx, p: dict[str, Any]) -> Listing:
    app_id, cand_id = p.get("applicationId"), p.get("candidateId")
    return Listing(
        "surveyRequest",
        where=lambda row: (
            (app_id is None or row["applicationId"] == app_id)
            and (cand_id is None or row["candidateId"] == cand_id)
            and (created_after(p, "_createdAt") or (lambda r: True))(row)
        ),
    )


def _survey_submit(ctx: Ctx, p: dict[str, Any]) -> Any:
    cand = rules.get(ctx.org, "candidate", p["candidateId"])
    app = rules.get(ctx.org, "application", p["applicationId"])
    form = rules.get(ctx.org, "surveyForm", p["surveyFormDefinitionId"])
    row = inserter("surveySubmission")(
        ctx,
        {
            "candidateId": cand["id"],
            "applicationId": app["id"],
            "surveyFormDefinitionId": form["id"],
            "surveyType": form["surveyType"],
            "formDefinition": form["formDefinition"],
            "submittedValues": p["submittedValues"],
            "submittedAt": _now(ctx),
        },
    )
    emit(ctx, "surveySubmit", "surveySubmission", "surveySubmission", row)
    return render(ctx.org, "surveySubmission", row)


def _user_search(ctx: Ctx, p: dict[str, Any]) -> Any:
    email = p["email"].strip().lower()
    return [render(ctx.org, "user", u) for u in ctx.org["user"] if u["email"].lower() == email]


def _settings(ctx: Ctx, user: Row) -> dict[str, Any]:
    return {"id": user["id"], "dailyLimit": user.get("_dailyLimit"), "weeklyLimit": user.get("_weeklyLimit")}


def _update_settings(ctx: Ctx, p: dict[str, Any]) -> Any:
    user = rules.get(ctx.org, "user", p["userId"])
    for key in ("dailyLimit", "weeklyLimit"):
        if key in p:
            if p[key] < 0:
                raise invalid_input(f"{key} must not be negative")
            user[f"_{key}"] = p[key]
    ctx.org.touch("user", user["id"])
    return _settings(ctx, user)


def _pause(ctx: Ctx, p: dict[str, Any]) -> Any:
    user = rules.get(ctx.org, "user", p["userId"])
    if any(x["userId"] == user["id"] for x in ctx.org["interviewerPause"]):
        raise invalid_input("The user already has an interviewer pause")
    values = {"startsAt": p.get("startsAt") or _now(ctx), "endsAt": p.get("endsAt"), "comment": p.get("comment")}
    row = inserter("interviewerPause")(ctx, {"userId": user["id"], "createdAt": _now(ctx), **values})
    return render(ctx.org, "interviewerPause", row)


def _pauses(ctx: Ctx, p: dict[str, Any]) -> Any:
    user = rules.get(ctx.org, "user", p["userId"])
    return [render(ctx.org, "interviewerPause", x) for x in ctx.org["interviewerPause"] if x["userId"] == user["id"]]


def _unpause(ctx: Ctx, p: dict[str, Any]) -> Any:
    row = rules.get(ctx.org, "interviewerPause", p["interviewerPauseId"])
    ctx.org.delete("interviewerPause", row["id"])
    return {"id": row["id"]}


def _file_upload(ctx: Ctx, p: dict[str, Any]) -> Any:
    if p["contentLength"] < 0:
        raise invalid_input("contentLength must not be negative")
    row = inserter("file")(
        ctx, {"name": p["filename"], "contentType": p["contentType"], "_content": b"", "_uploadPending": True}
    )
    row["handle"] = f"upload-{row['id']}"
    return {"handle": row["handle"], "url": f"{ctx.base_url}/_uploads/{row['id']}", "fields": {"key": row["id"]}}


ROUTES: Routes = {
    "application.addHiringTeamMember": _team(True),
    "application.removeHiringTeamMember": _team(False),
    "hiringTeam.addMember": _team(True),
    "hiringTeam.removeMember": _team(False),
    "application.listCriteriaEvaluations": listing_of(
        "criteriaEvaluation", "applicationId", "applicationId", "application"
    ),
    "application.listHistory": listing_of("applicationHistory", "applicationId", "applicationId", "application"),
    "application.transfer": _transfer,
    "application.update": _app_update,
    "application.updateHistory": _update_history,
    "applicationFeedback.submit": _feedback_submit,
    "applicationForm.submit": _form_submit,
    "applicationHiringTeamRole.list": lambda ctx, p: [{"id": i, "title": t} for i, t in _ROLE_IDS.items()],
    "approval.list": lambda ctx, p: Listing(
        "approval",
        where=lambda row: (
            p.get("entityType") in (None, row["entityType"]) and p.get("entityId") in (None, row["entityId"])
        ),
    ),
    "approvalDefinition.update": _approval_definition,
    "assessment.addCompletedToCandidate": _assessment_add,
    "assessment.update": _assessment_update,
    "candidate.addEmailMessage": _email_message,
    "candidate.addProject": _project(True),
    "candidate.removeProject": _project(False),
    "candidate.anonymize": _anonymize,
    "candidate.listClientInfo": listing_of("clientInfo", "candidateId", "candidateId", "candidate"),
    "candidate.listFraudChecks": listing_of("fraudCheck", "candidateId", "candidateId", "candidate"),
    "candidate.listProjects": _candidate_projects,
    "candidate.setFraudStatus": setter("candidate", "candidateId", fraudStatus="fraudStatus"),
    "file.createFileUploadHandle": _file_upload,
    "interviewEvent.list": _events,
    "interviewSchedule.cancel": _schedule_cancel,
    "interviewSchedule.create": _schedule_create,
    "interviewSchedule.update": _schedule_update,
    "notetakerTranscript.info": lambda ctx, p: {
        **render(ctx.org, "notetakerTranscript", rules.get(ctx.org, "notetakerTranscript", p["notetakerTranscriptId"])),
        "transcriptUrl": f"{ctx.base_url}/_transcripts/{p['notetakerTranscriptId']}",
    },
    "offer.approve": _offer_state("Approved", "WaitingOnCandidateResponse"),
    "offer.startApprovalProcess": _offer_state("WaitingOnApprovals", "WaitingOnOfferApproval"),
    "offer.start": _offer_start,
    "offer.create": _offer_create,
    "offer.update": _offer_update,
    "offerProcess.start": _offer_process,
    "project.search": lambda ctx, p: [
        render(ctx.org, "project", r)
        for r in ctx.org["project"]
        if (p.get("title") or "").lower() in r["title"].lower()
    ][:100],
    "referral.create": _referral,
    "report.generate": _report(False),
    "report.synchronous": _report(True),
    "surveyRequest.create": _survey_request,
    "surveyRequest.list": _survey_requests,
    "surveySubmission.create": _survey_submit,
    "user.search": _user_search,
    "user.interviewerSettings": lambda ctx, p: _settings(ctx, rules.get(ctx.org, "user", p["userId"])),
    "user.updateInterviewerSettings": _update_settings,
    "user.createInterviewerPause": _pause,
    "user.listInterviewerPauses": _pauses,
    "user.deleteInterviewerPause": _unpause,
}
