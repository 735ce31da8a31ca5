"""What a mirror run did, per list and in total: the summary table and ``--json``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = ["ListResult", "MirrorSummary", "Status"]

Status = Literal["ok", "skipped", "failed"]


@dataclass
class ListResult:
    """One list's run: what changed in its table, how it was fetched, and how long it took."""

    name: str
    endpoint: str
    strategy: str = ""
    """``full``, ``incremental``, ``full (resumed)``, ``full resync (token expired)``..."""
    status: Status = "ok"
    new: int = 0
    updated: int = 0
    archived: int = 0
    """Objects that became archived in this run (still listed by the API)."""
    removed: int = 0
    """Rows marked removed: gone from the API's full listing."""
    total: int = 0
    """Rows in the table now, removed ones excluded."""
    items: int = 0
    """Objects received."""
    requests: int = 0
    """API requests that answered (pages), retries not counted."""
    retries: int = 0
    """Pages asked again by the mirror after a passing failure (the client's own retries not counted)."""
    waited: float = 0.0
    """Seconds spent waiting before those retries."""
    parents: int = 0
    """For a child list: the parents whose children were asked."""
    deletes_checked_at: str = ""
    """When a full listing last checked this list for deletions (``""``: never)."""
    seconds: float = 0.0
    message: str = ""
    """Why it was skipped or failed, and what to do."""


@dataclass
class MirrorSummary:
    """Every list's :class:`ListResult`, in the order they were declared."""

    lists: list[ListResult] = field(default_factory=list)
    seconds: float = 0.0
    store: str = ""

    @property
    def ok(self) -> bool:
        """No list failed (skipped ones, for want of a permission, do not count)."""
        return all(r.status != "failed" for r in self.lists)

    @property
    def requests(self) -> int:
        return sum(r.requests for r in self.lists)

    @property
    def retries(self) -> int:
        return sum(r.retries for r in self.lists)

    @property
    def waited(self) -> float:
        return sum(r.waited for r in self.lists)

    def to_dict(self) -> dict[str, Any]:
        """The summary as plain data: what ``ashby sync --json`` prints."""
        return {
            "ok": self.ok,
            "store": self.store,
            "seconds": round(self.seconds, 3),
            "requests": self.requests,
            "retries": self.retries,
            "waited": round(self.waited, 3),
            "lists": [{**asdict(r), "seconds": round(r.seconds, 3), "waited": round(r.waited, 3)} for r in self.lists],
        }
