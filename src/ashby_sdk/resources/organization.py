"""``department.*``, ``location.*``, ``user.*``, ``hiringTeamRole.list``: the organisation."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Department, HiringTeamRole, InterviewerPause, InterviewerSettings, Location, User

__all__ = [
    "AsyncDepartments",
    "AsyncHiringTeamRoles",
    "AsyncLocations",
    "AsyncUsers",
    "Departments",
    "HiringTeamRoles",
    "Locations",
    "Users",
]


# <unasync>
class AsyncDepartments(AsyncAPIResource):
    """Departments."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Department]:
        """Departments and teams (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "department.list", {"includeArchived": include_archived}, Department, limit=limit, max_items=max_items
        )

    list = async_collect(
        iter, "Departments and teams (``include_archived`` for archived ones too), all pages in one list."
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Department]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "department.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            Department,
            limit=limit,
            max_items=max_items,
        )

    async def get(self, department_id: str) -> Department:
        """One department by id."""
        return await self.info(department_id=check_id("department_id", department_id))

    async def info(self, *, department_id: str) -> Department:
        """One department by id."""
        return await self._call("department.info", {"departmentId": department_id}, Department)

    async def create(
        self,
        *,
        name: str,
        external_name: str | NotGiven | None = NOT_GIVEN,
        parent_id: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    ) -> Department:
        """Create a department (team) named ``name``, under ``parent_id`` when given; returns it."""
        return await self._call(
            "department.create",
            {"name": name, "externalName": external_name, "parentId": parent_id, "extraData": extra_data},
            Department,
        )

    async def archive(self, *, department_id: str) -> Department:
        """Archive a department; returns it."""
        return await self._call("department.archive", {"departmentId": department_id}, Department)

    async def restore(self, *, department_id: str) -> Department:
        """Restore an archived department; returns it."""
        return await self._call("department.restore", {"departmentId": department_id}, Department)

    async def move(self, *, department_id: str, parent_id: str | NotGiven | None = NOT_GIVEN) -> Department:
        """Move a department under another parent (``None``: to the top); returns it."""
        return await self._call("department.move", {"departmentId": department_id, "parentId": parent_id}, Department)

    async def update(
        self,
        *,
        department_id: str,
        name: str | NotGiven | None = NOT_GIVEN,
        external_name: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    ) -> Department:
        """Rename a department or change its external name or extra data; returns it."""
        return await self._call(
            "department.update",
            {"departmentId": department_id, "name": name, "externalName": external_name, "extraData": extra_data},
            Department,
        )


class AsyncLocations(AsyncAPIResource):
    """Office locations."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_location_hierarchy: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Location]:
        """Locations (``include_location_hierarchy`` for regions, ``include_archived`` for archived ones), lazily: one
        request per page.
        """
        return self._pager(
            "location.list",
            {"includeArchived": include_archived, "includeLocationHierarchy": include_location_hierarchy},
            Location,
            limit=limit,
            max_items=max_items,
        )

    list = async_collect(
        iter,
        "Locations (``include_location_hierarchy``: regions too), all pages in one list.",
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_location_hierarchy: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Location]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "location.list",
            {
                "includeArchived": include_archived,
                "includeLocationHierarchy": include_location_hierarchy,
                **sync_body(sync_token),
            },
            Location,
            limit=limit,
            max_items=max_items,
        )

    async def get(self, location_id: str) -> Location:
        """One location by id."""
        return await self.info(location_id=check_id("location_id", location_id))

    async def info(self, *, location_id: str) -> Location:
        """One location by id."""
        return await self._call("location.info", {"locationId": location_id}, Location)

    async def create(
        self,
        *,
        name: str,
        type: Literal["Location", "LocationHierarchy"] | str,
        address: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        parent_location_id: str | NotGiven | None = NOT_GIVEN,
        is_remote: bool | NotGiven | None = NOT_GIVEN,
        workplace_type: Literal["OnSite", "Hybrid", "Remote"] | str | NotGiven | None = NOT_GIVEN,
        external_name: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    ) -> Location:
        """Create a location or a location hierarchy (region); returns it."""
        return await self._call(
            "location.create",
            {
                "name": name,
                "type": type,
                "address": address,
                "parentLocationId": parent_location_id,
                "isRemote": is_remote,
                "workplaceType": workplace_type,
                "externalName": external_name,
                "extraData": extra_data,
            },
            Location,
        )

    async def archive(self, *, location_id: str) -> Location:
        """Archive a location; returns it."""
        return await self._call("location.archive", {"locationId": location_id}, Location)

    async def restore(self, *, location_id: str) -> Location:
        """Restore an archived location; returns it."""
        return await self._call("location.restore", {"locationId": location_id}, Location)

    async def move(self, *, location_id: str, parent_location_hierarchy_id: str) -> Location:
        """Move a location under another location hierarchy; returns it."""
        return await self._call(
            "location.move",
            {"locationId": location_id, "parentLocationHierarchyId": parent_location_hierarchy_id},
            Location,
        )

    async def update_address(self, *, location_id: str, address: Mapping[str, Any]) -> Location:
        """Set a location's postal address; returns it."""
        return await self._call("location.updateAddress", {"locationId": location_id, "address": address}, Location)

    async def update_name(self, *, location_id: str, name: str) -> Location:
        """Rename a location; returns it."""
        return await self._call("location.updateName", {"locationId": location_id, "name": name}, Location)

    async def update_external_name(
        self, *, location_id: str, external_name: str | NotGiven | None = NOT_GIVEN
    ) -> Location:
        """Set (or with ``None`` clear) a location's candidate-facing name; returns it."""
        return await self._call(
            "location.updateExternalName", {"locationId": location_id, "externalName": external_name}, Location
        )

    async def update_workplace_type(
        self, *, location_id: str, workplace_type: Literal["OnSite", "Hybrid", "Remote"] | str
    ) -> Location:
        """Set a location's workplace type (on-site, hybrid, remote); returns it."""
        return await self._call(
            "location.updateWorkplaceType", {"locationId": location_id, "workplaceType": workplace_type}, Location
        )


class AsyncUsers(AsyncAPIResource):
    """Users: the members of the Ashby organisation."""

    def iter(
        self,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[User]:
        """Users (``include_deactivated`` for deactivated ones too), lazily: one request per page."""
        return self._pager(
            "user.list", {"includeDeactivated": include_deactivated}, User, limit=limit, max_items=max_items
        )

    list = async_collect(iter, "Users (``include_deactivated`` for deactivated ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[User]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "user.list",
            {"includeDeactivated": include_deactivated, **sync_body(sync_token)},
            User,
            limit=limit,
            max_items=max_items,
        )

    async def get(self, user_id: str) -> User:
        """One user by id."""
        return await self.info(user_id=check_id("user_id", user_id))

    async def info(self, *, user_id: str) -> User:
        """One user by id."""
        return await self._call("user.info", {"userId": user_id}, User)

    async def search(self, *, email: str) -> builtins.list[User]:
        """The users with this email address."""
        return await self._pager("user.search", {"email": email}, User).to_list()

    async def interviewer_settings(self, *, user_id: str) -> InterviewerSettings:
        """A user's daily and weekly interview limits."""
        return await self._call("user.interviewerSettings", {"userId": user_id}, InterviewerSettings)

    async def update_interviewer_settings(
        self,
        *,
        user_id: str,
        daily_limit: int | NotGiven | None = NOT_GIVEN,
        weekly_limit: int | NotGiven | None = NOT_GIVEN,
    ) -> InterviewerSettings:
        """Change a user's interview limits a day and a week: a number sets one, ``None`` removes it (sends
        ``null``), leaving it out keeps it as it is."""
        return await self._call(
            "user.updateInterviewerSettings",
            {"userId": user_id, "dailyLimit": daily_limit, "weeklyLimit": weekly_limit},
            InterviewerSettings,
        )

    async def create_interviewer_pause(
        self,
        *,
        user_id: str,
        starts_at: Moment | NotGiven | None = NOT_GIVEN,
        ends_at: Moment | NotGiven | None = NOT_GIVEN,
        comment: str | NotGiven | None = NOT_GIVEN,
    ) -> InterviewerPause:
        """Pause a user from being scheduled for interviews from ``starts_at`` to ``ends_at`` (datetimes,
        dates or ISO 8601 strings; naive means UTC), with a ``comment``; one pause at a time."""
        return await self._call(
            "user.createInterviewerPause",
            {"userId": user_id, "startsAt": starts_at, "endsAt": ends_at, "comment": comment},
            InterviewerPause,
        )

    async def list_interviewer_pauses(
        self, *, user_id: str, max_items: int | None = None
    ) -> builtins.list[InterviewerPause]:
        """A user's active and scheduled interviewer pauses (the first ``max_items`` when given)."""
        pager = self._pager("user.listInterviewerPauses", {"userId": user_id}, InterviewerPause, max_items=max_items)
        return await pager.to_list()

    async def delete_interviewer_pause(self, *, interviewer_pause_id: str) -> InterviewerPause:
        """Delete an interviewer pause; returns its id."""
        return await self._call(
            "user.deleteInterviewerPause", {"interviewerPauseId": interviewer_pause_id}, InterviewerPause
        )


class AsyncHiringTeamRoles(AsyncAPIResource):
    """Hiring team roles (Hiring Manager, Recruiter, ...), as objects with ids rather than bare names."""

    def iter(
        self, *, names_only: bool = False, limit: int | None = None, max_items: int | None = None
    ) -> AsyncPager[HiringTeamRole]:
        """Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``), lazily (one
        request: the list is not paged).
        """
        return self._pager(
            "hiringTeamRole.list", {"namesOnly": names_only}, HiringTeamRole, limit=limit, max_items=max_items
        )

    list = async_collect(
        iter, "Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``)."
    )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Departments(APIResource):
    """Departments."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[Department]:
        """Departments and teams (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "department.list", {"includeArchived": include_archived}, Department, limit=limit, max_items=max_items
        )

    list = collect(iter, "Departments and teams (``include_archived`` for archived ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[Department]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "department.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            Department,
            limit=limit,
            max_items=max_items,
        )

    def get(self, department_id: str) -> Department:
        """One department by id."""
        return self.info(department_id=check_id("department_id", department_id))

    def info(self, *, department_id: str) -> Department:
        """One department by id."""
        return self._call("department.info", {"departmentId": department_id}, Department)

    def create(
        self,
        *,
        name: str,
        external_name: str | NotGiven | None = NOT_GIVEN,
        parent_id: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    ) -> Department:
        """Create a department (team) named ``name``, under ``parent_id`` when given; returns it."""
        return self._call(
            "department.create",
            {"name": name, "externalName": external_name, "parentId": parent_id, "extraData": extra_data},
            Department,
        )

    def archive(self, *, department_id: str) -> Department:
        """Archive a department; returns it."""
        return self._call("department.archive", {"departmentId": department_id}, Department)

    def restore(self, *, department_id: str) -> Department:
        """Restore an archived department; returns it."""
        return self._call("department.restore", {"departmentId": department_id}, Department)

    def move(self, *, department_id: str, parent_id: str | NotGiven | None = NOT_GIVEN) -> Department:
        """Move a department under another parent (``None``: to the top); returns it."""
        return self._call("department.move", {"departmentId": department_id, "parentId": parent_id}, Department)

    def update(
        self,
        *,
        department_id: str,
        name: str | NotGiven | None = NOT_GIVEN,
        external_name: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    ) -> Department:
        """Rename a department or change its external name or extra data; returns it."""
        return self._call(
            "department.update",
            {"departmentId": department_id, "name": name, "externalName": external_name, "extraData": extra_data},
            Department,
        )


class Locations(APIResource):
    """Office locations."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_location_hierarchy: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[Location]:
        """Locations (``include_location_hierarchy`` for regions, ``include_archived`` for archived ones), lazily: one
        request per page.
        """
        return self._pager(
            "location.list",
            {"includeArchived": include_archived, "includeLocationHierarchy": include_location_hierarchy},
            Location,
            limit=limit,
            max_items=max_items,
        )

    list = collect(
        iter,
        "Locations (``include_location_hierarchy``: regions too), all pages in one list.",
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        include_location_hierarchy: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[Location]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "location.list",
            {
                "includeArchived": include_archived,
                "includeLocationHierarchy": include_location_hierarchy,
                **sync_body(sync_token),
            },
            Location,
            limit=limit,
            max_items=max_items,
        )

    def get(self, location_id: str) -> Location:
        """One location by id."""
        return self.info(location_id=check_id("location_id", location_id))

    def info(self, *, location_id: str) -> Location:
        """One location by id."""
        return self._call("location.info", {"locationId": location_id}, Location)

    def create(
        self,
        *,
        name: str,
        type: Literal["Location", "LocationHierarchy"] | str,
        address: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        parent_location_id: str | NotGiven | None = NOT_GIVEN,
        is_remote: bool | NotGiven | None = NOT_GIVEN,
        workplace_type: Literal["OnSite", "Hybrid", "Remote"] | str | NotGiven | None = NOT_GIVEN,
        external_name: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    ) -> Location:
        """Create a location or a location hierarchy (region); returns it."""
        return self._call(
            "location.create",
            {
                "name": name,
                "type": type,
                "address": address,
                "parentLocationId": parent_location_id,
                "isRemote": is_remote,
                "workplaceType": workplace_type,
                "externalName": external_name,
                "extraData": extra_data,
            },
            Location,
        )

    def archive(self, *, location_id: str) -> Location:
        """Archive a location; returns it."""
        return self._call("location.archive", {"locationId": location_id}, Location)

    def restore(self, *, location_id: str) -> Location:
        """Restore an archived location; returns it."""
        return self._call("location.restore", {"locationId": location_id}, Location)

    def move(self, *, location_id: str, parent_location_hierarchy_id: str) -> Location:
        """Move a location under another location hierarchy; returns it."""
        return self._call(
            "location.move",
            {"locationId": location_id, "parentLocationHierarchyId": parent_location_hierarchy_id},
            Location,
        )

    def update_address(self, *, location_id: str, address: Mapping[str, Any]) -> Location:
        """Set a location's postal address; returns it."""
        return self._call("location.updateAddress", {"locationId": location_id, "address": address}, Location)

    def update_name(self, *, location_id: str, name: str) -> Location:
        """Rename a location; returns it."""
        return self._call("location.updateName", {"locationId": location_id, "name": name}, Location)

    def update_external_name(self, *, location_id: str, external_name: str | NotGiven | None = NOT_GIVEN) -> Location:
        """Set (or with ``None`` clear) a location's candidate-facing name; returns it."""
        return self._call(
            "location.updateExternalName", {"locationId": location_id, "externalName": external_name}, Location
        )

    def update_workplace_type(
        self, *, location_id: str, workplace_type: Literal["OnSite", "Hybrid", "Remote"] | str
    ) -> Location:
        """Set a location's workplace type (on-site, hybrid, remote); returns it."""
        return self._call(
            "location.updateWorkplaceType", {"locationId": location_id, "workplaceType": workplace_type}, Location
        )


class Users(APIResource):
    """Users: the members of the Ashby organisation."""

    def iter(
        self,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[User]:
        """Users (``include_deactivated`` for deactivated ones too), lazily: one request per page."""
        return self._pager(
            "user.list", {"includeDeactivated": include_deactivated}, User, limit=limit, max_items=max_items
        )

    list = collect(iter, "Users (``include_deactivated`` for deactivated ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[User]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "user.list",
            {"includeDeactivated": include_deactivated, **sync_body(sync_token)},
            User,
            limit=limit,
            max_items=max_items,
        )

    def get(self, user_id: str) -> User:
        """One user by id."""
        return self.info(user_id=check_id("user_id", user_id))

    def info(self, *, user_id: str) -> User:
        """One user by id."""
        return self._call("user.info", {"userId": user_id}, User)

    def search(self, *, email: str) -> builtins.list[User]:
        """The users with this email address."""
        return self._pager("user.search", {"email": email}, User).to_list()

    def interviewer_settings(self, *, user_id: str) -> InterviewerSettings:
        """A user's daily and weekly interview limits."""
        return self._call("user.interviewerSettings", {"userId": user_id}, InterviewerSettings)

    def update_interviewer_settings(
        self,
        *,
        user_id: str,
        daily_limit: int | NotGiven | None = NOT_GIVEN,
        weekly_limit: int | NotGiven | None = NOT_GIVEN,
    ) -> InterviewerSettings:
        """Change a user's interview limits a day and a week: a number sets one, ``None`` removes it (sends
        ``null``), leaving it out keeps it as it is."""
        return self._call(
            "user.updateInterviewerSettings",
            {"userId": user_id, "dailyLimit": daily_limit, "weeklyLimit": weekly_limit},
            InterviewerSettings,
        )

    def create_interviewer_pause(
        self,
        *,
        user_id: str,
        starts_at: Moment | NotGiven | None = NOT_GIVEN,
        ends_at: Moment | NotGiven | None = NOT_GIVEN,
        comment: str | NotGiven | None = NOT_GIVEN,
    ) -> InterviewerPause:
        """Pause a user from being scheduled for interviews from ``starts_at`` to ``ends_at`` (datetimes,
        dates or ISO 8601 strings; naive means UTC), with a ``comment``; one pause at a time."""
        return self._call(
            "user.createInterviewerPause",
            {"userId": user_id, "startsAt": starts_at, "endsAt": ends_at, "comment": comment},
            InterviewerPause,
        )

    def list_interviewer_pauses(self, *, user_id: str, max_items: int | None = None) -> builtins.list[InterviewerPause]:
        """A user's active and scheduled interviewer pauses (the first ``max_items`` when given)."""
        pager = self._pager("user.listInterviewerPauses", {"userId": user_id}, InterviewerPause, max_items=max_items)
        return pager.to_list()

    def delete_interviewer_pause(self, *, interviewer_pause_id: str) -> InterviewerPause:
        """Delete an interviewer pause; returns its id."""
        return self._call("user.deleteInterviewerPause", {"interviewerPauseId": interviewer_pause_id}, InterviewerPause)


class HiringTeamRoles(APIResource):
    """Hiring team roles (Hiring Manager, Recruiter, ...), as objects with ids rather than bare names."""

    def iter(
        self, *, names_only: bool = False, limit: int | None = None, max_items: int | None = None
    ) -> Pager[HiringTeamRole]:
        """Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``), lazily (one
        request: the list is not paged).
        """
        return self._pager(
            "hiringTeamRole.list", {"namesOnly": names_only}, HiringTeamRole, limit=limit, max_items=max_items
        )

    list = collect(
        iter, "Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``)."
    )


# </generated>
