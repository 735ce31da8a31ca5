"""``sequence.*`` and ``emailSender.list``: sourcing sequences (automated outreach emails) and their senders."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import EmailSender, Sequence

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncEmailSenders", "AsyncSequences", "EmailSenders", "Sequences"]


# <unasync>
class AsyncSequences(AsyncAPIResource):
    """Candidates' enrollments in sourcing sequences (needs the sourcing permissions)."""

    def iter(
        self,
        *,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Sequence]:
        """Started and ended sequence enrollments (running, paused, completed, cancelled, unsubscribed),
        lazily, one request per page; only one candidate's with ``candidate_id``."""
        return self._pager(
            "sequence.list", {"candidateId": candidate_id}, Sequence, limit=limit, max_items=max_items, **options
        )

    list = async_collect(iter, "Started and ended sequence enrollments, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Sequence]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("sequence.list", body, Sequence, limit=limit, max_items=max_items, **options)

    async def info(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """One enrollment with its stages (a draft's email stages with their editable subject and body)."""
        return await self._call(
            "sequence.info", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options
        )

    async def add(
        self,
        *,
        sequence_template_id: str,
        candidate_id: str,
        start: bool,
        application_id: str | NotGiven | None = NOT_GIVEN,
        from_: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Sequence:
        """Enroll a candidate in a reusable sourcing sequence (``sequence_template_id``): ``start=False``
        makes an editable draft, ``start=True`` starts it at once (emails go out). ``application_id`` fixes the
        application the email tokens are filled from; ``from_`` is the sender (``{"email": ...}``, one of
        :meth:`EmailSenders.list`, never a no-reply address). Not retried after an ambiguous failure."""
        body = {
            "sequenceTemplateId": sequence_template_id,
            "candidateId": candidate_id,
            "start": start,
            "applicationId": application_id,
            "from": from_,
        }
        return await self._call("sequence.add", body, Sequence, **options)

    async def start(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """Start a draft enrollment (its emails go out); not retried after an ambiguous failure."""
        return await self._call(
            "sequence.start", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options
        )

    async def update_stage(
        self,
        *,
        sequence_id: str,
        stage_id: str,
        subject: str | NotGiven | None = NOT_GIVEN,
        body: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Sequence:
        """Replace the subject (plain text) and/or the body (``{"type": "text/html", "value": ...}``) of one
        email stage of a draft; the reusable template is not changed."""
        payload = {"sequenceId": sequence_id, "stageId": stage_id, "subject": subject, "body": body}
        return await self._call("sequence.updateStage", payload, Sequence, **options)

    async def discard(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """Delete a draft enrollment that has not started."""
        return await self._call(
            "sequence.discard", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options
        )

    async def cancel(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """Stop a running enrollment; its remaining emails are not sent."""
        return await self._call(
            "sequence.cancel", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options
        )


class AsyncEmailSenders(AsyncAPIResource):
    """The addresses the acting user can send from (``emailSender.list``)."""

    async def list(
        self, *, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[EmailSender]:
        """Primary, personal alias, organisation alias and no-reply addresses (the first ``max_items``)."""
        return await self._pager("emailSender.list", {}, EmailSender, max_items=max_items, **options).to_list()


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Sequences(APIResource):
    """Candidates' enrollments in sourcing sequences (needs the sourcing permissions)."""

    def iter(
        self,
        *,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Sequence]:
        """Started and ended sequence enrollments (running, paused, completed, cancelled, unsubscribed),
        lazily, one request per page; only one candidate's with ``candidate_id``."""
        return self._pager(
            "sequence.list", {"candidateId": candidate_id}, Sequence, limit=limit, max_items=max_items, **options
        )

    list = collect(iter, "Started and ended sequence enrollments, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        candidate_id: str | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Sequence]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"candidateId": candidate_id, **sync_body(sync_token)}
        return self._pager("sequence.list", body, Sequence, limit=limit, max_items=max_items, **options)

    def info(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """One enrollment with its stages (a draft's email stages with their editable subject and body)."""
        return self._call("sequence.info", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options)

    def add(
        self,
        *,
        sequence_template_id: str,
        candidate_id: str,
        start: bool,
        application_id: str | NotGiven | None = NOT_GIVEN,
        from_: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Sequence:
        """Enroll a candidate in a reusable sourcing sequence (``sequence_template_id``): ``start=False``
        makes an editable draft, ``start=True`` starts it at once (emails go out). ``application_id`` fixes the
        application the email tokens are filled from; ``from_`` is the sender (``{"email": ...}``, one of
        :meth:`EmailSenders.list`, never a no-reply address). Not retried after an ambiguous failure."""
        body = {
            "sequenceTemplateId": sequence_template_id,
            "candidateId": candidate_id,
            "start": start,
            "applicationId": application_id,
            "from": from_,
        }
        return self._call("sequence.add", body, Sequence, **options)

    def start(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """Start a draft enrollment (its emails go out); not retried after an ambiguous failure."""
        return self._call("sequence.start", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options)

    def update_stage(
        self,
        *,
        sequence_id: str,
        stage_id: str,
        subject: str | NotGiven | None = NOT_GIVEN,
        body: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Sequence:
        """Replace the subject (plain text) and/or the body (``{"type": "text/html", "value": ...}``) of one
        email stage of a draft; the reusable template is not changed."""
        payload = {"sequenceId": sequence_id, "stageId": stage_id, "subject": subject, "body": body}
        return self._call("sequence.updateStage", payload, Sequence, **options)

    def discard(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """Delete a draft enrollment that has not started."""
        return self._call("sequence.discard", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options)

    def cancel(self, *, sequence_id: str, **options: Unpack[RequestOptions]) -> Sequence:
        """Stop a running enrollment; its remaining emails are not sent."""
        return self._call("sequence.cancel", {"sequenceId": check_id("sequence_id", sequence_id)}, Sequence, **options)


class EmailSenders(APIResource):
    """The addresses the acting user can send from (``emailSender.list``)."""

    def list(self, *, max_items: int | None = None, **options: Unpack[RequestOptions]) -> builtins.list[EmailSender]:
        """Primary, personal alias, organisation alias and no-reply addresses (the first ``max_items``)."""
        return self._pager("emailSender.list", {}, EmailSender, max_items=max_items, **options).to_list()


# </generated>
