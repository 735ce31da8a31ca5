"""resources/interviewer_pools.py: interviewerPool.* against the emulator's rules."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyNotFoundError, AsyncAshbyClient


def test_pool_lifecycle(client: AshbyClient) -> None:
    user = client.users.list()[0]
    pool = client.interviewer_pools.create(title="Screeners", requires_training=False)
    assert pool.title == "Screeners" and not pool.is_archived
    pool = client.interviewer_pools.add_user(interviewer_pool_id=pool.id, user_id=user.id)  # type: ignore[arg-type]
    assert [m.id for m in pool.qualified_members] == [user.id]
    pool = client.interviewer_pools.remove_user(interviewer_pool_id=pool.id, user_id=user.id)  # type: ignore[arg-type]
    assert pool.qualified_members == []
    client.interviewer_pools.archive(interviewer_pool_id=pool.id)  # type: ignore[arg-type]
    assert pool.id not in {p.id for p in client.interviewer_pools.list()}
    assert pool.id in {p.id for p in client.interviewer_pools.list(include_archived_pools=True)}
    restored = client.interviewer_pools.restore(interviewer_pool_id=pool.id)  # type: ignore[arg-type]
    assert not restored.is_archived
    renamed = client.interviewer_pools.update(interviewer_pool_id=pool.id, title="Panel")  # type: ignore[arg-type]
    assert client.interviewer_pools.info(interviewer_pool_id=renamed.id).title == "Panel"  # type: ignore[arg-type]


def test_unknown_pool_or_user(client: AshbyClient) -> None:
    pool = client.interviewer_pools.list()[0]
    with pytest.raises(AshbyNotFoundError):
        client.interviewer_pools.info(interviewer_pool_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(AshbyNotFoundError):
        client.interviewer_pools.add_user(interviewer_pool_id=pool.id, user_id="nobody")  # type: ignore[arg-type]


def test_sync_sees_a_change(client: AshbyClient) -> None:
    pager = client.interviewer_pools.sync()
    pager.to_list()
    created = client.interviewer_pools.create(title="New")
    assert [p.id for p in client.interviewer_pools.sync(pager.sync_token)] == [created.id]


@pytest.mark.anyio
async def test_async(aclient: AsyncAshbyClient) -> None:
    pools = await aclient.interviewer_pools.list()
    assert pools and [p.id async for p in aclient.interviewer_pools.iter()] == [p.id for p in pools]
