"""Interviews, schedules, stages, plans, interviewer pools and feedback forms."""

from __future__ import annotations

from . import retry
from .model import Endpoint, Param, boolean, ident, moment, objects, read, string, strings, write
from .vocabulary import R_INT, R_META, W_INT, W_META

__all__ = ["ENDPOINTS"]

_POOL = ident("interviewerPoolId")

_INTERVIEWS: tuple[Endpoint, ...] = (
    read(
        "interview.list",
        (
            boolean("includeArchived"),
            boolean("includeNonSharedInterviews"),
            boolean("excludeArchivedScheduleTemplateInterviews"),
        ),
        "Interview",
        R_INT,
        paged=True,
        sync=True,
    ),
    read("interview.info", (ident("id", description="The interview's id."),), "Interview", R_INT),
    read(
        "interviewEvent.list",
        (ident("interviewScheduleId"), strings("expand", enum=("interview",)), moment("createdAfter", "epoch-ms")),
        "InterviewEvent",
        R_INT,
        paged=True,
        sync=True,
    ),
    read(
        "interviewSchedule.list",
        (
            string("applicationId", description="Only schedules of this application."),
            string("interviewStageId", description="Only schedules for this stage."),
            moment("createdAfter", "epoch-ms"),
        ),
        "InterviewSchedule",
        R_INT,
        paged=True,
        sync=True,
        note="There is no interviewSchedule.info; one schedule is found by listing.",
    ),
    write(
        "interviewSchedule.create",
        (
            ident("applicationId"),
            objects("interviewEvents", required=True, description="The events: [{startTime, endTime, interviewers}]."),
        ),
        "InterviewSchedule",
        W_INT,
        retry.EMAILS,
    ),
    write(
        "interviewSchedule.update",
        (
            ident("interviewScheduleId"),
            Param("interviewEvent", "any", description="An event to add (or, carrying its id, to change), or a list."),
            Param("interviewEventIdToCancel", "any", description="The id of an event to cancel, or a list of ids."),
            boolean("allowFeedbackDeletion"),
        ),
        "InterviewSchedule",
        W_INT,
        retry.EMAILS,
        one_of=(("interviewEvent", "interviewScheduleId"), ("interviewEventIdToCancel", "interviewScheduleId")),
        note="Send interviewEvent (one object or a list; with interviewEventId to update one) "
        "or interviewEventIdToCancel (an id or a list).",
    ),
    write(
        "interviewSchedule.cancel",
        (ident("id", description="The schedule's id."), boolean("allowReschedule")),
        "InterviewSchedule",
        W_INT,
        retry.EMAILS,
    ),
    read("interviewStage.list", (ident("interviewPlanId"),), "InterviewStage", R_INT, many=True),
    read("interviewStage.info", (ident("interviewStageId"),), "InterviewStage", R_INT),
    read("interviewStageGroup.list", (), "InterviewStageGroup", R_INT, many=True),
    read(
        "interviewPlan.list",
        (boolean("includeArchived"),),
        "InterviewPlan",
        R_INT,
        paged=True,
        sync=True,
        note="Published plans only; drafts are never returned.",
    ),
)

_POOLS_AND_FORMS: tuple[Endpoint, ...] = (
    read(
        "interviewerPool.list",
        (boolean("includeArchivedPools"), boolean("includeArchivedTrainingStages")),
        "InterviewerPool",
        R_META,
        paged=True,
        sync=True,
    ),
    read("interviewerPool.info", (_POOL,), "InterviewerPool", R_META),
    write(
        "interviewerPool.create",
        (string("title", required=True, description="The pool's title."), boolean("requiresTraining")),
        "InterviewerPool",
        W_META,
        retry.CREATES,
    ),
    write(
        "interviewerPool.update",
        (_POOL, string("title", description="The pool's new title."), boolean("requiresTraining")),
        "InterviewerPool",
        W_META,
        retry.METADATA,
    ),
    write("interviewerPool.archive", (_POOL,), "InterviewerPool", W_META, retry.METADATA),
    write("interviewerPool.restore", (_POOL,), "InterviewerPool", W_META, retry.METADATA),
    write(
        "interviewerPool.addUser",
        (_POOL, ident("userId"), string("interviewerPoolTrainingPathStageId")),
        "InterviewerPool",
        W_META,
        retry.NOTIFIES,
    ),
    write("interviewerPool.removeUser", (_POOL, ident("userId")), "InterviewerPool", W_META, retry.NOTIFIES),
    read("feedbackFormDefinition.info", (ident("feedbackFormDefinitionId"),), "FeedbackFormDefinition", R_META),
    read(
        "feedbackFormDefinition.list",
        (boolean("includeArchived"),),
        "FeedbackFormDefinition",
        R_META,
        paged=True,
        sync=True,
    ),
)

ENDPOINTS = _INTERVIEWS + _POOLS_AND_FORMS
