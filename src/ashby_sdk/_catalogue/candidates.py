"""``candidate.*`` and ``candidateTag.*``."""

from __future__ import annotations

from . import retry
from .model import Endpoint, Param, boolean, ident, moment, obj, objects, read, string, strings, write
from .vocabulary import R_CAND, R_META, W_CAND, W_META

__all__ = ["ENDPOINTS"]

_CREATED_AFTER = moment("createdAfter", "epoch-ms")
_CANDIDATE = ident("candidateId")

ENDPOINTS: tuple[Endpoint, ...] = (
    read("candidate.list", (_CREATED_AFTER,), "Candidate", R_CAND, paged=True, sync=True),
    read(
        "candidate.info",
        (string("id", description="The candidate's id."), string("externalMappingId")),
        "Candidate",
        R_CAND,
        one_of=(("id",), ("externalMappingId",)),
        note="Takes `id`, not `candidateId` (sending `candidateId` is invalid_input).",
    ),
    read(
        "candidate.search",
        (string("email", description="The email address to match."), string("name", description="The name to match.")),
        "Candidate",
        R_CAND,
        many=True,
        note="Not paginated; capped at about 100 results.",
    ),
    write(
        "candidate.create",
        (
            string("name", required=True, description="The candidate's full name."),
            string("email", description="The candidate's primary email address."),
            string("phoneNumber"),
            string("linkedInUrl"),
            string("githubUrl"),
            string("website"),
            strings("alternateEmailAddresses"),
            string("sourceId"),
            string("creditedToUserId"),
            obj("location", description="Where the candidate lives: {city, region, country}."),
            moment("createdAt", "date-time"),
        ),
        "Candidate",
        W_CAND,
        retry.CREATES,
    ),
    write(
        "candidate.update",
        (
            _CANDIDATE,
            string("name"),
            string("email"),
            string("phoneNumber"),
            string("linkedInUrl"),
            string("githubUrl"),
            string("websiteUrl"),
            string("alternateEmail"),
            objects("socialLinks", description="Every social link ([{type, url}]): replaces them all."),
            string("sourceId"),
            string("creditedToUserId"),
            obj("location", description="Where the candidate lives: {city, region, country}."),
            moment("createdAt", "date-time"),
            boolean("sendNotifications"),
        ),
        "Candidate",
        W_CAND,
        retry.NOTIFIES,
    ),
    write("candidate.addTag", (_CANDIDATE, ident("tagId")), "Candidate", W_CAND, retry.AUTOMATIONS),
    write("candidate.removeTag", (_CANDIDATE, ident("tagId")), "Candidate", W_CAND, retry.AUTOMATIONS),
    write(
        "candidate.createNote",
        (
            _CANDIDATE,
            Param("note", "any", True),
            boolean("sendNotifications"),
            boolean("isPrivate"),
            moment("createdAt", "date-time"),
        ),
        "Note",
        W_CAND,
        retry.CREATES,
        note="`note` is a string or {type: text/plain|text/html, value}.",
    ),
    read("candidate.listNotes", (_CANDIDATE,), "Note", R_CAND, paged=True, sync=True),
    write(
        "candidate.uploadResume",
        (_CANDIDATE, Param("resume", "file"), string("resumeHandle")),
        "Candidate",
        W_CAND,
        retry.ATTACHES,
        multipart=True,
        note="Multipart `resume` is deprecated by Ashby; the recommended form is JSON with a `resumeHandle` "
        "from file.createFileUploadHandle. Send one of the two.",
    ),
    write(
        "candidate.uploadFile",
        (_CANDIDATE, Param("file", "file"), string("fileHandle")),
        "Candidate",
        W_CAND,
        retry.ATTACHES,
        multipart=True,
        note="Multipart `file` is deprecated by Ashby; the recommended form is JSON with a `fileHandle` "
        "from file.createFileUploadHandle. Send one of the two.",
    ),
    write(
        "candidate.addEmailMessage",
        (
            _CANDIDATE,
            string("emailProviderEmailId", required=True),
            string("subject", required=True),
            string("from", required=True, description="The sender's address."),
            string("to", required=True, description="The recipients' addresses."),
            string("body", required=True, description="The email's body."),
            string("userId"),
            moment("sentAt", "date-time"),
            string("cc"),
            string("messageUrl"),
            string("messageIdHeader"),
            string("threadId"),
            boolean("isPrivate"),
        ),
        "EmailMessage",
        W_CAND,
        retry.CREATES,
    ),
    write("candidate.addProject", (_CANDIDATE, ident("projectId")), "Candidate", W_CAND, retry.AUTOMATIONS),
    write("candidate.removeProject", (_CANDIDATE, ident("projectId")), "Candidate", W_CAND, retry.AUTOMATIONS),
    write(
        "candidate.anonymize",
        (_CANDIDATE,),
        "Candidate",
        W_CAND,
        retry.DELETES,
        note="Irreversible; every application of the candidate must be Archived or Hired.",
    ),
    read("candidate.listClientInfo", (_CANDIDATE,), "ClientInfo", R_CAND, paged=True, sync=True),
    read("candidate.listFraudChecks", (_CANDIDATE,), "FraudCheck", R_CAND, paged=True),
    read("candidate.listProjects", (_CANDIDATE,), "Project", R_CAND, paged=True, sync=True),
    write(
        "candidate.setFraudStatus",
        (_CANDIDATE, string("fraudStatus", required=True, enum=("Fraudulent", "NotFraudulent", "Unsure"))),
        "Candidate",
        W_CAND,
        retry.AUTOMATIONS,
    ),
    read("candidateTag.list", (boolean("includeArchived"),), "Tag", R_META, paged=True, sync=True),
    write(
        "candidateTag.create",
        (string("title", required=True, description="The tag's title."),),
        "Tag",
        W_META,
        retry.FINDS_OR_CREATES,
        note="Answers the existing tag when one has this title.",
    ),
    write("candidateTag.archive", (ident("tagId"),), "Tag", W_META, retry.METADATA),
)
