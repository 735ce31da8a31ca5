"""``department.*`` and ``location.*``: the organisation's departments (teams) and locations.

Users and hiring-team roles are in :mod:`ashby_sdk.resources.users` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import Department, Location

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack
from .users import AsyncHiringTeamRoles, AsyncUsers, HiringTeamRoles, Users

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Department]:
        """Departments and teams (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "department.list",
            {"includeArchived": include_archived},
            Department,
            limit=limit,
            max_items=max_items,
            **options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Department]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "department.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            Department,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def get(self, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """One department by id."""
        return await self.info(department_id=check_id("department_id", department_id), **options)

    async def info(self, *, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """One department by id."""
        return await self._call("department.info", {"departmentId": department_id}, Department, **options)

    async def create(
        self,
        *,
        name: str,
        external_name: str | NotGiven | None = NOT_GIVEN,
        parent_id: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Department:
        """Create a department (team) named ``name``, under ``parent_id`` when given, with an
        ``external_name`` and ``extra_data`` when given; returns it."""
        return await self._call(
            "department.create",
            {"name": name, "externalName": external_name, "parentId": parent_id, "extraData": extra_data},
            Department,
            **options,
        )

    async def archive(self, *, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """Archive a department; returns it."""
        return await self._call("department.archive", {"departmentId": department_id}, Department, **options)

    async def restore(self, *, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """Restore an archived department; returns it."""
        return await self._call("department.restore", {"departmentId": department_id}, Department, **options)

    async def move(
        self, *, department_id: str, parent_id: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Department:
        """Move a department under another parent (``parent_id``; ``None``: to the top); returns it."""
        return await self._call(
            "department.move", {"departmentId": department_id, "parentId": parent_id}, Department, **options
        )

    async def update(
        self,
        *,
        department_id: str,
        name: str | NotGiven | None = NOT_GIVEN,
        external_name: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Department:
        """Rename a department (``name``) or change its ``external_name`` or ``extra_data``; returns it."""
        return await self._call(
            "department.update",
            {"departmentId": department_id, "name": name, "externalName": external_name, "extraData": extra_data},
            Department,
            **options,
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
        **options: Unpack[RequestOptions],
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
            **options,
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
        **options: Unpack[RequestOptions],
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
            **options,
        )

    async def get(self, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """One location by id."""
        return await self.info(location_id=check_id("location_id", location_id), **options)

    async def info(self, *, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """One location by id."""
        return await self._call("location.info", {"locationId": location_id}, Location, **options)

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
        **options: Unpack[RequestOptions],
    ) -> Location:
        """Create a location or a location hierarchy (region) named ``name``; returns it. The others, when
        given: its ``address``, ``parent_location_id``, ``is_remote``, ``workplace_type`` (``OnSite``,
        ``Hybrid``, ``Remote``), ``external_name`` (the name shown externally) and ``extra_data``."""
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
            **options,
        )

    async def archive(self, *, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """Archive a location; returns it."""
        return await self._call("location.archive", {"locationId": location_id}, Location, **options)

    async def restore(self, *, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """Restore an archived location; returns it."""
        return await self._call("location.restore", {"locationId": location_id}, Location, **options)

    async def move(
        self, *, location_id: str, parent_location_hierarchy_id: str, **options: Unpack[RequestOptions]
    ) -> Location:
        """Move a location under another location hierarchy; returns it."""
        return await self._call(
            "location.move",
            {"locationId": location_id, "parentLocationHierarchyId": parent_location_hierarchy_id},
            Location,
            **options,
        )

    async def update_address(
        self, *, location_id: str, address: Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Location:
        """Set a location's postal address; returns it."""
        return await self._call(
            "location.updateAddress", {"locationId": location_id, "address": address}, Location, **options
        )

    async def update_name(self, *, location_id: str, name: str, **options: Unpack[RequestOptions]) -> Location:
        """Rename a location; returns it."""
        return await self._call("location.updateName", {"locationId": location_id, "name": name}, Location, **options)

    async def update_external_name(
        self, *, location_id: str, external_name: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Location:
        """Set (or with ``None`` clear) a location's candidate-facing name, ``external_name``; returns it."""
        return await self._call(
            "location.updateExternalName",
            {"locationId": location_id, "externalName": external_name},
            Location,
            **options,
        )

    async def update_workplace_type(
        self,
        *,
        location_id: str,
        workplace_type: Literal["OnSite", "Hybrid", "Remote"] | str,
        **options: Unpack[RequestOptions],
    ) -> Location:
        """Set a location's workplace type (on-site, hybrid, remote); returns it."""
        return await self._call(
            "location.updateWorkplaceType",
            {"locationId": location_id, "workplaceType": workplace_type},
            Location,
            **options,
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
        **options: Unpack[RequestOptions],
    ) -> Pager[Department]:
        """Departments and teams (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "department.list",
            {"includeArchived": include_archived},
            Department,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(iter, "Departments and teams (``include_archived`` for archived ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Department]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "department.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            Department,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def get(self, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """One department by id."""
        return self.info(department_id=check_id("department_id", department_id), **options)

    def info(self, *, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """One department by id."""
        return self._call("department.info", {"departmentId": department_id}, Department, **options)

    def create(
        self,
        *,
        name: str,
        external_name: str | NotGiven | None = NOT_GIVEN,
        parent_id: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Department:
        """Create a department (team) named ``name``, under ``parent_id`` when given, with an
        ``external_name`` and ``extra_data`` when given; returns it."""
        return self._call(
            "department.create",
            {"name": name, "externalName": external_name, "parentId": parent_id, "extraData": extra_data},
            Department,
            **options,
        )

    def archive(self, *, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """Archive a department; returns it."""
        return self._call("department.archive", {"departmentId": department_id}, Department, **options)

    def restore(self, *, department_id: str, **options: Unpack[RequestOptions]) -> Department:
        """Restore an archived department; returns it."""
        return self._call("department.restore", {"departmentId": department_id}, Department, **options)

    def move(
        self, *, department_id: str, parent_id: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Department:
        """Move a department under another parent (``parent_id``; ``None``: to the top); returns it."""
        return self._call(
            "department.move", {"departmentId": department_id, "parentId": parent_id}, Department, **options
        )

    def update(
        self,
        *,
        department_id: str,
        name: str | NotGiven | None = NOT_GIVEN,
        external_name: str | NotGiven | None = NOT_GIVEN,
        extra_data: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Department:
        """Rename a department (``name``) or change its ``external_name`` or ``extra_data``; returns it."""
        return self._call(
            "department.update",
            {"departmentId": department_id, "name": name, "externalName": external_name, "extraData": extra_data},
            Department,
            **options,
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
        **options: Unpack[RequestOptions],
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
            **options,
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
        **options: Unpack[RequestOptions],
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
            **options,
        )

    def get(self, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """One location by id."""
        return self.info(location_id=check_id("location_id", location_id), **options)

    def info(self, *, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """One location by id."""
        return self._call("location.info", {"locationId": location_id}, Location, **options)

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
        **options: Unpack[RequestOptions],
    ) -> Location:
        """Create a location or a location hierarchy (region) named ``name``; returns it. The others, when
        given: its ``address``, ``parent_location_id``, ``is_remote``, ``workplace_type`` (``OnSite``,
        ``Hybrid``, ``Remote``), ``external_name`` (the name shown externally) and ``extra_data``."""
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
            **options,
        )

    def archive(self, *, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """Archive a location; returns it."""
        return self._call("location.archive", {"locationId": location_id}, Location, **options)

    def restore(self, *, location_id: str, **options: Unpack[RequestOptions]) -> Location:
        """Restore an archived location; returns it."""
        return self._call("location.restore", {"locationId": location_id}, Location, **options)

    def move(
        self, *, location_id: str, parent_location_hierarchy_id: str, **options: Unpack[RequestOptions]
    ) -> Location:
        """Move a location under another location hierarchy; returns it."""
        return self._call(
            "location.move",
            {"locationId": location_id, "parentLocationHierarchyId": parent_location_hierarchy_id},
            Location,
            **options,
        )

    def update_address(
        self, *, location_id: str, address: Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Location:
        """Set a location's postal address; returns it."""
        return self._call(
            "location.updateAddress", {"locationId": location_id, "address": address}, Location, **options
        )

    def update_name(self, *, location_id: str, name: str, **options: Unpack[RequestOptions]) -> Location:
        """Rename a location; returns it."""
        return self._call("location.updateName", {"locationId": location_id, "name": name}, Location, **options)

    def update_external_name(
        self, *, location_id: str, external_name: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> Location:
        """Set (or with ``None`` clear) a location's candidate-facing name, ``external_name``; returns it."""
        return self._call(
            "location.updateExternalName",
            {"locationId": location_id, "externalName": external_name},
            Location,
            **options,
        )

    def update_workplace_type(
        self,
        *,
        location_id: str,
        workplace_type: Literal["OnSite", "Hybrid", "Remote"] | str,
        **options: Unpack[RequestOptions],
    ) -> Location:
        """Set a location's workplace type (on-site, hybrid, remote); returns it."""
        return self._call(
            "location.updateWorkplaceType",
            {"locationId": location_id, "workplaceType": workplace_type},
            Location,
            **options,
        )


# </generated>
