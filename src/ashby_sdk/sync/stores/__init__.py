"""Stores by URL: a file path or ``sqlite:///path`` is SQLite; other schemes load their module on demand."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..._exceptions import AshbyConfigError

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["open_store"]

_SCHEMES = {"postgresql": ("postgres", "PostgreSQL"), "postgres": ("postgres", "PostgreSQL")}
"""URL scheme -> (module under ``ashby_sdk.sync.stores`` defining ``store_from_url``, display name)."""


def open_store(url: str) -> Store:
    """The (unopened) store a ``--db`` value names: a path, ``sqlite:///path``, or a database URL.

    Raises :class:`AshbyConfigError` for a scheme this installation has no store for.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        from .sqlite import SQLiteStore

        return SQLiteStore(url)
    if scheme == "sqlite":
        from .sqlite import SQLiteStore

        return SQLiteStore(rest[1:] if rest.startswith("/") else rest)
    module_name, title = _SCHEMES.get(scheme, ("", scheme))
    try:
        module = importlib.import_module(f"{__name__}.{module_name}") if module_name else None
    except ModuleNotFoundError as exc:
        if exc.name is not None and not exc.name.startswith(__name__):
            raise AshbyConfigError(f"{title} store: needs the {exc.name!r} package") from exc
        module = None
    if module is None:
        raise AshbyConfigError(f"{title} store: not available yet")
    store: Store = module.store_from_url(url)
    return store
