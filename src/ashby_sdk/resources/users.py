"""``user.*`` and ``hiringTeamRole.list``: the members of the organisation and their roles."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from .._dates import Moment
from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from .._validation import check_id
from ..pagination import AsyncPager, Pager
from ..types import HiringTeamRole, InterviewerPause, InterviewerSettings, User

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncHiringTeamRoles", "AsyncUsers", "HiringTeamRoles", "Users"]


# <unasync>
class AsyncUsers(AsyncAPIResource):
    """Users: the members of the Ashby organisation."""

    def iter(
        self,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[User]:
        """Users (``include_deactivated`` for deactivated ones too), lazily: one request per page."""
        return self._pager(
            "user.list", {"includeDeactivated": include_deactivated}, User, limit=limit, max_items=max_items, **options
        )

    list = async_collect(iter, "Users (``include_deactivated`` for deactivated ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[User]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "user.list",
            {"includeDeactivated": include_deactivated, **sync_body(sync_token)},
            User,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def get(self, user_id: str, **options: Unpack[RequestOptions]) -> User:
        """One user by id."""
        return await self.info(user_id=check_id("user_id", user_id), **options)

    async def info(self, *, user_id: str, **options: Unpack[RequestOptions]) -> User:
        """One user by id."""
        return await self._call("user.info", {"userId": user_id}, User, **options)

    async def search(self, *, email: str, **options: Unpack[RequestOptions]) -> builtins.list[User]:
        """The users with this email address."""
        return await self._pager("user.search", {"email": email}, User, **options).to_list()

    async def interviewer_settings(self, *, user_id: str, **options: Unpack[RequestOptions]) -> InterviewerSettings:
        """A user's daily and weekly interview limits."""
        return await self._call("user.interviewerSettings", {"userId": user_id}, InterviewerSettings, **options)

    async def update_interviewer_settings(
        self,
        *,
        user_id: str,
        daily_limit: int | NotGiven | None = NOT_GIVEN,
        weekly_limit: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerSettings:
        """Change a user's interview limits a day and a week (``daily_limit``, ``weekly_limit``): a number
        sets one, ``None`` removes it (sends ``null``), leaving it out keeps it as it is."""
        return await self._call(
            "user.updateInterviewerSettings",
            {"userId": user_id, "dailyLimit": daily_limit, "weeklyLimit": weekly_limit},
            InterviewerSettings,
            **options,
        )

    async def create_interviewer_pause(
        self,
        *,
        user_id: str,
        starts_at: Moment | NotGiven | None = NOT_GIVEN,
        ends_at: Moment | NotGiven | None = NOT_GIVEN,
        comment: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerPause:
        """Pause a user from being scheduled for interviews from ``starts_at`` to ``ends_at`` (datetimes,
        dates or ISO 8601 strings; naive means UTC), with a ``comment``; one pause at a time."""
        return await self._call(
            "user.createInterviewerPause",
            {"userId": user_id, "startsAt": starts_at, "endsAt": ends_at, "comment": comment},
            InterviewerPause,
            **options,
        )

    async def list_interviewer_pauses(
        self, *, user_id: str, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[InterviewerPause]:
        """A user's active and scheduled interviewer pauses (the first ``max_items`` when given)."""
        pager = self._pager(
            "user.listInterviewerPauses", {"userId": user_id}, InterviewerPause, max_items=max_items, **options
        )
        return await pager.to_list()

    async def delete_interviewer_pause(
        self, *, interviewer_pause_id: str, **options: Unpack[RequestOptions]
    ) -> InterviewerPause:
        """Delete an interviewer pause; returns its id."""
        return await self._call(
            "user.deleteInterviewerPause", {"interviewerPauseId": interviewer_pause_id}, InterviewerPause, **options
        )


class AsyncHiringTeamRoles(AsyncAPIResource):
    """Hiring team roles (Hiring Manager, Recruiter, ...), as objects with ids rather than bare names."""

    def iter(
        self,
        *,
        names_only: bool = False,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[HiringTeamRole]:
        """Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``), lazily (one
        request: the list is not paged).
        """
        return self._pager(
            "hiringTeamRole.list",
            {"namesOnly": names_only},
            HiringTeamRole,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(
        iter, "Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``)."
    )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Users(APIResource):
    """Users: the members of the Ashby organisation."""

    def iter(
        self,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[User]:
        """Users (``include_deactivated`` for deactivated ones too), lazily: one request per page."""
        return self._pager(
            "user.list", {"includeDeactivated": include_deactivated}, User, limit=limit, max_items=max_items, **options
        )

    list = collect(iter, "Users (``include_deactivated`` for deactivated ones too), all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_deactivated: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[User]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "user.list",
            {"includeDeactivated": include_deactivated, **sync_body(sync_token)},
            User,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def get(self, user_id: str, **options: Unpack[RequestOptions]) -> User:
        """One user by id."""
        return self.info(user_id=check_id("user_id", user_id), **options)

    def info(self, *, user_id: str, **options: Unpack[RequestOptions]) -> User:
        """One user by id."""
        return self._call("user.info", {"userId": user_id}, User, **options)

    def search(self, *, email: str, **options: Unpack[RequestOptions]) -> builtins.list[User]:
        """The users with this email address."""
        return self._pager("user.search", {"email": email}, User, **options).to_list()

    def interviewer_settings(self, *, user_id: str, **options: Unpack[RequestOptions]) -> InterviewerSettings:
        """A user's daily and weekly interview limits."""
        return self._call("user.interviewerSettings", {"userId": user_id}, InterviewerSettings, **options)

    def update_interviewer_settings(
        self,
        *,
        user_id: str,
        daily_limit: int | NotGiven | None = NOT_GIVEN,
        weekly_limit: int | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerSettings:
        """Change a user's interview limits a day and a week (``daily_limit``, ``weekly_limit``): a number
        sets one, ``None`` removes it (sends ``null``), leaving it out keeps it as it is."""
        return self._call(
            "user.updateInterviewerSettings",
            {"userId": user_id, "dailyLimit": daily_limit, "weeklyLimit": weekly_limit},
            InterviewerSettings,
            **options,
        )

    def create_interviewer_pause(
        self,
        *,
        user_id: str,
        starts_at: Moment | NotGiven | None = NOT_GIVEN,
        ends_at: Moment | NotGiven | None = NOT_GIVEN,
        comment: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerPause:
        """Pause a user from being scheduled for interviews from ``starts_at`` to ``ends_at`` (datetimes,
        dates or ISO 8601 strings; naive means UTC), with a ``comment``; one pause at a time."""
        return self._call(
            "user.createInterviewerPause",
            {"userId": user_id, "startsAt": starts_at, "endsAt": ends_at, "comment": comment},
            InterviewerPause,
            **options,
        )

    def list_interviewer_pauses(
        self, *, user_id: str, max_items: int | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[InterviewerPause]:
        """A user's active and scheduled interviewer pauses (the first ``max_items`` when given)."""
        pager = self._pager(
            "user.listInterviewerPauses", {"userId": user_id}, InterviewerPause, max_items=max_items, **options
        )
        return pager.to_list()

    def delete_interviewer_pause(
        self, *, interviewer_pause_id: str, **options: Unpack[RequestOptions]
    ) -> InterviewerPause:
        """Delete an interviewer pause; returns its id."""
        return self._call(
            "user.deleteInterviewerPause", {"interviewerPauseId": interviewer_pause_id}, InterviewerPause, **options
        )


class HiringTeamRoles(APIResource):
    """Hiring team roles (Hiring Manager, Recruiter, ...), as objects with ids rather than bare names."""

    def iter(
        self,
        *,
        names_only: bool = False,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[HiringTeamRole]:
        """Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``), lazily (one
        request: the list is not paged).
        """
        return self._pager(
            "hiringTeamRole.list",
            {"namesOnly": names_only},
            HiringTeamRole,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(
        iter, "Hiring-team roles as objects with ids (``names_only=True``: bare titles, parsed into ``value``)."
    )


# </generated>
