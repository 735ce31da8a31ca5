"""Pages: a size cap in items and in characters, and a cursor bound to its question."""

from __future__ import annotations

import pytest

from ashby_sdk.mcp._errors import ToolFailure
from ashby_sdk.mcp._paging import decode_cursor, fingerprint, take_page


def test_pages_walk_every_item_once() -> None:
    question = fingerprint("t", {"a": 1})
    seen, offset = [], 0
    while True:
        page = take_page(iter(range(23)), offset=offset, limit=5, budget=10_000, print_=question)
        seen += page.items
        if page.next_cursor is None:
            break
        offset = decode_cursor(page.next_cursor, question)
    assert seen == list(range(23))


def test_a_page_stops_before_its_character_budget_but_is_never_empty() -> None:
    question = fingerprint("t", {})
    big = ["x" * 400 for _ in range(10)]
    page = take_page(iter(big), offset=0, limit=10, budget=1000, print_=question)
    assert len(page.items) == 2 and page.next_cursor is not None
    assert decode_cursor(page.next_cursor, question) == 2
    huge = take_page(iter(["y" * 5000]), offset=0, limit=10, budget=1000, print_=question)
    assert huge.items == ["y" * 5000] and huge.next_cursor is None


def test_only_items_of_the_page_are_rendered() -> None:
    rendered: list[int] = []

    def render(n: int) -> int:
        rendered.append(n)
        return n

    take_page(iter(range(100)), offset=40, limit=3, budget=10_000, print_="q", render=render)
    assert rendered == [40, 41, 42]


def test_a_cursor_from_another_question_or_forged_is_refused() -> None:
    page = take_page(iter(range(10)), offset=0, limit=2, budget=1000, print_=fingerprint("t", {"job": "a"}))
    assert page.next_cursor is not None
    with pytest.raises(ToolFailure, match="other filters"):
        decode_cursor(page.next_cursor, fingerprint("t", {"job": "b"}))
    with pytest.raises(ToolFailure, match="not one this server gave"):
        decode_cursor("%%%", "q")
    assert fingerprint("t", {"a": None}) == fingerprint("t", {})
