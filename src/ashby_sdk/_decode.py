"""From answer bytes to typed objects, fast.

The fast path decodes the whole envelope straight from the JSON bytes into
msgspec Structs (the returned twins of the models, see :mod:`._models`) with
one cached decoder per result type: validated in C, no
intermediate dicts, cheaper than decoding the page into dicts. The original of
each object (``raw_data``) is decoded lazily from the kept bytes the first time
it is asked for. Anything unusual (an error envelope, a payload that does not
fit its model) takes the slow path: decode to dicts, map errors, parse leniently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import msgspec

from ._base_client import Answer
from ._models import AshbyModel, RawPage, attach_raw, returned

__all__ = ["Decoded", "decode_typed"]

M = TypeVar("M", bound=AshbyModel)
T = TypeVar("T")


class _Envelope(msgspec.Struct, Generic[T], rename="camel"):
    success: bool | None = None
    results: T | None = None
    more_data_available: bool | None = None
    next_cursor: str | None = None
    sync_token: str | None = None


_DECODERS: dict[tuple[type[Any], bool], msgspec.json.Decoder[Any]] = {}


def _decoder(model: type[Any], many: bool) -> msgspec.json.Decoder[Any]:
    decoder = _DECODERS.get((model, many))
    if decoder is None:
        twin = returned(model)
        results: Any = list[twin] if many else twin  # type: ignore[valid-type]
        decoder = _DECODERS[(model, many)] = msgspec.json.Decoder(_Envelope[results])
    return decoder


@dataclass
class Decoded(Generic[M]):
    """A successful answer, parsed: its objects and its paging fields."""

    items: list[M]
    more: bool
    next_cursor: str | None
    sync_token: str | None


def decode_typed(response: Answer, model: type[M], *, many: bool) -> Decoded[M] | None:
    """The fast path; ``None`` when the answer is not a successful envelope that fits ``model``."""
    content = response.content
    try:
        envelope = _decoder(model, many).decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    if envelope.success is not True:
        return None
    page = RawPage(content)
    results = envelope.results
    if many:
        items: list[M] = results or []
        for index, obj in enumerate(items):
            attach_raw(obj, page, index)
    else:
        if results is None:
            return None
        items = [results]
        attach_raw(results, page, None)
    return Decoded(items, bool(envelope.more_data_available), envelope.next_cursor, envelope.sync_token)
