"""The mirror's lists agree with the API description, and every list endpoint is either mirrored or excused."""

from __future__ import annotations

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk.sync import CHILDREN, NOT_MIRRORED, STREAMS, TABLES
from ashby_sdk.sync.feeds import ChildFeed, ListFeed, PerParentFeed


def test_every_table_has_one_list_and_every_list_its_catalogue_flags() -> None:
    assert set(STREAMS) == set(TABLES)
    for name, stream in STREAMS.items():
        spec = ENDPOINTS[stream.endpoint]
        feed = stream.feed
        assert spec.returns_list and not spec.write, name
        if isinstance(feed, ListFeed):
            assert (feed.paged, feed.sync) == (spec.paged, spec.sync), name
            for body in feed.parts:
                assert set(body) <= spec.param_names, name
                assert set(spec.required) <= set(body), name
        elif isinstance(feed, ChildFeed):
            # The parent's id is the only thing the child list needs (the definition may leave it optional).
            assert set(spec.required) <= {feed.param} and feed.param in spec.param_names, name
            assert feed.paged == spec.paged, name
            assert name in CHILDREN[feed.parent] and stream.table.parent, name
            assert isinstance(STREAMS[feed.parent].feed, ListFeed), name
        else:
            assert isinstance(feed, PerParentFeed) and set(spec.required) <= {feed.param} <= spec.param_names


def test_the_child_lists_analysts_need_are_mirrored_and_every_one_left_out_says_why() -> None:
    children = {s.endpoint for s in STREAMS.values() if isinstance(s.feed, ChildFeed)}
    assert children == {"application.listHistory", "candidate.listNotes", "interviewEvent.list"}
    assert all(len(reason) >= len("a search, not a list") for reason in NOT_MIRRORED.values())


def test_every_read_only_list_endpoint_is_mirrored_or_excused() -> None:
    mirrored = {s.endpoint for s in STREAMS.values()}
    lists = {e.name for e in ENDPOINTS.values() if e.returns_list and not e.write}
    missing = sorted(lists - mirrored - set(NOT_MIRRORED))
    assert not missing, f"add these list endpoints to sync/streams.py (STREAMS or NOT_MIRRORED): {missing}"
    assert set(NOT_MIRRORED) <= lists
