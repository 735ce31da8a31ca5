"""What the SQL stores share: the schema, the page transaction, child lists, webhook events.

SQLite and PostgreSQL speak the same SQL for everything the mirror does
(``ON CONFLICT ... DO UPDATE``, ``TRUE``/``FALSE``, double-quoted identifiers);
a subclass supplies the connection, its placeholder style, its column types,
how ``data`` is encoded, and transactions. Every identifier goes through
:func:`quote`, so a table or column name is never read as SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar

import msgspec

from .._raw import RawItem, RawObject, plain
from .._raw import objects as raw_objects
from ..store import ListState, PageResult, TableCounts
from ..streams import CHILDREN
from ..tables import TABLES, TableSpec
from ..views import view_statements

__all__ = ["STATE_COLUMNS", "SQLStore", "quote"]

STATE_COLUMNS = ("name", "endpoint", "phase", "sync_token", "cursor", "run_id", "items", "pages", "strategy",
                 "updated_at", "full_at")  # fmt: skip
_CHUNK = 500


def quote(name: str) -> str:
    """``name`` as an SQL identifier (double quotes, inner quotes doubled): never read as SQL."""
    return '"' + name.replace('"', '""') + '"'


def _q(names: Iterable[str]) -> list[str]:
    return [quote(n) for n in names]


_encode_json = msgspec.json.Encoder().encode
_decode_json = msgspec.json.Decoder().decode


def dumps(obj: Mapping[str, Any]) -> str:
    """Compact JSON text, non-ASCII kept as is (msgspec: several times faster than ``json.dumps``)."""
    return _encode_json(obj).decode()


class SQLStore:
    """The shared body of :class:`SQLiteStore` and :class:`PostgresStore` (see :class:`~ashby_sdk.sync.store.Store`)."""

    dialect = ""
    types: ClassVar[Mapping[str, str]] = {}
    data_type = "TEXT"
    count_type = "INTEGER"
    converts = False
    """Whether :meth:`_value` changes column values (PostgreSQL's booleans); SQLite takes them as they are."""
    json_columns = False
    """Whether the typed columns are read out of ``data`` by the database (SQLite's json functions, see
    :meth:`TableSpec.sql_row <ashby_sdk.sync.tables.TableSpec.sql_row>`) rather than bound from Python."""

    # Hooks a subclass provides.
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _columns_of(self, table: str) -> set[str]:
        raise NotImplementedError

    def _encode(self, obj: RawItem | Mapping[str, Any]) -> Any:
        if isinstance(obj, (RawItem, RawObject)):
            return obj.text  # Ashby's own text: never re-encoded
        return dumps(obj)

    def _decode(self, value: Any) -> dict[str, Any]:
        return _decode_json(value) if isinstance(value, (str, bytes)) else dict(value)

    def _same(self, stored: Any, obj: RawItem | Mapping[str, Any], encoded: Any) -> bool:
        return bool(stored == encoded)

    def _value(self, kind: str, value: Any) -> Any:
        return value

    def durable(self) -> None:
        """Make every commit survive a power cut, not only a killed process (webhooks are acknowledged on it)."""

    # Schema.
    def ensure_schema(self, tables: Iterable[TableSpec]) -> None:
        """Create the bookkeeping tables and ``tables`` (adding columns a newer spec has), then the views."""
        specs = list(tables)
        with self._transaction():
            n = self.count_type
            self._execute(
                "CREATE TABLE IF NOT EXISTS _sync_state (name TEXT PRIMARY KEY, endpoint TEXT NOT NULL, "
                "phase TEXT NOT NULL DEFAULT 'idle', sync_token TEXT, cursor TEXT, run_id TEXT, "
                f"items {n} NOT NULL DEFAULT 0, pages {n} NOT NULL DEFAULT 0, strategy TEXT NOT NULL DEFAULT '', "
                "updated_at TEXT NOT NULL DEFAULT '', full_at TEXT NOT NULL DEFAULT '')"
            )
            if "full_at" not in self._columns_of("_sync_state"):  # a store made by an older version
                self._execute("ALTER TABLE _sync_state ADD COLUMN full_at TEXT NOT NULL DEFAULT ''")
            self._execute(
                "CREATE TABLE IF NOT EXISTS _sync_pending (list TEXT NOT NULL, parent_id TEXT NOT NULL, "
                "PRIMARY KEY (list, parent_id))"
            )
            self._execute(
                "CREATE TABLE IF NOT EXISTS candidate_merges (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, "
                "merged_at TEXT NOT NULL, seen_in TEXT NOT NULL DEFAULT '')"
            )
            self._execute(
                "CREATE TABLE IF NOT EXISTS _webhook_events (key TEXT PRIMARY KEY, action TEXT NOT NULL, "
                f"body {self.data_type} NOT NULL, received_at TEXT NOT NULL)"
            )
            for spec in specs:
                self._create_table(spec)
        names = {s.name for s in specs}
        with self._transaction():  # readers never see a view missing
            for statement in view_statements(self.dialect, names):
                self._execute(statement)

    def _create_table(self, spec: TableSpec) -> None:
        typed = [f"{quote(c.name)} {self.types[c.type]}" for c in spec.columns]
        if spec.parent:
            typed.insert(0, f"{quote(spec.parent)} TEXT")
        if spec.archived is not None:
            typed.append("is_archived " + self.types["boolean"] + " NOT NULL DEFAULT FALSE")
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {quote(spec.name)} (id TEXT PRIMARY KEY, data {self.data_type} NOT NULL, "
            f"{''.join(t + ', ' for t in typed)}is_removed {self.types['boolean']} NOT NULL DEFAULT FALSE, "
            "removed_at TEXT, seen_run TEXT)"
        )
        present = self._columns_of(spec.name)
        missing = [c for c in spec.columns if c.name not in present]
        missing_archived = spec.archived is not None and "is_archived" not in present
        table = quote(spec.name)
        if spec.parent and spec.parent not in present:
            self._execute(f"ALTER TABLE {table} ADD COLUMN {quote(spec.parent)} TEXT")
        for column in missing:
            self._execute(f"ALTER TABLE {table} ADD COLUMN {quote(column.name)} {self.types[column.type]}")
        if missing_archived:
            self._execute(f"ALTER TABLE {table} ADD COLUMN is_archived {self.types['boolean']} NOT NULL DEFAULT FALSE")
        if missing or missing_archived:  # a newer spec: fill the new columns from the stored objects
            for obj_id, data in self._execute(f"SELECT id, data FROM {table}").fetchall():
                obj = self._decode(data)
                sets = {c.name: self._value(c.type, c.extract(obj)) for c in missing}
                if missing_archived and spec.archived is not None:
                    sets["is_archived"] = self._value("boolean", int(spec.archived(obj)))
                assignments = ", ".join(f"{quote(k)} = ?" for k in sets)
                self._execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*sets.values(), obj_id))

    # State.
    def _state_columns(self) -> str | None:
        # Read before ensure_schema may have run: no table yet, or one from before a column was added.
        present = self._columns_of("_sync_state")
        if not present:
            return None
        return ", ".join(c if c in present else f"'' AS {c}" for c in STATE_COLUMNS)

    def get_state(self, name: str) -> ListState | None:
        columns = self._state_columns()
        if columns is None:
            return None
        row = self._execute(f"SELECT {columns} FROM _sync_state WHERE name = ?", (name,)).fetchone()
        return None if row is None else ListState(*row)

    def states(self) -> list[ListState]:
        """Every saved list state (none before the first run made the tables)."""
        columns = self._state_columns()
        if columns is None:
            return []
        return [ListState(*row) for row in self._execute(f"SELECT {columns} FROM _sync_state ORDER BY name").fetchall()]

    def set_state(self, state: ListState) -> None:
        with self._transaction():
            self._save_state(state)

    def _save_state(self, s: ListState) -> None:
        updates = ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS[1:])
        self._execute(
            f"INSERT INTO _sync_state ({', '.join(STATE_COLUMNS)}) VALUES ({', '.join('?' * len(STATE_COLUMNS))}) "
            f"ON CONFLICT (name) DO UPDATE SET {updates}",
            (s.name, s.endpoint, s.phase, s.sync_token, s.cursor, s.run_id, s.items, s.pages, s.strategy,
             s.updated_at, s.full_at),
        )  # fmt: skip

    # Objects.
    def _items(self, objects: Sequence[Any]) -> Sequence[RawItem | Mapping[str, Any]]:
        """A page's items as :meth:`_upsert` takes them: dicts here (a store that reads columns in SQL
        keeps the raw text instead, see :attr:`json_columns`)."""
        return raw_objects(objects)

    def _sql_row(self, table: TableSpec) -> list[str] | None:
        """The SQL expressions reading ``table``'s columns from the ``data`` parameter (``?2``), when this
        store reads them in SQL (:attr:`json_columns`) and the table's columns allow it."""
        return table.sql_row("?2") if self.json_columns else None

    def _upsert(
        self,
        table: TableSpec,
        objects: Iterable[tuple[RawItem | Mapping[str, Any], str | None]],
        run_id: str | None,
        result: PageResult,
        *,
        newer_only: bool = False,
        moved: list[tuple[str, str]] | None = None,
    ) -> list[str]:
        """Upsert ``(object, parent id)`` pairs, stamping ``run_id``; the ids that are new or changed."""
        name = quote(table.name)
        columns = ([table.parent] if table.parent else []) + list(table.column_names)
        cols = _q(columns)
        exprs = self._sql_row(table)
        if exprs is None:  # the columns' values are bound, read in Python
            values = f"?, ?, {'?, ' * len(cols)}FALSE, NULL, ?"
        else:  # (id, data, [parent], run id) bound; SQLite reads the columns out of data (?2)
            run = "?4" if table.parent else "?3"
            values = f"?1, ?2, {'?3, ' if table.parent else ''}{''.join(e + ', ' for e in exprs)}FALSE, NULL, {run}"
        upsert = (
            f"INSERT INTO {name} (id, data, {''.join(c + ', ' for c in cols)}is_removed, removed_at, seen_run) "
            f"VALUES ({values}) ON CONFLICT (id) DO UPDATE SET data = excluded.data, "
            f"{''.join(f'{c} = excluded.{c}, ' for c in cols)}is_removed = FALSE, removed_at = NULL, "
            f"seen_run = COALESCE(excluded.seen_run, {name}.seen_run)"
        )
        archived_col = ", is_archived" if table.archived is not None else ", FALSE"
        by_id: dict[str, tuple[RawItem | Mapping[str, Any], str | None]] = {}
        for obj, parent in objects:
            obj_id = obj.id if isinstance(obj, RawItem) else obj["id"]
            by_id[str(obj_id)] = (obj, parent)  # a page listing one id twice keeps its last copy
        old: dict[str, tuple[Any, bool, bool]] = {}
        ids = list(by_id)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = f"SELECT id, data, is_removed{archived_col} FROM {name} WHERE id IN ({', '.join('?' * len(chunk))})"
            for obj_id, data, removed, archived in self._execute(query, chunk).fetchall():
                old[obj_id] = (data, bool(removed), bool(archived))
        writes: list[tuple[Any, ...]] = []
        touches: list[tuple[str | None, str]] = []
        changed: list[str] = []
        for obj_id, (obj, parent) in by_id.items():
            encoded = self._encode(obj)
            before = old.get(obj_id)
            if before is not None and not before[1]:
                if self._same(before[0], obj, encoded):
                    touches.append((run_id, obj_id))
                    continue
                if newer_only and _older(plain(obj), self._decode(before[0])):
                    continue  # a late webhook delivery: the store already has a newer copy
                if moved is not None:
                    was, now_ = _candidate_of(self._decode(before[0])), _candidate_of(plain(obj))
                    if was and now_ and was != now_:
                        moved.append((was, now_))
            row = self._row(table, plain(obj)) if exprs is None else None
            writes.append((obj_id, encoded, *([parent] if table.parent else []), *(row or ()), run_id))
            changed.append(obj_id)
            if before is None or before[1]:
                result.new += 1
                continue
            result.updated += 1
            rule = table.archived
            if rule is not None and not before[2] and (row[-1] if row is not None else rule(plain(obj))):
                result.archived += 1
        if writes:
            self._executemany(upsert, writes)
        if touches:
            self._executemany(f"UPDATE {name} SET seen_run = ? WHERE id = ?", touches)
        return changed

    def _row(self, spec: TableSpec, obj: Mapping[str, Any]) -> tuple[Any, ...]:
        values = spec.row(obj)
        if not self.converts:
            return values
        kinds = [c.type for c in spec.columns] + (["boolean"] if spec.archived is not None else [])
        return tuple(self._value(k, v) for k, v in zip(kinds, values, strict=True))

    def _mark_pending(self, children: Sequence[str], ids: Sequence[str]) -> None:
        if children and ids:
            rows = [(child, i) for child in children for i in ids]
            self._executemany("INSERT INTO _sync_pending (list, parent_id) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)

    def write_page(
        self,
        table: TableSpec,
        objects: Sequence[Mapping[str, Any]],
        state: ListState,
        *,
        sweep: bool = False,
        now: str,
        children: Sequence[str] = (),
    ) -> PageResult:
        result = PageResult()
        moved: list[tuple[str, str]] | None = [] if table.name == "applications" else None
        decoded = self._items(objects)
        with self._transaction():
            changed = self._upsert(table, ((o, None) for o in decoded), state.run_id, result, moved=moved)
            self._mark_pending(children, changed)
            if moved:
                self._record_merges(moved, now, "application moved")
            if sweep:
                cursor = self._execute(
                    f"UPDATE {quote(table.name)} SET is_removed = TRUE, removed_at = ? "
                    "WHERE NOT is_removed AND (seen_run IS NULL OR seen_run <> ?)",
                    (now, state.run_id),
                )
                result.removed = max(cursor.rowcount, 0)
                if result.removed:
                    self._orphans(table, now)
            self._save_state(state)
        return result

    def _orphans(self, parent: TableSpec, now: str) -> None:
        """Mark removed the children of ``parent``'s removed rows (the API no longer lists them either)."""
        for child in CHILDREN.get(parent.name, ()):
            spec = TABLES[child]
            if spec.parent is None or spec.parent not in self._columns_of(child):
                continue
            self._execute(
                f"UPDATE {quote(child)} SET is_removed = TRUE, removed_at = ? WHERE NOT is_removed AND "
                f"{quote(spec.parent)} IN (SELECT id FROM {quote(parent.name)} WHERE is_removed)",
                (now,),
            )

    # Child lists.
    def seed_pending(self, child: str, parent: TableSpec, state: ListState) -> int:
        """Queue every live row of ``parent`` for the child list ``child`` and save ``state``, together."""
        with self._transaction():
            self._execute(
                f"INSERT INTO _sync_pending (list, parent_id) SELECT ?, id FROM {quote(parent.name)} "
                "WHERE NOT is_removed ON CONFLICT DO NOTHING",
                (child,),
            )
            self._save_state(state)
        return self.count_pending(child)

    def count_pending(self, child: str) -> int:
        """How many parents still wait for the child list ``child``."""
        return int(self._execute("SELECT COUNT(*) FROM _sync_pending WHERE list = ?", (child,)).fetchone()[0])

    def pending(self, child: str, limit: int, after: str = "") -> list[str]:
        """Up to ``limit`` parent ids waiting for ``child``, in id order, from the first one above ``after``."""
        rows = self._execute(
            "SELECT parent_id FROM _sync_pending WHERE list = ? AND parent_id > ? ORDER BY parent_id LIMIT ?",
            (child, after, limit),
        )
        return [r[0] for r in rows.fetchall()]

    def write_children(
        self,
        table: TableSpec,
        parents: Sequence[str],
        objects: Sequence[tuple[str, Mapping[str, Any]]],
        state: ListState,
        *,
        now: str,
    ) -> PageResult:
        """In ONE transaction: upsert the children of ``parents``, mark removed their children not listed now,
        take ``parents`` off the child list's queue, and save ``state``."""
        result = PageResult()
        assert table.parent, f"{table.name} is not a child table"
        with self._transaction():
            self._upsert(table, ((o, p) for p, o in objects), state.run_id, result)
            for start in range(0, len(parents), _CHUNK):
                chunk = list(parents[start : start + _CHUNK])
                marks = ", ".join("?" * len(chunk))
                cursor = self._execute(
                    f"UPDATE {quote(table.name)} SET is_removed = TRUE, removed_at = ? WHERE NOT is_removed "
                    f"AND {quote(table.parent)} IN ({marks}) AND (seen_run IS NULL OR seen_run <> ?)",
                    (now, *chunk, state.run_id),
                )
                result.removed += max(cursor.rowcount, 0)
                done = f"DELETE FROM _sync_pending WHERE list = ? AND parent_id IN ({marks})"
                self._execute(done, (state.name, *chunk))
            self._save_state(state)
        return result

    # Webhook events.
    def apply_event(
        self,
        key: str,
        action: str,
        body: Mapping[str, Any],
        operations: Sequence[tuple[str, Any]],
        *,
        now: str,
    ) -> bool:
        """Record a webhook delivery and apply its ``operations`` in ONE transaction.

        ``key`` identifies the delivery (a replay has the same key): a key seen
        before changes nothing and returns ``False``. Operations:
        ``("upsert", (table, object, children))`` writes the object unless the
        store has a newer copy (by ``updatedAt``) and queues its children;
        ``("remove", (table, id))`` marks a row removed;
        ``("merge", (old_id, new_id))`` records a candidate merge.
        """
        with self._transaction():
            inserted = self._execute(
                "INSERT INTO _webhook_events (key, action, body, received_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (key, action, self._encode(body), now),
            )
            if inserted.rowcount == 0:
                return False
            for kind, args in operations:
                if kind == "upsert":
                    table, obj, children = args
                    # Stamped with a full listing under way, so that its last page does not mark it removed.
                    row = self._execute(
                        "SELECT run_id FROM _sync_state WHERE name = ? AND phase = 'full'", (table.name,)
                    ).fetchone()
                    run_id = row[0] if row else None
                    moved: list[tuple[str, str]] | None = [] if table.name == "applications" else None
                    changed = self._upsert(table, [(obj, None)], run_id, PageResult(), newer_only=True, moved=moved)
                    self._mark_pending(children, changed)
                    if moved:
                        self._record_merges(moved, now, "application moved")
                elif kind == "remove":
                    table, obj_id = args
                    self._execute(
                        f"UPDATE {quote(table.name)} SET is_removed = TRUE, removed_at = ? "
                        "WHERE id = ? AND NOT is_removed",
                        (now, obj_id),
                    )
                    self._orphans(table, now)
                elif kind == "merge":
                    old_id, new_id = args
                    self._record_merges([(old_id, new_id)], now, "candidateMerge webhook")
                    self._execute(
                        "UPDATE candidates SET is_removed = TRUE, removed_at = ? WHERE id = ? AND NOT is_removed",
                        (now, old_id),
                    )
                    self._orphans(TABLES["candidates"], now)
        return True

    def _record_merges(self, pairs: Sequence[tuple[str, str]], now: str, seen_in: str) -> None:
        self._executemany(
            "INSERT INTO candidate_merges (old_id, new_id, merged_at, seen_in) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id, merged_at = excluded.merged_at, "
            "seen_in = excluded.seen_in",
            [(old, new, now, seen_in) for old, new in pairs],
        )

    def merges(self) -> dict[str, str]:
        """Recorded candidate merges: old id -> the id it was merged into."""
        return dict(self._execute("SELECT old_id, new_id FROM candidate_merges").fetchall())

    # Reading.
    def counts(self, table: TableSpec) -> TableCounts:
        archived = "SUM(CASE WHEN is_archived AND NOT is_removed THEN 1 ELSE 0 END)" if table.archived else "0"
        total, removed, n_archived = self._execute(
            f"SELECT COUNT(*), COALESCE(SUM(CASE WHEN is_removed THEN 1 ELSE 0 END), 0), COALESCE({archived}, 0) "
            f"FROM {quote(table.name)}"
        ).fetchone()
        return TableCounts(int(total), int(removed), int(n_archived))

    def objects(self, table: TableSpec, *, include_removed: bool = False) -> dict[str, dict[str, Any]]:
        where = "" if include_removed else " WHERE NOT is_removed"
        rows = self._execute(f"SELECT id, data FROM {quote(table.name)}{where}").fetchall()
        return {obj_id: self._decode(data) for obj_id, data in rows}

    def iter_rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of a query of your own (``?`` placeholders on every store)."""
        yield from self._execute(sql, params).fetchall()


def _older(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    a, b = new.get("updatedAt"), old.get("updatedAt")
    return isinstance(a, str) and isinstance(b, str) and a < b


def _candidate_of(application: Mapping[str, Any]) -> str | None:
    candidate = application.get("candidate")
    value = candidate.get("id") if isinstance(candidate, dict) else None
    return value if isinstance(value, str) else None
