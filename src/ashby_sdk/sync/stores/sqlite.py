"""The SQLite store (stdlib ``sqlite3``, WAL mode): the mirror's default home.

One connection, used from one thread at a time (the mirror's writer thread,
see :mod:`ashby_sdk.sync._writer`). WAL lets readers (a notebook,
``sqlite3 ashby.db``) query the file while a sync writes, and
``synchronous=NORMAL`` keeps each page's commit cheap: a killed process loses
nothing committed (only a power cut may lose the last commits, which a rerun
fetches again). One sync at a time per file: see :meth:`SQLiteStore.lock`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, ClassVar

from ..._exceptions import AshbyConfigError
from .._lock import FileLock
from .._raw import RawItem, lazy
from ..store import StoreBusyError
from ._sql import SQLStore, quote

__all__ = ["SQLiteStore"]


class SQLiteStore(SQLStore):
    """A :class:`~ashby_sdk.sync.store.Store` in one SQLite file (``":memory:"`` works too).

    ```python
    store = SQLiteStore("ashby.db")
    ```

    :meth:`open` raises :class:`AshbyConfigError` when the path is a directory
    or its directory does not exist.
    """

    dialect = "sqlite"
    types: ClassVar[Mapping[str, str]] = {"text": "TEXT", "integer": "INTEGER", "boolean": "INTEGER", "real": "REAL"}

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db: sqlite3.Connection | None = None
        self._lock: FileLock | None = None
        self._batched = False
        self.created = False
        """Whether :meth:`open` created the file (so :meth:`discard` may remove it)."""

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    @property
    def label(self) -> str:
        """The store for people: its path."""
        return self.path

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the store is not open")
        return self._db

    def _check_path(self) -> None:
        if self.path == ":memory:":
            return
        if os.path.isdir(self.path):
            raise AshbyConfigError(f"--db {self.path}: is a directory; name a database file, e.g. {self.path}/ashby.db")
        parent = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(parent):
            raise AshbyConfigError(f"--db {self.path}: the directory {parent} does not exist")

    def open(self) -> None:
        if self._db is not None:
            return
        self._check_path()
        self.created = self.path != ":memory:" and not os.path.exists(self.path)
        # check_same_thread off: the writer thread opens it, and may close it from another after a failure.
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=10000")
        try:  # built in since SQLite 3.38, and in most builds before it
            db.execute("SELECT json_type('{}', '$.a'), json_extract('{}', '$.a'), json_array_length('[]')")
        except sqlite3.OperationalError:
            self.json_columns = False  # the columns are read in Python
        else:
            self.json_columns = True
        self._db = db

    def _items(self, objects: Sequence[Any]) -> Sequence[RawItem | Mapping[str, Any]]:
        # Raw slices stay text: SQLite reads the columns out of it (json_columns), on this writer thread,
        # without holding the GIL; decoding each object into a dict in Python held it for a third of a
        # full mirror, and the event loop waited for it (measured: bench/mirror.py, see docs/mirror.md).
        return lazy(objects) if self.json_columns else super()._items(objects)

    def durable(self) -> None:
        """``synchronous=FULL``: each commit is on disk before it returns (a webhook's 200 waits for it)."""
        self.db.execute("PRAGMA synchronous=FULL")

    def lock(self) -> None:
        """Take the store's sync lock (``<path>.lock``) or raise :class:`StoreBusyError` at once."""
        if self.path == ":memory:" or self._lock is not None:
            return
        self._check_path()
        lock = FileLock(self.path + ".lock")
        if not lock.acquire():
            raise StoreBusyError(f"{self.path} is being synced by another `ashby sync`; wait for it to finish")
        self._lock = lock

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def discard(self) -> None:
        """Close, and delete the database files if :meth:`open` created them (a run that mirrored nothing)."""
        self.close()
        if self.created:
            for suffix in ("", "-wal", "-shm", ".lock"):
                with suppress(FileNotFoundError):
                    os.remove(self.path + suffix)
            self.created = False

    def __enter__(self) -> SQLiteStore:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.execute(sql, params)

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.db.executemany(sql, rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        db = self.db
        if self._batched:  # inside batch(): a savepoint, committed with the rest of the batch
            if not db.in_transaction:  # SQLite rolled the batch back (a full disk...): say so, start nothing
                raise sqlite3.OperationalError("the batch's transaction was rolled back")
            db.execute("SAVEPOINT call")
            try:
                yield
            except BaseException:
                db.execute("ROLLBACK TO call")
                db.execute("RELEASE call")
                raise
            db.execute("RELEASE call")
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction around several calls: a commit costs about as much as a page's writes, and a
        writer that fell behind commits the pages waiting for it together."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        self._batched = True
        try:
            yield
        except BaseException:
            self._batched = False
            db.execute("ROLLBACK")
            raise
        self._batched = False
        if not db.in_transaction:
            raise sqlite3.OperationalError("the batch's transaction was rolled back")
        db.execute("COMMIT")

    def _columns_of(self, table: str) -> set[str]:
        return {row[1] for row in self.db.execute(f"PRAGMA table_info({quote(table)})")}
