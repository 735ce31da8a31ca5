"""The SQLite store (stdlib ``sqlite3``, WAL mode): the mirror's default home.

One connection, used by the engine from the event loop's thread. WAL lets
readers (a notebook, ``sqlite3 ashby.db``) query the file while a sync writes,
and ``synchronous=NORMAL`` keeps each page's commit cheap: a killed process
loses nothing committed (only a power cut may lose the last commits, which a
rerun fetches again).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..store import ListState, PageResult, TableCounts
from ..tables import TableSpec

__all__ = ["SQLiteStore"]

_TYPES = {"text": "TEXT", "integer": "INTEGER", "boolean": "INTEGER", "real": "REAL"}
_STATE_COLUMNS = ("name", "endpoint", "phase", "sync_token", "cursor", "run_id", "items", "pages", "strategy",
                  "updated_at")  # fmt: skip


def _dumps(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class SQLiteStore:
    """A :class:`~ashby_sdk.sync.store.Store` in one SQLite file (``":memory:"`` works too).

    ```python
    store = SQLiteStore("ashby.db")
    ```
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db: sqlite3.Connection | None = None

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the store is not open")
        return self._db

    def open(self) -> None:
        if self._db is not None:
            return
        # Autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE) around each page.
        db = sqlite3.connect(self.path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=10000")
        self._db = db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> SQLiteStore:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def ensure_schema(self, tables: Iterable[TableSpec]) -> None:
        db = self.db
        db.execute(
            "CREATE TABLE IF NOT EXISTS _sync_state (name TEXT PRIMARY KEY, endpoint TEXT NOT NULL, "
            "phase TEXT NOT NULL DEFAULT 'idle', sync_token TEXT, cursor TEXT, run_id TEXT, "
            "items INTEGER NOT NULL DEFAULT 0, pages INTEGER NOT NULL DEFAULT 0, strategy TEXT NOT NULL DEFAULT '', "
            "updated_at TEXT NOT NULL DEFAULT '')"
        )
        for spec in tables:
            typed = ", ".join(f"{c.name} {_TYPES[c.type]}" for c in spec.columns)
            archived = ", is_archived INTEGER NOT NULL DEFAULT 0" if spec.archived is not None else ""
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {spec.name} (id TEXT PRIMARY KEY, data TEXT NOT NULL, "
                f"{typed + ', ' if typed else ''}is_removed INTEGER NOT NULL DEFAULT 0, removed_at TEXT, "
                f"seen_run TEXT{archived})"
            )
            self._add_missing_columns(spec)

    def _add_missing_columns(self, spec: TableSpec) -> None:
        db = self.db
        present = {row[1] for row in db.execute(f"PRAGMA table_info({spec.name})")}
        missing = [c for c in spec.columns if c.name not in present]
        if spec.archived is not None and "is_archived" not in present:
            db.execute(f"ALTER TABLE {spec.name} ADD COLUMN is_archived INTEGER NOT NULL DEFAULT 0")
            missing_archived = True
        else:
            missing_archived = False
        for column in missing:
            db.execute(f"ALTER TABLE {spec.name} ADD COLUMN {column.name} {_TYPES[column.type]}")
        if missing or missing_archived:  # a newer spec: fill the new columns from the stored objects
            db.execute("BEGIN IMMEDIATE")
            try:
                for obj_id, data in db.execute(f"SELECT id, data FROM {spec.name}").fetchall():
                    obj = json.loads(data)
                    sets = {c.name: c.extract(obj) for c in missing}
                    if missing_archived and spec.archived is not None:
                        sets["is_archived"] = int(spec.archived(obj))
                    assignments = ", ".join(f"{k} = ?" for k in sets)
                    db.execute(f"UPDATE {spec.name} SET {assignments} WHERE id = ?", (*sets.values(), obj_id))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def get_state(self, name: str) -> ListState | None:
        row = self.db.execute(f"SELECT {', '.join(_STATE_COLUMNS)} FROM _sync_state WHERE name = ?", (name,)).fetchone()
        return None if row is None else ListState(*row)

    def set_state(self, state: ListState) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._save_state(state)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _save_state(self, s: ListState) -> None:
        values = (s.name, s.endpoint, s.phase, s.sync_token, s.cursor, s.run_id, s.items, s.pages, s.strategy,
                  s.updated_at)  # fmt: skip
        self.db.execute(
            f"INSERT OR REPLACE INTO _sync_state ({', '.join(_STATE_COLUMNS)}) VALUES ({', '.join('?' * 10)})",
            values,
        )

    def write_page(
        self,
        table: TableSpec,
        objects: Sequence[Mapping[str, Any]],
        state: ListState,
        *,
        sweep: bool = False,
        now: str,
    ) -> PageResult:
        db = self.db
        result = PageResult()
        name = table.name
        columns = table.column_names
        upsert = (
            f"INSERT INTO {name} (id, data, {''.join(c + ', ' for c in columns)}is_removed, removed_at, seen_run) "
            f"VALUES (?, ?, {'?, ' * len(columns)}0, NULL, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data, "
            f"{''.join(f'{c} = excluded.{c}, ' for c in columns)}is_removed = 0, removed_at = NULL, "
            "seen_run = excluded.seen_run"
        )
        archived_col = ", is_archived" if table.archived is not None else ", 0"
        db.execute("BEGIN IMMEDIATE")
        try:
            by_id: dict[str, Mapping[str, Any]] = {}
            for obj in objects:
                by_id[str(obj["id"])] = obj  # a page listing one id twice keeps its last copy
            old: dict[str, tuple[str, int, int]] = {}
            ids = list(by_id)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                query = f"SELECT id, data, is_removed{archived_col} FROM {name} WHERE id IN ({marks})"
                for obj_id, data, removed, archived in db.execute(query, chunk):
                    old[obj_id] = (data, removed, archived)
            writes: list[tuple[Any, ...]] = []
            touches: list[tuple[str | None, str]] = []
            for obj_id, obj in by_id.items():
                data = _dumps(obj)
                before = old.get(obj_id)
                if before is not None and before[0] == data and not before[1]:
                    touches.append((state.run_id, obj_id))
                    continue
                values = table.row(obj)
                writes.append((obj_id, data, *values, state.run_id))
                if before is None or before[1]:
                    result.new += 1
                else:
                    result.updated += 1
                if table.archived is not None and values[-1] and before is not None and not before[1] and not before[2]:
                    result.archived += 1
            if writes:
                db.executemany(upsert, writes)
            if touches:
                db.executemany(f"UPDATE {name} SET seen_run = ? WHERE id = ?", touches)
            if sweep:
                cursor = db.execute(
                    f"UPDATE {name} SET is_removed = 1, removed_at = ? WHERE is_removed = 0 AND seen_run IS NOT ?",
                    (now, state.run_id),
                )
                result.removed = cursor.rowcount
            self._save_state(state)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return result

    def counts(self, table: TableSpec) -> TableCounts:
        archived = "SUM(is_archived AND NOT is_removed)" if table.archived is not None else "0"
        total, removed, n_archived = self.db.execute(
            f"SELECT COUNT(*), COALESCE(SUM(is_removed), 0), COALESCE({archived}, 0) FROM {table.name}"
        ).fetchone()
        return TableCounts(int(total), int(removed), int(n_archived))

    def objects(self, table: TableSpec, *, include_removed: bool = False) -> dict[str, dict[str, Any]]:
        where = "" if include_removed else " WHERE is_removed = 0"
        rows = self.db.execute(f"SELECT id, data FROM {table.name}{where}")
        return {obj_id: json.loads(data) for obj_id, data in rows}
