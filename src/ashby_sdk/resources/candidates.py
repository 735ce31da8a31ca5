"""``candidate.*``: candidates, their tags and their files."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from .._catalogue import snake
from .._exceptions import AshbyArgumentError
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, epoch_ms, iso_time
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Candidate, ClientInfo, EmailMessage, FraudCheck, Note, Project
from .files import FileInput, file_part

__all__ = ["AsyncCandidates", "Candidates"]


# <unasync>
class AsyncCandidates(AsyncAPIResource):
    """Candidates (``candidate.list``, ``candidate.info``, ``candidate.search``, ``candidate.addTag``, ...)."""

    def iter(self, *, limit: int | None = None, created_after: datetime | int | None = None) -> AsyncPager[Candidate]:
        """Every candidate (created after a moment when given), lazily, one page (``limit`` objects, at most 100)
        per request."""
        return self._pager("candidate.list", {"createdAfter": epoch_ms(created_after)}, Candidate, limit=limit)

    list = async_collect(
        iter, "Every candidate, fetched page by page into one list. Prefer :meth:`iter` for large organisations."
    )

    def sync(self, sync_token: str | None = None, *, limit: int | None = None) -> AsyncPager[Candidate]:
        """Candidates changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained.

        Raises :class:`AshbySyncTokenExpiredError` when the token is too old.
        """
        return self._pager("candidate.list", {"syncToken": sync_token}, Candidate, limit=limit)

    async def get(self, candidate_id: str) -> Candidate:
        """One candidate by id (``candidate.info``, which takes ``id``)."""
        return await self.info(id=check_id("candidate_id", candidate_id))

    async def search(self, *, email: str | None = None, name: str | None = None) -> builtins.list[Candidate]:
        """Candidates matching ``email`` and/or ``name`` (both: AND). Not paged; Ashby caps it near 100."""
        if email is None and name is None:
            raise AshbyArgumentError("candidate.search needs email=, name= or both")
        pager = self._pager("candidate.search", {"email": email, "name": name}, Candidate)
        return await pager.to_list()

    async def add_tag(self, candidate_id: str, tag_id: str) -> Candidate:
        """Tag a candidate; returns the candidate with its tags."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return await self._call("candidate.addTag", body, Candidate)

    async def remove_tag(self, candidate_id: str, tag_id: str) -> Candidate:
        """Remove a tag from a candidate; returns the candidate."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return await self._call("candidate.removeTag", body, Candidate)

    async def create(
        self,
        *,
        name: str,
        email: str | None = None,
        phone_number: str | None = None,
        linked_in_url: str | None = None,
        github_url: str | None = None,
        website: str | None = None,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        alternate_email_addresses: Sequence[str] | None = None,
        location: dict[str, Any] | None = None,
        created_at: datetime | str | None = None,
    ) -> Candidate:
        """Create a candidate (``location``: ``{city, region, country}``). Not retried on server errors (it
        is not idempotent)."""
        body = {
            "alternateEmailAddresses": alternate_email_addresses,
            "location": location,
            "createdAt": iso_time(created_at),
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "website": website,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
        }
        return await self._call("candidate.create", body, Candidate)

    async def update(
        self,
        candidate_id: str,
        *,
        name: str | None = None,
        email: str | None = None,
        phone_number: str | None = None,
        linked_in_url: str | None = None,
        github_url: str | None = None,
        website_url: str | None = None,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        send_notifications: bool | None = None,
        alternate_email: str | None = None,
        social_links: Sequence[dict[str, Any]] | None = None,
        location: dict[str, Any] | None = None,
        created_at: datetime | str | None = None,
    ) -> Candidate:
        """Change a candidate's fields (only those given); returns the candidate as it is now.

        ``social_links`` (``[{type, url}]``) replaces every social link, and then the URL arguments are ignored.
        """
        body = {
            "alternateEmail": alternate_email,
            "socialLinks": social_links,
            "location": location,
            "createdAt": iso_time(created_at),
            "candidateId": check_id("candidate_id", candidate_id),
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "websiteUrl": website_url,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "sendNotifications": send_notifications,
        }
        return await self._call("candidate.update", body, Candidate)

    async def info(self, *, id: str | None = None, external_mapping_id: str | None = None) -> Candidate:
        """One candidate by id, or by the id an external system (an HRIS) gave them."""
        return await self._call("candidate.info", {"id": id, "externalMappingId": external_mapping_id}, Candidate)

    async def create_note(
        self,
        *,
        candidate_id: str,
        note: str | dict[str, str],
        send_notifications: bool | None = None,
        is_private: bool | None = None,
        created_at: datetime | str | None = None,
    ) -> Note:
        """Post a note on a candidate: ``note`` is plain text, or ``{"type": "text/html", "value": ...}``
        (Ashby keeps b, i, u, a, lists, code and pre, and strips other elements). Returns the note."""
        return await self._call(
            "candidate.createNote",
            {
                "candidateId": candidate_id,
                "note": note,
                "sendNotifications": send_notifications,
                "isPrivate": is_private,
                "createdAt": iso_time(created_at),
            },
            Note,
        )

    def list_notes(self, *, candidate_id: str, limit: int | None = None) -> AsyncPager[Note]:
        """The notes on a candidate, lazily."""
        return self._pager("candidate.listNotes", {"candidateId": candidate_id}, Note, limit=limit)

    def sync_notes(
        self, sync_token: str | None = None, *, candidate_id: str, limit: int | None = None
    ) -> AsyncPager[Note]:
        """Like :meth:`list_notes`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "candidate.listNotes", {"candidateId": candidate_id, "syncToken": sync_token}, Note, limit=limit
        )

    async def add_email_message(
        self,
        *,
        candidate_id: str,
        email_provider_email_id: str,
        subject: str,
        from_: str,
        to: str,
        body: str,
        user_id: str | None = None,
        sent_at: datetime | str | None = None,
        cc: str | None = None,
        message_url: str | None = None,
        message_id_header: str | None = None,
        thread_id: str | None = None,
        is_private: bool | None = None,
    ) -> EmailMessage:
        """Add an email to a candidate's profile, as an email integration does."""
        return await self._call(
            "candidate.addEmailMessage",
            {
                "candidateId": candidate_id,
                "emailProviderEmailId": email_provider_email_id,
                "subject": subject,
                "from": from_,
                "to": to,
                "body": body,
                "userId": user_id,
                "sentAt": iso_time(sent_at),
                "cc": cc,
                "messageUrl": message_url,
                "messageIdHeader": message_id_header,
                "threadId": thread_id,
                "isPrivate": is_private,
            },
            EmailMessage,
        )

    async def add_project(self, *, candidate_id: str, project_id: str) -> Candidate:
        """Add a candidate to a project; returns the candidate."""
        return await self._call(
            "candidate.addProject", {"candidateId": candidate_id, "projectId": project_id}, Candidate
        )

    async def remove_project(self, *, candidate_id: str, project_id: str) -> Candidate:
        """Remove a candidate from a project; returns the candidate."""
        return await self._call(
            "candidate.removeProject", {"candidateId": candidate_id, "projectId": project_id}, Candidate
        )

    async def anonymize(self, *, candidate_id: str) -> Candidate:
        """Anonymise a candidate for good (every application must be archived or hired)."""
        return await self._call("candidate.anonymize", {"candidateId": candidate_id}, Candidate)

    def list_client_info(self, *, candidate_id: str, limit: int | None = None) -> AsyncPager[ClientInfo]:
        """The IP addresses and user agents a candidate used, lazily."""
        return self._pager("candidate.listClientInfo", {"candidateId": candidate_id}, ClientInfo, limit=limit)

    def sync_client_info(
        self, sync_token: str | None = None, *, candidate_id: str, limit: int | None = None
    ) -> AsyncPager[ClientInfo]:
        """Like :meth:`list_client_info`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "candidate.listClientInfo", {"candidateId": candidate_id, "syncToken": sync_token}, ClientInfo, limit=limit
        )

    def list_fraud_checks(self, *, candidate_id: str, limit: int | None = None) -> AsyncPager[FraudCheck]:
        """The fraud checks of a candidate with their signals, lazily (needs Fraud Detection)."""
        return self._pager("candidate.listFraudChecks", {"candidateId": candidate_id}, FraudCheck, limit=limit)

    def list_projects(self, *, candidate_id: str, limit: int | None = None) -> AsyncPager[Project]:
        """The projects a candidate is in, lazily."""
        return self._pager("candidate.listProjects", {"candidateId": candidate_id}, Project, limit=limit)

    async def set_fraud_status(
        self, *, candidate_id: str, fraud_status: Literal["Fraudulent", "NotFraudulent", "Unsure"] | str
    ) -> Candidate:
        """Mark a candidate as fraudulent, not fraudulent or unsure; returns the candidate."""
        return await self._call(
            "candidate.setFraudStatus", {"candidateId": candidate_id, "fraudStatus": fraud_status}, Candidate
        )

    async def upload_resume(
        self,
        *,
        candidate_id: str,
        resume: FileInput | None = None,
        resume_handle: str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> Candidate:
        """Attach a resume to a candidate (Ashby parses it): ``resume`` as a path, bytes or a binary file
        object (sent as multipart), or ``resume_handle`` from a presigned upload
        (``files.create_file_upload_handle``). Returns the candidate. Raises :class:`AshbyArgumentError`
        unless exactly one of the two is given."""
        return await self._attach(
            "candidate.uploadResume", candidate_id, ("resume", resume), resume_handle, filename, content_type
        )

    async def upload_file(
        self,
        *,
        candidate_id: str,
        file: FileInput | None = None,
        file_handle: str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> Candidate:
        """Attach any file to a candidate: ``file`` as a path, bytes or a binary file object (multipart),
        or ``file_handle`` from a presigned upload. Returns the candidate."""
        return await self._attach(
            "candidate.uploadFile", candidate_id, ("file", file), file_handle, filename, content_type
        )

    async def _attach(
        self,
        endpoint: str,
        candidate_id: str,
        part: tuple[str, FileInput | None],
        handle: str | None,
        filename: str | None,
        content_type: str | None,
    ) -> Candidate:
        name, content = part
        handle_param = "resumeHandle" if name == "resume" else "fileHandle"
        if (content is None) == (handle is None):
            raise AshbyArgumentError(f"{endpoint} needs exactly one of {name}= or {snake(handle_param)}=")
        body = {"candidateId": check_id("candidate_id", candidate_id)}
        if handle is not None:
            return await self._call(endpoint, {**body, handle_param: handle}, Candidate)
        assert content is not None
        with file_part(content, filename, content_type) as upload:
            return await self._upload(endpoint, body, {name: upload}, Candidate)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Candidates(APIResource):
    """Candidates (``candidate.list``, ``candidate.info``, ``candidate.search``, ``candidate.addTag``, ...)."""

    def iter(self, *, limit: int | None = None, created_after: datetime | int | None = None) -> Pager[Candidate]:
        """Every candidate (created after a moment when given), lazily, one page (``limit`` objects, at most 100)
        per request."""
        return self._pager("candidate.list", {"createdAfter": epoch_ms(created_after)}, Candidate, limit=limit)

    list = collect(
        iter, "Every candidate, fetched page by page into one list. Prefer :meth:`iter` for large organisations."
    )

    def sync(self, sync_token: str | None = None, *, limit: int | None = None) -> Pager[Candidate]:
        """Candidates changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained.

        Raises :class:`AshbySyncTokenExpiredError` when the token is too old.
        """
        return self._pager("candidate.list", {"syncToken": sync_token}, Candidate, limit=limit)

    def get(self, candidate_id: str) -> Candidate:
        """One candidate by id (``candidate.info``, which takes ``id``)."""
        return self.info(id=check_id("candidate_id", candidate_id))

    def search(self, *, email: str | None = None, name: str | None = None) -> builtins.list[Candidate]:
        """Candidates matching ``email`` and/or ``name`` (both: AND). Not paged; Ashby caps it near 100."""
        if email is None and name is None:
            raise AshbyArgumentError("candidate.search needs email=, name= or both")
        pager = self._pager("candidate.search", {"email": email, "name": name}, Candidate)
        return pager.to_list()

    def add_tag(self, candidate_id: str, tag_id: str) -> Candidate:
        """Tag a candidate; returns the candidate with its tags."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return self._call("candidate.addTag", body, Candidate)

    def remove_tag(self, candidate_id: str, tag_id: str) -> Candidate:
        """Remove a tag from a candidate; returns the candidate."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return self._call("candidate.removeTag", body, Candidate)

    def create(
        self,
        *,
        name: str,
        email: str | None = None,
        phone_number: str | None = None,
        linked_in_url: str | None = None,
        github_url: str | None = None,
        website: str | None = None,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        alternate_email_addresses: Sequence[str] | None = None,
        location: dict[str, Any] | None = None,
        created_at: datetime | str | None = None,
    ) -> Candidate:
        """Create a candidate (``location``: ``{city, region, country}``). Not retried on server errors (it
        is not idempotent)."""
        body = {
            "alternateEmailAddresses": alternate_email_addresses,
            "location": location,
            "createdAt": iso_time(created_at),
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "website": website,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
        }
        return self._call("candidate.create", body, Candidate)

    def update(
        self,
        candidate_id: str,
        *,
        name: str | None = None,
        email: str | None = None,
        phone_number: str | None = None,
        linked_in_url: str | None = None,
        github_url: str | None = None,
        website_url: str | None = None,
        source_id: str | None = None,
        credited_to_user_id: str | None = None,
        send_notifications: bool | None = None,
        alternate_email: str | None = None,
        social_links: Sequence[dict[str, Any]] | None = None,
        location: dict[str, Any] | None = None,
        created_at: datetime | str | None = None,
    ) -> Candidate:
        """Change a candidate's fields (only those given); returns the candidate as it is now.

        ``social_links`` (``[{type, url}]``) replaces every social link, and then the URL arguments are ignored.
        """
        body = {
            "alternateEmail": alternate_email,
            "socialLinks": social_links,
            "location": location,
            "createdAt": iso_time(created_at),
            "candidateId": check_id("candidate_id", candidate_id),
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "websiteUrl": website_url,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "sendNotifications": send_notifications,
        }
        return self._call("candidate.update", body, Candidate)

    def info(self, *, id: str | None = None, external_mapping_id: str | None = None) -> Candidate:
        """One candidate by id, or by the id an external system (an HRIS) gave them."""
        return self._call("candidate.info", {"id": id, "externalMappingId": external_mapping_id}, Candidate)

    def create_note(
        self,
        *,
        candidate_id: str,
        note: str | dict[str, str],
        send_notifications: bool | None = None,
        is_private: bool | None = None,
        created_at: datetime | str | None = None,
    ) -> Note:
        """Post a note on a candidate: ``note`` is plain text, or ``{"type": "text/html", "value": ...}``
        (Ashby keeps b, i, u, a, lists, code and pre, and strips other elements). Returns the note."""
        return self._call(
            "candidate.createNote",
            {
                "candidateId": candidate_id,
                "note": note,
                "sendNotifications": send_notifications,
                "isPrivate": is_private,
                "createdAt": iso_time(created_at),
            },
            Note,
        )

    def list_notes(self, *, candidate_id: str, limit: int | None = None) -> Pager[Note]:
        """The notes on a candidate, lazily."""
        return self._pager("candidate.listNotes", {"candidateId": candidate_id}, Note, limit=limit)

    def sync_notes(self, sync_token: str | None = None, *, candidate_id: str, limit: int | None = None) -> Pager[Note]:
        """Like :meth:`list_notes`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "candidate.listNotes", {"candidateId": candidate_id, "syncToken": sync_token}, Note, limit=limit
        )

    def add_email_message(
        self,
        *,
        candidate_id: str,
        email_provider_email_id: str,
        subject: str,
        from_: str,
        to: str,
        body: str,
        user_id: str | None = None,
        sent_at: datetime | str | None = None,
        cc: str | None = None,
        message_url: str | None = None,
        message_id_header: str | None = None,
        thread_id: str | None = None,
        is_private: bool | None = None,
    ) -> EmailMessage:
        """Add an email to a candidate's profile, as an email integration does."""
        return self._call(
            "candidate.addEmailMessage",
            {
                "candidateId": candidate_id,
                "emailProviderEmailId": email_provider_email_id,
                "subject": subject,
                "from": from_,
                "to": to,
                "body": body,
                "userId": user_id,
                "sentAt": iso_time(sent_at),
                "cc": cc,
                "messageUrl": message_url,
                "messageIdHeader": message_id_header,
                "threadId": thread_id,
                "isPrivate": is_private,
            },
            EmailMessage,
        )

    def add_project(self, *, candidate_id: str, project_id: str) -> Candidate:
        """Add a candidate to a project; returns the candidate."""
        return self._call("candidate.addProject", {"candidateId": candidate_id, "projectId": project_id}, Candidate)

    def remove_project(self, *, candidate_id: str, project_id: str) -> Candidate:
        """Remove a candidate from a project; returns the candidate."""
        return self._call("candidate.removeProject", {"candidateId": candidate_id, "projectId": project_id}, Candidate)

    def anonymize(self, *, candidate_id: str) -> Candidate:
        """Anonymise a candidate for good (every application must be archived or hired)."""
        return self._call("candidate.anonymize", {"candidateId": candidate_id}, Candidate)

    def list_client_info(self, *, candidate_id: str, limit: int | None = None) -> Pager[ClientInfo]:
        """The IP addresses and user agents a candidate used, lazily."""
        return self._pager("candidate.listClientInfo", {"candidateId": candidate_id}, ClientInfo, limit=limit)

    def sync_client_info(
        self, sync_token: str | None = None, *, candidate_id: str, limit: int | None = None
    ) -> Pager[ClientInfo]:
        """Like :meth:`list_client_info`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "candidate.listClientInfo", {"candidateId": candidate_id, "syncToken": sync_token}, ClientInfo, limit=limit
        )

    def list_fraud_checks(self, *, candidate_id: str, limit: int | None = None) -> Pager[FraudCheck]:
        """The fraud checks of a candidate with their signals, lazily (needs Fraud Detection)."""
        return self._pager("candidate.listFraudChecks", {"candidateId": candidate_id}, FraudCheck, limit=limit)

    def list_projects(self, *, candidate_id: str, limit: int | None = None) -> Pager[Project]:
        """The projects a candidate is in, lazily."""
        return self._pager("candidate.listProjects", {"candidateId": candidate_id}, Project, limit=limit)

    def set_fraud_status(
        self, *, candidate_id: str, fraud_status: Literal["Fraudulent", "NotFraudulent", "Unsure"] | str
    ) -> Candidate:
        """Mark a candidate as fraudulent, not fraudulent or unsure; returns the candidate."""
        return self._call(
            "candidate.setFraudStatus", {"candidateId": candidate_id, "fraudStatus": fraud_status}, Candidate
        )

    def upload_resume(
        self,
        *,
        candidate_id: str,
        resume: FileInput | None = None,
        resume_handle: str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> Candidate:
        """Attach a resume to a candidate (Ashby parses it): ``resume`` as a path, bytes or a binary file
        object (sent as multipart), or ``resume_handle`` from a presigned upload
        (``files.create_file_upload_handle``). Returns the candidate. Raises :class:`AshbyArgumentError`
        unless exactly one of the two is given."""
        return self._attach(
            "candidate.uploadResume", candidate_id, ("resume", resume), resume_handle, filename, content_type
        )

    def upload_file(
        self,
        *,
        candidate_id: str,
        file: FileInput | None = None,
        file_handle: str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> Candidate:
        """Attach any file to a candidate: ``file`` as a path, bytes or a binary file object (multipart),
        or ``file_handle`` from a presigned upload. Returns the candidate."""
        return self._attach("candidate.uploadFile", candidate_id, ("file", file), file_handle, filename, content_type)

    def _attach(
        self,
        endpoint: str,
        candidate_id: str,
        part: tuple[str, FileInput | None],
        handle: str | None,
        filename: str | None,
        content_type: str | None,
    ) -> Candidate:
        name, content = part
        handle_param = "resumeHandle" if name == "resume" else "fileHandle"
        if (content is None) == (handle is None):
            raise AshbyArgumentError(f"{endpoint} needs exactly one of {name}= or {snake(handle_param)}=")
        body = {"candidateId": check_id("candidate_id", candidate_id)}
        if handle is not None:
            return self._call(endpoint, {**body, handle_param: handle}, Candidate)
        assert content is not None
        with file_part(content, filename, content_type) as upload:
            return self._upload(endpoint, body, {name: upload}, Candidate)


# </generated>
