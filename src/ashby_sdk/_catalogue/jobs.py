"""``job.*``, job postings, boards and templates, and ``opening.*``."""

from __future__ import annotations

from . import retry
from .model import Endpoint, boolean, ident, moment, obj, objects, read, string, strings, write
from .vocabulary import EMPLOYMENT, JOB_STATUS, OPENING_STATE, R_JOBS, W_JOBS, WORKPLACE

__all__ = ["ENDPOINTS"]

_EXPAND_JOB = strings("expand", enum=("location", "openings"))
_UNPUBLISHED = boolean("includeUnpublishedJobPostingsIds")
_OPENING_ID = string("openingId", description="The opening's id.")
_TARGET_DATES = (moment("targetHireDate", "date"), moment("targetStartDate", "date"))

_JOBS: tuple[Endpoint, ...] = (
    read(
        "job.list",
        (
            moment("createdAfter", "epoch-ms"),
            strings("status", enum=JOB_STATUS, description="Only jobs with these statuses (Draft only when asked)."),
            moment("openedAfter", "epoch-ms"),
            moment("openedBefore", "epoch-ms"),
            moment("closedAfter", "epoch-ms"),
            moment("closedBefore", "epoch-ms"),
            _UNPUBLISHED,
            _EXPAND_JOB,
        ),
        "Job",
        R_JOBS,
        paged=True,
        sync=True,
        note="Leaves out Draft jobs unless `status` is given explicitly.",
    ),
    read("job.info", (ident("id", description="The job's id."), _UNPUBLISHED, _EXPAND_JOB), "Job", R_JOBS),
    write(
        "job.create",
        (
            string("title", required=True, description="The job's title."),
            ident("teamId", description="The id of the department (team) the job belongs to."),
            ident("locationId"),
            string("defaultInterviewPlanId"),
            string("jobTemplateId"),
            string("brandId"),
        ),
        "Job",
        W_JOBS,
        retry.CREATES,
        note="New jobs are drafts.",
    ),
    write(
        "job.setStatus",
        (ident("jobId"), string("status", required=True, enum=JOB_STATUS, description="The job's new status.")),
        "Job",
        W_JOBS,
        retry.WEBHOOKS,
        note="Draft -> Open/Archived, Open -> Closed, Closed -> Draft/Archived, Archived -> Draft.",
    ),
    write(
        "job.update",
        (
            ident("jobId"),
            string("title", description="The job's new title."),
            string("teamId", description="The id of the department (team) the job belongs to."),
            string("locationId"),
            string("defaultInterviewPlanId"),
            string("customRequisitionId"),
        ),
        "Job",
        W_JOBS,
        retry.WEBHOOKS,
    ),
    write(
        "job.updateCompensation",
        (ident("jobId"), objects("compensationTiers", required=True, description="Every tier: replaces them all.")),
        "Job",
        W_JOBS,
        retry.WEBHOOKS,
    ),
    read(
        "job.search",
        (string("title", description="The title to match."), string("requisitionId")),
        "Job",
        R_JOBS,
        many=True,
        note="Takes title and/or requisitionId.",
    ),
    read("jobBoard.list", (), "JobBoard", R_JOBS, many=True),
    read("jobInterviewPlan.info", (ident("jobId"),), "JobInterviewPlan", R_JOBS),
    read(
        "jobPosting.list",
        (
            string("location", description="Only postings at this location (by name)."),
            string("department", description="Only postings of this department (by name)."),
            boolean("listedOnly"),
            string("jobBoardId"),
        ),
        "JobPosting",
        R_JOBS,
        many=True,
        note="Not paginated: results hold every posting.",
    ),
    read(
        "jobPosting.info",
        (ident("jobPostingId"), string("jobBoardId"), strings("expand", enum=("job",))),
        "JobPosting",
        R_JOBS,
    ),
    write(
        "jobPosting.update",
        (
            ident("jobPostingId"),
            string("title", description="The posting's new title."),
            string("workplaceType", enum=WORKPLACE),
            boolean(
                "suppressDescriptionOpening",
                nullable=True,
                description="Hide the standard opening text (null is accepted and meaningful).",
            ),
            boolean(
                "suppressDescriptionClosing",
                nullable=True,
                description="Hide the standard closing text (null is accepted and meaningful).",
            ),
            obj("description", description="The posting's description: {type: text/html, content}."),
        ),
        "JobPosting",
        W_JOBS,
        retry.WEBHOOKS,
    ),
    read("jobTemplate.list", (strings("expand", enum=("location",)),), "JobTemplate", R_JOBS, paged=True, sync=True),
)

_OPENINGS: tuple[Endpoint, ...] = (
    read("opening.list", (moment("createdAfter", "epoch-ms"),), "Opening", R_JOBS, paged=True, sync=True),
    read("opening.info", (ident("openingId"),), "Opening", R_JOBS),
    read("opening.search", (string("identifier", required=True),), "Opening", R_JOBS, many=True),
    write(
        "opening.create",
        (
            string("identifier"),
            string("description"),
            string("teamId", description="The id of the department (team)."),
            strings("locationIds"),
            strings("jobIds"),
            *_TARGET_DATES,
            boolean("isBackfill"),
            string("employmentType", enum=EMPLOYMENT),
            string("openingState", enum=OPENING_STATE),
        ),
        "Opening",
        W_JOBS,
        retry.CREATES,
    ),
    write("opening.addJob", (ident("openingId"), ident("jobId")), "Opening", W_JOBS, retry.AUTOMATIONS),
    write("opening.removeJob", (ident("openingId"), ident("jobId")), "Opening", W_JOBS, retry.AUTOMATIONS),
    write("opening.addLocation", (ident("openingId"), ident("locationId")), "Opening", W_JOBS, retry.AUTOMATIONS),
    write("opening.removeLocation", (ident("openingId"), ident("locationId")), "Opening", W_JOBS, retry.AUTOMATIONS),
    write(
        "opening.setOpeningState",
        (_OPENING_ID, string("openingState", enum=OPENING_STATE), string("closeReasonId")),
        "Opening",
        W_JOBS,
        retry.NOTIFIES,
        note="The definition marks nothing required; the typed method still requires opening_id.",
    ),
    write(
        "opening.setArchived",
        (_OPENING_ID, boolean("archive")),
        "Opening",
        W_JOBS,
        retry.AUTOMATIONS,
        note="The definition marks nothing required; the typed method still requires opening_id.",
    ),
    write(
        "opening.update",
        (
            _OPENING_ID,
            string("identifier"),
            string("description"),
            string("teamId", description="The id of the department (team)."),
            *_TARGET_DATES,
            boolean("isBackfill"),
            string("employmentType", enum=EMPLOYMENT),
        ),
        "Opening",
        W_JOBS,
        retry.AUTOMATIONS,
        note="The definition marks nothing required; the typed method still requires opening_id.",
    ),
)

ENDPOINTS = _JOBS + _OPENINGS
