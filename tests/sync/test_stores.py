"""``open_store``: which store a ``--db`` value names."""

from __future__ import annotations

from pathlib import Path

import pytest

from ashby_sdk import AshbyConfigError
from ashby_sdk.sync import SQLiteStore, open_store


def test_paths_and_sqlite_urls_are_sqlite(tmp_path: Path) -> None:
    assert isinstance(open_store("ashby.db"), SQLiteStore)
    store = open_store(f"sqlite:///{tmp_path}/m.db")
    assert isinstance(store, SQLiteStore) and store.path == f"{tmp_path}/m.db"


def test_an_unknown_scheme_is_one_clear_error() -> None:
    with pytest.raises(AshbyConfigError, match=r"^mysql store: not available yet$"):
        open_store("mysql://db/hiring")
