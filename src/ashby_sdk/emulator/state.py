"""The in-memory organisation: tables of objects and one global change counter.

Every object lives in a :class:`Table` (one per Ashby object type). Rows are kept
in creation order (append-only; deletes leave a tombstone) so that offset cursors
stay stable while data changes. Every change stamps the row with the next value
of the organisation's single monotonic sequence number and appends to the table's
change log, which is what incremental sync reads.
"""

from __future__ import annotations

import bisect
import copy
import random
import time
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "Organisation", "Row", "Table"]

Row = dict[str, Any]

KINDS = (
    "application",
    "applicationHistory",
    "approval",
    "assessment",
    "brand",
    "clientInfo",
    "communicationTemplate",
    "criteriaEvaluation",
    "emailMessage",
    "feedbackForm",
    "fraudCheck",
    "interviewEvent",
    "interviewStageGroup",
    "interviewerPause",
    "interviewerPool",
    "jobBoard",
    "jobTemplate",
    "notetakerTranscript",
    "offerForm",
    "offerProcess",
    "referralForm",
    "report",
    "sequence",
    "sourceTrackingLink",
    "surveyForm",
    "surveyRequest",
    "archiveReason",
    "candidate",
    "closeReason",
    "customField",
    "department",
    "feedback",
    "file",
    "interview",
    "interviewPlan",
    "interviewSchedule",
    "interviewStage",
    "job",
    "jobPosting",
    "location",
    "note",
    "offer",
    "opening",
    "project",
    "source",
    "surveySubmission",
    "tag",
    "user",
    "webhook",
)


@dataclass
class Table:
    """All objects of one type, in creation order, with their change sequence numbers."""

    kind: str
    rows: list[Row] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    log_seqs: list[int] = field(default_factory=list)
    log_ids: list[str] = field(default_factory=list)
    _groups: dict[str, tuple[int, dict[Any, list[int]]]] = field(default_factory=dict, repr=False)

    def positions(self, name: str, value: Any) -> list[int]:
        """The positions in :attr:`rows` of the rows whose field ``name`` is ``value``, ascending.

        Per-parent lists (a candidate's notes, an application's history) ask this once per parent: the
        grouping is built once and rebuilt only after a change (every change is logged, see
        :class:`Organisation`), instead of every request scanning the whole table.
        """
        cached = self._groups.get(name)
        if cached is None or cached[0] != len(self.log_seqs):
            groups: dict[Any, list[int]] = {}
            for i, row in enumerate(self.rows):
                key = row.get(name)
                if isinstance(key, Hashable):
                    groups.setdefault(key, []).append(i)
            cached = (len(self.log_seqs), groups)
            self._groups[name] = cached
        return cached[1].get(value, []) if isinstance(value, Hashable) else []

    def matching(self, name: str, value: Any) -> list[Row]:
        """The rows (not deleted) whose field ``name`` is ``value``, in creation order, via :meth:`positions`."""
        rows, deleted = self.rows, self.deleted
        found = (rows[i] for i in self.positions(name, value))
        return [r for r in found if r["id"] not in deleted and r.get(name) == value]

    def __len__(self) -> int:
        return len(self.rows) - len(self.deleted)

    def __contains__(self, obj_id: object) -> bool:
        return isinstance(obj_id, str) and obj_id in self.index and obj_id not in self.deleted

    def get(self, obj_id: str) -> Row | None:
        if obj_id in self.deleted:
            return None
        i = self.index.get(obj_id)
        return None if i is None else self.rows[i]

    def __iter__(self) -> Iterator[Row]:
        deleted = self.deleted
        return (r for r in self.rows if r["id"] not in deleted) if deleted else iter(self.rows)

    def changed_since(self, after_seq: int) -> Iterator[Row]:
        """Rows changed after ``after_seq``, each once, in the order of their latest change."""
        start = bisect.bisect_right(self.log_seqs, after_seq)
        seqs, ids, current = self.log_seqs, self.log_ids, self.seq
        for i in range(start, len(seqs)):
            obj_id = ids[i]
            if current.get(obj_id) == seqs[i]:
                row = self.rows[self.index[obj_id]]
                yield row

    def _stamp(self, obj_id: str, seq: int) -> None:
        self.seq[obj_id] = seq
        self.log_seqs.append(seq)
        self.log_ids.append(obj_id)


Listener = Callable[[str, dict[str, Any]], None]


class Organisation:
    """One synthetic Ashby organisation: tables, the change counter, and change listeners.

    Mutate only through :mod:`ashby_sdk.emulator.rules` (or :meth:`insert` /
    :meth:`touch` / :meth:`delete`), so that every change is sequenced and seen
    by incremental sync and webhooks.
    """

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self.tables: dict[str, Table] = {k: Table(k) for k in KINDS}
        self.seq = 0
        self.clock = clock
        self.listeners: list[Listener] = []
        self.settings: dict[str, Any] = {}
        self.rng = random.Random(0)
        """Draws the ids of objects created by writes, so a scripted test creates the same ids each run."""

    def __getitem__(self, kind: str) -> Table:
        """The table of ``kind`` (``"candidate"``; the plural ``"candidates"`` works too)."""
        table = self.tables.get(kind)
        if table is None and kind.endswith("s"):
            table = self.tables.get(kind[:-1])
        if table is None:
            raise KeyError(kind)
        return table

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def insert(self, kind: str, row: Row) -> Row:
        table = self.tables[kind]
        obj_id = row["id"]
        table.index[obj_id] = len(table.rows)
        table.rows.append(row)
        table._stamp(obj_id, self.next_seq())
        return row

    def touch(self, kind: str, obj_id: str) -> None:
        """Record that ``obj_id`` changed: it gets a new sequence number."""
        self.tables[kind]._stamp(obj_id, self.next_seq())

    def delete(self, kind: str, obj_id: str) -> None:
        table = self.tables[kind]
        table.deleted.add(obj_id)
        table._stamp(obj_id, self.next_seq())

    def emit(self, action: str, data: dict[str, Any]) -> None:
        """Tell listeners (the webhook dispatcher) that ``action`` happened."""
        for listener in list(self.listeners):
            listener(action, data)

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of everything but the listeners and the clock."""
        return copy.deepcopy({"tables": self.tables, "seq": self.seq, "settings": self.settings, "rng": self.rng})

    def restore(self, snap: dict[str, Any]) -> None:
        data = copy.deepcopy(snap)
        self.tables = data["tables"]
        # The counter never goes back, so a token minted after the snapshot stays ordered.
        self.seq = max(self.seq, data["seq"])
        self.settings = data["settings"]
        self.rng = data["rng"]
