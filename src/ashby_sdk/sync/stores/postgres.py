"""The PostgreSQL store (psycopg 3, the ``postgres`` extra): a mirror that many readers can query.

Same layout and guarantees as the SQLite store (``docs/mirror.md``), mapped to
PostgreSQL's types: ``data`` is ``JSONB`` (the object as the API sent it, value
for value; JSONB does not keep key order or whitespace, and can be indexed and
queried with ``->``/``@>``), flags are ``BOOLEAN``, integers ``BIGINT``. Each
page and the list's state are written in one transaction, so a killed process
leaves either the whole page or none of it. One sync at a time per schema: a
session-level advisory lock, which the server drops when the connection ends.

The URL is a libpq connection string; pass ``options=-csearch_path%3Dmyschema``
in it to keep the mirror in its own schema.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar

import psycopg
from psycopg.types.json import Jsonb

from .._raw import RawItem, plain
from ..store import StoreBusyError, StoreUnavailableError
from ._sql import SQLStore

__all__ = ["PostgresStore", "store_from_url"]


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


class PostgresStore(SQLStore):
    """A :class:`~ashby_sdk.sync.store.Store` in a PostgreSQL database.

    ```python
    store = PostgresStore("postgresql://ashby@127.0.0.1:5432/hiring")
    ```

    :meth:`open` raises :class:`StoreUnavailableError` when the server cannot be reached.
    """

    dialect = "postgres"
    types: ClassVar[Mapping[str, str]] = {
        "text": "TEXT",
        "integer": "BIGINT",
        "boolean": "BOOLEAN",
        "real": "DOUBLE PRECISION",
    }
    data_type = "JSONB"
    count_type = "BIGINT"
    converts = True
    created = False

    def __init__(self, url: str) -> None:
        self.url = url
        self._db: psycopg.Connection[Any] | None = None

    def __repr__(self) -> str:
        return f"PostgresStore({_redacted(self.url)!r})"  # never the password

    @property
    def label(self) -> str:
        """The store for people: its URL without the password."""
        return _redacted(self.url)

    @property
    def db(self) -> psycopg.Connection[Any]:
        if self._db is None:
            raise RuntimeError("the store is not open")
        return self._db

    def open(self) -> None:
        if self._db is None:
            try:
                self._db = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
            except psycopg.OperationalError as exc:
                reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
                raise StoreUnavailableError(f"cannot reach PostgreSQL at {self.label}: {reason}") from None

    def durable(self) -> None:
        """PostgreSQL commits are durable already (``synchronous_commit`` on, its default)."""

    def lock(self) -> None:
        """Take the schema's sync lock (an advisory lock of this session) or raise :class:`StoreBusyError`."""
        row = self.db.execute(
            "SELECT pg_try_advisory_lock(hashtext('ashby_sdk.sync:' || current_database() || ':' || current_schema()))"
        ).fetchone()
        if not row or not row[0]:
            raise StoreBusyError(f"{self.label} is being synced by another `ashby sync`; wait for it to finish")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()  # ends the session, and with it the advisory lock
            self._db = None

    def discard(self) -> None:
        """Close (a server database is never deleted)."""
        self.close()

    def __enter__(self) -> PostgresStore:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.execute(self._sql(sql), tuple(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.db.cursor() as cursor:
            cursor.executemany(self._sql(sql), rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self.db.transaction():  # inside batch(), psycopg makes it a savepoint
            yield

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction around several calls (their own transactions become savepoints)."""
        with self.db.transaction():
            yield

    def _columns_of(self, table: str) -> set[str]:
        rows = self.db.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = %s AND table_schema = current_schema()",
            (table,),
        )
        return {row[0] for row in rows}

    def _encode(self, obj: RawItem | Mapping[str, Any]) -> Any:
        return Jsonb(dict(plain(obj)))

    def _same(self, stored: Any, obj: RawItem | Mapping[str, Any], encoded: Any) -> bool:
        return bool(stored == plain(obj))

    def _value(self, kind: str, value: Any) -> Any:
        return bool(value) if kind == "boolean" and value is not None else value
