"""One sync per store at a time: an OS-level lock that dies with the process holding it.

A lock file beside the database (``ashby.db.lock``) is locked with ``flock``
(``msvcrt.locking`` on Windows). The kernel drops the lock when the process
ends, however it ends (``kill -9`` included), so a crashed run never blocks
the next one; the file itself stays, empty, and means nothing on its own.
The database file is not locked itself: SQLite holds POSIX locks on it, which
closing any other descriptor of the same file would silently release.
"""

from __future__ import annotations

import os
import sys

__all__ = ["FileLock"]


class FileLock:
    """A non-blocking exclusive lock on ``path``: :meth:`acquire` returns ``False`` when another process holds it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
