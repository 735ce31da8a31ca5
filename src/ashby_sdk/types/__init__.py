"""Typed models of the objects the Ashby API returns.

Every model derives from :class:`~ashby_sdk._models.AshbyModel`: snake_case attributes read from Ashby's
camelCase names, unknown fields kept, the original dict in ``raw_data``. :data:`MODELS` maps each result
name used in the API description (``_catalogue.py``) to its class.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ashby_sdk._catalogue import AcceptanceStatus as AcceptanceStatus
    from ashby_sdk._catalogue import CustomFieldObjectType as CustomFieldObjectType
    from ashby_sdk._catalogue import CustomFieldType as CustomFieldType
    from ashby_sdk._catalogue import OfferStatus as OfferStatus
    from ashby_sdk._catalogue import WebhookType as WebhookType
    from ashby_sdk._models import AshbyModel

    from .api_keys import ApiKeyInfo as ApiKeyInfo
    from .api_keys import ApiVersion as ApiVersion
    from .applications import Application as Application
    from .applications import ApplicationCandidate as ApplicationCandidate
    from .applications import ApplicationHistoryEvent as ApplicationHistoryEvent
    from .applications import ApplicationJob as ApplicationJob
    from .applications import DeletedApplication as DeletedApplication
    from .applications import Referral as Referral
    from .approvals import Approval as Approval
    from .approvals import ApprovalDefinition as ApprovalDefinition
    from .approvals import ApprovalStep as ApprovalStep
    from .approvals import ApprovalStepDefinition as ApprovalStepDefinition
    from .approvals import Approver as Approver
    from .approvals import AssessmentField as AssessmentField
    from .approvals import CompletedAssessment as CompletedAssessment
    from .boards import Brand as Brand
    from .boards import JobBoard as JobBoard
    from .boards import JobTemplate as JobTemplate
    from .boards import SourceTrackingLink as SourceTrackingLink
    from .candidates import Candidate as Candidate
    from .candidates import CandidateLocation as CandidateLocation
    from .candidates import LocationComponent as LocationComponent
    from .candidates import Note as Note
    from .candidates import NoteAuthor as NoteAuthor
    from .checks import ClientInfo as ClientInfo
    from .checks import CriteriaEvaluation as CriteriaEvaluation
    from .checks import Criterion as Criterion
    from .checks import FraudCheck as FraudCheck
    from .checks import FraudSignal as FraudSignal
    from .common import Acknowledgement as Acknowledgement
    from .common import ContactInfo as ContactInfo
    from .common import CustomField as CustomField
    from .common import EmailAddress as EmailAddress
    from .common import File as File
    from .common import Link as Link
    from .common import PhoneNumber as PhoneNumber
    from .communication import CommunicationTemplate as CommunicationTemplate
    from .communication import EmailMessage as EmailMessage
    from .feedback import Feedback as Feedback
    from .files import FileInfo as FileInfo
    from .files import FileUploadHandle as FileUploadHandle
    from .form_definitions import ApplicationFormSubmission as ApplicationFormSubmission
    from .form_definitions import FeedbackFormDefinition as FeedbackFormDefinition
    from .form_definitions import FeedbackSubmission as FeedbackSubmission
    from .form_definitions import FormMessages as FormMessages
    from .form_definitions import OfferForm as OfferForm
    from .form_definitions import ReferralForm as ReferralForm
    from .form_definitions import SurveyFormDefinition as SurveyFormDefinition
    from .forms import FormDefinition as FormDefinition
    from .forms import FormField as FormField
    from .forms import FormFieldEntry as FormFieldEntry
    from .forms import FormSection as FormSection
    from .forms import FormSelectableValue as FormSelectableValue
    from .forms import FormSubmission as FormSubmission
    from .forms import readable_value as readable_value
    from .interviewers import InterviewerPause as InterviewerPause
    from .interviewers import InterviewerPool as InterviewerPool
    from .interviewers import InterviewerSettings as InterviewerSettings
    from .interviewers import InterviewPlanActivity as InterviewPlanActivity
    from .interviewers import InterviewPlanStage as InterviewPlanStage
    from .interviewers import InterviewStageGroup as InterviewStageGroup
    from .interviewers import JobInterviewPlan as JobInterviewPlan
    from .interviewers import NotetakerTranscript as NotetakerTranscript
    from .interviewers import PoolMember as PoolMember
    from .interviewers import TrainingPath as TrainingPath
    from .interviewers import TrainingStage as TrainingStage
    from .interviews import Interview as Interview
    from .interviews import Interviewer as Interviewer
    from .interviews import InterviewEvent as InterviewEvent
    from .interviews import InterviewPlan as InterviewPlan
    from .interviews import InterviewSchedule as InterviewSchedule
    from .interviews import InterviewStage as InterviewStage
    from .job_postings import DescriptionPart as DescriptionPart
    from .job_postings import DescriptionParts as DescriptionParts
    from .job_postings import JobPosting as JobPosting
    from .job_postings import JobPostingCompensation as JobPostingCompensation
    from .job_postings import JobPostingLocationIds as JobPostingLocationIds
    from .jobs import CompensationComponent as CompensationComponent
    from .jobs import CompensationTier as CompensationTier
    from .jobs import Job as Job
    from .jobs import JobCompensation as JobCompensation
    from .jobs import Opening as Opening
    from .jobs import OpeningVersion as OpeningVersion
    from .metadata import ArchiveReason as ArchiveReason
    from .metadata import CloseReason as CloseReason
    from .metadata import CustomFieldDefinition as CustomFieldDefinition
    from .metadata import CustomFieldSelectableValue as CustomFieldSelectableValue
    from .metadata import Source as Source
    from .metadata import SourceType as SourceType
    from .metadata import Tag as Tag
    from .offers import Offer as Offer
    from .offers import OfferProcess as OfferProcess
    from .offers import OfferSalary as OfferSalary
    from .offers import OfferVersion as OfferVersion
    from .organization import Department as Department
    from .organization import HiringTeamMember as HiringTeamMember
    from .organization import HiringTeamRole as HiringTeamRole
    from .organization import Location as Location
    from .organization import LocationAddress as LocationAddress
    from .organization import PostalAddress as PostalAddress
    from .organization import User as User
    from .projects import Project as Project
    from .reports import Report as Report
    from .reports import ReportData as ReportData
    from .reports import ReportMetadata as ReportMetadata
    from .sourcing import EmailSender as EmailSender
    from .sourcing import Sequence as Sequence
    from .sourcing import SequenceStage as SequenceStage
    from .surveys import SurveyRequest as SurveyRequest
    from .surveys import SurveySubmission as SurveySubmission
    from .surveys import parse_submission as parse_submission
    from .webhooks import Webhook as Webhook

__all__ = [
    "MODELS",
    "AcceptanceStatus",
    "Acknowledgement",
    "ApiKeyInfo",
    "ApiVersion",
    "Application",
    "ApplicationCandidate",
    "ApplicationFormSubmission",
    "ApplicationHistoryEvent",
    "ApplicationJob",
    "Approval",
    "ApprovalDefinition",
    "ApprovalStep",
    "ApprovalStepDefinition",
    "Approver",
    "ArchiveReason",
    "AssessmentField",
    "Brand",
    "Candidate",
    "CandidateLocation",
    "ClientInfo",
    "CloseReason",
    "CommunicationTemplate",
    "CompensationComponent",
    "CompensationTier",
    "CompletedAssessment",
    "ContactInfo",
    "CriteriaEvaluation",
    "Criterion",
    "CustomField",
    "CustomFieldDefinition",
    "CustomFieldObjectType",
    "CustomFieldSelectableValue",
    "CustomFieldType",
    "DeletedApplication",
    "Department",
    "DescriptionPart",
    "DescriptionParts",
    "EmailAddress",
    "EmailMessage",
    "EmailSender",
    "Feedback",
    "FeedbackFormDefinition",
    "FeedbackSubmission",
    "File",
    "FileInfo",
    "FileUploadHandle",
    "FormDefinition",
    "FormField",
    "FormFieldEntry",
    "FormMessages",
    "FormSection",
    "FormSelectableValue",
    "FormSubmission",
    "FraudCheck",
    "FraudSignal",
    "HiringTeamMember",
    "HiringTeamRole",
    "Interview",
    "InterviewEvent",
    "InterviewPlan",
    "InterviewPlanActivity",
    "InterviewPlanStage",
    "InterviewSchedule",
    "InterviewStage",
    "InterviewStageGroup",
    "Interviewer",
    "InterviewerPause",
    "InterviewerPool",
    "InterviewerSettings",
    "Job",
    "JobBoard",
    "JobCompensation",
    "JobInterviewPlan",
    "JobPosting",
    "JobPostingCompensation",
    "JobPostingLocationIds",
    "JobTemplate",
    "Link",
    "Location",
    "LocationAddress",
    "LocationComponent",
    "Note",
    "NoteAuthor",
    "NotetakerTranscript",
    "Offer",
    "OfferForm",
    "OfferProcess",
    "OfferSalary",
    "OfferStatus",
    "OfferVersion",
    "Opening",
    "OpeningVersion",
    "PhoneNumber",
    "PoolMember",
    "PostalAddress",
    "Project",
    "Referral",
    "ReferralForm",
    "Report",
    "ReportData",
    "ReportMetadata",
    "Sequence",
    "SequenceStage",
    "Source",
    "SourceTrackingLink",
    "SourceType",
    "SurveyFormDefinition",
    "SurveyRequest",
    "SurveySubmission",
    "Tag",
    "TrainingPath",
    "TrainingStage",
    "User",
    "Webhook",
    "WebhookType",
    "parse_submission",
    "readable_value",
]


# Imported on first use (PEP 562), so that one call does not pay for the models of every other:
# a name's module (``._x``: of ashby_sdk; ``.x``: of this package).
_HOME: dict[str, str] = {
    "AcceptanceStatus": "._catalogue",
    "CustomFieldObjectType": "._catalogue",
    "CustomFieldType": "._catalogue",
    "OfferStatus": "._catalogue",
    "WebhookType": "._catalogue",
    "ApiKeyInfo": ".api_keys",
    "ApiVersion": ".api_keys",
    "Application": ".applications",
    "ApplicationCandidate": ".applications",
    "ApplicationHistoryEvent": ".applications",
    "ApplicationJob": ".applications",
    "DeletedApplication": ".applications",
    "Referral": ".applications",
    "Approval": ".approvals",
    "ApprovalDefinition": ".approvals",
    "ApprovalStep": ".approvals",
    "ApprovalStepDefinition": ".approvals",
    "Approver": ".approvals",
    "AssessmentField": ".approvals",
    "CompletedAssessment": ".approvals",
    "Brand": ".boards",
    "JobBoard": ".boards",
    "JobTemplate": ".boards",
    "SourceTrackingLink": ".boards",
    "Candidate": ".candidates",
    "CandidateLocation": ".candidates",
    "LocationComponent": ".candidates",
    "Note": ".candidates",
    "NoteAuthor": ".candidates",
    "ClientInfo": ".checks",
    "CriteriaEvaluation": ".checks",
    "Criterion": ".checks",
    "FraudCheck": ".checks",
    "FraudSignal": ".checks",
    "Acknowledgement": ".common",
    "ContactInfo": ".common",
    "CustomField": ".common",
    "EmailAddress": ".common",
    "File": ".common",
    "Link": ".common",
    "PhoneNumber": ".common",
    "CommunicationTemplate": ".communication",
    "EmailMessage": ".communication",
    "Feedback": ".feedback",
    "FileInfo": ".files",
    "FileUploadHandle": ".files",
    "ApplicationFormSubmission": ".form_definitions",
    "FeedbackFormDefinition": ".form_definitions",
    "FeedbackSubmission": ".form_definitions",
    "FormMessages": ".form_definitions",
    "OfferForm": ".form_definitions",
    "ReferralForm": ".form_definitions",
    "SurveyFormDefinition": ".form_definitions",
    "FormDefinition": ".forms",
    "FormField": ".forms",
    "FormFieldEntry": ".forms",
    "FormSection": ".forms",
    "FormSelectableValue": ".forms",
    "FormSubmission": ".forms",
    "readable_value": ".forms",
    "InterviewerPause": ".interviewers",
    "InterviewerPool": ".interviewers",
    "InterviewerSettings": ".interviewers",
    "InterviewPlanActivity": ".interviewers",
    "InterviewPlanStage": ".interviewers",
    "InterviewStageGroup": ".interviewers",
    "JobInterviewPlan": ".interviewers",
    "NotetakerTranscript": ".interviewers",
    "PoolMember": ".interviewers",
    "TrainingPath": ".interviewers",
    "TrainingStage": ".interviewers",
    "Interview": ".interviews",
    "Interviewer": ".interviews",
    "InterviewEvent": ".interviews",
    "InterviewPlan": ".interviews",
    "InterviewSchedule": ".interviews",
    "InterviewStage": ".interviews",
    "DescriptionPart": ".job_postings",
    "DescriptionParts": ".job_postings",
    "JobPosting": ".job_postings",
    "JobPostingCompensation": ".job_postings",
    "JobPostingLocationIds": ".job_postings",
    "CompensationComponent": ".jobs",
    "CompensationTier": ".jobs",
    "Job": ".jobs",
    "JobCompensation": ".jobs",
    "Opening": ".jobs",
    "OpeningVersion": ".jobs",
    "ArchiveReason": ".metadata",
    "CloseReason": ".metadata",
    "CustomFieldDefinition": ".metadata",
    "CustomFieldSelectableValue": ".metadata",
    "Source": ".metadata",
    "SourceType": ".metadata",
    "Tag": ".metadata",
    "Offer": ".offers",
    "OfferProcess": ".offers",
    "OfferSalary": ".offers",
    "OfferVersion": ".offers",
    "Department": ".organization",
    "HiringTeamMember": ".organization",
    "HiringTeamRole": ".organization",
    "Location": ".organization",
    "LocationAddress": ".organization",
    "PostalAddress": ".organization",
    "User": ".organization",
    "Project": ".projects",
    "Report": ".reports",
    "ReportData": ".reports",
    "ReportMetadata": ".reports",
    "EmailSender": ".sourcing",
    "Sequence": ".sourcing",
    "SequenceStage": ".sourcing",
    "SurveyRequest": ".surveys",
    "SurveySubmission": ".surveys",
    "parse_submission": ".surveys",
    "Webhook": ".webhooks",
}

_MODEL_NAMES = (
    "ApiVersion",
    "DeletedApplication",
    "EmailSender",
    "Sequence",
    "Acknowledgement",
    "ApplicationFormSubmission",
    "ApplicationHistoryEvent",
    "Approval",
    "ApprovalDefinition",
    "Brand",
    "ClientInfo",
    "CommunicationTemplate",
    "CompletedAssessment",
    "CriteriaEvaluation",
    "CustomField",
    "EmailMessage",
    "FeedbackFormDefinition",
    "FeedbackSubmission",
    "FileUploadHandle",
    "FraudCheck",
    "HiringTeamMember",
    "InterviewEvent",
    "InterviewStageGroup",
    "InterviewerPause",
    "InterviewerPool",
    "InterviewerSettings",
    "JobBoard",
    "JobInterviewPlan",
    "JobTemplate",
    "NotetakerTranscript",
    "OfferForm",
    "OfferProcess",
    "ReferralForm",
    "Report",
    "SourceTrackingLink",
    "SurveyFormDefinition",
    "SurveyRequest",
    "ApiKeyInfo",
    "Application",
    "ArchiveReason",
    "Candidate",
    "CloseReason",
    "CustomFieldDefinition",
    "Department",
    "Feedback",
    "FileInfo",
    "HiringTeamRole",
    "Interview",
    "InterviewPlan",
    "InterviewSchedule",
    "InterviewStage",
    "Job",
    "JobPosting",
    "Location",
    "Note",
    "Offer",
    "Opening",
    "Project",
    "Source",
    "SurveySubmission",
    "Tag",
    "User",
    "Webhook",
)

MODELS: dict[str, type[AshbyModel]]
"""Model class for each ``result=`` name of the API description."""


def __getattr__(name: str) -> Any:
    if name == "MODELS":
        value: Any = {n: __getattr__(n) for n in _MODEL_NAMES}
    elif name in _HOME:
        where = _HOME[name]
        module = import_module(where, "ashby_sdk" if where.startswith("._") else __name__)
        value = getattr(module, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
