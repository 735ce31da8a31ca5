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

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["ENDPOINTS", "Endpoint", "Param", "ParamType", "endpoint"]

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
_OFFER_STATUS = (
    "WaitingOnApprovalStart",
    "WaitingOnOfferApproval",
    "WaitingOnApprovalDefinition",
    "WaitingOnCandidateResponse",
    "CandidateRejected",
    "CandidateAccepted",
    "OfferCancelled",
)
_ACCEPTANCE_STATUS = ("Accepted", "Declined", "Pending", "Created", "Cancelled", "WaitingOnResponse")
_WEBHOOK_TYPES = (
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
)

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

ENDPOINTS: dict[str, Endpoint] = {e.name: e for e in _ALL}
"""Every described endpoint, by wire name."""


def endpoint(name: str) -> Endpoint | None:
    """The description of ``name`` (``category.method``), or ``None`` when it is not described."""
    return ENDPOINTS.get(name)
