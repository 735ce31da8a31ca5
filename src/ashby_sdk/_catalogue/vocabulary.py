"""Permissions and enumerated values, as Ashby's definition names them.

The ``Literal`` types give IDEs the values Ashby documents today; the typed
methods accept any other string too, because Ashby widens its enums over time
(its changelog: "Added OnHold and Unknown to InterviewSchedule Status").
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "ACCEPTANCE_STATUS",
    "APPLICATION_STATUS",
    "APPROVAL_STATUS",
    "CF_OBJECTS",
    "EMPLOYMENT",
    "JOB_STATUS",
    "OFFER_STATUS",
    "OPENING_STATE",
    "R_APPROVALS",
    "R_CAND",
    "R_INT",
    "R_JOBS",
    "R_KEYS",
    "R_META",
    "R_OFFER",
    "R_ORG",
    "R_SOURCING",
    "WEBHOOK_TYPES",
    "WORKPLACE",
    "W_APPROVALS",
    "W_CAND",
    "W_INT",
    "W_JOBS",
    "W_KEYS",
    "W_META",
    "W_OFFER",
    "W_ORG",
    "W_PROJECTS",
    "W_SOURCING",
    "AcceptanceStatus",
    "CustomFieldObjectType",
    "CustomFieldType",
    "OfferStatus",
    "WebhookType",
]

R_CAND, W_CAND = "candidatesRead", "candidatesWrite"
R_JOBS, W_JOBS = "jobsRead", "jobsWrite"
R_META, W_META = "hiringProcessMetadataRead", "hiringProcessMetadataWrite"
R_INT, W_INT = "interviewsRead", "interviewsWrite"
R_ORG, W_ORG = "organizationRead", "organizationWrite"
R_OFFER, W_OFFER = "offersRead", "offersWrite"
R_KEYS, W_KEYS = "apiKeysRead", "apiKeysWrite"
R_APPROVALS, W_APPROVALS = "approvalsRead", "approvalsWrite"
R_SOURCING, W_SOURCING = "sourcingRead", "sourcingWrite"
W_PROJECTS = "projectsWrite"

APPLICATION_STATUS = ("Hired", "Archived", "Active", "Lead")
JOB_STATUS = ("Draft", "Open", "Closed", "Archived")
WORKPLACE = ("OnSite", "Hybrid", "Remote")
EMPLOYMENT = ("FullTime", "PartTime", "Intern", "Contract", "Temporary", "")
OPENING_STATE = ("Draft", "Approved", "Open", "Closed")
APPROVAL_STATUS = ("Approved", "WaitingOnApprovals", "Declined")
CF_OBJECTS = ("Application", "Candidate", "Job", "Opening")

OfferStatus = Literal[
    "WaitingOnApprovalStart",
    "WaitingOnOfferApproval",
    "WaitingOnApprovalDefinition",
    "WaitingOnCandidateResponse",
    "CandidateRejected",
    "CandidateAccepted",
    "OfferCancelled",
]
OFFER_STATUS: tuple[str, ...] = get_args(OfferStatus)
AcceptanceStatus = Literal["Accepted", "Declined", "Pending", "Created", "Cancelled", "WaitingOnResponse"]
ACCEPTANCE_STATUS: tuple[str, ...] = get_args(AcceptanceStatus)

WEBHOOK_TYPES = (
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
"""The values the request schema of ``webhook.create`` lists."""

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
    "jobCreate",
    "jobPostingUpdate",
    "jobPostingPublish",
    "jobPostingUnpublish",
    "jobUpdate",
    "offerCreate",
    "offerUpdate",
    "offerDelete",
    "openingCreate",
    "pushToHRIS",
    "signatureRequestUpdate",
    "surveySubmit",
]
"""Every webhook type of the definition (its ``webhooks`` section, ``ping`` aside): wider than the request
schema's list, which lags behind the deliveries Ashby sends (``jobCreate``...)."""

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
