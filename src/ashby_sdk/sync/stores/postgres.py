"""The PostgreSQL store (psycopg 3, the ``postgres`` extra): a mirror that many readers can query.

Same layout and guarantees as the SQLite store (``docs/mirror.md``), mapped to
PostgreSQL's types: ``data`` is ``JSONB`` (the object as the API sent it, value
for value; JSONB does not keep key order or whitespace, and can be indexed and
queried with ``->``/``@>``), flags are ``BOOLEAN``, integers ``BIGINT``. Each
page and the list's state are written in one transaction, so a killed process
leaves either the whole page or none of it.

The URL is a libpq connection string; pass ``options=-csearch_path%3Dmyschema``
in it to keep the mirror in its own schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from ..store import ListState, PageResult, TableCounts
from ..tables import TableSpec

__all__ = ["PostgresStore", "store_from_url"]

_TYPES = {"text": "TEXT", "integer": "BIGINT", "boolean": "BOOLEAN", "real": "DOUBLE PRECISION"}
_STATE_COLUMNS = ("name", "endpoint", "phase", "sync_token", "cursor", "run_id", "items", "pages", "strategy",
                  "updated_at")  # fmt: skip


def store_from_url(url: str) -> PostgresStore:
    """The store for a ``postgresql://`` URL (not yet connected)."""
    return PostgresStore(url)


def _redacted(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else f"{scheme}://{user}@{host}"


class PostgresStore:
    """A :class:`~ashby_sdk.sync.store.Store` in a PostgreSQL database.

    ```python
    store = PostgresStore("postgresql://ashby@127.0.0.1:5432/hiring")
    ```
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._db: psycopg.Connection[Any] | None = None

    def __repr__(self) -> str:
        return f"PostgresStore({_redacted(self.url)!r})"  # never the password

    @property
    def db(self) -> psycopg.Connection[Any]:
        if self._db is None:
            raise RuntimeError("the store is not open")
        return self._db

    def open(self) -> None:
        if self._db is None:
            self._db = psycopg.connect(self.url, autocommit=True)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> PostgresStore:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def ensure_schema(self, tables: Iterable[TableSpec]) -> None:
        db = self.db
        with db.transaction():
            db.execute(
                "CREATE TABLE IF NOT EXISTS _sync_state (name TEXT PRIMARY KEY, endpoint TEXT NOT NULL, "
                "phase TEXT NOT NULL DEFAULT 'idle', sync_token TEXT, cursor TEXT, run_id TEXT, "
                "items BIGINT NOT NULL DEFAULT 0, pages BIGINT NOT NULL DEFAULT 0, "
                "strategy TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '')"
            )
            for spec in tables:
                columns: list[sql.Composable] = [
                    sql.SQL("{} {}").format(sql.Identifier(c.name), sql.SQL(_TYPES[c.type])) for c in spec.columns
                ]
                if spec.archived is not None:
                    columns.append(sql.SQL("is_archived BOOLEAN NOT NULL DEFAULT false"))
                db.execute(
                    sql.SQL(
                        "CREATE TABLE IF NOT EXISTS {} (id TEXT PRIMARY KEY, data JSONB NOT NULL, {}"
                        "is_removed BOOLEAN NOT NULL DEFAULT false, removed_at TEXT, seen_run TEXT)"
                    ).format(sql.Identifier(spec.name), sql.SQL("").join(sql.SQL("{}, ").format(c) for c in columns))
                )
                self._add_missing_columns(spec)

    def _add_missing_columns(self, spec: TableSpec) -> None:
        db = self.db
        present = {
            row[0]
            for row in db.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = %s AND table_schema = current_schema()",
                (spec.name,),
            )
        }
        missing = [c for c in spec.columns if c.name not in present]
        missing_archived = spec.archived is not None and "is_archived" not in present
        table = sql.Identifier(spec.name)
        for column in missing:
            db.execute(
                sql.SQL("ALTER TABLE {} ADD COLUMN {} {}").format(
                    table, sql.Identifier(column.name), sql.SQL(_TYPES[column.type])
                )
            )
        if missing_archived:
            db.execute(sql.SQL("ALTER TABLE {} ADD COLUMN is_archived BOOLEAN NOT NULL DEFAULT false").format(table))
        if missing or missing_archived:  # a newer spec: fill the new columns from the stored objects
            for obj_id, obj in db.execute(sql.SQL("SELECT id, data FROM {}").format(table)).fetchall():
                sets = {c.name: self._value(c.type, c.extract(obj)) for c in missing}
                if missing_archived and spec.archived is not None:
                    sets["is_archived"] = spec.archived(obj)
                assignments = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in sets)
                db.execute(
                    sql.SQL("UPDATE {} SET {} WHERE id = %s").format(table, assignments), (*sets.values(), obj_id)
                )

    @staticmethod
    def _value(kind: str, value: Any) -> Any:
        return bool(value) if kind == "boolean" and value is not None else value

    def _row(self, spec: TableSpec, obj: Mapping[str, Any]) -> tuple[Any, ...]:
        values = spec.row(obj)
        typed = tuple(self._value(c.type, v) for c, v in zip(spec.columns, values, strict=False))
        return (*typed, bool(values[-1])) if spec.archived is not None else typed

    def get_state(self, name: str) -> ListState | None:
        row = self.db.execute(
            f"SELECT {', '.join(_STATE_COLUMNS)} FROM _sync_state WHERE name = %s", (name,)
        ).fetchone()
        return None if row is None else ListState(*row)

    def set_state(self, state: ListState) -> None:
        with self.db.transaction():
            self._save_state(state)

    def _save_state(self, s: ListState) -> None:
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in _STATE_COLUMNS[1:])
        self.db.execute(
            f"INSERT INTO _sync_state ({', '.join(_STATE_COLUMNS)}) VALUES ({', '.join(['%s'] * 10)}) "
            f"ON CONFLICT (name) DO UPDATE SET {updates}",
            (
                s.name,
                s.endpoint,
                s.phase,
                s.sync_token,
                s.cursor,
                s.run_id,
                s.items,
                s.pages,
                s.strategy,
                s.updated_at,
            ),
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
        name = sql.Identifier(table.name)
        columns = [sql.Identifier(c) for c in table.column_names]
        upsert = sql.SQL(
            "INSERT INTO {t} (id, data, {cols}is_removed, removed_at, seen_run) "
            "VALUES (%s, %s, {marks}false, NULL, %s) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, "
            "{sets}is_removed = false, removed_at = NULL, seen_run = EXCLUDED.seen_run"
        ).format(
            t=name,
            cols=sql.SQL("").join(sql.SQL("{}, ").format(c) for c in columns),
            marks=sql.SQL("%s, " * len(columns)),
            sets=sql.SQL("").join(sql.SQL("{c} = EXCLUDED.{c}, ").format(c=c) for c in columns),
        )
        archived_col = sql.SQL(", is_archived") if table.archived is not None else sql.SQL(", false")
        by_id = {str(obj["id"]): obj for obj in objects}  # a page listing one id twice keeps its last copy
        with db.transaction():
            old: dict[str, tuple[Any, bool, bool]] = {}
            if by_id:
                query = sql.SQL("SELECT id, data, is_removed{} FROM {} WHERE id = ANY(%s)").format(archived_col, name)
                for obj_id, data, removed, archived in db.execute(query, (list(by_id),)):
                    old[obj_id] = (data, removed, archived)
            writes: list[tuple[Any, ...]] = []
            touches: list[tuple[str | None, str]] = []
            for obj_id, obj in by_id.items():
                before = old.get(obj_id)
                if before is not None and before[0] == obj and not before[1]:
                    touches.append((state.run_id, obj_id))
                    continue
                values = self._row(table, obj)
                writes.append((obj_id, Jsonb(dict(obj)), *values, state.run_id))
                if before is None or before[1]:
                    result.new += 1
                else:
                    result.updated += 1
                if table.archived is not None and values[-1] and (before is None or not before[2] or before[1]):
                    result.archived += 1
            with db.cursor() as cursor:
                if writes:
                    cursor.executemany(upsert, writes)
                if touches:
                    cursor.executemany(sql.SQL("UPDATE {} SET seen_run = %s WHERE id = %s").format(name), touches)
                if sweep:
                    cursor.execute(
                        sql.SQL(
                            "UPDATE {} SET is_removed = true, removed_at = %s "
                            "WHERE NOT is_removed AND seen_run IS DISTINCT FROM %s"
                        ).format(name),
                        (now, state.run_id),
                    )
                    result.removed = cursor.rowcount
            self._save_state(state)
        return result

    def counts(self, table: TableSpec) -> TableCounts:
        archived = "COUNT(*) FILTER (WHERE is_archived AND NOT is_removed)" if table.archived is not None else "0"
        row = self.db.execute(
            sql.SQL("SELECT COUNT(*), COUNT(*) FILTER (WHERE is_removed), {} FROM {}").format(
                sql.SQL(archived), sql.Identifier(table.name)
            )
        ).fetchone()
        assert row is not None
        return TableCounts(int(row[0]), int(row[1]), int(row[2]))

    def objects(self, table: TableSpec, *, include_removed: bool = False) -> dict[str, dict[str, Any]]:
        where = sql.SQL("") if include_removed else sql.SQL(" WHERE NOT is_removed")
        rows = self.db.execute(sql.SQL("SELECT id, data FROM {}{}").format(sql.Identifier(table.name), where))
        return dict(rows)
