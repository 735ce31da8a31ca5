"""Verify Ashby webhook signatures and read the events they carry.

Ashby signs every delivery with the secret token set on the webhook: the
``Ashby-Signature`` header is ``sha256=<hex HMAC-SHA256(secret, raw body)>``.
Verify against the *raw* request body, before parsing it::

    from ashby_sdk.webhooks import SignatureError, construct_event

    try:
        event = construct_event(request.body, request.headers.get("Ashby-Signature"), secret)
    except SignatureError:
        return 401
    if event.action == "candidateStageChange":
        ...

Each action has its own event class with typed accessors (``event.application``,
``event.job``, ``event.offer``...), parsed from ``data`` on first use; an action
this SDK does not know yet still arrives as a plain :class:`WebhookEvent`.
Verification needs only the standard library.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._exceptions import AshbyError

if TYPE_CHECKING:
    from ._models import AshbyModel
    from .types import Application, InterviewSchedule, Job, JobPosting, Offer, Opening, SurveySubmission

__all__ = [
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "ApplicationEvent",
    "CandidateDeleteEvent",
    "CandidateHireEvent",
    "CandidateMergeEvent",
    "InterviewScheduleEvent",
    "JobEvent",
    "JobPostingEvent",
    "OfferEvent",
    "OpeningEvent",
    "PingEvent",
    "SignatureError",
    "SurveySubmitEvent",
    "WebhookEvent",
    "construct_event",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER = "Ashby-Signature"
"""The header carrying the signature."""

_SCHEME = "sha256"


class SignatureError(AshbyError, ValueError):
    """A webhook delivery's signature is missing, malformed, of another algorithm, or wrong."""


@dataclass(frozen=True)
class WebhookEvent:
    """One verified webhook delivery: ``action`` (e.g. ``"applicationSubmit"``, ``"ping"``) and its ``data``."""

    action: str
    data: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    """The whole decoded body, as sent."""

    def _model(self, key: str, model_name: str) -> Any:
        from . import types  # models load only when an event is read

        model: type[AshbyModel] = getattr(types, model_name)
        value = self.data.get(key)
        return None if not isinstance(value, dict) else model.from_api(value)


class ApplicationEvent(WebhookEvent):
    """``applicationSubmit``, ``applicationUpdate``, ``candidateStageChange``, ``pushToHRIS``."""

    @property
    def application(self) -> Application | None:
        return self._model("application", "Application")  # type: ignore[no-any-return]


class CandidateHireEvent(ApplicationEvent):
    """``candidateHire``: the hired application and its offer."""

    @property
    def offer(self) -> Offer | None:
        return self._model("offer", "Offer")  # type: ignore[no-any-return]


class CandidateDeleteEvent(WebhookEvent):
    """``candidateDelete``: only the deleted candidate's id is sent."""

    @property
    def candidate_id(self) -> str | None:
        candidate = self.data.get("candidate")
        return candidate.get("id") if isinstance(candidate, dict) else None


class CandidateMergeEvent(WebhookEvent):
    """``candidateMerge``: the candidate merged away and the one it was merged into."""

    @property
    def deleted_candidate_id(self) -> str | None:
        value = self.data.get("deletedCandidate")
        return value.get("id") if isinstance(value, dict) else None

    @property
    def merged_candidate_id(self) -> str | None:
        value = self.data.get("mergedCandidate")
        return value.get("id") if isinstance(value, dict) else None


class InterviewScheduleEvent(WebhookEvent):
    """``interviewScheduleCreate``, ``interviewScheduleUpdate``."""

    @property
    def interview_schedule(self) -> InterviewSchedule | None:
        return self._model("interviewSchedule", "InterviewSchedule")  # type: ignore[no-any-return]


class JobEvent(WebhookEvent):
    """``jobCreate``, ``jobUpdate``."""

    @property
    def job(self) -> Job | None:
        return self._model("job", "Job")  # type: ignore[no-any-return]


class JobPostingEvent(WebhookEvent):
    """``jobPostingPublish``, ``jobPostingUpdate``, ``jobPostingUnpublish``."""

    @property
    def job_posting(self) -> JobPosting | None:
        return self._model("jobPosting", "JobPosting")  # type: ignore[no-any-return]


class OfferEvent(WebhookEvent):
    """``offerCreate``, ``offerUpdate``, ``offerDelete`` (the last carries only ``id`` and ``applicationId``)."""

    @property
    def offer(self) -> Offer | None:
        return self._model("offer", "Offer")  # type: ignore[no-any-return]


class OpeningEvent(WebhookEvent):
    """``openingCreate``."""

    @property
    def opening(self) -> Opening | None:
        return self._model("opening", "Opening")  # type: ignore[no-any-return]


class SurveySubmitEvent(WebhookEvent):
    """``surveySubmit`` (answers are left out for Diversity and EEOC surveys)."""

    @property
    def survey_submission(self) -> SurveySubmission | None:
        return self._model("surveySubmission", "SurveySubmission")  # type: ignore[no-any-return]


class PingEvent(WebhookEvent):
    """``ping``: sent once when a webhook is created."""


EVENT_TYPES: dict[str, type[WebhookEvent]] = {
    **dict.fromkeys(("applicationSubmit", "applicationUpdate", "candidateStageChange", "pushToHRIS"), ApplicationEvent),
    "candidateHire": CandidateHireEvent,
    "candidateDelete": CandidateDeleteEvent,
    "candidateMerge": CandidateMergeEvent,
    **dict.fromkeys(("interviewScheduleCreate", "interviewScheduleUpdate"), InterviewScheduleEvent),
    **dict.fromkeys(("jobCreate", "jobUpdate"), JobEvent),
    **dict.fromkeys(("jobPostingPublish", "jobPostingUpdate", "jobPostingUnpublish"), JobPostingEvent),
    **dict.fromkeys(("offerCreate", "offerUpdate", "offerDelete"), OfferEvent),
    "openingCreate": OpeningEvent,
    "surveySubmit": SurveySubmitEvent,
    "ping": PingEvent,
}
"""The event class of each action Ashby documents; any other action is a plain :class:`WebhookEvent`."""


def sign(payload: bytes, secret: str) -> str:
    """The ``Ashby-Signature`` header value Ashby would send for ``payload`` (handy in tests)."""
    return f"{_SCHEME}=" + hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def verify_signature(payload: bytes, signature_header: str | None, secret: str) -> None:
    """Check ``signature_header`` against the raw ``payload``; returns ``None`` when it matches.

    The comparison takes constant time. Raises :class:`SignatureError` saying
    whether the header is missing, malformed, of another algorithm than
    ``sha256``, or simply wrong (then the secret or the body differs from what
    Ashby signed: verify the raw bytes, not re-serialised JSON).
    """
    if not secret:
        raise SignatureError("no webhook secret given: pass the secret token set on the Ashby webhook")
    if not signature_header or not signature_header.strip():
        raise SignatureError(f"missing {SIGNATURE_HEADER} header: the request is not signed")
    scheme, sep, digest = signature_header.strip().partition("=")
    if not sep or not scheme or not digest:
        raise SignatureError(f"malformed {SIGNATURE_HEADER} header: expected 'sha256=<hex digest>'")
    if scheme.strip().lower() != _SCHEME:
        raise SignatureError(f"unsupported signature algorithm {scheme.strip()!r}: Ashby signs with sha256")
    digest = digest.strip().lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise SignatureError(f"malformed {SIGNATURE_HEADER} header: the sha256 digest must be 64 hex characters")
    expected = sign(payload, secret).partition("=")[2]
    if not hmac.compare_digest(expected, digest):
        raise SignatureError(
            "signature mismatch: the secret is wrong, or the body was changed (verify the raw bytes as received)"
        )


def construct_event(payload: bytes, signature_header: str | None, secret: str) -> WebhookEvent:
    """Verify the delivery (see :func:`verify_signature`) and return its typed event (see :data:`EVENT_TYPES`).

    Raises :class:`SignatureError` when the signature does not match, and
    :class:`ValueError` when a correctly signed body is not a JSON object with an ``action``.
    """
    verify_signature(payload, signature_header, secret)
    try:
        body = json.loads(payload)
    except ValueError as exc:
        raise ValueError(f"the webhook body is not JSON: {exc}") from None
    if not isinstance(body, dict) or not isinstance(body.get("action"), str):
        raise ValueError("the webhook body is not an object with an 'action'")
    data = body.get("data")
    event_type = EVENT_TYPES.get(body["action"], WebhookEvent)
    return event_type(action=body["action"], data=data if isinstance(data, dict) else {}, raw=body)
