"""The emulator's request log: the most recent requests, bounded so a long-running server stays small."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable
from typing import Any, Generic, SupportsIndex, TypeVar, overload

__all__ = ["DEFAULT_REQUEST_LOG_SIZE", "RequestLog"]

DEFAULT_REQUEST_LOG_SIZE = 10_000
"""Records kept by default: a few MB at most, and more than any test or benchmark here makes."""

T = TypeVar("T")


class RequestLog(deque[T], Generic[T]):
    """A ring buffer of the last ``maxlen`` records that reads like a list.

    Indexing and slicing (``log[-1]``, ``log[before:]``) work as on a list; once
    it is full, the oldest record is dropped for each new one, so positions shift:
    :attr:`total` counts every record ever appended, and each record's ``number``
    says where it stands in that count.
    """

    def __init__(self, maxlen: int = DEFAULT_REQUEST_LOG_SIZE) -> None:
        if maxlen < 1:
            raise ValueError("the request log keeps at least 1 record")
        super().__init__((), maxlen)
        self.total = 0

    def append(self, item: T) -> None:
        self.total += 1
        super().append(item)

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> T | list[T]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return list(itertools.islice(self, start, stop, step)) if step > 0 else list(self)[index]
        return super().__getitem__(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, deque)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None

    def since(self, number: int) -> list[T]:
        """The records whose ``number`` is above ``number`` that are still kept."""
        return [r for r in self if getattr(r, "number", 0) > number]

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def __repr__(self) -> str:
        return f"RequestLog({len(self)} of at most {self.maxlen}, {self.total} in all)"

    def __reduce__(self) -> Any:
        return (type(self), (self.maxlen,), None, iter(self))
