"""``offer.*``: offers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._catalogue import AcceptanceStatus, OfferStatus
from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Offer, OfferForm, OfferProcess

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncOfferProcesses", "AsyncOffers", "OfferProcesses", "Offers"]


# <unasync>
class AsyncOffers(AsyncAPIResource):
    """Offers."""

    def iter(
        self,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        application_id: str | NotGiven | None = NOT_GIVEN,
        offer_status: Sequence[OfferStatus | str] | NotGiven | None = NOT_GIVEN,
        acceptance_status: Sequence[AcceptanceStatus | str] | NotGiven | None = NOT_GIVEN,
        approval_status: Sequence[Literal["Approved", "WaitingOnApprovals", "Declined"] | str]
        | NotGiven
        | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Offer]:
        """Offers with their latest version, lazily, one request per page: all, or only those of one
        application (``application_id``), created after a moment (``created_after``), or with the given
        statuses (``offer_status``, ``acceptance_status``, ``approval_status``: lists of names)."""
        return self._pager(
            "offer.list",
            {
                "createdAfter": created_after,
                "applicationId": application_id,
                "offerStatus": offer_status,
                "acceptanceStatus": acceptance_status,
                "approvalStatus": approval_status,
            },
            Offer,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(
        iter,
        "Offers with their latest version, filtered by application and statuses when given, all pages in one list.",
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        application_id: str | NotGiven | None = NOT_GIVEN,
        offer_status: Sequence[OfferStatus | str] | NotGiven | None = NOT_GIVEN,
        acceptance_status: Sequence[AcceptanceStatus | str] | NotGiven | None = NOT_GIVEN,
        approval_status: Sequence[Literal["Approved", "WaitingOnApprovals", "Declined"] | str]
        | NotGiven
        | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Offer]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "offer.list",
            {
                "createdAfter": created_after,
                "applicationId": application_id,
                "offerStatus": offer_status,
                "acceptanceStatus": acceptance_status,
                "approvalStatus": approval_status,
                **sync_body(sync_token),
            },
            Offer,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def get(self, offer_id: str, **options: Unpack[RequestOptions]) -> Offer:
        """One offer by id."""
        return await self.info(offer_id=check_id("offer_id", offer_id), **options)

    async def info(self, *, offer_id: str, **options: Unpack[RequestOptions]) -> Offer:
        """One offer by id, with its versions."""
        return await self._call("offer.info", {"offerId": offer_id}, Offer, **options)

    async def approve(
        self,
        *,
        offer_version_id: str,
        approval_step_id: str | NotGiven | None = NOT_GIVEN,
        user_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Offer:
        """Approve an offer version, or one step of its approval (``approval_step_id``) on behalf of one
        approver (``user_id``). Not retried after an ambiguous failure: approving moves the offer on and
        notifies the next approvers."""
        return await self._call(
            "offer.approve",
            {"offerVersionId": offer_version_id, "approvalStepId": approval_step_id, "userId": user_id},
            Offer,
            **options,
        )

    async def create(
        self,
        *,
        offer_process_id: str,
        offer_form_id: str,
        offer_form: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Offer:
        """Fill in the offer form ``offer.start`` returned and create the offer."""
        return await self._call(
            "offer.create",
            {"offerProcessId": offer_process_id, "offerFormId": offer_form_id, "offerForm": offer_form},
            Offer,
            **options,
        )

    async def start(self, *, offer_process_id: str, **options: Unpack[RequestOptions]) -> OfferForm:
        """Start a new offer version form for an offer process; fill it in with ``create``."""
        return await self._call("offer.start", {"offerProcessId": offer_process_id}, OfferForm, **options)

    async def start_approval_process(
        self, *, offer_version_id: str, note: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Offer:
        """Send an offer version waiting on approval start to its approvers, with a ``note`` for them when
        given."""
        return await self._call(
            "offer.startApprovalProcess", {"offerVersionId": offer_version_id, "note": note}, Offer, **options
        )

    async def update(self, *, offer_id: str, offer_form: Mapping[str, Any], **options: Unpack[RequestOptions]) -> Offer:
        """Submit a changed offer form: creates a new version and restarts approvals."""
        return await self._call("offer.update", {"offerId": offer_id, "offerForm": offer_form}, Offer, **options)


class AsyncOfferProcesses(AsyncAPIResource):
    """Offer processes."""

    async def start(self, *, application_id: str, **options: Unpack[RequestOptions]) -> OfferProcess:
        """Start an offer process for an application; returns it."""
        return await self._call("offerProcess.start", {"applicationId": application_id}, OfferProcess, **options)


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Offers(APIResource):
    """Offers."""

    def iter(
        self,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        application_id: str | NotGiven | None = NOT_GIVEN,
        offer_status: Sequence[OfferStatus | str] | NotGiven | None = NOT_GIVEN,
        acceptance_status: Sequence[AcceptanceStatus | str] | NotGiven | None = NOT_GIVEN,
        approval_status: Sequence[Literal["Approved", "WaitingOnApprovals", "Declined"] | str]
        | NotGiven
        | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Offer]:
        """Offers with their latest version, lazily, one request per page: all, or only those of one
        application (``application_id``), created after a moment (``created_after``), or with the given
        statuses (``offer_status``, ``acceptance_status``, ``approval_status``: lists of names)."""
        return self._pager(
            "offer.list",
            {
                "createdAfter": created_after,
                "applicationId": application_id,
                "offerStatus": offer_status,
                "acceptanceStatus": acceptance_status,
                "approvalStatus": approval_status,
            },
            Offer,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(
        iter,
        "Offers with their latest version, filtered by application and statuses when given, all pages in one list.",
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        application_id: str | NotGiven | None = NOT_GIVEN,
        offer_status: Sequence[OfferStatus | str] | NotGiven | None = NOT_GIVEN,
        acceptance_status: Sequence[AcceptanceStatus | str] | NotGiven | None = NOT_GIVEN,
        approval_status: Sequence[Literal["Approved", "WaitingOnApprovals", "Declined"] | str]
        | NotGiven
        | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Offer]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "offer.list",
            {
                "createdAfter": created_after,
                "applicationId": application_id,
                "offerStatus": offer_status,
                "acceptanceStatus": acceptance_status,
                "approvalStatus": approval_status,
                **sync_body(sync_token),
            },
            Offer,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def get(self, offer_id: str, **options: Unpack[RequestOptions]) -> Offer:
        """One offer by id."""
        return self.info(offer_id=check_id("offer_id", offer_id), **options)

    def info(self, *, offer_id: str, **options: Unpack[RequestOptions]) -> Offer:
        """One offer by id, with its versions."""
        return self._call("offer.info", {"offerId": offer_id}, Offer, **options)

    def approve(
        self,
        *,
        offer_version_id: str,
        approval_step_id: str | NotGiven | None = NOT_GIVEN,
        user_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Offer:
        """Approve an offer version, or one step of its approval (``approval_step_id``) on behalf of one
        approver (``user_id``). Not retried after an ambiguous failure: approving moves the offer on and
        notifies the next approvers."""
        return self._call(
            "offer.approve",
            {"offerVersionId": offer_version_id, "approvalStepId": approval_step_id, "userId": user_id},
            Offer,
            **options,
        )

    def create(
        self,
        *,
        offer_process_id: str,
        offer_form_id: str,
        offer_form: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Offer:
        """Fill in the offer form ``offer.start`` returned and create the offer."""
        return self._call(
            "offer.create",
            {"offerProcessId": offer_process_id, "offerFormId": offer_form_id, "offerForm": offer_form},
            Offer,
            **options,
        )

    def start(self, *, offer_process_id: str, **options: Unpack[RequestOptions]) -> OfferForm:
        """Start a new offer version form for an offer process; fill it in with ``create``."""
        return self._call("offer.start", {"offerProcessId": offer_process_id}, OfferForm, **options)

    def start_approval_process(
        self, *, offer_version_id: str, note: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Offer:
        """Send an offer version waiting on approval start to its approvers, with a ``note`` for them when
        given."""
        return self._call(
            "offer.startApprovalProcess", {"offerVersionId": offer_version_id, "note": note}, Offer, **options
        )

    def update(self, *, offer_id: str, offer_form: Mapping[str, Any], **options: Unpack[RequestOptions]) -> Offer:
        """Submit a changed offer form: creates a new version and restarts approvals."""
        return self._call("offer.update", {"offerId": offer_id, "offerForm": offer_form}, Offer, **options)


class OfferProcesses(APIResource):
    """Offer processes."""

    def start(self, *, application_id: str, **options: Unpack[RequestOptions]) -> OfferProcess:
        """Start an offer process for an application; returns it."""
        return self._call("offerProcess.start", {"applicationId": application_id}, OfferProcess, **options)


# </generated>
