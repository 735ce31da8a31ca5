"""Form definitions (feedback, survey and referral forms) and the answers to form submissions."""

from __future__ import annotations

from ashby_sdk._models import AshbyModel

from .forms import FormDefinition, FormSubmission

__all__ = [
    "ApplicationFormSubmission",
    "FeedbackFormDefinition",
    "FeedbackSubmission",
    "FormMessages",
    "OfferForm",
    "ReferralForm",
    "SurveyFormDefinition",
]


class _NamedForm(AshbyModel):
    id: str | None = None
    organization_id: str | None = None
    title: str | None = None
    is_archived: bool | None = None
    is_default_form: bool | None = None
    form_definition: FormDefinition | None = None
    """The form's sections and fields."""


class ReferralForm(_NamedForm):
    """The organisation's default referral form, from ``referralForm.info``."""


class FeedbackFormDefinition(_NamedForm):
    """An interview feedback form (scorecard), from ``feedbackFormDefinition.list`` / ``.info``."""

    interview_id: str | None = None
    """The interview the form belongs to."""


class SurveyFormDefinition(_NamedForm):
    """A survey form, from ``surveyFormDefinition.list`` / ``.info``."""

    survey_type: str | None = None
    """Known values: ``CandidateDataConsent``, ``CandidateExperience``, ``Diversity``, ``EEOC``, ``Questionnaire``."""


class FeedbackSubmission(AshbyModel):
    """The answer to ``applicationFeedback.submit``."""

    submitted_form_instance: FormSubmission | None = None


class FormMessages(AshbyModel):
    """Whether an application form submission was blocked by application limits."""

    blocked: bool | None = None
    block_message_for_candidate_html: str | None = None
    """What to show the candidate; none means do not tell them."""


class ApplicationFormSubmission(AshbyModel):
    """The answer to ``applicationForm.submit``: the submitted form and whether it was blocked."""

    submitted_form_instance: FormSubmission | None = None
    form_messages: FormMessages | None = None


class OfferForm(AshbyModel):
    """An offer version form to fill in and send to ``offer.create``, from ``offer.start``."""

    id: str | None = None
    """Pass as ``offerFormId`` to ``offer.create``."""
    form_definition: FormDefinition | None = None
