"""``opening.list``: openings (headcount slots of jobs)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from ..pagination import AsyncPager, Pager
from ..types import Opening

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncOpenings", "Openings"]

EmploymentType = Literal["FullTime", "PartTime", "Intern", "Contract", "Temporary", ""] | str
OpeningState = Literal["Draft", "Approved", "Open", "Closed"] | str


# <unasync>
class AsyncOpenings(AsyncAPIResource):
    """Openings."""

    def iter(
        self,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Opening]:
        """Openings, lazily, one request per page; only those created after ``created_after`` (a datetime, a
        date, an ISO 8601 string or milliseconds since the epoch) when given."""
        return self._pager(
            "opening.list", {"createdAfter": created_after}, Opening, limit=limit, max_items=max_items, **options
        )

    list = async_collect(iter, "Openings, created after a moment when given, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Opening]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "opening.list",
            {"createdAfter": created_after, **sync_body(sync_token)},
            Opening,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def info(self, *, opening_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """One opening by id."""
        return await self._call("opening.info", {"openingId": opening_id}, Opening, **options)

    async def search(self, *, identifier: str, **options: Unpack[RequestOptions]) -> builtins.list[Opening]:
        """Openings with the given identifier."""
        return await self._pager("opening.search", {"identifier": identifier}, Opening, **options).to_list()

    async def create(
        self,
        *,
        identifier: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        team_id: str | NotGiven | None = NOT_GIVEN,
        location_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        job_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        target_hire_date: Moment | NotGiven | None = NOT_GIVEN,
        target_start_date: Moment | NotGiven | None = NOT_GIVEN,
        is_backfill: bool | NotGiven | None = NOT_GIVEN,
        employment_type: EmploymentType | NotGiven | None = NOT_GIVEN,
        opening_state: OpeningState | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Opening:
        """Create an opening (a draft unless ``opening_state`` says otherwise): its ``identifier`` (a
        requisition number), ``description``, department (``team_id``), locations (``location_ids``), jobs
        (``job_ids``), target hire and start dates (``target_hire_date``, ``target_start_date``: a date or
        ``YYYY-MM-DD``), whether it is a backfill (``is_backfill``), and its ``employment_type``
        (``FullTime``, ``PartTime``, ``Intern``, ``Contract``, ``Temporary``). Returns it."""
        return await self._call(
            "opening.create",
            {
                "identifier": identifier,
                "description": description,
                "teamId": team_id,
                "locationIds": location_ids,
                "jobIds": job_ids,
                "targetHireDate": target_hire_date,
                "targetStartDate": target_start_date,
                "isBackfill": is_backfill,
                "employmentType": employment_type,
                "openingState": opening_state,
            },
            Opening,
            **options,
        )

    async def add_job(self, *, opening_id: str, job_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Attach a job to an opening; returns the opening."""
        return await self._call("opening.addJob", {"openingId": opening_id, "jobId": job_id}, Opening, **options)

    async def remove_job(self, *, opening_id: str, job_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Detach a job from an opening; returns the opening."""
        return await self._call("opening.removeJob", {"openingId": opening_id, "jobId": job_id}, Opening, **options)

    async def add_location(self, *, opening_id: str, location_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Add a location to an opening; returns the opening."""
        return await self._call(
            "opening.addLocation", {"openingId": opening_id, "locationId": location_id}, Opening, **options
        )

    async def remove_location(self, *, opening_id: str, location_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Remove a location from an opening; returns the opening."""
        return await self._call(
            "opening.removeLocation", {"openingId": opening_id, "locationId": location_id}, Opening, **options
        )

    async def set_opening_state(
        self,
        *,
        opening_id: str,
        opening_state: OpeningState | NotGiven | None = NOT_GIVEN,
        close_reason_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Opening:
        """Move an opening to another state (``opening_state``: ``Draft``, ``Approved``, ``Open``,
        ``Closed``; closing takes a ``close_reason_id``); returns it."""
        return await self._call(
            "opening.setOpeningState",
            {"openingId": opening_id, "openingState": opening_state, "closeReasonId": close_reason_id},
            Opening,
            **options,
        )

    async def set_archived(
        self, *, opening_id: str, archive: bool | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Opening:
        """Archive (``archive=True``) or restore (``False``) an opening; returns it."""
        return await self._call(
            "opening.setArchived", {"openingId": opening_id, "archive": archive}, Opening, **options
        )

    async def update(
        self,
        *,
        opening_id: str,
        identifier: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        team_id: str | NotGiven | None = NOT_GIVEN,
        target_hire_date: Moment | NotGiven | None = NOT_GIVEN,
        target_start_date: Moment | NotGiven | None = NOT_GIVEN,
        is_backfill: bool | NotGiven | None = NOT_GIVEN,
        employment_type: EmploymentType | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Opening:
        """Change an opening's fields, only those given, as :meth:`create` describes them: ``identifier``,
        ``description``, ``team_id``, ``target_hire_date``, ``target_start_date``, ``is_backfill``,
        ``employment_type``; returns it."""
        return await self._call(
            "opening.update",
            {
                "openingId": opening_id,
                "identifier": identifier,
                "description": description,
                "teamId": team_id,
                "targetHireDate": target_hire_date,
                "targetStartDate": target_start_date,
                "isBackfill": is_backfill,
                "employmentType": employment_type,
            },
            Opening,
            **options,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Openings(APIResource):
    """Openings."""

    def iter(
        self,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Opening]:
        """Openings, lazily, one request per page; only those created after ``created_after`` (a datetime, a
        date, an ISO 8601 string or milliseconds since the epoch) when given."""
        return self._pager(
            "opening.list", {"createdAfter": created_after}, Opening, limit=limit, max_items=max_items, **options
        )

    list = collect(iter, "Openings, created after a moment when given, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Opening]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "opening.list",
            {"createdAfter": created_after, **sync_body(sync_token)},
            Opening,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def info(self, *, opening_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """One opening by id."""
        return self._call("opening.info", {"openingId": opening_id}, Opening, **options)

    def search(self, *, identifier: str, **options: Unpack[RequestOptions]) -> builtins.list[Opening]:
        """Openings with the given identifier."""
        return self._pager("opening.search", {"identifier": identifier}, Opening, **options).to_list()

    def create(
        self,
        *,
        identifier: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        team_id: str | NotGiven | None = NOT_GIVEN,
        location_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        job_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        target_hire_date: Moment | NotGiven | None = NOT_GIVEN,
        target_start_date: Moment | NotGiven | None = NOT_GIVEN,
        is_backfill: bool | NotGiven | None = NOT_GIVEN,
        employment_type: EmploymentType | NotGiven | None = NOT_GIVEN,
        opening_state: OpeningState | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Opening:
        """Create an opening (a draft unless ``opening_state`` says otherwise): its ``identifier`` (a
        requisition number), ``description``, department (``team_id``), locations (``location_ids``), jobs
        (``job_ids``), target hire and start dates (``target_hire_date``, ``target_start_date``: a date or
        ``YYYY-MM-DD``), whether it is a backfill (``is_backfill``), and its ``employment_type``
        (``FullTime``, ``PartTime``, ``Intern``, ``Contract``, ``Temporary``). Returns it."""
        return self._call(
            "opening.create",
            {
                "identifier": identifier,
                "description": description,
                "teamId": team_id,
                "locationIds": location_ids,
                "jobIds": job_ids,
                "targetHireDate": target_hire_date,
                "targetStartDate": target_start_date,
                "isBackfill": is_backfill,
                "employmentType": employment_type,
                "openingState": opening_state,
            },
            Opening,
            **options,
        )

    def add_job(self, *, opening_id: str, job_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Attach a job to an opening; returns the opening."""
        return self._call("opening.addJob", {"openingId": opening_id, "jobId": job_id}, Opening, **options)

    def remove_job(self, *, opening_id: str, job_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Detach a job from an opening; returns the opening."""
        return self._call("opening.removeJob", {"openingId": opening_id, "jobId": job_id}, Opening, **options)

    def add_location(self, *, opening_id: str, location_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Add a location to an opening; returns the opening."""
        return self._call(
            "opening.addLocation", {"openingId": opening_id, "locationId": location_id}, Opening, **options
        )

    def remove_location(self, *, opening_id: str, location_id: str, **options: Unpack[RequestOptions]) -> Opening:
        """Remove a location from an opening; returns the opening."""
        return self._call(
            "opening.removeLocation", {"openingId": opening_id, "locationId": location_id}, Opening, **options
        )

    def set_opening_state(
        self,
        *,
        opening_id: str,
        opening_state: OpeningState | NotGiven | None = NOT_GIVEN,
        close_reason_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Opening:
        """Move an opening to another state (``opening_state``: ``Draft``, ``Approved``, ``Open``,
        ``Closed``; closing takes a ``close_reason_id``); returns it."""
        return self._call(
            "opening.setOpeningState",
            {"openingId": opening_id, "openingState": opening_state, "closeReasonId": close_reason_id},
            Opening,
            **options,
        )

    def set_archived(
        self, *, opening_id: str, archive: bool | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Opening:
        """Archive (``archive=True``) or restore (``False``) an opening; returns it."""
        return self._call("opening.setArchived", {"openingId": opening_id, "archive": archive}, Opening, **options)

    def update(
        self,
        *,
        opening_id: str,
        identifier: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        team_id: str | NotGiven | None = NOT_GIVEN,
        target_hire_date: Moment | NotGiven | None = NOT_GIVEN,
        target_start_date: Moment | NotGiven | None = NOT_GIVEN,
        is_backfill: bool | NotGiven | None = NOT_GIVEN,
        employment_type: EmploymentType | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Opening:
        """Change an opening's fields, only those given, as :meth:`create` describes them: ``identifier``,
        ``description``, ``team_id``, ``target_hire_date``, ``target_start_date``, ``is_backfill``,
        ``employment_type``; returns it."""
        return self._call(
            "opening.update",
            {
                "openingId": opening_id,
                "identifier": identifier,
                "description": description,
                "teamId": team_id,
                "targetHireDate": target_hire_date,
                "targetStartDate": target_start_date,
                "isBackfill": is_backfill,
                "employmentType": employment_type,
            },
            Opening,
            **options,
        )


# </generated>
