"""``opening.list``: openings (headcount slots of jobs)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from .._resource import APIResource, AsyncAPIResource, async_collect, collect, epoch_ms
from ..pagination import AsyncPager, Pager
from ..types import Opening

__all__ = ["AsyncOpenings", "Openings"]


# <unasync>
class AsyncOpenings(AsyncAPIResource):
    """Openings."""

    def iter(self, *, created_after: datetime | int | None = None, limit: int | None = None) -> AsyncPager[Opening]:
        """Openings, created after a moment when given, lazily: one request per page."""
        return self._pager("opening.list", {"createdAfter": epoch_ms(created_after)}, Opening, limit=limit)

    list = async_collect(iter, "Openings, created after a moment when given, all pages in one list.")

    def sync(
        self, sync_token: str | None = None, *, created_after: datetime | int | None = None, limit: int | None = None
    ) -> AsyncPager[Opening]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "opening.list", {"createdAfter": epoch_ms(created_after), "syncToken": sync_token}, Opening, limit=limit
        )

    async def info(self, *, opening_id: str) -> Opening:
        """One opening by id."""
        return await self._call("opening.info", {"openingId": opening_id}, Opening)

    async def search(self, *, identifier: str) -> builtins.list[Opening]:
        """Openings with the given identifier."""
        return await self._pager("opening.search", {"identifier": identifier}, Opening).to_list()

    async def create(
        self,
        *,
        identifier: str | None = None,
        description: str | None = None,
        team_id: str | None = None,
        location_ids: Sequence[str] | None = None,
        job_ids: Sequence[str] | None = None,
        target_hire_date: str | None = None,
        target_start_date: str | None = None,
        is_backfill: bool | None = None,
        employment_type: Literal["FullTime", "PartTime", "Intern", "Contract", "Temporary", ""] | str | None = None,
        opening_state: Literal["Draft", "Approved", "Open", "Closed"] | str | None = None,
    ) -> Opening:
        """Create an opening (a draft unless ``opening_state`` says otherwise); returns it."""
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
        )

    async def add_job(self, *, opening_id: str, job_id: str) -> Opening:
        """Attach a job to an opening; returns the opening."""
        return await self._call("opening.addJob", {"openingId": opening_id, "jobId": job_id}, Opening)

    async def remove_job(self, *, opening_id: str, job_id: str) -> Opening:
        """Detach a job from an opening; returns the opening."""
        return await self._call("opening.removeJob", {"openingId": opening_id, "jobId": job_id}, Opening)

    async def add_location(self, *, opening_id: str, location_id: str) -> Opening:
        """Add a location to an opening; returns the opening."""
        return await self._call("opening.addLocation", {"openingId": opening_id, "locationId": location_id}, Opening)

    async def remove_location(self, *, opening_id: str, location_id: str) -> Opening:
        """Remove a location from an opening; returns the opening."""
        return await self._call("opening.removeLocation", {"openingId": opening_id, "locationId": location_id}, Opening)

    async def set_opening_state(
        self,
        *,
        opening_id: str,
        opening_state: Literal["Draft", "Approved", "Open", "Closed"] | str,
        close_reason_id: str | None = None,
    ) -> Opening:
        """Move an opening to another state (closing needs a close reason); returns it."""
        return await self._call(
            "opening.setOpeningState",
            {"openingId": opening_id, "openingState": opening_state, "closeReasonId": close_reason_id},
            Opening,
        )

    async def set_archived(self, *, opening_id: str, archive: bool) -> Opening:
        """Archive or restore an opening; returns it."""
        return await self._call("opening.setArchived", {"openingId": opening_id, "archive": archive}, Opening)

    async def update(
        self,
        *,
        opening_id: str,
        identifier: str | None = None,
        description: str | None = None,
        team_id: str | None = None,
        target_hire_date: str | None = None,
        target_start_date: str | None = None,
        is_backfill: bool | None = None,
        employment_type: Literal["FullTime", "PartTime", "Intern", "Contract", "Temporary", ""] | str | None = None,
    ) -> Opening:
        """Change an opening's fields; returns it."""
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
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Openings(APIResource):
    """Openings."""

    def iter(self, *, created_after: datetime | int | None = None, limit: int | None = None) -> Pager[Opening]:
        """Openings, created after a moment when given, lazily: one request per page."""
        return self._pager("opening.list", {"createdAfter": epoch_ms(created_after)}, Opening, limit=limit)

    list = collect(iter, "Openings, created after a moment when given, all pages in one list.")

    def sync(
        self, sync_token: str | None = None, *, created_after: datetime | int | None = None, limit: int | None = None
    ) -> Pager[Opening]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "opening.list", {"createdAfter": epoch_ms(created_after), "syncToken": sync_token}, Opening, limit=limit
        )

    def info(self, *, opening_id: str) -> Opening:
        """One opening by id."""
        return self._call("opening.info", {"openingId": opening_id}, Opening)

    def search(self, *, identifier: str) -> builtins.list[Opening]:
        """Openings with the given identifier."""
        return self._pager("opening.search", {"identifier": identifier}, Opening).to_list()

    def create(
        self,
        *,
        identifier: str | None = None,
        description: str | None = None,
        team_id: str | None = None,
        location_ids: Sequence[str] | None = None,
        job_ids: Sequence[str] | None = None,
        target_hire_date: str | None = None,
        target_start_date: str | None = None,
        is_backfill: bool | None = None,
        employment_type: Literal["FullTime", "PartTime", "Intern", "Contract", "Temporary", ""] | str | None = None,
        opening_state: Literal["Draft", "Approved", "Open", "Closed"] | str | None = None,
    ) -> Opening:
        """Create an opening (a draft unless ``opening_state`` says otherwise); returns it."""
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
        )

    def add_job(self, *, opening_id: str, job_id: str) -> Opening:
        """Attach a job to an opening; returns the opening."""
        return self._call("opening.addJob", {"openingId": opening_id, "jobId": job_id}, Opening)

    def remove_job(self, *, opening_id: str, job_id: str) -> Opening:
        """Detach a job from an opening; returns the opening."""
        return self._call("opening.removeJob", {"openingId": opening_id, "jobId": job_id}, Opening)

    def add_location(self, *, opening_id: str, location_id: str) -> Opening:
        """Add a location to an opening; returns the opening."""
        return self._call("opening.addLocation", {"openingId": opening_id, "locationId": location_id}, Opening)

    def remove_location(self, *, opening_id: str, location_id: str) -> Opening:
        """Remove a location from an opening; returns the opening."""
        return self._call("opening.removeLocation", {"openingId": opening_id, "locationId": location_id}, Opening)

    def set_opening_state(
        self,
        *,
        opening_id: str,
        opening_state: Literal["Draft", "Approved", "Open", "Closed"] | str,
        close_reason_id: str | None = None,
    ) -> Opening:
        """Move an opening to another state (closing needs a close reason); returns it."""
        return self._call(
            "opening.setOpeningState",
            {"openingId": opening_id, "openingState": opening_state, "closeReasonId": close_reason_id},
            Opening,
        )

    def set_archived(self, *, opening_id: str, archive: bool) -> Opening:
        """Archive or restore an opening; returns it."""
        return self._call("opening.setArchived", {"openingId": opening_id, "archive": archive}, Opening)

    def update(
        self,
        *,
        opening_id: str,
        identifier: str | None = None,
        description: str | None = None,
        team_id: str | None = None,
        target_hire_date: str | None = None,
        target_start_date: str | None = None,
        is_backfill: bool | None = None,
        employment_type: Literal["FullTime", "PartTime", "Intern", "Contract", "Temporary", ""] | str | None = None,
    ) -> Opening:
        """Change an opening's fields; returns it."""
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
        )


# </generated>
