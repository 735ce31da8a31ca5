"""What the mirror copies: each object type's table and the feed that fills it.

The body of each list asks for everything a mirror needs to see (archived and
deactivated objects, Draft jobs, role objects rather than names); whether a
list pages and takes a ``syncToken`` comes from the catalogue, so the two never
disagree. Child lists need one request per parent (history per application,
notes per candidate, events per interview schedule): the first run asks every
parent, later runs only the parents that changed (:data:`CHILDREN`). The
per-parent lists left out are in :data:`NOT_MIRRORED`, each with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._catalogue import ENDPOINTS
from .feeds import ChildFeed, Feed, ListFeed, PerParentFeed
from .tables import TABLES, TableSpec

__all__ = ["CHILDREN", "NOT_MIRRORED", "STREAMS", "Stream"]


@dataclass(frozen=True)
class Stream:
    """One object type: its table and its feed."""

    table: TableSpec
    feed: Feed

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def endpoint(self) -> str:
        return self.feed.endpoint

    @property
    def permission(self) -> str:
        return ENDPOINTS[self.endpoint].permission


def _list(endpoint: str, *parts: dict[str, Any]) -> ListFeed:
    spec = ENDPOINTS[endpoint]
    return ListFeed(endpoint, parts or ({},), paged=spec.paged, sync=spec.sync)


def _child(endpoint: str, param: str, parent: str) -> ChildFeed:
    return ChildFeed(endpoint, param, parent, paged=ENDPOINTS[endpoint].paged)


def _enum(endpoint: str, param: str) -> ListFeed:
    values = next(p.enum for p in ENDPOINTS[endpoint].params if p.name == param)
    return _list(endpoint, *({param: v} for v in values))


_ARCHIVED = {"includeArchived": True}
_FEEDS: dict[str, Feed] = {
    "candidates": _list("candidate.list"),
    "applications": _list("application.list"),
    "application_feedback": _list("applicationFeedback.list"),
    # job.list hides Draft jobs unless asked for every status.
    "jobs": _list("job.list", {"status": ["Draft", "Open", "Closed", "Archived"]}),
    "job_postings": _list("jobPosting.list"),
    "job_templates": _list("jobTemplate.list"),
    "job_boards": _list("jobBoard.list"),
    "openings": _list("opening.list"),
    "interview_plans": _list("interviewPlan.list", _ARCHIVED),
    "interview_stages": PerParentFeed(
        "interviewStage.list", "interviewPlanId", _list("interviewPlan.list", _ARCHIVED), "listing per interview plan"
    ),
    "interview_stage_groups": _list("interviewStageGroup.list"),
    "interviews": _list("interview.list", _ARCHIVED),
    "interview_schedules": _list("interviewSchedule.list"),
    "interviewer_pools": _list("interviewerPool.list", {"includeArchivedPools": True}),
    "offers": _list("offer.list"),
    "approvals": _list("approval.list"),
    "projects": _list("project.list"),
    "survey_submissions": _enum("surveySubmission.list", "surveyType"),
    "survey_requests": _enum("surveyRequest.list", "surveyType"),
    "survey_form_definitions": _list("surveyFormDefinition.list"),
    "feedback_form_definitions": _list("feedbackFormDefinition.list", _ARCHIVED),
    "users": _list("user.list", {"includeDeactivated": True}),
    "departments": _list("department.list", _ARCHIVED),
    "locations": _list("location.list", _ARCHIVED),
    "candidate_tags": _list("candidateTag.list", _ARCHIVED),
    "custom_fields": _list("customField.list", _ARCHIVED),
    "sources": _list("source.list", _ARCHIVED),
    "archive_reasons": _list("archiveReason.list", _ARCHIVED),
    "close_reasons": _list("closeReason.list", _ARCHIVED),
    # Plain role names unless namesOnly is false.
    "hiring_team_roles": _list("hiringTeamRole.list", {"namesOnly": False}),
    "application_hiring_team_roles": _list("applicationHiringTeamRole.list"),
    "brands": _list("brand.list"),
    "communication_templates": _list("communicationTemplate.list"),
    "source_tracking_links": _list("sourceTrackingLink.list", {"includeDisabled": True}),
    # Asked per parent, for the parents that changed (all of them the first time).
    "application_history": _child("application.listHistory", "applicationId", "applications"),
    "candidate_notes": _child("candidate.listNotes", "candidateId", "candidates"),
    "interview_events": _child("interviewEvent.list", "interviewScheduleId", "interview_schedules"),
}

STREAMS: dict[str, Stream] = {name: Stream(TABLES[name], feed) for name, feed in _FEEDS.items()}
"""Every mirrored object type, by table name, biggest lists first, child lists last."""

CHILDREN: dict[str, tuple[str, ...]] = {}
"""Parent stream -> the child streams asked for its objects that changed."""
for _name, _feed in _FEEDS.items():
    if isinstance(_feed, ChildFeed):
        CHILDREN[_feed.parent] = (*CHILDREN.get(_feed.parent, ()), _name)

NOT_MIRRORED: dict[str, str] = {
    "candidate.listClientInfo": "one request per candidate for device data (IP address, user agent): "
    "personal data with no use in hiring analytics",
    "candidate.listFraudChecks": "one request per candidate for fraud signals: a screening tool's output, "
    "read at the time of review, not history to analyse",
    "candidate.listProjects": "one request per candidate for sourcing-project membership; the projects "
    "themselves are mirrored",
    "application.listCriteriaEvaluations": "one request per application (doubling what applications cost) "
    "for AI-assisted screening output; ask it for the applications that need it",
    "user.listInterviewerPauses": "one request per user for scheduling availability, a present-tense "
    "setting rather than hiring data",
    "candidate.search": "a search, not a list",
    "job.search": "a search, not a list",
    "opening.search": "a search, not a list",
    "project.search": "a search, not a list",
    "user.search": "a search, not a list",
    "sequence.list": "added by Ashby in 2026 and needs the sourcing permission (not mirrored yet)",
    "emailSender.list": "the acting user's own sender addresses, not organisation data",
    "version.list": "the API's versions, not organisation data",
}
"""Read-only list endpoints of the catalogue the mirror leaves out, and why."""
