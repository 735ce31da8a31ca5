"""``candidate.*``: candidates, their tags and their files."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Candidate, ClientInfo, EmailMessage, FraudCheck, Note, Project

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack
from .candidate_files import AsyncCandidateFiles, CandidateFiles

__all__ = ["AsyncCandidates", "Candidates"]


# <unasync>
class AsyncCandidates(AsyncCandidateFiles):
    """Candidates (``candidate.list``, ``candidate.info``, ``candidate.search``, ``candidate.addTag``, ...)."""

    def iter(
        self,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Candidate]:
        """Every candidate, lazily, one page (``limit`` objects, at most 100) per request; only those created
        after ``created_after`` (a datetime, a date, an ISO 8601 string or milliseconds since the epoch;
        naive means UTC) when given; stops after ``max_items`` candidates when given."""
        body = {"createdAfter": created_after}
        return self._pager("candidate.list", body, Candidate, limit=limit, max_items=max_items, **options)

    list = async_collect(
        iter, "Every candidate, fetched page by page into one list. Prefer :meth:`iter` for large organisations."
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Candidate]:
        """Candidates changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained.

        Raises :class:`AshbySyncTokenExpiredError` when the token is too old.
        """
        return self._pager(
            "candidate.list", sync_body(sync_token), Candidate, limit=limit, max_items=max_items, **options
        )

    async def get(self, candidate_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """One candidate by id (``candidate.info``, which takes ``id``)."""
        return await self.info(id=check_id("candidate_id", candidate_id), **options)

    async def search(
        self,
        *,
        email: str | NotGiven | None = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Candidate]:
        """Candidates whose email address is ``email`` and/or whose name matches ``name`` (both: AND). Not
        paged; Ashby caps it near 100."""
        pager = self._pager("candidate.search", {"email": email, "name": name}, Candidate, **options)
        return await pager.to_list()

    async def add_tag(self, candidate_id: str, tag_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Tag a candidate; returns the candidate with its tags."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return await self._call("candidate.addTag", body, Candidate, **options)

    async def remove_tag(self, candidate_id: str, tag_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Remove a tag from a candidate; returns the candidate."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return await self._call("candidate.removeTag", body, Candidate, **options)

    async def create(
        self,
        *,
        name: str,
        email: str | NotGiven | None = NOT_GIVEN,
        phone_number: str | NotGiven | None = NOT_GIVEN,
        linked_in_url: str | NotGiven | None = NOT_GIVEN,
        github_url: str | NotGiven | None = NOT_GIVEN,
        website: str | NotGiven | None = NOT_GIVEN,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        alternate_email_addresses: Sequence[str] | NotGiven | None = NOT_GIVEN,
        location: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """Create a candidate named ``name``; returns it. Not retried after an ambiguous failure.

        ``email`` is the primary address (``alternate_email_addresses`` the others), ``phone_number``,
        ``linked_in_url``, ``github_url`` and ``website`` their contact details, ``location`` where
        they live (``{city, region, country}``), ``source_id`` and ``credited_to_user_id`` who gets the
        credit, ``created_at`` a backdated creation moment.
        """
        body = {
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "website": website,
            "alternateEmailAddresses": alternate_email_addresses,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "location": location,
            "createdAt": created_at,
        }
        return await self._call("candidate.create", body, Candidate, **options)

    async def update(
        self,
        candidate_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        phone_number: str | NotGiven | None = NOT_GIVEN,
        linked_in_url: str | NotGiven | None = NOT_GIVEN,
        github_url: str | NotGiven | None = NOT_GIVEN,
        website_url: str | NotGiven | None = NOT_GIVEN,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        send_notifications: bool | NotGiven | None = NOT_GIVEN,
        alternate_email: str | NotGiven | None = NOT_GIVEN,
        social_links: Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        location: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """Change a candidate's fields (only those given; ``None`` sends ``null``); returns the candidate.

        The fields: ``name``, ``email`` (the primary address), ``phone_number``, ``linked_in_url``,
        ``github_url``, ``website_url``, ``location`` (``{city, region, country}``), ``source_id`` and
        ``credited_to_user_id`` (who gets the credit), ``created_at`` (a backdated creation moment).
        ``alternate_email`` adds an address; ``social_links`` (``[{type, url}]``) replaces every social link,
        and then the URL arguments are ignored; ``send_notifications`` notifies the users subscribed.
        """
        body = {
            "candidateId": check_id("candidate_id", candidate_id),
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "websiteUrl": website_url,
            "alternateEmail": alternate_email,
            "socialLinks": social_links,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "location": location,
            "createdAt": created_at,
            "sendNotifications": send_notifications,
        }
        return await self._call("candidate.update", body, Candidate, **options)

    async def info(
        self,
        *,
        id: str | NotGiven | None = NOT_GIVEN,
        external_mapping_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """One candidate by ``id``, or by the id an external system (an HRIS) gave them
        (``external_mapping_id``)."""
        return await self._call(
            "candidate.info", {"id": id, "externalMappingId": external_mapping_id}, Candidate, **options
        )

    async def create_note(
        self,
        *,
        candidate_id: str,
        note: str | Mapping[str, str],
        send_notifications: bool | NotGiven | None = NOT_GIVEN,
        is_private: bool | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Note:
        """Post a note on a candidate: ``note`` is plain text, or ``{"type": "text/html", "value": ...}``
        (Ashby keeps b, i, u, a, lists, code and pre, and strips other elements). ``is_private`` hides it
        from users without access to private notes; ``send_notifications`` notifies those subscribed;
        ``created_at`` backdates it. Returns the note; not retried after an ambiguous failure."""
        body = {
            "candidateId": candidate_id,
            "note": note,
            "sendNotifications": send_notifications,
            "isPrivate": is_private,
            "createdAt": created_at,
        }
        return await self._call("candidate.createNote", body, Note, **options)

    def list_notes(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Note]:
        """The notes on a candidate, lazily."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listNotes", body, Note, limit=limit, max_items=max_items, **options)

    def sync_notes(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Note]:
        """Like :meth:`list_notes`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("candidate.listNotes", body, Note, limit=limit, max_items=max_items, **options)

    async def add_email_message(
        self,
        *,
        candidate_id: str,
        email_provider_email_id: str,
        subject: str,
        from_: str,
        to: str,
        body: str,
        user_id: str | NotGiven | None = NOT_GIVEN,
        sent_at: Moment | NotGiven | None = NOT_GIVEN,
        cc: str | NotGiven | None = NOT_GIVEN,
        message_url: str | NotGiven | None = NOT_GIVEN,
        message_id_header: str | NotGiven | None = NOT_GIVEN,
        thread_id: str | NotGiven | None = NOT_GIVEN,
        is_private: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EmailMessage:
        """Add an email to a candidate's profile, as an email integration does: the provider's id of the
        email (``email_provider_email_id``), its sender (``from_``), recipients (``to``, ``cc``), subject,
        body and ``sent_at``; ``user_id`` is the Ashby user who sent or received it. ``message_url``,
        ``message_id_header`` and ``thread_id`` are the message's URL, ``Message-ID`` header and thread
        at the provider; ``is_private`` shows it only to users allowed to see private notes."""
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
                "sentAt": sent_at,
                "cc": cc,
                "messageUrl": message_url,
                "messageIdHeader": message_id_header,
                "threadId": thread_id,
                "isPrivate": is_private,
            },
            EmailMessage,
            **options,
        )

    async def add_project(self, *, candidate_id: str, project_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Add a candidate to a project; returns the candidate."""
        body = {"candidateId": candidate_id, "projectId": project_id}
        return await self._call("candidate.addProject", body, Candidate, **options)

    async def remove_project(
        self, *, candidate_id: str, project_id: str, **options: Unpack[RequestOptions]
    ) -> Candidate:
        """Remove a candidate from a project; returns the candidate."""
        body = {"candidateId": candidate_id, "projectId": project_id}
        return await self._call("candidate.removeProject", body, Candidate, **options)

    async def anonymize(self, *, candidate_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Anonymise a candidate for good (every application must be archived or hired)."""
        return await self._call("candidate.anonymize", {"candidateId": candidate_id}, Candidate, **options)

    def list_client_info(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ClientInfo]:
        """The IP addresses and user agents a candidate used, lazily."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listClientInfo", body, ClientInfo, limit=limit, max_items=max_items, **options)

    def sync_client_info(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ClientInfo]:
        """Like :meth:`list_client_info`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("candidate.listClientInfo", body, ClientInfo, limit=limit, max_items=max_items, **options)

    def list_fraud_checks(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[FraudCheck]:
        """The fraud checks of a candidate with their signals, lazily (needs Fraud Detection)."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listFraudChecks", body, FraudCheck, limit=limit, max_items=max_items, **options)

    def list_projects(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Project]:
        """The projects a candidate is in, lazily."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listProjects", body, Project, limit=limit, max_items=max_items, **options)

    def sync_projects(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Project]:
        """Like :meth:`list_projects`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("candidate.listProjects", body, Project, limit=limit, max_items=max_items, **options)

    async def set_fraud_status(
        self,
        *,
        candidate_id: str,
        fraud_status: Literal["Fraudulent", "NotFraudulent", "Unsure"] | str,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """Mark a candidate as fraudulent, not fraudulent or unsure; returns the candidate."""
        body = {"candidateId": candidate_id, "fraudStatus": fraud_status}
        return await self._call("candidate.setFraudStatus", body, Candidate, **options)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Candidates(CandidateFiles):
    """Candidates (``candidate.list``, ``candidate.info``, ``candidate.search``, ``candidate.addTag``, ...)."""

    def iter(
        self,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Pager[Candidate]:
        """Every candidate, lazily, one page (``limit`` objects, at most 100) per request; only those created
        after ``created_after`` (a datetime, a date, an ISO 8601 string or milliseconds since the epoch;
        naive means UTC) when given; stops after ``max_items`` candidates when given."""
        body = {"createdAfter": created_after}
        return self._pager("candidate.list", body, Candidate, limit=limit, max_items=max_items, **options)

    list = collect(
        iter, "Every candidate, fetched page by page into one list. Prefer :meth:`iter` for large organisations."
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Candidate]:
        """Candidates changed since ``sync_token`` (all when ``None``); ``.sync_token`` once drained.

        Raises :class:`AshbySyncTokenExpiredError` when the token is too old.
        """
        return self._pager(
            "candidate.list", sync_body(sync_token), Candidate, limit=limit, max_items=max_items, **options
        )

    def get(self, candidate_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """One candidate by id (``candidate.info``, which takes ``id``)."""
        return self.info(id=check_id("candidate_id", candidate_id), **options)

    def search(
        self,
        *,
        email: str | NotGiven | None = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Candidate]:
        """Candidates whose email address is ``email`` and/or whose name matches ``name`` (both: AND). Not
        paged; Ashby caps it near 100."""
        pager = self._pager("candidate.search", {"email": email, "name": name}, Candidate, **options)
        return pager.to_list()

    def add_tag(self, candidate_id: str, tag_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Tag a candidate; returns the candidate with its tags."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return self._call("candidate.addTag", body, Candidate, **options)

    def remove_tag(self, candidate_id: str, tag_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Remove a tag from a candidate; returns the candidate."""
        body = {"candidateId": check_id("candidate_id", candidate_id), "tagId": check_id("tag_id", tag_id)}
        return self._call("candidate.removeTag", body, Candidate, **options)

    def create(
        self,
        *,
        name: str,
        email: str | NotGiven | None = NOT_GIVEN,
        phone_number: str | NotGiven | None = NOT_GIVEN,
        linked_in_url: str | NotGiven | None = NOT_GIVEN,
        github_url: str | NotGiven | None = NOT_GIVEN,
        website: str | NotGiven | None = NOT_GIVEN,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        alternate_email_addresses: Sequence[str] | NotGiven | None = NOT_GIVEN,
        location: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """Create a candidate named ``name``; returns it. Not retried after an ambiguous failure.

        ``email`` is the primary address (``alternate_email_addresses`` the others), ``phone_number``,
        ``linked_in_url``, ``github_url`` and ``website`` their contact details, ``location`` where
        they live (``{city, region, country}``), ``source_id`` and ``credited_to_user_id`` who gets the
        credit, ``created_at`` a backdated creation moment.
        """
        body = {
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "website": website,
            "alternateEmailAddresses": alternate_email_addresses,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "location": location,
            "createdAt": created_at,
        }
        return self._call("candidate.create", body, Candidate, **options)

    def update(
        self,
        candidate_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        phone_number: str | NotGiven | None = NOT_GIVEN,
        linked_in_url: str | NotGiven | None = NOT_GIVEN,
        github_url: str | NotGiven | None = NOT_GIVEN,
        website_url: str | NotGiven | None = NOT_GIVEN,
        source_id: str | NotGiven | None = NOT_GIVEN,
        credited_to_user_id: str | NotGiven | None = NOT_GIVEN,
        send_notifications: bool | NotGiven | None = NOT_GIVEN,
        alternate_email: str | NotGiven | None = NOT_GIVEN,
        social_links: Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        location: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """Change a candidate's fields (only those given; ``None`` sends ``null``); returns the candidate.

        The fields: ``name``, ``email`` (the primary address), ``phone_number``, ``linked_in_url``,
        ``github_url``, ``website_url``, ``location`` (``{city, region, country}``), ``source_id`` and
        ``credited_to_user_id`` (who gets the credit), ``created_at`` (a backdated creation moment).
        ``alternate_email`` adds an address; ``social_links`` (``[{type, url}]``) replaces every social link,
        and then the URL arguments are ignored; ``send_notifications`` notifies the users subscribed.
        """
        body = {
            "candidateId": check_id("candidate_id", candidate_id),
            "name": name,
            "email": email,
            "phoneNumber": phone_number,
            "linkedInUrl": linked_in_url,
            "githubUrl": github_url,
            "websiteUrl": website_url,
            "alternateEmail": alternate_email,
            "socialLinks": social_links,
            "sourceId": source_id,
            "creditedToUserId": credited_to_user_id,
            "location": location,
            "createdAt": created_at,
            "sendNotifications": send_notifications,
        }
        return self._call("candidate.update", body, Candidate, **options)

    def info(
        self,
        *,
        id: str | NotGiven | None = NOT_GIVEN,
        external_mapping_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """One candidate by ``id``, or by the id an external system (an HRIS) gave them
        (``external_mapping_id``)."""
        return self._call("candidate.info", {"id": id, "externalMappingId": external_mapping_id}, Candidate, **options)

    def create_note(
        self,
        *,
        candidate_id: str,
        note: str | Mapping[str, str],
        send_notifications: bool | NotGiven | None = NOT_GIVEN,
        is_private: bool | NotGiven | None = NOT_GIVEN,
        created_at: Moment | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Note:
        """Post a note on a candidate: ``note`` is plain text, or ``{"type": "text/html", "value": ...}``
        (Ashby keeps b, i, u, a, lists, code and pre, and strips other elements). ``is_private`` hides it
        from users without access to private notes; ``send_notifications`` notifies those subscribed;
        ``created_at`` backdates it. Returns the note; not retried after an ambiguous failure."""
        body = {
            "candidateId": candidate_id,
            "note": note,
            "sendNotifications": send_notifications,
            "isPrivate": is_private,
            "createdAt": created_at,
        }
        return self._call("candidate.createNote", body, Note, **options)

    def list_notes(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Note]:
        """The notes on a candidate, lazily."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listNotes", body, Note, limit=limit, max_items=max_items, **options)

    def sync_notes(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Note]:
        """Like :meth:`list_notes`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("candidate.listNotes", body, Note, limit=limit, max_items=max_items, **options)

    def add_email_message(
        self,
        *,
        candidate_id: str,
        email_provider_email_id: str,
        subject: str,
        from_: str,
        to: str,
        body: str,
        user_id: str | NotGiven | None = NOT_GIVEN,
        sent_at: Moment | NotGiven | None = NOT_GIVEN,
        cc: str | NotGiven | None = NOT_GIVEN,
        message_url: str | NotGiven | None = NOT_GIVEN,
        message_id_header: str | NotGiven | None = NOT_GIVEN,
        thread_id: str | NotGiven | None = NOT_GIVEN,
        is_private: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EmailMessage:
        """Add an email to a candidate's profile, as an email integration does: the provider's id of the
        email (``email_provider_email_id``), its sender (``from_``), recipients (``to``, ``cc``), subject,
        body and ``sent_at``; ``user_id`` is the Ashby user who sent or received it. ``message_url``,
        ``message_id_header`` and ``thread_id`` are the message's URL, ``Message-ID`` header and thread
        at the provider; ``is_private`` shows it only to users allowed to see private notes."""
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
                "sentAt": sent_at,
                "cc": cc,
                "messageUrl": message_url,
                "messageIdHeader": message_id_header,
                "threadId": thread_id,
                "isPrivate": is_private,
            },
            EmailMessage,
            **options,
        )

    def add_project(self, *, candidate_id: str, project_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Add a candidate to a project; returns the candidate."""
        body = {"candidateId": candidate_id, "projectId": project_id}
        return self._call("candidate.addProject", body, Candidate, **options)

    def remove_project(self, *, candidate_id: str, project_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Remove a candidate from a project; returns the candidate."""
        body = {"candidateId": candidate_id, "projectId": project_id}
        return self._call("candidate.removeProject", body, Candidate, **options)

    def anonymize(self, *, candidate_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """Anonymise a candidate for good (every application must be archived or hired)."""
        return self._call("candidate.anonymize", {"candidateId": candidate_id}, Candidate, **options)

    def list_client_info(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ClientInfo]:
        """The IP addresses and user agents a candidate used, lazily."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listClientInfo", body, ClientInfo, limit=limit, max_items=max_items, **options)

    def sync_client_info(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ClientInfo]:
        """Like :meth:`list_client_info`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("candidate.listClientInfo", body, ClientInfo, limit=limit, max_items=max_items, **options)

    def list_fraud_checks(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[FraudCheck]:
        """The fraud checks of a candidate with their signals, lazily (needs Fraud Detection)."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listFraudChecks", body, FraudCheck, limit=limit, max_items=max_items, **options)

    def list_projects(
        self,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Project]:
        """The projects a candidate is in, lazily."""
        body = {"candidateId": candidate_id}
        return self._pager("candidate.listProjects", body, Project, limit=limit, max_items=max_items, **options)

    def sync_projects(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Project]:
        """Like :meth:`list_projects`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("candidate.listProjects", body, Project, limit=limit, max_items=max_items, **options)

    def set_fraud_status(
        self,
        *,
        candidate_id: str,
        fraud_status: Literal["Fraudulent", "NotFraudulent", "Unsure"] | str,
        **options: Unpack[RequestOptions],
    ) -> Candidate:
        """Mark a candidate as fraudulent, not fraudulent or unsure; returns the candidate."""
        body = {"candidateId": candidate_id, "fraudStatus": fraud_status}
        return self._call("candidate.setFraudStatus", body, Candidate, **options)


# </generated>
