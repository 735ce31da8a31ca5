"""``interviewerPool.*``: pools of interviewers and their training."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._not_given import NOT_GIVEN, NotGiven
from .._resource import APIResource, AsyncAPIResource, async_collect, collect, sync_body
from ..pagination import AsyncPager, Pager
from ..types import InterviewerPool

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncInterviewerPools", "InterviewerPools"]


# <unasync>
class AsyncInterviewerPools(AsyncAPIResource):
    """Interviewer pools."""

    def iter(
        self,
        *,
        include_archived_pools: bool | NotGiven | None = NOT_GIVEN,
        include_archived_training_stages: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[InterviewerPool]:
        """Interviewer pools, lazily, one request per page (archived pools and training stages only when
        asked: ``include_archived_pools``, ``include_archived_training_stages``)."""
        return self._pager(
            "interviewerPool.list",
            {
                "includeArchivedPools": include_archived_pools,
                "includeArchivedTrainingStages": include_archived_training_stages,
            },
            InterviewerPool,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = async_collect(iter, "Interviewer pools, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived_pools: bool | NotGiven | None = NOT_GIVEN,
        include_archived_training_stages: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[InterviewerPool]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "interviewerPool.list",
            {
                "includeArchivedPools": include_archived_pools,
                "includeArchivedTrainingStages": include_archived_training_stages,
                **sync_body(sync_token),
            },
            InterviewerPool,
            limit=limit,
            max_items=max_items,
            **options,
        )

    async def info(self, *, interviewer_pool_id: str, **options: Unpack[RequestOptions]) -> InterviewerPool:
        """One interviewer pool with its qualified members and trainees."""
        return await self._call(
            "interviewerPool.info", {"interviewerPoolId": interviewer_pool_id}, InterviewerPool, **options
        )

    async def create(
        self, *, title: str, requires_training: bool | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> InterviewerPool:
        """Create an interviewer pool titled ``title`` (``requires_training``: interviewers need training to
        join); returns it."""
        return await self._call(
            "interviewerPool.create",
            {"title": title, "requiresTraining": requires_training},
            InterviewerPool,
            **options,
        )

    async def update(
        self,
        *,
        interviewer_pool_id: str,
        title: str | NotGiven | None = NOT_GIVEN,
        requires_training: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerPool:
        """Rename an interviewer pool (``title``) or change whether it requires training
        (``requires_training``); returns it."""
        return await self._call(
            "interviewerPool.update",
            {"interviewerPoolId": interviewer_pool_id, "title": title, "requiresTraining": requires_training},
            InterviewerPool,
            **options,
        )

    async def archive(self, *, interviewer_pool_id: str, **options: Unpack[RequestOptions]) -> InterviewerPool:
        """Archive an interviewer pool; returns it."""
        return await self._call(
            "interviewerPool.archive", {"interviewerPoolId": interviewer_pool_id}, InterviewerPool, **options
        )

    async def restore(self, *, interviewer_pool_id: str, **options: Unpack[RequestOptions]) -> InterviewerPool:
        """Restore an archived interviewer pool; returns it."""
        return await self._call(
            "interviewerPool.restore", {"interviewerPoolId": interviewer_pool_id}, InterviewerPool, **options
        )

    async def add_user(
        self,
        *,
        interviewer_pool_id: str,
        user_id: str,
        interviewer_pool_training_path_stage_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerPool:
        """Add a user to an interviewer pool, qualified, or at the training stage
        ``interviewer_pool_training_path_stage_id``; returns the pool."""
        return await self._call(
            "interviewerPool.addUser",
            {
                "interviewerPoolId": interviewer_pool_id,
                "userId": user_id,
                "interviewerPoolTrainingPathStageId": interviewer_pool_training_path_stage_id,
            },
            InterviewerPool,
            **options,
        )

    async def remove_user(
        self, *, interviewer_pool_id: str, user_id: str, **options: Unpack[RequestOptions]
    ) -> InterviewerPool:
        """Remove a user from an interviewer pool; returns the pool."""
        return await self._call(
            "interviewerPool.removeUser",
            {"interviewerPoolId": interviewer_pool_id, "userId": user_id},
            InterviewerPool,
            **options,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class InterviewerPools(APIResource):
    """Interviewer pools."""

    def iter(
        self,
        *,
        include_archived_pools: bool | NotGiven | None = NOT_GIVEN,
        include_archived_training_stages: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[InterviewerPool]:
        """Interviewer pools, lazily, one request per page (archived pools and training stages only when
        asked: ``include_archived_pools``, ``include_archived_training_stages``)."""
        return self._pager(
            "interviewerPool.list",
            {
                "includeArchivedPools": include_archived_pools,
                "includeArchivedTrainingStages": include_archived_training_stages,
            },
            InterviewerPool,
            limit=limit,
            max_items=max_items,
            **options,
        )

    list = collect(iter, "Interviewer pools, all pages in one list.")

    def sync(
        self,
        sync_token: str | None = None,
        *,
        include_archived_pools: bool | NotGiven | None = NOT_GIVEN,
        include_archived_training_stages: bool | NotGiven | None = NOT_GIVEN,
        limit: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[InterviewerPool]:
        """Like :meth:`iter`, only what changed since ``sync_token`` (all when ``None``);
        read ``.sync_token`` once drained. An expired token raises :class:`AshbySyncTokenExpiredError`."""
        return self._pager(
            "interviewerPool.list",
            {
                "includeArchivedPools": include_archived_pools,
                "includeArchivedTrainingStages": include_archived_training_stages,
                **sync_body(sync_token),
            },
            InterviewerPool,
            limit=limit,
            max_items=max_items,
            **options,
        )

    def info(self, *, interviewer_pool_id: str, **options: Unpack[RequestOptions]) -> InterviewerPool:
        """One interviewer pool with its qualified members and trainees."""
        return self._call(
            "interviewerPool.info", {"interviewerPoolId": interviewer_pool_id}, InterviewerPool, **options
        )

    def create(
        self, *, title: str, requires_training: bool | NotGiven | None = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> InterviewerPool:
        """Create an interviewer pool titled ``title`` (``requires_training``: interviewers need training to
        join); returns it."""
        return self._call(
            "interviewerPool.create",
            {"title": title, "requiresTraining": requires_training},
            InterviewerPool,
            **options,
        )

    def update(
        self,
        *,
        interviewer_pool_id: str,
        title: str | NotGiven | None = NOT_GIVEN,
        requires_training: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerPool:
        """Rename an interviewer pool (``title``) or change whether it requires training
        (``requires_training``); returns it."""
        return self._call(
            "interviewerPool.update",
            {"interviewerPoolId": interviewer_pool_id, "title": title, "requiresTraining": requires_training},
            InterviewerPool,
            **options,
        )

    def archive(self, *, interviewer_pool_id: str, **options: Unpack[RequestOptions]) -> InterviewerPool:
        """Archive an interviewer pool; returns it."""
        return self._call(
            "interviewerPool.archive", {"interviewerPoolId": interviewer_pool_id}, InterviewerPool, **options
        )

    def restore(self, *, interviewer_pool_id: str, **options: Unpack[RequestOptions]) -> InterviewerPool:
        """Restore an archived interviewer pool; returns it."""
        return self._call(
            "interviewerPool.restore", {"interviewerPoolId": interviewer_pool_id}, InterviewerPool, **options
        )

    def add_user(
        self,
        *,
        interviewer_pool_id: str,
        user_id: str,
        interviewer_pool_training_path_stage_id: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InterviewerPool:
        """Add a user to an interviewer pool, qualified, or at the training stage
        ``interviewer_pool_training_path_stage_id``; returns the pool."""
        return self._call(
            "interviewerPool.addUser",
            {
                "interviewerPoolId": interviewer_pool_id,
                "userId": user_id,
                "interviewerPoolTrainingPathStageId": interviewer_pool_training_path_stage_id,
            },
            InterviewerPool,
            **options,
        )

    def remove_user(
        self, *, interviewer_pool_id: str, user_id: str, **options: Unpack[RequestOptions]
    ) -> InterviewerPool:
        """Remove a user from an interviewer pool; returns the pool."""
        return self._call(
            "interviewerPool.removeUser",
            {"interviewerPoolId": interviewer_pool_id, "userId": user_id},
            InterviewerPool,
            **options,
        )


# </generated>
