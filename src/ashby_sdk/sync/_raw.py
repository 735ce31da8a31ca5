"""Pages for the mirror, decoded where it costs least.

The event loop, which keeps every list's requests in flight, only scans a
page's envelope (paging fields, and each object as a :class:`msgspec.Raw`
slice of the answer, without building it). Measured on a full mirror of 20,000
candidates at 20 ms latency: the event loop's CPU was the bottleneck of the
longest list while it decoded every page into dicts.

The store's writer thread then takes each slice as it is: :func:`lazy` reads
only its ``id``, keeps its text as the ``data`` stored (an object is never
encoded back to JSON), and SQLite reads the typed columns out of that text
itself. Measured in the same benchmark: building a dict of every object and
its columns in Python held the GIL on the writer thread for about a third of
the run, and each page of the longest list waited for it on the event loop.
:func:`objects` builds the dicts, for whatever needs them (PostgreSQL, dlt).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from .._base_client import Answer, decode_envelope
from .._exceptions import AshbyAPIError

__all__ = ["RawItem", "RawObject", "RawPage", "decode_page", "lazy", "objects", "plain"]


class _Envelope(msgspec.Struct, rename="camel"):
    success: Any = None
    results: msgspec.Raw = msgspec.field(default_factory=lambda: msgspec.Raw(b"null"))  # skipped, not built
    more_data_available: bool | None = None
    next_cursor: str | None = None
    sync_token: str | None = None


class _ListEnvelope(_Envelope):
    results: list[msgspec.Raw] = msgspec.field(default_factory=list)  # type: ignore[assignment]


_envelope = msgspec.json.Decoder(_Envelope)
_list_envelope = msgspec.json.Decoder(_ListEnvelope)  # the usual page: its objects sliced in the same pass
_object = msgspec.json.Decoder()


class _Id(msgspec.Struct):
    id: Any = None


_id = msgspec.json.Decoder(_Id)  # reads one field of an object, skipping the rest without building it


class RawPage(msgspec.Struct):
    """One page: its objects as raw JSON slices, and where the list goes on from there."""

    items: list[msgspec.Raw]
    more: bool
    next_cursor: str | None
    sync_token: str | None
    size: int = 0
    """The answer's bytes, which the slices keep alive."""


class RawObject(dict[str, Any]):
    """An object as a dict that remembers its JSON text exactly as Ashby sent it."""

    __slots__ = ("text",)

    def __init__(self, data: Mapping[str, Any], text: str) -> None:
        super().__init__(data)
        self.text = text


def decode_page(answer: Answer, endpoint: str) -> RawPage:
    """The page in ``answer``; an error envelope raises as the client does (:func:`decode_envelope`)."""
    content = answer.content
    try:
        try:  # the usual page: the envelope, and each object's slice (still unbuilt), in one pass
            page = _list_envelope.decode(content)
            envelope: _Envelope = page
            items = page.results
        except msgspec.ValidationError:  # results is not a list (or this is not a page: raised again below)
            envelope = _envelope.decode(content)
            first = memoryview(envelope.results)[:1].tobytes()  # msgspec hands values over without whitespace
            items = [envelope.results] if first == b"{" else []  # a single object where a list belongs: one item
        if envelope.success is not True:
            raise ValueError
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError):
        decode_envelope(answer, endpoint)  # raises the typed error (or says what is wrong with the answer)
        raise AshbyAPIError("the answer is not a list page", endpoint=endpoint) from None
    more = bool(envelope.more_data_available)
    return RawPage(items, more, envelope.next_cursor, envelope.sync_token, len(content))


def objects(items: Sequence[Any]) -> list[Mapping[str, Any]]:
    """The dicts of a page's items (raw slices decoded once, with their text kept; dicts as they are).

    Items that are not JSON objects (a bare string) are dropped, as the mirror stores objects only.
    """
    return [plain(item) for item in lazy(items)]


class RawItem:
    """An object of a page as Ashby's JSON text, decoded only if asked for (its ``id`` alone, or whole)."""

    __slots__ = ("_data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._data: dict[str, Any] | None = None

    @property
    def id(self) -> Any:
        """The object's ``id``, read without building the object (no id: ``KeyError``, as for a dict)."""
        if self._data is None:
            found = _id.decode(self.text).id
            if found is not None:
                return found
        return self.data["id"]

    @property
    def data(self) -> dict[str, Any]:
        """The object as a dict (decoded on first use)."""
        if self._data is None:
            self._data = RawObject(_object.decode(self.text), self.text)
        return self._data

    def __repr__(self) -> str:
        return f"RawItem({self.text[:60]!r}...)" if len(self.text) > 60 else f"RawItem({self.text!r})"


def lazy(items: Sequence[Any]) -> list[RawItem | Mapping[str, Any]]:
    """A page's items for the store: raw slices of JSON objects as :class:`RawItem`, dicts as they are.

    Items that are not JSON objects (a bare string) are dropped, as :func:`objects` drops them.
    """
    out: list[RawItem | Mapping[str, Any]] = []
    for item in items:
        if isinstance(item, msgspec.Raw):
            text = bytes(item).decode()
            if text[:1] == "{":  # msgspec hands values over without leading whitespace
                out.append(RawItem(text))
        elif isinstance(item, Mapping):
            out.append(item)
    return out


def plain(obj: RawItem | Mapping[str, Any]) -> Mapping[str, Any]:
    """``obj`` as a mapping (a :class:`RawItem` decoded)."""
    return obj.data if isinstance(obj, RawItem) else obj
