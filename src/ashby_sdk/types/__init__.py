"""Typed models of the objects the Ashby API returns.

Every model derives from :class:`~ashby_sdk._models.AshbyModel`: snake_case attributes read from Ashby's
camelCase names, unknown fields kept, the original dict in ``raw_data``. :data:`MODELS` maps each result
name used in the API description (``_catalogue.py``) to its class.
"""

from __future__ import annotations

from ashby_sdk._models import AshbyModel

from .api_keys import ApiKeyInfo as ApiKeyInfo
from .applications import Application as Application
from .applications import ApplicationCandidate as ApplicationCandidate
from .applications import ApplicationHistoryEvent as ApplicationHistoryEvent
from .applications import ApplicationJob as ApplicationJob
from .applications import Referral as Referral
from .candidates import Candidate as Candidate
from .candidates import CandidateLocation as CandidateLocation
from .candidates import LocationComponent as LocationComponent
from .candidates import Note as Note
from .candidates import NoteAuthor as NoteAuthor
from .common import ContactInfo as ContactInfo
from .common import CustomField as CustomField
from .common import EmailAddress as EmailAddress
from .common import File as File
from .common import Link as Link
from .common import PhoneNumber as PhoneNumber
from .feedback import Feedback as Feedback
from .files import FileInfo as FileInfo
from .forms import FormDefinition as FormDefinition
from .forms import FormField as FormField
from .forms import FormFieldEntry as FormFieldEntry
from .forms import FormSection as FormSection
from .forms import FormSelectableValue as FormSelectableValue
from .forms import FormSubmission as FormSubmission
from .forms import readable_value as readable_value
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
from .surveys import SurveySubmission as SurveySubmission
from .surveys import parse_submission as parse_submission
from .webhooks import Webhook as Webhook

__all__ = [
    "MODELS",
    "ApiKeyInfo",
    "Application",
    "ApplicationCandidate",
    "ApplicationHistoryEvent",
    "ApplicationJob",
    "ArchiveReason",
    "Candidate",
    "CandidateLocation",
    "CloseReason",
    "CompensationComponent",
    "CompensationTier",
    "ContactInfo",
    "CustomField",
    "CustomFieldDefinition",
    "CustomFieldSelectableValue",
    "Department",
    "DescriptionPart",
    "DescriptionParts",
    "EmailAddress",
    "Feedback",
    "File",
    "FileInfo",
    "FormDefinition",
    "FormField",
    "FormFieldEntry",
    "FormSection",
    "FormSelectableValue",
    "FormSubmission",
    "HiringTeamMember",
    "HiringTeamRole",
    "Interview",
    "InterviewEvent",
    "InterviewPlan",
    "InterviewSchedule",
    "InterviewStage",
    "Interviewer",
    "Job",
    "JobCompensation",
    "JobPosting",
    "JobPostingCompensation",
    "JobPostingLocationIds",
    "Link",
    "Location",
    "LocationAddress",
    "LocationComponent",
    "Note",
    "NoteAuthor",
    "Offer",
    "OfferSalary",
    "OfferVersion",
    "Opening",
    "OpeningVersion",
    "PhoneNumber",
    "PostalAddress",
    "Project",
    "Referral",
    "Source",
    "SourceType",
    "SurveySubmission",
    "Tag",
    "User",
    "Webhook",
    "parse_submission",
    "readable_value",
]

MODELS: dict[str, type[AshbyModel]] = {
    "ApiKeyInfo": ApiKeyInfo,
    "Application": Application,
    "ArchiveReason": ArchiveReason,
    "Candidate": Candidate,
    "CloseReason": CloseReason,
    "CustomFieldDefinition": CustomFieldDefinition,
    "Department": Department,
    "Feedback": Feedback,
    "FileInfo": FileInfo,
    "HiringTeamRole": HiringTeamRole,
    "Interview": Interview,
    "InterviewPlan": InterviewPlan,
    "InterviewSchedule": InterviewSchedule,
    "InterviewStage": InterviewStage,
    "Job": Job,
    "JobPosting": JobPosting,
    "Location": Location,
    "Note": Note,
    "Offer": Offer,
    "Opening": Opening,
    "Project": Project,
    "Source": Source,
    "SurveySubmission": SurveySubmission,
    "Tag": Tag,
    "User": User,
    "Webhook": Webhook,
}
"""Model class for each ``result=`` name of the API description."""
