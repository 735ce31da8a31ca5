"""A page as the mirror reads it: the envelope scanned, each object left as its slice of the answer."""

from __future__ import annotations

import httpx
import pytest

from ashby_sdk._base_client import Answer
from ashby_sdk._exceptions import AshbyAPIError
from ashby_sdk.sync._raw import decode_page


def _page(body: str) -> tuple[list[str], bool, str | None, str | None, int]:
    content = body.encode()
    page = decode_page(Answer(200, httpx.Headers(), content), "candidate.list")
    assert page.size == len(content)
    return [bytes(item).decode() for item in page.items], page.more, page.next_cursor, page.sync_token, page.size


@pytest.mark.parametrize(
    ("body", "items", "more", "cursor", "token"),
    [
        ('{"success":true,"results":[{"id":"a","x":[1,{"y":null}]}, {"id":"b"}],"moreDataAvailable":true,'
         '"nextCursor":"c2"}', ['{"id":"a","x":[1,{"y":null}]}', '{"id":"b"}'], True, "c2", None),
        ('{"results":[{"id":"a"}],"success":true,"moreDataAvailable":false,"syncToken":"t9"}',
         ['{"id":"a"}'], False, None, "t9"),
        ('{"success":true,"results":[]}', [], False, None, None),
        ('{"success":true,"results":{"id":"only"}}', ['{"id":"only"}'], False, None, None),  # one object
        ('{"success":true,"results":null}', [], False, None, None),
        ('{"success":true}', [], False, None, None),
        ('{"success":true,"results":["x",3]}', ['"x"', "3"], False, None, None),  # kept: the store drops them
        ('{"success":true,"results":[{"id":"a"}],"extra":{"new":"field"},"moreDataAvailable":null}',
         ['{"id":"a"}'], False, None, None),
    ],
)  # fmt: skip
def test_every_shape_of_a_page(body: str, items: list[str], more: bool, cursor: str | None, token: str | None) -> None:
    assert _page(body)[:4] == (items, more, cursor, token)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"success":false,"errors":["invalid_cursor"]}', "invalid_cursor"),
        ('{"success":true,"results":[{"id":"a"}],"moreDataAvailable":"yes"}', "not a list page"),
        ('{"success":true,"results":[{"id":', "JSON"),  # cut short
        ("<html>502</html>", "JSON"),
    ],
)
def test_an_answer_that_is_not_a_page_raises_the_clients_error(body: str, message: str) -> None:
    with pytest.raises(AshbyAPIError, match=message):
        _page(body)
