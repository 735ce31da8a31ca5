"""query_mirror's guards: the statement check, and a read-only connection under it (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from ashby_sdk.mcp._db import SQLiteMirror
from ashby_sdk.mcp._errors import ToolFailure
from ashby_sdk.mcp._sql import check_statement


@pytest.mark.parametrize(
    "sql",
    [
        "select 1",
        "  WITH a AS (select 1) select * from a;",
        "select 'delete from x; drop table y' as text",  # words inside strings are data
        "select 1 -- ; drop table x",
        "select replace(name, 'a', 'b') from candidates",
        "select updated_at, set_config from t",
    ],
)
def test_reads_pass(sql: str) -> None:
    assert check_statement(sql).strip().lower().startswith(("select", "with"))


@pytest.mark.parametrize(
    "sql",
    [
        "",
        "delete from candidates",
        "select 1; select 2",
        "with a as (select 1) insert into t select * from a",
        "/* hi */ update candidates set name = 'x'",
        "pragma query_only = 0",
        "select 1; commit; delete from candidates",
        "vacuum",
    ],
)
def test_anything_else_is_refused(sql: str) -> None:
    with pytest.raises(ToolFailure):
        check_statement(sql)


def test_the_sqlite_connection_refuses_writes_by_itself(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "m.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE _sync_state (name TEXT)")
        db.execute("CREATE TABLE t (x)")
    mirror = SQLiteMirror(str(path))
    for sql in ("INSERT INTO t VALUES (1)", "WITH a AS (SELECT 1) DELETE FROM t", "PRAGMA query_only = 0",
                f"ATTACH DATABASE '{tmp_path / 'other.db'}' AS o", "CREATE TEMP TABLE x (y)"):  # fmt: skip
        with pytest.raises(sqlite3.DatabaseError):
            mirror.query(sql)
    assert mirror.query("SELECT count(*) FROM t")[1] == [(0,)]
    assert not (tmp_path / "other.db").exists()


@pytest.fixture
def postgres_mirror(postgres_url: str) -> str:
    """A fresh PostgreSQL schema (tests/conftest.py) holding a small mirror."""
    import httpx

    from ashby_sdk import AsyncAshbyClient
    from ashby_sdk.emulator import Emulator
    from ashby_sdk.sync import Mirror

    emu = Emulator(seed=2, candidates=30)

    async def sync() -> None:
        http = httpx.AsyncClient(transport=emu.async_transport())
        async with AsyncAshbyClient(emu.api_key, base_url=emu.base_url, http_client=http) as client:
            await Mirror(client, postgres_url, only=["candidates", "jobs"]).run()

    asyncio.run(sync())
    return postgres_url


def test_postgres_query_mirror_reads_and_cannot_write(postgres_mirror: str) -> None:
    from mcp import Client

    from ashby_sdk.mcp import Backend, Settings, build_server, open_mirror

    db = open_mirror(postgres_mirror)
    db.check()
    server = build_server(Backend(Settings(sql_timeout=1), db=db))

    async def ask(sql: str) -> tuple[bool, str]:
        async with Client(server) as client:
            result = await client.call_tool("query_mirror", {"sql": sql})
            return bool(result.is_error), result.content[0].text

    try:
        error, text = asyncio.run(ask("SELECT count(*) AS n, min(data->>'name') AS first FROM candidates"))
        assert not error and json.loads(text)["rows"][0][0] == 30 and json.loads(text)["source"] == "mirror"
        import psycopg

        # Under the text check, the connection itself: a READ ONLY transaction, one statement per call.
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            db.query("WITH d AS (DELETE FROM candidates RETURNING 1) SELECT count(*) FROM d")
        with pytest.raises(psycopg.errors.SyntaxError, match="multiple commands"):
            db.query("SELECT 1; DELETE FROM candidates")
        error, text = asyncio.run(ask("SELECT pg_sleep(5)"))
        assert error and "longer than 1 s" in text
        error, text = asyncio.run(ask("select 1; delete from candidates"))
        assert error and "one statement" in text
        assert db.query("SELECT count(*) FROM candidates")[1] == [(30,)]
    finally:
        db.close()
