"""Errors the emulator answers with, as Ashby does.

Business errors (unknown id, invalid input, expired sync token...) come back as
HTTP 200 with ``success: false``; authentication, permission, routing and
rate-limit problems carry a 4xx status. Codes are Ashby's where its reference
names them (``application_not_found``, ``invalid_input``, ``sync_token_expired``,
``sync_token_invalid``, ``next_cursor_expired``, ``invalid_next_cursor``,
``incremental_sync_too_large``, ``missing_endpoint_permission``). Codes marked
*inferred* below follow the same pattern where no reference page names them.
"""

from __future__ import annotations

__all__ = [
    "ApiError",
    "invalid_input",
    "not_found",
]

# The object kind -> the "<kind>_not_found" code Ashby answers an unknown id with.
# application_not_found and candidate_not_found are documented; the others follow the pattern (inferred).
_NOT_FOUND = {
    "application": "application_not_found",
    "archiveReason": "archive_reason_not_found",
    "candidate": "candidate_not_found",
    "customField": "custom_field_not_found",
    "department": "department_not_found",
    "file": "file_not_found",
    "interview": "interview_not_found",
    "interviewPlan": "interview_plan_not_found",
    "interviewStage": "interview_stage_not_found",
    "job": "job_not_found",
    "jobPosting": "job_posting_not_found",
    "location": "location_not_found",
    "offer": "offer_not_found",
    "project": "project_not_found",
    "source": "source_not_found",
    "tag": "tag_not_found",
    "user": "user_not_found",
    "webhook": "webhook_not_found",
}


class ApiError(Exception):
    """A failure answered as ``{"success": false, "errors": [code], "errorInfo": {...}}``."""

    def __init__(self, code: str, message: str, *, status: int = 200, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.headers = headers or {}


def not_found(kind: str, obj_id: object) -> ApiError:
    code = _NOT_FOUND.get(kind, f"{kind.lower()}_not_found")
    return ApiError(code, f"{kind} not found: {obj_id!r} - are you lacking permissions to read it?")


def invalid_input(message: str) -> ApiError:
    return ApiError("invalid_input", message)
