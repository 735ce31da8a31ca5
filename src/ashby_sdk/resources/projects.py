"""``project.*``: projects (talent pools) and their custom fields."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import CustomField, Project

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncProjects", "Projects"]


# <unasync>
class AsyncProjects(AsyncAPIResource):
    """Projects (talent pools)."""

    def iter(
        self,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Project]:
        """Projects (talent pools), lazily, one request per page; only those created after ``created_after``
        (a datetime, a date, an ISO 8601 string or milliseconds since the epoch) when given."""
        return self._pager(
            "project.list", {"createdAfter": created_after}, Project, limit=limit, max_items=max_items, **options
        )

    list = async_collect(iter, "Projects (talent pools), created after a moment when given, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Project]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"createdAfter": created_after, **sync_body(sync_token)}
        return self._pager("project.list", body, Project, limit=limit, max_items=max_items, **options)

    async def get(self, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """One project by id."""
        return await self.info(project_id=check_id("project_id", project_id), **options)

    async def info(self, *, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """One project by id."""
        return await self._call("project.info", {"projectId": project_id}, Project, **options)

    async def search(
        self, *, title: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> builtins.list[Project]:
        """Projects whose title matches ``title`` (at most 100; not paged)."""
        return await self._pager("project.search", {"title": title}, Project, **options).to_list()

    async def create(
        self,
        *,
        title: str,
        description: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        confidential: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Create a project titled ``title``; it starts active and empty (add candidates with
        ``candidates.add_project``). ``description`` is ``{"type": "text/plain" | "text/html", "value": ...}``;
        ``confidential`` needs a plan with confidential projects. Not retried after an ambiguous failure."""
        body = {"title": title, "description": description, "confidential": confidential}
        return await self._call("project.create", body, Project, **options)

    async def update(
        self,
        *,
        project_id: str,
        title: str | NotGiven | None = NOT_GIVEN,
        description: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Change a project's title or description (only those given; ``description=None`` clears it); returns
        the project. Archived projects can be updated too."""
        body = {"projectId": project_id, "title": title, "description": description}
        return await self._call("project.update", body, Project, **options)

    async def archive(self, *, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """Archive a project; returns it."""
        return await self._call("project.archive", {"projectId": project_id}, Project, **options)

    async def restore(self, *, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """Restore an archived project; returns it."""
        return await self._call("project.restore", {"projectId": project_id}, Project, **options)

    async def set_custom_field_value(
        self, *, project_id: str, field_id: str, field_value: Any, **options: Unpack[RequestOptions]
    ) -> CustomField:
        """Set one custom field (``field_id``) of a project; ``field_value=None`` clears an optional field.
        Returns the field's entry. Not retried after an ambiguous failure (Ashby warns that a retry can
        overwrite a newer value)."""
        body = {"projectId": project_id, "fieldId": field_id, "fieldValue": field_value}
        return await self._call("project.setCustomFieldValue", body, CustomField, **options)

    async def set_custom_field_values(
        self, *, project_id: str, values: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> builtins.list[CustomField]:
        """Set several custom fields of a project in one call: ``values`` is ``[{fieldId, fieldValue}]``."""
        body = {"projectId": project_id, "values": values}
        return await self._pager("project.setCustomFieldValues", body, CustomField, **options).to_list()


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Projects(APIResource):
    """Projects (talent pools)."""

    def iter(
        self,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Project]:
        """Projects (talent pools), lazily, one request per page; only those created after ``created_after``
        (a datetime, a date, an ISO 8601 string or milliseconds since the epoch) when given."""
        return self._pager(
            "project.list", {"createdAfter": created_after}, Project, limit=limit, max_items=max_items, **options
        )

    list = collect(iter, "Projects (talent pools), created after a moment when given, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        created_after: Moment | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Project]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        body = {"createdAfter": created_after, **sync_body(sync_token)}
        return self._pager("project.list", body, Project, limit=limit, max_items=max_items, **options)

    def get(self, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """One project by id."""
        return self.info(project_id=check_id("project_id", project_id), **options)

    def info(self, *, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """One project by id."""
        return self._call("project.info", {"projectId": project_id}, Project, **options)

    def search(
        self, *, title: str | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> builtins.list[Project]:
        """Projects whose title matches ``title`` (at most 100; not paged)."""
        return self._pager("project.search", {"title": title}, Project, **options).to_list()

    def create(
        self,
        *,
        title: str,
        description: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        confidential: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Create a project titled ``title``; it starts active and empty (add candidates with
        ``candidates.add_project``). ``description`` is ``{"type": "text/plain" | "text/html", "value": ...}``;
        ``confidential`` needs a plan with confidential projects. Not retried after an ambiguous failure."""
        body = {"title": title, "description": description, "confidential": confidential}
        return self._call("project.create", body, Project, **options)

    def update(
        self,
        *,
        project_id: str,
        title: str | NotGiven | None = NOT_GIVEN,
        description: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Change a project's title or description (only those given; ``description=None`` clears it); returns
        the project. Archived projects can be updated too."""
        body = {"projectId": project_id, "title": title, "description": description}
        return self._call("project.update", body, Project, **options)

    def archive(self, *, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """Archive a project; returns it."""
        return self._call("project.archive", {"projectId": project_id}, Project, **options)

    def restore(self, *, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """Restore an archived project; returns it."""
        return self._call("project.restore", {"projectId": project_id}, Project, **options)

    def set_custom_field_value(
        self, *, project_id: str, field_id: str, field_value: Any, **options: Unpack[RequestOptions]
    ) -> CustomField:
        """Set one custom field (``field_id``) of a project; ``field_value=None`` clears an optional field.
        Returns the field's entry. Not retried after an ambiguous failure (Ashby warns that a retry can
        overwrite a newer value)."""
        body = {"projectId": project_id, "fieldId": field_id, "fieldValue": field_value}
        return self._call("project.setCustomFieldValue", body, CustomField, **options)

    def set_custom_field_values(
        self, *, project_id: str, values: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> builtins.list[CustomField]:
        """Set several custom fields of a project in one call: ``values`` is ``[{fieldId, fieldValue}]``."""
        body = {"projectId": project_id, "values": values}
        return self._pager("project.setCustomFieldValues", body, CustomField, **options).to_list()


# </generated>
