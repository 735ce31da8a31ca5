"""The organisation: API keys, departments, locations, users, hiring teams, webhooks, files, versions."""

from __future__ import annotations

from . import retry
from .model import Endpoint, boolean, ident, integer, moment, obj, read, string, write
from .vocabulary import (
    R_CAND,
    R_KEYS,
    R_ORG,
    W_CAND,
    W_KEYS,
    W_ORG,
    WEBHOOK_TYPES,
    WORKPLACE,
)

__all__ = ["ENDPOINTS"]

_DEPT = ident("departmentId")
_LOC = ident("locationId")
_USER = ident("userId")
_TEAM_MEMBER = (
    string("applicationId", description="The application whose hiring team to change."),
    string("jobId", description="The job whose hiring team to change."),
    string("openingId", description="The opening whose hiring team to change."),
    ident("teamMemberId", description="The user's id."),
    ident("roleId"),
)
_TEAM_ONE_OF = (
    ("applicationId", "roleId", "teamMemberId"),
    ("jobId", "roleId", "teamMemberId"),
    ("openingId", "roleId", "teamMemberId"),
)
_WEBHOOK = ident("webhookId")

_PEOPLE_AND_PLACES: tuple[Endpoint, ...] = (
    read("apiKey.info", (), "ApiKeyInfo", R_KEYS),
    read("department.list", (boolean("includeArchived"),), "Department", R_ORG, paged=True, sync=True),
    read("department.info", (_DEPT,), "Department", R_ORG),
    write(
        "department.create",
        (
            string("name", required=True, description="The department's name."),
            string("externalName"),
            string("parentId"),
            obj("extraData"),
        ),
        "Department",
        W_ORG,
        retry.CREATES,
    ),
    write("department.archive", (_DEPT,), "Department", W_ORG, retry.METADATA),
    write("department.restore", (_DEPT,), "Department", W_ORG, retry.METADATA),
    write(
        "department.move",
        (_DEPT, string("parentId", description="The id of the new parent department.")),
        "Department",
        W_ORG,
        retry.METADATA,
    ),
    write(
        "department.update",
        (_DEPT, string("name", description="The department's new name."), string("externalName"), obj("extraData")),
        "Department",
        W_ORG,
        retry.METADATA,
    ),
    read(
        "location.list",
        (boolean("includeArchived"), boolean("includeLocationHierarchy")),
        "Location",
        R_ORG,
        paged=True,
        sync=True,
        note="Regions (location hierarchies) only with includeLocationHierarchy.",
    ),
    read("location.info", (_LOC,), "Location", R_ORG),
    write(
        "location.create",
        (
            string("name", required=True, description="The location's name."),
            string(
                "type", required=True, enum=("Location", "LocationHierarchy"), description="A location or a region."
            ),
            obj("address"),
            string("parentLocationId"),
            boolean("isRemote"),
            string("workplaceType", enum=WORKPLACE),
            string("externalName"),
            obj("extraData"),
        ),
        "Location",
        W_ORG,
        retry.CREATES,
    ),
    write("location.archive", (_LOC,), "Location", W_ORG, retry.METADATA),
    write("location.restore", (_LOC,), "Location", W_ORG, retry.METADATA),
    write("location.move", (_LOC, ident("parentLocationHierarchyId")), "Location", W_ORG, retry.METADATA),
    write(
        "location.updateAddress",
        (_LOC, obj("address", required=True, description="The postal address.")),
        "Location",
        W_ORG,
        retry.METADATA,
    ),
    write(
        "location.updateName",
        (_LOC, string("name", required=True, description="The location's new name.")),
        "Location",
        W_ORG,
        retry.METADATA,
    ),
    write(
        "location.updateExternalName",
        (_LOC, string("externalName", nullable=True, description="The name shown externally; null clears it.")),
        "Location",
        W_ORG,
        retry.METADATA,
    ),
    write(
        "location.updateWorkplaceType",
        (_LOC, string("workplaceType", required=True, enum=WORKPLACE)),
        "Location",
        W_ORG,
        retry.METADATA,
        note="Replaced location.updateRemoteStatus, which Ashby removed on 2026-02-18.",
    ),
    read("user.list", (boolean("includeDeactivated"),), "User", R_ORG, paged=True, sync=True),
    read("user.info", (_USER,), "User", R_ORG),
    read(
        "user.search",
        (string("email", required=True, description="The user's email address."),),
        "User",
        R_ORG,
        many=True,
    ),
    read("user.interviewerSettings", (_USER,), "InterviewerSettings", R_ORG),
    write(
        "user.updateInterviewerSettings",
        (
            _USER,
            integer("dailyLimit", nullable=True, description="Interviews a day at most; null removes the limit."),
            integer("weeklyLimit", nullable=True, description="Interviews a week at most; null removes the limit."),
        ),
        "InterviewerSettings",
        W_ORG,
        retry.METADATA,
    ),
    write(
        "user.createInterviewerPause",
        (_USER, moment("startsAt", "date-time"), moment("endsAt", "date-time"), string("comment")),
        "InterviewerPause",
        W_ORG,
        retry.CREATES,
        note="One pause (active or scheduled) per user.",
    ),
    read("user.listInterviewerPauses", (_USER,), "InterviewerPause", R_ORG, many=True),
    write("user.deleteInterviewerPause", (ident("interviewerPauseId"),), "InterviewerPause", W_ORG, retry.METADATA),
    read("brand.list", (), "Brand", R_ORG, paged=True),
    read(
        "hiringTeamRole.list",
        (boolean("namesOnly"),),
        "HiringTeamRole",
        R_ORG,
        many=True,
        note="Returns plain strings unless namesOnly is false.",
    ),
    write(
        "hiringTeam.addMember",
        _TEAM_MEMBER,
        "HiringTeamMember",
        W_ORG,
        retry.NOTIFIES,
        one_of=_TEAM_ONE_OF,
        note="Exactly one of applicationId, jobId, openingId.",
    ),
    write(
        "hiringTeam.removeMember",
        _TEAM_MEMBER,
        "HiringTeamMember",
        W_ORG,
        retry.NOTIFIES,
        one_of=_TEAM_ONE_OF,
        note="Exactly one of applicationId, jobId, openingId.",
    ),
)

_KEYS_AND_FILES: tuple[Endpoint, ...] = (
    write(
        "webhook.create",
        (
            string("webhookType", required=True, enum=WEBHOOK_TYPES),
            string("requestUrl", required=True),
            string("secretToken", required=True),
        ),
        "Webhook",
        W_KEYS,
        retry.CREATES,
        note="Ashby sends a first `ping` delivery on creation.",
    ),
    read("webhook.info", (_WEBHOOK,), "Webhook", R_KEYS),
    write(
        "webhook.update",
        (_WEBHOOK, boolean("enabled"), string("requestUrl"), string("secretToken")),
        "Webhook",
        W_KEYS,
        (False, "can re-enable or re-point a webhook; whether Ashby pings the URL again is not documented"),
    ),
    write("webhook.delete", (_WEBHOOK,), "Webhook", W_KEYS, retry.METADATA),
    read(
        "file.info",
        (string("fileHandle", required=True, description="A file handle from a candidate or application."),),
        "FileInfo",
        R_CAND,
    ),
    write(
        "file.createFileUploadHandle",
        (
            string(
                "fileUploadContext",
                required=True,
                enum=("CandidateResume", "CandidateFiles", "ApplicationForm"),
                description="What the file will be attached to.",
            ),
            string("filename", required=True, description="The file's name."),
            string("contentType", required=True, description="The file's MIME type."),
            integer("contentLength", required=True, description="The file's size in bytes."),
        ),
        "FileUploadHandle",
        W_CAND,
        retry.CREATES,
        note="The presigned URL expires after 10 minutes.",
    ),
    read(
        "notetakerTranscript.info",
        (ident("notetakerTranscriptId"),),
        "NotetakerTranscript",
        "notetakerRead",
        note="Needs the AI Notetaker add-on; the transcript URL expires after 5 minutes.",
    ),
    read(
        "version.list",
        (),
        "ApiVersion",
        "",
        many=True,
        inferred=True,
        note="Added in 2026 (the reference page 'Versioning': 'The version.list endpoint can be used to retrieve "
        "available versions and their status'). Absent from the definition of May 2026: no parameters and a "
        "result of {version, status, ...} are inferred; no permission is documented.",
    ),
)

ENDPOINTS = _PEOPLE_AND_PLACES + _KEYS_AND_FILES
