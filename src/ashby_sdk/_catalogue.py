"""The one description of the Ashby API that every other part reads.

Each endpoint is described once: its wire name (``category.method``), its body
parameters, the model its results parse into, whether it pages with cursors,
whether it accepts a ``syncToken``, whether it writes, and the permission a key
needs for it. The resources, the emulator's route table, the CLI's generic
``ashby call`` and the coverage tests all read :data:`ENDPOINTS`.

Sources: developers.ashbyhq.com reference pages (one per endpoint). Where a
flag below could not be confirmed from a reference page it carries
``inferred=True`` and the reason in ``note``.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

__all__ = [
    "ENDPOINTS",
    "AcceptanceStatus",
    "CustomFieldObjectType",
    "CustomFieldType",
    "Endpoint",
    "OfferStatus",
    "Param",
    "ParamType",
    "WebhookType",
    "endpoint",
    "method_name",
    "resource_name",
    "snake",
]

ParamType = Literal["string", "integer", "number", "boolean", "string[]", "object", "object[]", "any", "file"]


@dataclass(frozen=True)
class Param:
    """One body parameter of an endpoint, by its wire (camelCase) name."""

    name: str
    type: ParamType = "string"
    required: bool = False
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Endpoint:
    """How one Ashby endpoint behaves on the wire."""

    name: str
    params: tuple[Param, ...] = ()
    result: str | None = None
    """Name of the model in :mod:`ashby_sdk.types` the results parse into."""
    returns_list: bool = False
    """``results`` is a JSON array (paged or not)."""
    paged: bool = False
    """Takes ``cursor``/``limit`` and answers ``moreDataAvailable``/``nextCursor``."""
    sync: bool = False
    """Takes ``syncToken`` and answers one on its last page."""
    write: bool = False
    idempotent: bool = False
    """A write whose repetition leaves the same state, so it is safe to retry."""
    permission: str = ""
    multipart: bool = False
    inferred: bool = False
    note: str = ""
    param_names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = {p.name for p in self.params}
        if self.paged:
            names |= {"cursor", "limit"}
        if self.sync:
            names.add("syncToken")
        object.__setattr__(self, "param_names", frozenset(names))

    @property
    def category(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def method(self) -> str:
        return self.name.split(".", 1)[1]

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params if p.required)


def _s(name: str, *, required: bool = False, enum: tuple[str, ...] = ()) -> Param:
    return Param(name, "string", required, enum)


def _b(name: str) -> Param:
    return Param(name, "boolean")


def _l(name: str, *, required: bool = False, enum: tuple[str, ...] = ()) -> Param:
    return Param(name, "string[]", required, enum)


_APPLICATION_STATUS = ("Hired", "Archived", "Active", "Lead")
_JOB_STATUS = ("Draft", "Open", "Closed", "Archived")
_CREATED_AFTER = Param("createdAfter", "integer")
"""Milliseconds since the epoch, as Ashby takes it."""

_R_CAND, _W_CAND = "candidatesRead", "candidatesWrite"
_R_JOBS, _R_META = "jobsRead", "hiringProcessMetadataRead"
_R_INT, _R_ORG, _R_OFFER = "interviewsRead", "organizationRead", "offersRead"
_W_META = "hiringProcessMetadataWrite"
OfferStatus = Literal[
    "WaitingOnApprovalStart",
    "WaitingOnOfferApproval",
    "WaitingOnApprovalDefinition",
    "WaitingOnCandidateResponse",
    "CandidateRejected",
    "CandidateAccepted",
    "OfferCancelled",
]
_OFFER_STATUS: tuple[str, ...] = get_args(OfferStatus)
AcceptanceStatus = Literal["Accepted", "Declined", "Pending", "Created", "Cancelled", "WaitingOnResponse"]
_ACCEPTANCE_STATUS: tuple[str, ...] = get_args(AcceptanceStatus)
WebhookType = Literal[
    "applicationSubmit",
    "applicationUpdate",
    "candidateHire",
    "candidateStageChange",
    "candidateDelete",
    "candidateMerge",
    "interviewPlanTransition",
    "interviewScheduleCreate",
    "interviewScheduleUpdate",
    "jobPostingUpdate",
    "jobPostingPublish",
    "jobPostingUnpublish",
    "offerCreate",
    "offerUpdate",
    "offerDelete",
    "pushToHRIS",
    "surveySubmit",
]
_WEBHOOK_TYPES: tuple[str, ...] = get_args(WebhookType)

_ALL: tuple[Endpoint, ...] = (
    Endpoint("apiKey.info", result="ApiKeyInfo", permission="apiKeysRead"),
    # applications
    Endpoint(
        "application.list",
        (_CREATED_AFTER, _s("jobId"), _s("status", enum=_APPLICATION_STATUS), _l("expand", enum=("openings",))),
        result="Application",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_CAND,
    ),
    Endpoint(
        "application.info",
        (
            _s("applicationId"),
            _s("submittedFormInstanceId"),
            _l("expand", enum=("openings", "applicationFormSubmissions", "referrals")),
        ),
        result="Application",
        permission=_R_CAND,
        note="Takes applicationId or submittedFormInstanceId (from applicationForm.submit); "
        "applicationId wins when both are sent.",
    ),
    Endpoint(
        "application.create",
        (
            _s("candidateId", required=True),
            _s("jobId", required=True),
            _s("interviewPlanId"),
            _s("interviewStageId"),
            _s("sourceId"),
            _s("creditedToUserId"),
            _s("createdAt"),
            Param("applicationHistory", "object[]"),
        ),
        result="Application",
        write=True,
        permission=_W_CAND,
    ),
    Endpoint(
        "application.changeStage",
        (
            _s("applicationId", required=True),
            _s("interviewStageId", required=True),
            _s("archiveReasonId"),
            Param("archiveEmail", "object"),
        ),
        result="Application",
        write=True,
        idempotent=True,
        permission=_W_CAND,
        note="Moving to the stage the application is already in changes nothing, so a retry is safe.",
    ),
    Endpoint(
        "application.changeSource",
        (_s("applicationId", required=True), _s("sourceId", required=True)),
        result="Application",
        write=True,
        idempotent=True,
        permission=_W_CAND,
    ),
    Endpoint(
        "applicationFeedback.list",
        (_s("applicationId"), _CREATED_AFTER),
        result="Feedback",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_CAND,
    ),
    # candidates
    Endpoint(
        "candidate.list",
        (_CREATED_AFTER,),
        result="Candidate",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_CAND,
    ),
    Endpoint(
        "candidate.info",
        (_s("id"), _s("externalMappingId")),
        result="Candidate",
        permission=_R_CAND,
        note="Takes `id`, not `candidateId` (sending `candidateId` is invalid_input).",
    ),
    Endpoint(
        "candidate.search",
        (_s("email"), _s("name")),
        result="Candidate",
        returns_list=True,
        permission=_R_CAND,
        note="Not paginated; capped at about 100 results.",
    ),
    Endpoint(
        "candidate.create",
        (
            _s("name", required=True),
            _s("email"),
            _s("phoneNumber"),
            _s("linkedInUrl"),
            _s("githubUrl"),
            _s("website"),
            _l("alternateEmailAddresses"),
            _s("sourceId"),
            _s("creditedToUserId"),
            Param("location", "object"),
            _s("createdAt"),
        ),
        result="Candidate",
        write=True,
        permission=_W_CAND,
    ),
    Endpoint(
        "candidate.update",
        (
            _s("candidateId", required=True),
            _s("name"),
            _s("email"),
            _s("phoneNumber"),
            _s("linkedInUrl"),
            _s("githubUrl"),
            _s("websiteUrl"),
            _s("alternateEmail"),
            Param("socialLinks", "object[]"),
            _s("sourceId"),
            _s("creditedToUserId"),
            Param("location", "object"),
            _s("createdAt"),
            _b("sendNotifications"),
        ),
        result="Candidate",
        write=True,
        idempotent=True,
        permission=_W_CAND,
    ),
    Endpoint(
        "candidate.addTag",
        (_s("candidateId", required=True), _s("tagId", required=True)),
        result="Candidate",
        write=True,
        idempotent=True,
        permission=_W_CAND,
    ),
    Endpoint(
        "candidate.removeTag",
        (_s("candidateId", required=True), _s("tagId", required=True)),
        result="Candidate",
        write=True,
        idempotent=True,
        permission=_W_CAND,
    ),
    Endpoint(
        "candidate.createNote",
        (
            _s("candidateId", required=True),
            Param("note", "any", required=True),
            _b("sendNotifications"),
            _b("isPrivate"),
            _s("createdAt"),
        ),
        result="Note",
        write=True,
        permission=_W_CAND,
        note="`note` is a string or {type: text/plain|text/html, value}.",
    ),
    Endpoint(
        "candidate.listNotes",
        (_s("candidateId", required=True),),
        result="Note",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_CAND,
    ),
    Endpoint(
        "candidate.uploadResume",
        (_s("candidateId", required=True), Param("resume", "file"), _s("resumeHandle")),
        result="Candidate",
        write=True,
        multipart=True,
        permission=_W_CAND,
        note="Multipart `resume` is deprecated by Ashby; the recommended form is JSON with a `resumeHandle` "
        "from file.createFileUploadHandle. Send one of the two.",
    ),
    Endpoint(
        "candidate.uploadFile",
        (_s("candidateId", required=True), Param("file", "file"), _s("fileHandle")),
        result="Candidate",
        write=True,
        multipart=True,
        permission=_W_CAND,
        note="Multipart `file` is deprecated by Ashby; the recommended form is JSON with a `fileHandle` "
        "from file.createFileUploadHandle. Send one of the two.",
    ),
    Endpoint(
        "candidateTag.list",
        (_b("includeArchived"),),
        result="Tag",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_META,
    ),
    Endpoint(
        "candidateTag.create",
        (_s("title", required=True),),
        result="Tag",
        write=True,
        permission=_W_META,
    ),
    # organisation and hiring-process metadata
    Endpoint(
        "archiveReason.list", (_b("includeArchived"),), result="ArchiveReason", returns_list=True, permission=_R_META
    ),
    Endpoint("closeReason.list", (_b("includeArchived"),), result="CloseReason", returns_list=True, permission=_R_META),
    Endpoint("source.list", (_b("includeArchived"),), result="Source", returns_list=True, permission=_R_META),
    Endpoint(
        "hiringTeamRole.list",
        (_b("namesOnly"),),
        result="HiringTeamRole",
        returns_list=True,
        permission=_R_ORG,
        note="Returns plain strings unless namesOnly is false.",
    ),
    Endpoint(
        "customField.list",
        (_b("includeArchived"),),
        result="CustomFieldDefinition",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_META,
    ),
    Endpoint(
        "customField.info",
        (_s("customFieldId", required=True),),
        result="CustomFieldDefinition",
        permission=_R_META,
    ),
    Endpoint(
        "department.list",
        (_b("includeArchived"),),
        result="Department",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_ORG,
    ),
    Endpoint("department.info", (_s("departmentId", required=True),), result="Department", permission=_R_ORG),
    Endpoint(
        "location.list",
        (_b("includeArchived"), _b("includeLocationHierarchy")),
        result="Location",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_ORG,
        note="Regions (location hierarchies) only with includeLocationHierarchy.",
    ),
    Endpoint("location.info", (_s("locationId", required=True),), result="Location", permission=_R_ORG),
    Endpoint(
        "user.list",
        (_b("includeDeactivated"),),
        result="User",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_ORG,
    ),
    Endpoint("user.info", (_s("userId", required=True),), result="User", permission=_R_ORG),
    # jobs, postings, stages
    Endpoint(
        "job.list",
        (
            _CREATED_AFTER,
            _l("status", enum=_JOB_STATUS),
            Param("openedAfter", "integer"),
            Param("openedBefore", "integer"),
            Param("closedAfter", "integer"),
            Param("closedBefore", "integer"),
            _b("includeUnpublishedJobPostingsIds"),
            _l("expand", enum=("location", "openings")),
        ),
        result="Job",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_JOBS,
        note="Leaves out Draft jobs unless `status` is given explicitly.",
    ),
    Endpoint(
        "job.info",
        (_s("id", required=True), _b("includeUnpublishedJobPostingsIds"), _l("expand", enum=("location", "openings"))),
        result="Job",
        permission=_R_JOBS,
    ),
    Endpoint(
        "jobPosting.list",
        (_s("location"), _s("department"), _b("listedOnly"), _s("jobBoardId")),
        result="JobPosting",
        returns_list=True,
        permission=_R_JOBS,
        note="Not paginated: results hold every posting.",
    ),
    Endpoint(
        "jobPosting.info",
        (_s("jobPostingId", required=True), _s("jobBoardId"), _l("expand", enum=("job",))),
        result="JobPosting",
        permission=_R_JOBS,
    ),
    Endpoint(
        "interviewStage.list",
        (_s("interviewPlanId", required=True),),
        result="InterviewStage",
        returns_list=True,
        permission=_R_INT,
    ),
    Endpoint(
        "interviewStage.info", (_s("interviewStageId", required=True),), result="InterviewStage", permission=_R_INT
    ),
    Endpoint(
        "interviewPlan.list",
        (_b("includeArchived"),),
        result="InterviewPlan",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_INT,
        note="Published plans only; drafts are never returned.",
    ),
    Endpoint(
        "opening.list",
        (_CREATED_AFTER,),
        result="Opening",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_JOBS,
    ),
    # interviews
    Endpoint(
        "interview.list",
        (_b("includeArchived"), _b("includeNonSharedInterviews"), _b("excludeArchivedScheduleTemplateInterviews")),
        result="Interview",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_INT,
    ),
    Endpoint("interview.info", (_s("id", required=True),), result="Interview", permission=_R_INT),
    Endpoint(
        "interviewSchedule.list",
        (_s("applicationId"), _s("interviewStageId"), _CREATED_AFTER),
        result="InterviewSchedule",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_INT,
        note="There is no interviewSchedule.info; one schedule is found by listing.",
    ),
    # offers, projects, surveys, files
    Endpoint(
        "offer.list",
        (
            _CREATED_AFTER,
            _s("applicationId"),
            _l("offerStatus", enum=_OFFER_STATUS),
            _l("acceptanceStatus", enum=_ACCEPTANCE_STATUS),
            _l("approvalStatus", enum=("Approved", "WaitingOnApprovals", "Declined")),
        ),
        result="Offer",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_OFFER,
    ),
    Endpoint("offer.info", (_s("offerId", required=True),), result="Offer", permission=_R_OFFER),
    Endpoint(
        "project.list",
        (_CREATED_AFTER,),
        result="Project",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_CAND,
    ),
    Endpoint(
        "project.info",
        (_s("projectId", required=True),),
        result="Project",
        permission=_R_JOBS,
        note="The reference page names jobsRead here (project.list and project.search name candidatesRead).",
    ),
    Endpoint(
        "surveySubmission.list",
        (_s("surveyType", required=True, enum=("CandidateExperience", "Questionnaire")), _CREATED_AFTER),
        result="SurveySubmission",
        returns_list=True,
        paged=True,
        sync=True,
        permission=_R_CAND,
    ),
    Endpoint("file.info", (_s("fileHandle", required=True),), result="FileInfo", permission=_R_CAND),
    # webhooks
    Endpoint(
        "webhook.create",
        (
            _s("webhookType", required=True, enum=_WEBHOOK_TYPES),
            _s("requestUrl", required=True),
            _s("secretToken", required=True),
        ),
        result="Webhook",
        write=True,
        permission="apiKeysWrite",
    ),
    Endpoint("webhook.info", (_s("webhookId", required=True),), result="Webhook", permission="apiKeysRead"),
    Endpoint(
        "webhook.update",
        (_s("webhookId", required=True), _b("enabled"), _s("requestUrl"), _s("secretToken")),
        result="Webhook",
        write=True,
        idempotent=True,
        permission="apiKeysWrite",
    ),
    Endpoint(
        "webhook.delete",
        (_s("webhookId", required=True),),
        result="Webhook",
        write=True,
        idempotent=True,
        permission="apiKeysWrite",
    ),
)

# The rest of the reference (the definition's every path but the three assessment endpoints a partner implements).
CustomFieldType = Literal[
    "Boolean",
    "CompensationRange",
    "Currency",
    "Date",
    "LongText",
    "MultiValueSelect",
    "Number",
    "NumberRange",
    "String",
    "ValueSelect",
    "Url",
    "UUID",
]
CustomFieldObjectType = Literal[
    "Application", "Candidate", "Job", "Employee", "Talent_Project", "Opening_Version", "Offer_Version"
]
_W_ORG, _W_JOBS, _W_INT, _W_OFFER = "organizationWrite", "jobsWrite", "interviewsWrite", "offersWrite"
_WORKPLACE = ("OnSite", "Hybrid", "Remote")
_EMPLOYMENT = ("FullTime", "PartTime", "Intern", "Contract", "Temporary", "")
_OPENING_STATE = ("Draft", "Approved", "Open", "Closed")
_CF_OBJECTS = ("Application", "Candidate", "Job", "Opening")


def _id(name: str) -> Param:
    return _s(name, required=True)


def _o(name: str, *, required: bool = False) -> Param:
    return Param(name, "object", required)


def _os(name: str, *, required: bool = False) -> Param:
    return Param(name, "object[]", required)


def _i(name: str, *, required: bool = False) -> Param:
    return Param(name, "integer", required)


def _read(
    name: str, params: tuple[Param, ...], result: str, permission: str, *, many: bool = False, **flags: Any
) -> Endpoint:
    """A read: ``paged`` ones return lists; ``flags`` are the other :class:`Endpoint` fields."""
    return Endpoint(
        name, params, result=result, returns_list=many or flags.get("paged", False), permission=permission, **flags
    )


def _write(
    name: str, params: tuple[Param, ...], result: str, permission: str, *, many: bool = False, **flags: Any
) -> Endpoint:
    """A write (not retried on server errors unless ``idempotent=True``)."""
    return Endpoint(name, params, result=result, returns_list=many, write=True, permission=permission, **flags)


_TEAM_MEMBER = (_s("applicationId"), _s("jobId"), _s("openingId"), _id("teamMemberId"), _id("roleId"))
_APP_TEAM_MEMBER = (_id("applicationId"), _id("teamMemberId"), _id("roleId"))

_MORE: tuple[Endpoint, ...] = (
    # application.*
    _write("application.addHiringTeamMember", _APP_TEAM_MEMBER, "HiringTeamMember", _W_CAND, idempotent=True),
    _write("application.removeHiringTeamMember", _APP_TEAM_MEMBER, "HiringTeamMember", _W_CAND, idempotent=True),
    _read("application.listCriteriaEvaluations", (_id("applicationId"),), "CriteriaEvaluation", _R_CAND, paged=True),
    _read("application.listHistory", (_id("applicationId"),), "ApplicationHistoryEvent", _R_CAND, paged=True),
    _write(
        "application.transfer",
        (
            _id("applicationId"),
            _id("jobId"),
            _id("interviewPlanId"),
            _id("interviewStageId"),
            _b("startAutomaticActivities"),
        ),
        "Application",
        _W_CAND,
    ),
    _write(
        "application.update",
        (_id("applicationId"), _s("sourceId"), _s("creditedToUserId"), _s("createdAt"), _b("sendNotifications")),
        "Application",
        _W_CAND,
        idempotent=True,
    ),
    _write(
        "application.updateHistory",
        (_id("applicationId"), _os("applicationHistory", required=True)),
        "Application",
        _W_CAND,
        idempotent=True,
        note="Needs the 'Allow updating application history?' key setting; the list replaces the whole history.",
    ),
    _write(
        "applicationFeedback.submit",
        (
            _o("feedbackForm", required=True),
            _id("formDefinitionId"),
            _id("applicationId"),
            _s("userId"),
            _s("interviewEventId"),
        ),
        "FeedbackSubmission",
        _W_CAND,
    ),
    _write(
        "applicationForm.submit",
        (
            _id("jobPostingId"),
            _o("applicationForm", required=True),
            _o("utmData"),
            _l("tagIds"),
            _b("allowSubmissionForUnpublishedJobPosting"),
        ),
        "ApplicationFormSubmission",
        _W_CAND,
        note="JSON form: file fields carry handles from file.createFileUploadHandle (multipart not described here).",
    ),
    _read("applicationHiringTeamRole.list", (), "HiringTeamRole", _R_CAND, many=True),
    # approvals, assessments, brands
    _read(
        "approval.list",
        (_s("entityType", enum=("offer", "job", "opening")), _s("entityId")),
        "Approval",
        "approvalsRead",
        paged=True,
        sync=True,
    ),
    _write(
        "approvalDefinition.update",
        (
            _s("entityType", required=True, enum=("offer",)),
            _id("entityId"),
            _os("approvalStepDefinitions", required=True),
            _b("submitApprovalRequest"),
        ),
        "ApprovalDefinition",
        "approvalsWrite",
        idempotent=True,
    ),
    _write(
        "assessment.addCompletedToCandidate",
        (_id("candidateId"), _id("partnerId"), _o("assessment", required=True), _i("timestamp", required=True)),
        "CompletedAssessment",
        _W_CAND,
    ),
    _write(
        "assessment.update",
        (
            _id("assessment_id"),
            _i("timestamp", required=True),
            _o("assessment_status"),
            _o("assessment_profile_url"),
            _o("assessment_result"),
            _o("cancelled_reason"),
            _os("metadata"),
        ),
        "Acknowledgement",
        _W_CAND,
        idempotent=True,
        note="Snake_case parameters, as the reference names them. The reference documents no result body.",
    ),
    _read("brand.list", (), "Brand", _R_ORG, paged=True),
    # candidates
    _write(
        "candidate.addEmailMessage",
        (
            _id("candidateId"),
            _s("emailProviderEmailId", required=True),
            _s("subject", required=True),
            _s("from", required=True),
            _s("to", required=True),
            _s("body", required=True),
            _s("userId"),
            _s("sentAt"),
            _s("cc"),
            _s("messageUrl"),
            _s("messageIdHeader"),
            _s("threadId"),
            _b("isPrivate"),
        ),
        "EmailMessage",
        _W_CAND,
    ),
    _write("candidate.addProject", (_id("candidateId"), _id("projectId")), "Candidate", _W_CAND, idempotent=True),
    _write("candidate.removeProject", (_id("candidateId"), _id("projectId")), "Candidate", _W_CAND, idempotent=True),
    _write(
        "candidate.anonymize",
        (_id("candidateId"),),
        "Candidate",
        _W_CAND,
        idempotent=True,
        note="Irreversible; every application of the candidate must be Archived or Hired.",
    ),
    _read("candidate.listClientInfo", (_id("candidateId"),), "ClientInfo", _R_CAND, paged=True, sync=True),
    _read("candidate.listFraudChecks", (_id("candidateId"),), "FraudCheck", _R_CAND, paged=True),
    _read("candidate.listProjects", (_id("candidateId"),), "Project", _R_CAND, paged=True),
    _write(
        "candidate.setFraudStatus",
        (_id("candidateId"), _s("fraudStatus", required=True, enum=("Fraudulent", "NotFraudulent", "Unsure"))),
        "Candidate",
        _W_CAND,
        idempotent=True,
    ),
    _write("candidateTag.archive", (_id("tagId"),), "Tag", _W_META, idempotent=True),
    _read("communicationTemplate.list", (), "CommunicationTemplate", _R_META, many=True),
    # custom fields
    _write(
        "customField.create",
        (
            _s(
                "fieldType",
                required=True,
                enum=get_args(CustomFieldType),
            ),
            _s(
                "objectType",
                required=True,
                enum=get_args(CustomFieldObjectType),
            ),
            _s("title", required=True),
            _s("description"),
            _os("selectableValues"),
            _b("isDateOnlyField"),
            _b("isExposableToCandidate"),
        ),
        "CustomFieldDefinition",
        _W_META,
    ),
    _write(
        "customField.setValue",
        (
            _id("objectId"),
            _s("objectType", required=True, enum=_CF_OBJECTS),
            _id("fieldId"),
            Param("fieldValue", "any", True),
        ),
        "CustomField",
        _W_CAND,
        idempotent=True,
    ),
    _write(
        "customField.setValues",
        (_id("objectId"), _s("objectType", required=True, enum=_CF_OBJECTS), _os("values", required=True)),
        "CustomField",
        _W_CAND,
        idempotent=True,
        many=True,
    ),
    _write(
        "customField.updateSelectableValues",
        (_id("customFieldId"), _os("selectableValues", required=True)),
        "CustomFieldDefinition",
        _W_META,
        idempotent=True,
        note="Merges by `value`: new values are added, omitted ones archived.",
    ),
    # departments
    _write(
        "department.create",
        (_s("name", required=True), _s("externalName"), _s("parentId"), _o("extraData")),
        "Department",
        _W_ORG,
    ),
    _write("department.archive", (_id("departmentId"),), "Department", _W_ORG, idempotent=True),
    _write("department.restore", (_id("departmentId"),), "Department", _W_ORG, idempotent=True),
    _write("department.move", (_id("departmentId"), _s("parentId")), "Department", _W_ORG, idempotent=True),
    _write(
        "department.update",
        (_id("departmentId"), _s("name"), _s("externalName"), _o("extraData")),
        "Department",
        _W_ORG,
        idempotent=True,
    ),
    # files, feedback forms, hiring teams
    _write(
        "file.createFileUploadHandle",
        (
            _s("fileUploadContext", required=True, enum=("CandidateResume", "CandidateFiles", "ApplicationForm")),
            _s("filename", required=True),
            _s("contentType", required=True),
            _i("contentLength", required=True),
        ),
        "FileUploadHandle",
        _W_CAND,
        note="The presigned URL expires after 10 minutes.",
    ),
    _read("feedbackFormDefinition.info", (_id("feedbackFormDefinitionId"),), "FeedbackFormDefinition", _R_META),
    _read(
        "feedbackFormDefinition.list",
        (_b("includeArchived"),),
        "FeedbackFormDefinition",
        _R_META,
        paged=True,
        sync=True,
    ),
    _write(
        "hiringTeam.addMember",
        _TEAM_MEMBER,
        "HiringTeamMember",
        _W_ORG,
        idempotent=True,
        note="Exactly one of applicationId, jobId, openingId.",
    ),
    _write(
        "hiringTeam.removeMember",
        _TEAM_MEMBER,
        "HiringTeamMember",
        _W_ORG,
        idempotent=True,
        note="Exactly one of applicationId, jobId, openingId.",
    ),
    # interviews
    _read(
        "interviewEvent.list",
        (_id("interviewScheduleId"), _l("expand", enum=("interview",)), _CREATED_AFTER),
        "InterviewEvent",
        _R_INT,
        paged=True,
        sync=True,
    ),
    _write(
        "interviewSchedule.cancel", (_id("id"), _b("allowReschedule")), "InterviewSchedule", _W_INT, idempotent=True
    ),
    _write(
        "interviewSchedule.create",
        (_id("applicationId"), _os("interviewEvents", required=True)),
        "InterviewSchedule",
        _W_INT,
    ),
    _write(
        "interviewSchedule.update",
        (
            _id("interviewScheduleId"),
            Param("interviewEvent", "any"),
            Param("interviewEventIdToCancel", "any"),
            _b("allowFeedbackDeletion"),
        ),
        "InterviewSchedule",
        _W_INT,
        note="Send interviewEvent (one object or a list; with interviewEventId to update one) "
        "or interviewEventIdToCancel (an id or a list).",
    ),
    _read("interviewStageGroup.list", (), "InterviewStageGroup", _R_INT, many=True),
    _read(
        "interviewerPool.list",
        (_b("includeArchivedPools"), _b("includeArchivedTrainingStages")),
        "InterviewerPool",
        _R_META,
        paged=True,
        sync=True,
    ),
    _read("interviewerPool.info", (_id("interviewerPoolId"),), "InterviewerPool", _R_META),
    _write("interviewerPool.create", (_s("title", required=True), _b("requiresTraining")), "InterviewerPool", _W_META),
    _write(
        "interviewerPool.update",
        (_id("interviewerPoolId"), _s("title"), _b("requiresTraining")),
        "InterviewerPool",
        _W_META,
        idempotent=True,
    ),
    _write("interviewerPool.archive", (_id("interviewerPoolId"),), "InterviewerPool", _W_META, idempotent=True),
    _write("interviewerPool.restore", (_id("interviewerPoolId"),), "InterviewerPool", _W_META, idempotent=True),
    _write(
        "interviewerPool.addUser",
        (_id("interviewerPoolId"), _id("userId"), _s("interviewerPoolTrainingPathStageId")),
        "InterviewerPool",
        _W_META,
        idempotent=True,
    ),
    _write(
        "interviewerPool.removeUser",
        (_id("interviewerPoolId"), _id("userId")),
        "InterviewerPool",
        _W_META,
        idempotent=True,
    ),
    # jobs
    _write(
        "job.create",
        (
            _s("title", required=True),
            _id("teamId"),
            _id("locationId"),
            _s("defaultInterviewPlanId"),
            _s("jobTemplateId"),
            _s("brandId"),
        ),
        "Job",
        _W_JOBS,
        note="New jobs are drafts.",
    ),
    _write(
        "job.setStatus",
        (_id("jobId"), _s("status", required=True, enum=_JOB_STATUS)),
        "Job",
        _W_JOBS,
        idempotent=True,
        note="Draft -> Open/Archived, Open -> Closed, Closed -> Draft/Archived, Archived -> Draft.",
    ),
    _write(
        "job.update",
        (
            _id("jobId"),
            _s("title"),
            _s("teamId"),
            _s("locationId"),
            _s("defaultInterviewPlanId"),
            _s("customRequisitionId"),
        ),
        "Job",
        _W_JOBS,
        idempotent=True,
    ),
    _write(
        "job.updateCompensation",
        (_id("jobId"), _os("compensationTiers", required=True)),
        "Job",
        _W_JOBS,
        idempotent=True,
    ),
    _read(
        "job.search",
        (_s("title"), _s("requisitionId")),
        "Job",
        _R_JOBS,
        many=True,
        note="Takes title and/or requisitionId.",
    ),
    _read("jobBoard.list", (), "JobBoard", _R_JOBS, many=True),
    _read("jobInterviewPlan.info", (_id("jobId"),), "JobInterviewPlan", _R_JOBS),
    _write(
        "jobPosting.update",
        (
            _id("jobPostingId"),
            _s("title"),
            _s("workplaceType", enum=_WORKPLACE),
            _b("suppressDescriptionOpening"),
            _b("suppressDescriptionClosing"),
            _o("description"),
        ),
        "JobPosting",
        _W_JOBS,
        idempotent=True,
    ),
    _read("jobTemplate.list", (_l("expand", enum=("location",)),), "JobTemplate", _R_JOBS, paged=True, sync=True),
    # locations
    _write(
        "location.create",
        (
            _s("name", required=True),
            _s("type", required=True, enum=("Location", "LocationHierarchy")),
            _o("address"),
            _s("parentLocationId"),
            _b("isRemote"),
            _s("workplaceType", enum=_WORKPLACE),
            _s("externalName"),
            _o("extraData"),
        ),
        "Location",
        _W_ORG,
    ),
    _write("location.archive", (_id("locationId"),), "Location", _W_ORG, idempotent=True),
    _write("location.restore", (_id("locationId"),), "Location", _W_ORG, idempotent=True),
    _write("location.move", (_id("locationId"), _id("parentLocationHierarchyId")), "Location", _W_ORG, idempotent=True),
    _write(
        "location.updateAddress", (_id("locationId"), _o("address", required=True)), "Location", _W_ORG, idempotent=True
    ),
    _write("location.updateName", (_id("locationId"), _s("name", required=True)), "Location", _W_ORG, idempotent=True),
    _write("location.updateExternalName", (_id("locationId"), _s("externalName")), "Location", _W_ORG, idempotent=True),
    _write(
        "location.updateWorkplaceType",
        (_id("locationId"), _s("workplaceType", required=True, enum=_WORKPLACE)),
        "Location",
        _W_ORG,
        idempotent=True,
    ),
    _write(
        "location.updateRemoteStatus",
        (_id("locationId"), Param("isRemote", "boolean", True)),
        "Location",
        _W_ORG,
        idempotent=True,
        inferred=True,
        note="Named in public sources but absent from the current definition (isRemote is deprecated for "
        "workplaceType); parameters inferred from location.create.",
    ),
    _read(
        "notetakerTranscript.info",
        (_id("notetakerTranscriptId"),),
        "NotetakerTranscript",
        "notetakerRead",
        note="Needs the AI Notetaker add-on; the transcript URL expires after 5 minutes.",
    ),
    # offers
    _write(
        "offer.approve",
        (_id("offerVersionId"), _s("approvalStepId"), _s("userId")),
        "Offer",
        _W_OFFER,
        idempotent=True,
        note="Without approvalStepId/userId approves the whole process; with them, one step.",
    ),
    _write(
        "offer.create",
        (_id("offerProcessId"), _id("offerFormId"), _o("offerForm", required=True)),
        "Offer",
        _W_OFFER,
    ),
    _write("offer.start", (_id("offerProcessId"),), "OfferForm", _W_OFFER),
    _write("offer.startApprovalProcess", (_id("offerVersionId"), _s("note")), "Offer", _W_OFFER),
    _write(
        "offer.update",
        (_id("offerId"), _o("offerForm", required=True)),
        "Offer",
        _W_OFFER,
        note="Creates a new version of the offer.",
    ),
    _write("offerProcess.start", (_id("applicationId"),), "OfferProcess", _W_OFFER),
    # openings
    _read("opening.info", (_id("openingId"),), "Opening", _R_JOBS),
    _read("opening.search", (_s("identifier", required=True),), "Opening", _R_JOBS, many=True),
    _write(
        "opening.create",
        (
            _s("identifier"),
            _s("description"),
            _s("teamId"),
            _l("locationIds"),
            _l("jobIds"),
            _s("targetHireDate"),
            _s("targetStartDate"),
            _b("isBackfill"),
            _s("employmentType", enum=_EMPLOYMENT),
            _s("openingState", enum=_OPENING_STATE),
        ),
        "Opening",
        _W_JOBS,
    ),
    _write("opening.addJob", (_id("openingId"), _id("jobId")), "Opening", _W_JOBS, idempotent=True),
    _write("opening.removeJob", (_id("openingId"), _id("jobId")), "Opening", _W_JOBS, idempotent=True),
    _write("opening.addLocation", (_id("openingId"), _id("locationId")), "Opening", _W_JOBS, idempotent=True),
    _write("opening.removeLocation", (_id("openingId"), _id("locationId")), "Opening", _W_JOBS, idempotent=True),
    _write(
        "opening.setOpeningState",
        (_id("openingId"), _s("openingState", required=True, enum=_OPENING_STATE), _s("closeReasonId")),
        "Opening",
        _W_JOBS,
        idempotent=True,
        inferred=True,
        note="The definition marks nothing required; openingId and openingState are (inferred).",
    ),
    _write(
        "opening.setArchived",
        (_id("openingId"), Param("archive", "boolean", True)),
        "Opening",
        _W_JOBS,
        idempotent=True,
        inferred=True,
        note="The definition marks nothing required; both are (inferred).",
    ),
    _write(
        "opening.update",
        (
            _id("openingId"),
            _s("identifier"),
            _s("description"),
            _s("teamId"),
            _s("targetHireDate"),
            _s("targetStartDate"),
            _b("isBackfill"),
            _s("employmentType", enum=_EMPLOYMENT),
        ),
        "Opening",
        _W_JOBS,
        idempotent=True,
    ),
    # projects, referrals, reports
    _read("project.search", (_s("title"),), "Project", _R_CAND, many=True, note="Capped at 100 results."),
    _write(
        "referral.create",
        (_id("id"), _id("creditedToUserId"), _os("fieldSubmissions", required=True), _s("createdAt")),
        "Application",
        _W_CAND,
        note="`id` is the referral form's id (referralForm.info).",
    ),
    _read("referralForm.info", (), "ReferralForm", _R_META, note="Creates the default form when none exists."),
    _read(
        "report.generate",
        (_id("reportId"), _s("requestId"), _b("includeHeadersInData")),
        "Report",
        "reportsRead",
        note="Beta. Without requestId starts a generation; with it, polls (about once a second) until "
        "status is complete or failed.",
    ),
    _read(
        "report.synchronous",
        (_id("reportId"), _b("includeHeadersInData")),
        "Report",
        "reportsRead",
        note="Beta. 30 s timeout; answers status in_progress when it times out.",
    ),
    _read("sourceTrackingLink.list", (_b("includeDisabled"),), "SourceTrackingLink", _R_META, many=True),
    # surveys
    _read("surveyFormDefinition.info", (_id("surveyFormDefinitionId"),), "SurveyFormDefinition", _R_META),
    _read("surveyFormDefinition.list", (), "SurveyFormDefinition", _R_META, paged=True, sync=True),
    _write(
        "surveyRequest.create",
        (_id("candidateId"), _id("applicationId"), _id("surveyFormDefinitionId")),
        "SurveyRequest",
        _W_CAND,
        note="Does not email the candidate; share the returned surveyUrl.",
    ),
    _read(
        "surveyRequest.list",
        (
            _s("surveyType", required=True, enum=("CandidateExperience",)),
            _s("applicationId"),
            _s("candidateId"),
            _CREATED_AFTER,
        ),
        "SurveyRequest",
        _R_CAND,
        paged=True,
        sync=True,
    ),
    _write(
        "surveySubmission.create",
        (_id("candidateId"), _id("applicationId"), _id("surveyFormDefinitionId"), _o("submittedValues", required=True)),
        "SurveySubmission",
        _W_CAND,
    ),
    # users
    _read("user.search", (_s("email", required=True),), "User", _R_ORG, many=True),
    _read("user.interviewerSettings", (_id("userId"),), "InterviewerSettings", _R_ORG),
    _write(
        "user.updateInterviewerSettings",
        (_id("userId"), _i("dailyLimit"), _i("weeklyLimit")),
        "InterviewerSettings",
        _W_ORG,
        idempotent=True,
    ),
    _write(
        "user.createInterviewerPause",
        (_id("userId"), _s("startsAt"), _s("endsAt"), _s("comment")),
        "InterviewerPause",
        _W_ORG,
        note="One pause (active or scheduled) per user.",
    ),
    _read("user.listInterviewerPauses", (_id("userId"),), "InterviewerPause", _R_ORG, many=True),
    _write("user.deleteInterviewerPause", (_id("interviewerPauseId"),), "InterviewerPause", _W_ORG, idempotent=True),
)


ENDPOINTS: dict[str, Endpoint] = {e.name: e for e in (*_ALL, *_MORE)}
"""Every described endpoint, by wire name."""


def endpoint(name: str) -> Endpoint | None:
    """The description of ``name`` (``category.method``), or ``None`` when it is not described."""
    return ENDPOINTS.get(name)


_IRREGULAR_PLURALS = {"applicationFeedback": "application_feedback"}
"""Categories whose resource attribute is not the plain snake_case plural."""


def snake(name: str) -> str:
    """``addHiringTeamMember`` -> ``add_hiring_team_member``; a Python keyword gets a trailing ``_``."""
    out = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    return out + "_" if keyword.iskeyword(out) else out


def resource_name(category: str) -> str:
    """The client attribute of a category: snake_case plural (``candidateTag`` -> ``candidate_tags``)."""
    if category in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[category]
    base = snake(category)
    return base + ("es" if base.endswith(("s", "x", "ch", "sh")) else "s")


def method_name(endpoint_name: str) -> tuple[str, str]:
    """(resource attribute, method) of the typed method for ``category.method``: the naming rule of api.md."""
    category, method = endpoint_name.split(".", 1)
    return resource_name(category), snake(method)
