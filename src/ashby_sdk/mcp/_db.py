"""Read-only connections to a mirror made by ``ashby sync``: SQLite or PostgreSQL.

Nothing here can change the mirror. SQLite is opened with a ``mode=ro`` URI,
``PRAGMA query_only`` and an authorizer that allows reading only; PostgreSQL
runs every statement in a ``READ ONLY`` transaction, sent with the extended
protocol (one statement per call: the server refuses a second). Each query has
a deadline (SQLite: a progress handler; PostgreSQL: ``statement_timeout``).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .._exceptions import AshbyConfigError
from ._errors import ToolFailure

__all__ = ["MirrorDB", "open_mirror"]

# What a read needs from SQLite's authorizer: reading, selecting, functions, and the
# transactions sqlite3 starts itself. Everything else (writes, ATTACH, PRAGMA...) is denied.
_SQLITE_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}


def _authorizer(action: int, *_: Any) -> int:
    return sqlite3.SQLITE_OK if action in _SQLITE_ALLOWED else sqlite3.SQLITE_DENY


class MirrorDB:
    """A read-only mirror: ``query`` answers rows as tuples, with column names, within a deadline."""

    dialect: str = "sqlite"
    label: str = ""

    def query(
        self, sql: str, params: Sequence[Any] | None = None, *, timeout: float = 10.0, max_rows: int | None = None
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one read-only statement; the column names and up to ``max_rows`` rows.

        With ``params``, ``?`` marks each parameter; without, the statement is sent exactly as written.
        """
        raise NotImplementedError

    def close(self) -> None:
        """Close every connection."""


class SQLiteMirror(MirrorDB):
    """A SQLite mirror, opened read-only; one connection per query (cheap, and safe across threads)."""

    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        self.path = path
        self.label = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        from urllib.parse import quote

        db = sqlite3.connect(f"file:{quote(os.path.abspath(self.path))}?mode=ro", uri=True, check_same_thread=False)
        try:
            db.execute("PRAGMA query_only = ON")
            db.set_authorizer(_authorizer)
            yield db
        finally:
            db.close()

    def check(self) -> None:
        """Open the file once: :class:`AshbyConfigError` when it is not a mirror that can be read."""
        try:
            with self._connect() as db:
                db.execute("SELECT name FROM _sync_state LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise AshbyConfigError(f"--db {self.path}: not a mirror made by `ashby sync` ({exc})") from None

    def query(
        self, sql: str, params: Sequence[Any] | None = None, *, timeout: float = 10.0, max_rows: int | None = None
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        deadline = time.monotonic() + timeout
        with self._connect() as db:
            db.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
            try:
                cursor = db.execute(sql, tuple(params or ()))
                rows = cursor.fetchall() if max_rows is None else cursor.fetchmany(max_rows)
            except sqlite3.OperationalError as exc:
                if str(exc) == "interrupted":
                    raise ToolFailure(f"the query ran longer than {timeout:g} s and was stopped") from None
                raise
            columns = [d[0] for d in cursor.description or ()]
        return columns, rows


class PostgresMirror(MirrorDB):
    """A PostgreSQL mirror: one connection, used by one query at a time, each in a READ ONLY transaction."""

    dialect = "postgres"

    def __init__(self, url: str) -> None:
        from ..sync.stores.postgres import _redacted

        self.url = url
        self.label = _redacted(url)
        self._db: Any = None
        self._lock = threading.Lock()

    def _connection(self) -> Any:
        import psycopg

        if self._db is None or self._db.closed or self._db.broken:
            try:
                self._db = psycopg.connect(self.url, autocommit=False, connect_timeout=10)
            except psycopg.OperationalError as exc:
                reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
                raise ToolFailure(f"cannot reach the PostgreSQL mirror at {self.label}: {reason}") from None
            self._db.read_only = True
        return self._db

    def check(self) -> None:
        """Connect once: :class:`AshbyConfigError` when the database cannot be reached or holds no mirror."""
        try:
            self.query("SELECT name FROM _sync_state LIMIT 1")
        except ToolFailure as exc:
            raise AshbyConfigError(f"--db: {exc}") from None
        except Exception as exc:
            raise AshbyConfigError(f"--db {self.label}: not a mirror made by `ashby sync` ({exc})") from None

    def query(
        self, sql: str, params: Sequence[Any] | None = None, *, timeout: float = 10.0, max_rows: int | None = None
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        import psycopg

        with self._lock:
            db = self._connection()
            try:
                with db.cursor() as cursor:
                    cursor.execute("SELECT set_config('statement_timeout', %s, true)", (f"{int(timeout * 1000)}",))
                    # binary=True sends the extended protocol, where the server takes exactly one statement.
                    if params is None:
                        cursor.execute(sql, binary=True)
                    else:
                        cursor.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params), binary=True)
                    rows = cursor.fetchall() if max_rows is None else cursor.fetchmany(max_rows)
                    columns = [d.name for d in cursor.description or ()]
            except psycopg.errors.QueryCanceled:
                raise ToolFailure(f"the query ran longer than {timeout:g} s and was stopped") from None
            finally:
                if not db.closed:
                    db.rollback()  # read only: nothing to keep; ends the transaction
        return columns, rows

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def open_mirror(db: str) -> SQLiteMirror | PostgresMirror:
    """The read-only mirror a ``--db`` value names (a path, ``sqlite:///path``, or ``postgresql://``).

    Raises :class:`AshbyConfigError` for a path with no mirror, a scheme we have no store for, or
    PostgreSQL without psycopg.
    """
    scheme, sep, rest = db.partition("://")
    if sep and scheme in ("postgresql", "postgres"):
        try:
            import psycopg  # noqa: F401
        except ModuleNotFoundError:
            raise AshbyConfigError("a PostgreSQL mirror needs psycopg: pip install 'ashby-sdk[postgres]'") from None
        return PostgresMirror(db)
    if sep and scheme != "sqlite":
        raise AshbyConfigError(f"--db {db}: give a SQLite file or a postgresql:// URL")
    path = (rest[1:] if rest.startswith("/") else rest) if sep else db
    if os.path.isdir(path):
        raise AshbyConfigError(
            f"--db {path} is a directory: give the mirror's file, e.g. {os.path.join(path, 'ashby.db')}"
        )
    if not os.path.exists(path):
        raise AshbyConfigError(f"no mirror at {path}: run `ashby sync --db {path}` first")
    return SQLiteMirror(path)
