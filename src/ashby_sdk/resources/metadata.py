"""Hiring-process metadata: sources, archive and close reasons, candidate tags, custom fields."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._catalogue import CustomFieldObjectType, CustomFieldType
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import (
    ArchiveReason,
    CloseReason,
    CustomField,
    CustomFieldDefinition,
    Source,
    Tag,
)

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = [
    "ArchiveReasons",
    "AsyncArchiveReasons",
    "AsyncCandidateTags",
    "AsyncCloseReasons",
    "AsyncCustomFields",
    "AsyncSources",
    "CandidateTags",
    "CloseReasons",
    "CustomFields",
    "Sources",
]


# <unasync>
class AsyncSources(AsyncAPIResource):
    """Sources candidates come from. ``source.list`` is not paged."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Source]:
        """Sources candidates come from (``include_archived`` for archived ones too), lazily (one request: the list is
        not paged).
        """
        return self._pager(
            "source.list", {"includeArchived": include_archived}, Source, limit=limit, max_items=max_items, **options
        )

    list = async_collect(iter, "Sources candidates come from (``include_archived`` for archived ones too).")


class AsyncArchiveReasons(AsyncAPIResource):
    """Why candidates were archived (rejected, withdrew, ...)."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ArchiveReason]:
        """Why candidates were archived (``include_archived`` for archived reasons too), lazily (one request: the list
        is not paged).
        """
        return self._pager(
            "archiveReason.list",
            {"includeArchived": include_archived},
            ArchiveReason,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(iter, "Why candidates were archived (``include_archived`` for archived reasons too).")


class AsyncCloseReasons(AsyncAPIResource):
    """Why jobs were closed."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CloseReason]:
        """Why jobs and openings were closed (``include_archived`` for archived reasons too), lazily (one request: the
        list is not paged).
        """
        return self._pager(
            "closeReason.list",
            {"includeArchived": include_archived},
            CloseReason,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(iter, "Why jobs and openings were closed (``include_archived`` for archived reasons too).")


class AsyncCandidateTags(AsyncAPIResource):
    """Candidate tags."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Tag]:
        """Candidate tags (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "candidateTag.list", {"includeArchived": include_archived}, Tag, limit=limit, max_items=max_items, **options
        )

    list = async_collect(iter, "Candidate tags (``include_archived`` for archived ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Tag]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "candidateTag.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            Tag,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def create(self, title: str, **options: Unpack[RequestOptions]) -> Tag:
        """Create a tag titled ``title`` (Ashby answers the existing tag when one has this title)."""
        return await self._call("candidateTag.create", {"title": title}, Tag, **options)

    async def archive(self, *, tag_id: str, **options: Unpack[RequestOptions]) -> Tag:
        """Archive a candidate tag; returns the tag."""
        return await self._call("candidateTag.archive", {"tagId": tag_id}, Tag, **options)


class AsyncCustomFields(AsyncAPIResource):
    """Custom field definitions."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CustomFieldDefinition]:
        """Custom field definitions (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "customField.list",
            {"includeArchived": include_archived},
            CustomFieldDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(
        iter, "Custom field definitions (``include_archived`` for archived ones too), all pages in one list."
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CustomFieldDefinition]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "customField.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            CustomFieldDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def get(self, custom_field_id: str, **options: Unpack[RequestOptions]) -> CustomFieldDefinition:
        """One custom field definition by id."""
        return await self.info(custom_field_id=check_id("custom_field_id", custom_field_id), **options)

    async def info(self, *, custom_field_id: str, **options: Unpack[RequestOptions]) -> CustomFieldDefinition:
        """One custom field definition by id."""
        return await self._call(
            "customField.info", {"customFieldId": custom_field_id}, CustomFieldDefinition, **options
        )

    async def create(
        self,
        *,
        field_type: CustomFieldType | str,
        object_type: CustomFieldObjectType | str,
        title: str,
        description: str | NotGiven | None = NOT_GIVEN,
        selectable_values: Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        is_date_only_field: bool | NotGiven | None = NOT_GIVEN,
        is_exposable_to_candidate: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldDefinition:
        """Create a custom field: its kind of value (``field_type``), the kind of object it is on
        (``object_type``), its title and ``description``, and for select fields its options
        (``selectable_values``, ``[{label, value}]``); ``is_date_only_field`` makes a date field hold dates
        without a time, ``is_exposable_to_candidate`` lets it be shown to candidates. Returns its definition."""
        return await self._call(
            "customField.create",
            {
                "fieldType": field_type,
                "objectType": object_type,
                "title": title,
                "description": description,
                "selectableValues": selectable_values,
                "isDateOnlyField": is_date_only_field,
                "isExposableToCandidate": is_exposable_to_candidate,
            },
            CustomFieldDefinition,
            **options,
        )

    async def set_value(
        self,
        *,
        object_id: str,
        object_type: Literal["Application", "Candidate", "Job", "Opening"] | str,
        field_id: str,
        field_value: Any,
        **options: Unpack[RequestOptions],
    ) -> CustomField:
        """Set one custom field (``field_id``) on an application, candidate, job or opening; returns the value.

        ``field_value`` is what the field holds (a string, number, bool, ISO date, list of option values,
        or an object for currencies and ranges); ``None`` sends ``null``, which clears it.
        """
        return await self._call(
            "customField.setValue",
            {"objectId": object_id, "objectType": object_type, "fieldId": field_id, "fieldValue": field_value},
            CustomField,
            **options,
        )

    async def set_values(
        self,
        *,
        object_id: str,
        object_type: Literal["Application", "Candidate", "Job", "Opening"] | str,
        values: Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[CustomField]:
        """Set several custom fields of one object in one call: ``values`` is ``[{fieldId, fieldValue}]``."""
        return await self._pager(
            "customField.setValues",
            {"objectId": object_id, "objectType": object_type, "values": values},
            CustomField,
            **options,
        ).to_list()

    async def update_selectable_values(
        self, *, custom_field_id: str, selectable_values: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> CustomFieldDefinition:
        """Merge options into a select field: new ones added, omitted ones archived."""
        return await self._call(
            "customField.updateSelectableValues",
            {"customFieldId": custom_field_id, "selectableValues": selectable_values},
            CustomFieldDefinition,
            **options,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Sources(APIResource):
    """Sources candidates come from. ``source.list`` is not paged."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Source]:
        """Sources candidates come from (``include_archived`` for archived ones too), lazily (one request: the list is
        not paged).
        """
        return self._pager(
            "source.list", {"includeArchived": include_archived}, Source, limit=limit, max_items=max_items, **options
        )

    list = collect(iter, "Sources candidates come from (``include_archived`` for archived ones too).")


class ArchiveReasons(APIResource):
    """Why candidates were archived (rejected, withdrew, ...)."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ArchiveReason]:
        """Why candidates were archived (``include_archived`` for archived reasons too), lazily (one request: the list
        is not paged).
        """
        return self._pager(
            "archiveReason.list",
            {"includeArchived": include_archived},
            ArchiveReason,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(iter, "Why candidates were archived (``include_archived`` for archived reasons too).")


class CloseReasons(APIResource):
    """Why jobs were closed."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[CloseReason]:
        """Why jobs and openings were closed (``include_archived`` for archived reasons too), lazily (one request: the
        list is not paged).
        """
        return self._pager(
            "closeReason.list",
            {"includeArchived": include_archived},
            CloseReason,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(iter, "Why jobs and openings were closed (``include_archived`` for archived reasons too).")


class CandidateTags(APIResource):
    """Candidate tags."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Tag]:
        """Candidate tags (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "candidateTag.list", {"includeArchived": include_archived}, Tag, limit=limit, max_items=max_items, **options
        )

    list = collect(iter, "Candidate tags (``include_archived`` for archived ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Tag]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "candidateTag.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            Tag,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def create(self, title: str, **options: Unpack[RequestOptions]) -> Tag:
        """Create a tag titled ``title`` (Ashby answers the existing tag when one has this title)."""
        return self._call("candidateTag.create", {"title": title}, Tag, **options)

    def archive(self, *, tag_id: str, **options: Unpack[RequestOptions]) -> Tag:
        """Archive a candidate tag; returns the tag."""
        return self._call("candidateTag.archive", {"tagId": tag_id}, Tag, **options)


class CustomFields(APIResource):
    """Custom field definitions."""

    def iter(
        self,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[CustomFieldDefinition]:
        """Custom field definitions (``include_archived`` for archived ones too), lazily: one request per page."""
        return self._pager(
            "customField.list",
            {"includeArchived": include_archived},
            CustomFieldDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(
        iter, "Custom field definitions (``include_archived`` for archived ones too), all pages in one list."
    )

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[CustomFieldDefinition]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "customField.list",
            {"includeArchived": include_archived, **sync_body(sync_token)},
            CustomFieldDefinition,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def get(self, custom_field_id: str, **options: Unpack[RequestOptions]) -> CustomFieldDefinition:
        """One custom field definition by id."""
        return self.info(custom_field_id=check_id("custom_field_id", custom_field_id), **options)

    def info(self, *, custom_field_id: str, **options: Unpack[RequestOptions]) -> CustomFieldDefinition:
        """One custom field definition by id."""
        return self._call("customField.info", {"customFieldId": custom_field_id}, CustomFieldDefinition, **options)

    def create(
        self,
        *,
        field_type: CustomFieldType | str,
        object_type: CustomFieldObjectType | str,
        title: str,
        description: str | NotGiven | None = NOT_GIVEN,
        selectable_values: Sequence[Mapping[str, Any]] | NotGiven | None = NOT_GIVEN,
        is_date_only_field: bool | NotGiven | None = NOT_GIVEN,
        is_exposable_to_candidate: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldDefinition:
        """Create a custom field: its kind of value (``field_type``), the kind of object it is on
        (``object_type``), its title and ``description``, and for select fields its options
        (``selectable_values``, ``[{label, value}]``); ``is_date_only_field`` makes a date field hold dates
        without a time, ``is_exposable_to_candidate`` lets it be shown to candidates. Returns its definition."""
        return self._call(
            "customField.create",
            {
                "fieldType": field_type,
                "objectType": object_type,
                "title": title,
                "description": description,
                "selectableValues": selectable_values,
                "isDateOnlyField": is_date_only_field,
                "isExposableToCandidate": is_exposable_to_candidate,
            },
            CustomFieldDefinition,
            **options,
        )

    def set_value(
        self,
        *,
        object_id: str,
        object_type: Literal["Application", "Candidate", "Job", "Opening"] | str,
        field_id: str,
        field_value: Any,
        **options: Unpack[RequestOptions],
    ) -> CustomField:
        """Set one custom field (``field_id``) on an application, candidate, job or opening; returns the value.

        ``field_value`` is what the field holds (a string, number, bool, ISO date, list of option values,
        or an object for currencies and ranges); ``None`` sends ``null``, which clears it.
        """
        return self._call(
            "customField.setValue",
            {"objectId": object_id, "objectType": object_type, "fieldId": field_id, "fieldValue": field_value},
            CustomField,
            **options,
        )

    def set_values(
        self,
        *,
        object_id: str,
        object_type: Literal["Application", "Candidate", "Job", "Opening"] | str,
        values: Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[CustomField]:
        """Set several custom fields of one object in one call: ``values`` is ``[{fieldId, fieldValue}]``."""
        return self._pager(
            "customField.setValues",
            {"objectId": object_id, "objectType": object_type, "values": values},
            CustomField,
            **options,
        ).to_list()

    def update_selectable_values(
        self, *, custom_field_id: str, selectable_values: Sequence[Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> CustomFieldDefinition:
        """Merge options into a select field: new ones added, omitted ones archived."""
        return self._call(
            "customField.updateSelectableValues",
            {"customFieldId": custom_field_id, "selectableValues": selectable_values},
            CustomFieldDefinition,
            **options,
        )


# </generated>
