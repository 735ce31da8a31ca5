"""The MCP server: the tools, their descriptions and hints, and how a failure reaches the model.

Built on the official SDK's ``MCPServer``: each tool is a typed function (its
input schema comes from the signature) that returns a ``CallToolResult`` with
the answer twice, as compact JSON text for the model and as structured
content for the client application. Every failure becomes a tool error of one
sentence (redacted like answers); a bug is logged with its traceback on the
server's stderr and reported to the model without its details.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field, ValidationError

from . import _lists, _sql, _stories, _writes
from ._backend import Backend, Call
from ._errors import explain
from ._redact import redact_text

__all__ = ["INSTRUCTIONS", "build_server"]

log = logging.getLogger("ashby_sdk.mcp")

Result = Annotated[CallToolResult, dict[str, Any]]
Cursor = Annotated[str | None, Field(description="next_cursor of the previous page, to get the next one.")]
Limit = Annotated[int | None, Field(description="Items per page (default and maximum: see the status tool).", ge=1)]

INSTRUCTIONS = (
    "Ashby ATS data: candidates, applications, jobs and their pipelines, interviews, feedback, notes and offers. "
    "Find ids with find_candidates, list_applications, list_jobs or lookup, then follow them with get_candidate, "
    "get_application or job_pipeline. Lists are paged: pass next_cursor back to get more. Every answer says where "
    "its data came from (source) and how old it is (data_as_of, data_age)."
)

_READ = ToolAnnotations(read_only_hint=True, open_world_hint=False)
_COMMON = (
    " Answers are compact JSON with ids for follow-up calls; a list answers one page (items, next_cursor: pass it "
    "back as cursor for the next page, null at the end). Each answer starts with source (mirror or live API), "
    "data_as_of and data_age."
)


class _Server(MCPServer):
    """``MCPServer`` with arguments the schema refuses reported in one line (pydantic's text is a page)."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if not isinstance(cause, ValidationError):
                raise
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'arguments'}: {err['msg']}" for err in cause.errors()
            )
            raise ToolError(f"Error executing tool {name}: invalid arguments: {problems}") from cause


def build_server(backend: Backend) -> MCPServer:
    """The MCP server answering from ``backend``; the write tools only when its settings allow writes."""
    from .. import __version__

    server: MCPServer = _Server(
        "ashby", title="Ashby ATS", instructions=INSTRUCTIONS, version=__version__, log_level="WARNING"
    )

    def run(tool: str, body: Callable[[Call], dict[str, Any]]) -> CallToolResult:
        call = backend.call(tool)
        try:
            answer = call.answer(body(call))
        except Exception as exc:
            message = explain(exc)
            if message is None:
                log.exception("tool %s failed", tool)
                message = f"internal error in {tool} (a bug in ashby-sdk; the server's log has the details)"
            raise ToolError(redact_text(message) if backend.settings.redact else message) from None
        text = json.dumps(answer, ensure_ascii=False, separators=(",", ":"), default=str)
        return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=answer)

    @server.tool(
        annotations=_READ,
        description="What this server answers from (mirror or live API), how fresh each "
        "mirrored table is, its page and size limits, and whether writes and redaction are on.",
    )
    def status() -> Result:
        return run("status", _stories.status)

    @server.tool(
        annotations=_READ,
        description="Find candidates by name (any part of it, any case), email (exact), tag (title or id), job "
        "(title or id), current stage (title or id, e.g. 'Onsite') and application status (Active, Hired, Archived, "
        "Lead). Every filter given must match. With job, stage or status, each candidate comes with the "
        "applications that match." + _COMMON,
    )
    def find_candidates(
        name: Annotated[str | None, Field(description="Text within the candidate's name.")] = None,
        email: Annotated[str | None, Field(description="An email address of the candidate (exact).")] = None,
        tag: Annotated[str | None, Field(description="A candidate tag's title or id.")] = None,
        job: Annotated[str | None, Field(description="A job's title or id: candidates who applied to it.")] = None,
        stage: Annotated[
            str | None, Field(description="The application's current interview stage, title or id.")
        ] = None,
        status: Annotated[str | None, Field(description="Application status: Active, Hired, Archived or Lead.")] = None,
        cursor: Cursor = None,
        limit: Limit = None,
    ) -> Result:
        return run("find_candidates", lambda c: _lists.find_candidates(
            c, name=name, email=email, tag=tag, job=job, stage=stage, status=status, cursor=cursor,
            limit=limit))  # fmt: skip

    @server.tool(
        annotations=_READ,
        description="A candidate's whole story by id: profile (emails, phones, position, tags, source, links, custom "
        "fields), every application with its current stage, stage history (when each stage was entered and left), "
        "feedback (who, when, recommendation), interviews and offers, and the notes about them (newest first). "
        "Inner lists show at most 10 entries, with their totals." + _COMMON,
    )
    def get_candidate(candidate_id: Annotated[str, Field(description="The candidate's id.")]) -> Result:
        return run("get_candidate", lambda c: _stories.get_candidate(c, candidate_id=candidate_id))

    @server.tool(
        annotations=_READ,
        description="One application's story by id: candidate, job, current stage and status, stage history, "
        "feedback, interviews and offers." + _COMMON,
    )
    def get_application(application_id: Annotated[str, Field(description="The application's id.")]) -> Result:
        return run("get_application", lambda c: _stories.get_application(c, application_id=application_id))

    @server.tool(
        annotations=_READ,
        description="List applications by job (title or id), current stage (title or id), status (Active, Hired, "
        "Archived, Lead) and candidate id, ordered by candidate name, each with its feedback count. feedback='none' "
        "keeps only applications with no feedback submitted yet, 'some' only those with some. total is the number "
        "of matches." + _COMMON,
    )
    def list_applications(
        job: Annotated[str | None, Field(description="A job's title or id.")] = None,
        stage: Annotated[str | None, Field(description="Current interview stage, title or id.")] = None,
        status: Annotated[str | None, Field(description="Active, Hired, Archived or Lead.")] = None,
        candidate_id: Annotated[str | None, Field(description="Only this candidate's applications.")] = None,
        feedback: Annotated[Literal["any", "none", "some"], Field(description="Filter on submitted feedback.")] = "any",
        cursor: Cursor = None,
        limit: Limit = None,
    ) -> Result:
        return run("list_applications", lambda c: _lists.list_applications(
            c, job=job, stage=stage, status=status, candidate_id=candidate_id, feedback=feedback, cursor=cursor,
            limit=limit))  # fmt: skip

    @server.tool(
        annotations=_READ,
        description="List jobs by status (Open by default; Draft, Closed, Archived, or 'any') and text in the title, "
        "with department, location and hiring team." + _COMMON,
    )
    def list_jobs(
        status: Annotated[str, Field(description="Open, Draft, Closed, Archived, or 'any'.")] = "Open",
        title: Annotated[str | None, Field(description="Text within the job's title.")] = None,
        cursor: Cursor = None,
        limit: Limit = None,
    ) -> Result:
        wanted = None if status.strip().lower() == "any" else status.strip()
        return run("list_jobs", lambda c: _lists.list_jobs(c, status=wanted, title=title, cursor=cursor, limit=limit))

    @server.tool(
        annotations=_READ,
        description="A job's pipeline (job by title or id): every stage of its interview plan in order with the "
        "applications there now (and how many are active), applications by status, and, from a mirror, how many "
        "applications ever reached each stage and the average days spent in it. Use list_applications with the "
        "job and a stage for the people." + _COMMON,
    )
    def job_pipeline(job: Annotated[str, Field(description="The job's title or id.")]) -> Result:
        return run("job_pipeline", lambda c: _stories.job_pipeline(c, job=job))

    @server.tool(
        annotations=_READ,
        description="Interview events in a time window, soonest first: from start_after (default: now) to "
        "start_before (default: no end), optionally for one job (title or id) or candidate id; each with the "
        "interview, interviewers, candidate, job, stage and whether feedback is in. Times are ISO 8601 (a date "
        "alone means its midnight UTC)." + _COMMON,
    )
    def upcoming_interviews(
        start_after: Annotated[str | None, Field(description="ISO 8601 date or time; default now.")] = None,
        start_before: Annotated[str | None, Field(description="ISO 8601 date or time; default none.")] = None,
        job: Annotated[str | None, Field(description="A job's title or id.")] = None,
        candidate_id: Annotated[str | None, Field(description="Only this candidate's interviews.")] = None,
        cursor: Cursor = None,
        limit: Limit = None,
    ) -> Result:
        return run("upcoming_interviews", lambda c: _lists.upcoming_interviews(
            c, start_after=start_after, start_before=start_before, job=job, candidate_id=candidate_id, cursor=cursor,
            limit=limit))  # fmt: skip

    @server.tool(
        annotations=_READ,
        description="Offers, newest first, by offer status (e.g. WaitingOnCandidateResponse, CandidateAccepted, "
        "CandidateRejected), acceptance status (Accepted, Declined, Pending) and job (title or id); each with its "
        "candidate, job, start date and salary." + _COMMON,
    )
    def list_offers(
        status: Annotated[str | None, Field(description="The offer's status.")] = None,
        acceptance: Annotated[str | None, Field(description="Accepted, Declined or Pending.")] = None,
        job: Annotated[str | None, Field(description="A job's title or id.")] = None,
        cursor: Cursor = None,
        limit: Limit = None,
    ) -> Result:
        return run("list_offers", lambda c: _lists.list_offers(
            c, status=status, acceptance=acceptance, job=job, cursor=cursor, limit=limit))  # fmt: skip

    @server.tool(
        annotations=_READ,
        description="Reference lists with ids and names: tags, users, sources, archive_reasons, departments, "
        "locations, interviews; optionally only those whose name contains text." + _COMMON,
    )
    def lookup(
        kind: Annotated[
            Literal["tags", "users", "sources", "archive_reasons", "departments", "locations", "interviews"],
            Field(description="Which list."),
        ],
        text: Annotated[str | None, Field(description="Text within the name.")] = None,
        cursor: Cursor = None,
        limit: Limit = None,
    ) -> Result:
        return run("lookup", lambda c: _lists.lookup(c, kind=kind, text=text, cursor=cursor, limit=limit))

    if backend.db is not None:
        db = backend.db
        limits = f" At most {backend.settings.sql_max_rows} rows, {backend.settings.sql_timeout:g} s."

        @server.tool(
            annotations=_READ,
            description="Run ONE read-only SQL statement (SELECT or WITH ... SELECT) over the mirror and get its "
            "columns and rows; anything else is refused and the database is opened read-only."
            + limits
            + " "
            + _sql.schema_description(db.dialect),
        )
        def query_mirror(
            sql: Annotated[str, Field(description="One SELECT statement.")],
            max_rows: Annotated[int | None, Field(description="At most this many rows.", ge=1)] = None,
        ) -> Result:
            return run("query_mirror", lambda c: _sql.query_mirror(c, db, sql=sql, max_rows=max_rows))

    if backend.settings.allow_writes:
        _register_writes(server, run)
    return server


def _register_writes(server: MCPServer, run: Callable[[str, Callable[[Call], dict[str, Any]]], CallToolResult]) -> None:
    once = " Sent once: if the answer is an error about the network or Ashby failing, check before trying again."

    @server.tool(
        annotations=ToolAnnotations(
            read_only_hint=False, destructive_hint=True, idempotent_hint=False, open_world_hint=True
        ),
        description="WRITES TO ASHBY: moves an application to another interview stage of its plan "
        "(application.changeStage). Ashby runs the stage's automatic activities, which can email the candidate or "
        "interviewers. A stage of type Archived archives the application and needs archive_reason." + once,
    )
    def move_application_stage(
        application_id: Annotated[str, Field(description="The application's id.")],
        stage: Annotated[str, Field(description="The target stage: its title in the application's plan, or its id.")],
        archive_reason: Annotated[str | None, Field(description="For an Archived stage: reason text or id.")] = None,
    ) -> Result:
        return run("move_application_stage", lambda c: _writes.move_application_stage(
            c, application_id=application_id, stage=stage, archive_reason=archive_reason))  # fmt: skip

    @server.tool(
        annotations=ToolAnnotations(
            read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=False
        ),
        description="WRITES TO ASHBY: adds a note to a candidate's profile (candidate.createNote), visible to the "
        "hiring team, without notifications. Calling it twice adds two notes." + once,
    )
    def add_candidate_note(
        candidate_id: Annotated[str, Field(description="The candidate's id.")],
        text: Annotated[str, Field(description="The note, as plain text.")],
    ) -> Result:
        return run("add_candidate_note", lambda c: _writes.add_candidate_note(c, candidate_id=candidate_id, text=text))

    @server.tool(
        annotations=ToolAnnotations(
            read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=False
        ),
        description="WRITES TO ASHBY: adds an existing tag (title or id; see lookup kind=tags) to a candidate "
        "(candidate.addTag). Tagging may trigger automations set up in Ashby." + once,
    )
    def add_candidate_tag(
        candidate_id: Annotated[str, Field(description="The candidate's id.")],
        tag: Annotated[str, Field(description="The tag's title or id.")],
    ) -> Result:
        return run("add_candidate_tag", lambda c: _writes.add_candidate_tag(c, candidate_id=candidate_id, tag=tag))
