"""Projects (talent pools), sourcing sequences and email senders.

Most of these endpoints came in Ashby's 2026 changelog, after the May 2026
definition: their parameters come from the reference pages where the search
corpus shows them, and are marked ``inferred`` where a name or shape was not
visible there.
"""

from __future__ import annotations

from . import retry
from .model import Endpoint, Param, boolean, ident, moment, obj, objects, read, string, write
from .vocabulary import R_CAND, R_JOBS, R_SOURCING, W_PROJECTS, W_SOURCING

__all__ = ["ENDPOINTS"]

_PROJECT = ident("projectId")
_SEQUENCE = ident("sequenceId", description="The id of the sequence enrollment.")
_DESCRIPTION = Param(
    "description", "object", nullable=True, description="The description: {type: text/plain|text/html, value}."
)
_PROJECT_STATE: tuple[bool, str] = (
    True,
    "sets an absolute state on a project (projects have no webhook type; the reference names no notification): a "
    "repeat leaves the same project; a repeated archive or restore may answer that it already happened",
)
_GA = "Generally available since 2026-09-21 (changelog 'Project Management Endpoints Generally Available')."
_SEQUENCES_GA = "Generally available since 2026-09-18 (changelog 'Sourcing Sequence Endpoints Generally Available')."

_PROJECTS: tuple[Endpoint, ...] = (
    read("project.list", (moment("createdAfter", "epoch-ms"),), "Project", R_CAND, paged=True, sync=True),
    read(
        "project.info",
        (_PROJECT,),
        "Project",
        R_JOBS,
        note="The definition names jobsRead here (project.list and project.search name candidatesRead); since "
        "2026-09-16 a dedicated project read access works too.",
    ),
    read(
        "project.search",
        (string("title", description="The title to match."),),
        "Project",
        R_CAND,
        many=True,
        note="Capped at 100 results.",
    ),
    write(
        "project.create",
        (
            string("title", required=True, description="The project's title."),
            _DESCRIPTION,
            boolean("confidential", description="Whether the project is confidential (default false)."),
        ),
        "Project",
        W_PROJECTS,
        retry.CREATES,
        note=f"Reference page project.create. {_GA}",
    ),
    write(
        "project.update",
        (_PROJECT, string("title", description="The project's new title."), _DESCRIPTION),
        "Project",
        W_PROJECTS,
        _PROJECT_STATE,
        note=f"Reference page project.update: omitted fields stay; null or empty description clears it. {_GA}",
    ),
    write(
        "project.archive",
        (_PROJECT,),
        "Project",
        W_PROJECTS,
        _PROJECT_STATE,
        inferred=True,
        note=f"Parameter and result inferred (no reference page in the corpus). {_GA}",
    ),
    write(
        "project.restore",
        (_PROJECT,),
        "Project",
        W_PROJECTS,
        _PROJECT_STATE,
        inferred=True,
        note=f"Parameter and result inferred (no reference page in the corpus). {_GA}",
    ),
    write(
        "project.setCustomFieldValue",
        (_PROJECT, ident("fieldId"), Param("fieldValue", "any", True, nullable=True)),
        "CustomField",
        W_PROJECTS,
        retry.WARNED,
        inferred=True,
        note="Reference page project.setCustomFieldValue: null clears an optional field; answers the entry. "
        f"Parameter names inferred from customField.setValue. {_GA}",
    ),
    write(
        "project.setCustomFieldValues",
        (_PROJECT, objects("values", required=True, description="The values to set: [{fieldId, fieldValue}].")),
        "CustomField",
        W_PROJECTS,
        retry.WARNED,
        many=True,
        inferred=True,
        note=f"Parameter names inferred from customField.setValues. {_GA}",
    ),
)

_SEQUENCES: tuple[Endpoint, ...] = (
    read(
        "sequence.list",
        (string("candidateId", description="Only this candidate's sequence enrollments."),),
        "Sequence",
        R_SOURCING,
        paged=True,
        sync=True,
        note=f"Reference page sequence.list: started and ended enrollments, incremental sync. {_SEQUENCES_GA}",
    ),
    read(
        "sequence.info",
        (_SEQUENCE,),
        "Sequence",
        R_SOURCING,
        inferred=True,
        note=f"Reference page sequence.info; the parameter name is inferred. {_SEQUENCES_GA}",
    ),
    write(
        "sequence.add",
        (
            ident("sequenceTemplateId", description="The reusable sourcing sequence to enroll the candidate in."),
            ident("candidateId"),
            boolean("start", required=True, description="True starts it at once (emails go out); false makes a draft."),
            string("applicationId", description="The application used to fill in the email tokens."),
            obj("from", description="The sender: {email} from emailSender.list (never a NoReply address)."),
        ),
        "Sequence",
        W_SOURCING,
        retry.EMAILS,
        inferred=True,
        note=f"Reference page sequence.add; parameter names inferred where the page hides them. {_SEQUENCES_GA}",
    ),
    write(
        "sequence.start",
        (_SEQUENCE,),
        "Sequence",
        W_SOURCING,
        retry.EMAILS,
        inferred=True,
        note=f"Reference page sequence.start: starts a draft (emails go out). {_SEQUENCES_GA}",
    ),
    write(
        "sequence.updateStage",
        (
            _SEQUENCE,
            ident("stageId", description="The id of the email stage to change."),
            string("subject", description="A plain-text subject replacing the stage's."),
            obj("body", description="An HTML body replacing the stage's: {type: text/html, value}."),
        ),
        "Sequence",
        W_SOURCING,
        retry.SEQUENCE_DRAFT,
        inferred=True,
        note=f"Reference page sequence.updateStage: at least one of subject or body. {_SEQUENCES_GA}",
    ),
    write(
        "sequence.discard",
        (_SEQUENCE,),
        "Sequence",
        W_SOURCING,
        retry.SEQUENCE_DRAFT,
        inferred=True,
        note=f"Changelog 2026-07-23: removes a not-started draft for good. {_SEQUENCES_GA}",
    ),
    write(
        "sequence.cancel",
        (_SEQUENCE,),
        "Sequence",
        W_SOURCING,
        (False, "stops a running sequence; whether Ashby notifies anyone on a cancel is not documented"),
        inferred=True,
        note="Changelog 2026-06-22 and 2026-07-22: also allowed with candidatesWrite, for compatibility.",
    ),
    read(
        "emailSender.list",
        (),
        "EmailSender",
        "",
        many=True,
        inferred=True,
        note="Changelog 2026-07-20 'Add Email Sender Discovery': the addresses the acting identity can send "
        f"from (Primary, PersonalAlias, OrganizationAlias, NoReply). No permission is documented. {_SEQUENCES_GA}",
    ),
)

ENDPOINTS = _PROJECTS + _SEQUENCES
