"""Every ```python block of README.md and docs/*.md, executed against a real local emulator server.

docs/seed-interface.md (tests/test_seed_readme.py), docs/webhooks.md (tests/test_docs_webhooks.py) and
docs/cli.md (tests/cli/test_docs.py) are executed elsewhere; every other file's blocks run here, one test
id each. ``ASHBY_API_KEY``/``ASHBY_BASE_URL`` point at the served emulator, so a client built from the
environment (``AshbyClient()``) talks to it. A block runs after the blocks before it in the same file
(untested setup, as a reader would run them), in a namespace of real ids for the names the prose leaves
to the reader (``candidate_id``, ``saved_token``, ``upsert``...); placeholders are substituted
(``api_key="..."`` by the real key, ``httpx.Client(...)`` by an ``httpx.Client()`` the test closes, the example URL by
the server's). Blocks that define functions have them called (``CALLS``) so their bodies run.

Every block runs; none is only compiled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk import AshbyClient
from ashby_sdk.emulator import Emulator

ROOT = Path(__file__).resolve().parent.parent
ELSEWHERE = {"docs/seed-interface.md", "docs/webhooks.md", "docs/cli.md"}
FILES = ["README.md", *sorted(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", flags=re.S | re.M)
KEY = "docs-examples-key"
EXAMPLE_URL = "http://127.0.0.1:8787"


def _blocks(name: str) -> list[str]:
    return BLOCK.findall((ROOT / name).read_text(encoding="utf-8"))


BLOCKS = [(name, n) for name in FILES if name not in ELSEWHERE for n in range(len(_blocks(name)))]


@dataclass
class Server:
    url: str
    emu: Emulator
    client: AshbyClient
    candidate_id: str


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    from ashby_sdk.emulator.server import serve_in_thread

    emu = Emulator(seed=5, candidates=60, api_key=KEY)
    with serve_in_thread(emu) as url, AshbyClient(api_key=KEY, base_url=url, rate_limit=None) as client:
        yield Server(url, emu, client, client.candidates.list(limit=1)[0].id)


class Store:
    """The small in-memory store docs/pagination.md's ``refresh(client, store)`` is given."""

    def __init__(self) -> None:
        self.tokens: dict[str, str | None] = {}
        self.rows: dict[str, dict[str, Any]] = {}
        self.upserted: list[str] = []

    def get_token(self, name: str) -> str | None:
        return self.tokens.get(name)

    def set_token(self, name: str, token: str | None) -> None:
        self.tokens[name] = token

    def upsert(self, key: str, data: dict[str, Any]) -> None:
        self.rows[key] = data
        self.upserted.append(key)


def _refresh(ns: dict[str, Any], s: Server) -> None:
    """docs/pagination.md: a full sync, an incremental one after a change, and one with an expired token."""
    client, store = ns["client"], Store()
    ns["refresh"](client, store)
    full, first = len(store.rows), store.get_token("candidates")
    assert full == len(s.client.candidates.list()) and first
    s.client.candidates.update(s.candidate_id, phone_number="+1 555 0100")
    store.upserted.clear()
    ns["refresh"](client, store)  # incremental: the token of the first run
    assert store.upserted == [s.candidate_id] and len(store.rows) == full
    assert store.get_token("candidates") not in (None, first)
    s.emu.faults.add("expire_sync_token", endpoint="candidate.list")
    store.upserted.clear()
    try:
        ns["refresh"](client, store)  # the except branch: the token refused, a full resync
    finally:
        s.emu.faults.clear()
    assert len(store.upserted) == full and store.get_token("candidates")


def _my_job_test(ns: dict[str, Any], s: Server) -> None:
    """docs/getting-started.md's pytest example, called with the fixtures it names."""
    import httpx

    emu = Emulator(seed=1, candidates=5)
    http = httpx.Client(transport=emu.transport())
    with AshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http) as client:
        ns["my_job"] = lambda c: c.candidates.list()
        ns["test_my_sync_job"](client, emu)
    http.close()


def _per_call(ns: dict[str, Any], s: Server) -> None:
    """docs/getting-started.md's per-call options: both requests of list_for_job carried the header."""
    traced = [r for r in s.emu.requests if r.headers.get("x-trace") == "nightly-7"]
    assert [r.endpoint for r in traced][-2:] == ["job.info", "interviewStage.list"]


def _sync_twice(ns: dict[str, Any], s: Server) -> None:
    """README's sync loop: the token it saves takes the next run to the changes only."""
    assert ns["saved_token"] and len(ns["seen"]) >= 1
    ns["seen"].clear()
    exec(compile(_blocks("README.md")[2], "README.md", "exec"), ns)
    assert ns["seen"] == [] and ns["saved_token"]


def _configured(ns: dict[str, Any], s: Server) -> None:
    """README's configuration block: the client it builds, and its ``with_options`` copy, both answer."""
    assert ns["client"].jobs.list() and ns["fast"].candidates.get(s.candidate_id).id == s.candidate_id


def _paged(ns: dict[str, Any], s: Server) -> None:
    assert ns["page"]["success"] and len(ns["page"]["results"]) == 100 and ns["page"]["moreDataAvailable"]


def _mirrored(ns: dict[str, Any], s: Server) -> None:
    import sqlite3

    with sqlite3.connect("ashby.db") as db:  # the block ran in the test's temporary working directory
        assert db.execute("select count(*) from candidates").fetchone()[0] == len(s.client.candidates.list())


CALLS: dict[tuple[str, int], Callable[[dict[str, Any], Server], None]] = {
    ("docs/pagination.md", 0): _refresh,
    ("docs/getting-started.md", 2): _per_call,
    ("docs/getting-started.md", 3): _my_job_test,
    ("README.md", 2): _sync_twice,
    ("README.md", 3): _configured,
    ("docs/mirror.md", 0): _mirrored,
    ("docs/emulator.md", 0): _paged,
}


def _prepare(code: str, s: Server) -> str:
    code = code.replace('api_key="..."', f"api_key={KEY!r}")
    code = code.replace("httpx.Client(...)", "own_http")  # an httpx.Client() the test closes
    return code.replace(EXAMPLE_URL, s.url)


def _namespace(s: Server) -> dict[str, Any]:
    import httpx

    seen: list[Any] = []
    return {
        "__name__": "docs_example",
        "httpx": httpx,
        "AshbyClient": AshbyClient,
        "candidate_id": s.candidate_id,
        "client": AshbyClient(),
        "own_http": httpx.Client(),
        "saved_token": None,
        "seen": seen,
        "upsert": seen.append,
    }


def test_every_file_is_covered() -> None:
    """A new page with Python examples is picked up here (or is one of the three executed elsewhere)."""
    assert {name for name, _ in BLOCKS} == {
        "README.md",
        "docs/emulator.md",
        "docs/getting-started.md",
        "docs/index.md",
        "docs/mcp.md",
        "docs/mirror.md",
        "docs/pagination.md",
    }
    assert len(BLOCKS) == 17
    assert all((ROOT / name).exists() for name in ELSEWHERE)


@pytest.mark.parametrize(("name", "index"), BLOCKS, ids=[f"{name}-{n + 1}" for name, n in BLOCKS])
def test_block_runs(name: str, index: int, server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ASHBY_API_KEY", KEY)
    monkeypatch.setenv("ASHBY_BASE_URL", server.url)
    monkeypatch.chdir(tmp_path)  # docs/mirror.md writes ashby.db in the working directory
    import httpx

    ns = _namespace(server)
    clients: list[Any] = [v for v in ns.values() if isinstance(v, (AshbyClient, httpx.Client))]
    try:
        for n, code in enumerate(_blocks(name)[: index + 1]):
            exec(compile(_prepare(code, server), f"{name} (python block {n + 1})", "exec"), ns)
            clients += [v for v in ns.values() if isinstance(v, (AshbyClient, httpx.Client))]
        if (name, index) in CALLS:
            CALLS[name, index](ns, server)
    finally:
        server.emu.faults.clear()
        for client in clients:  # the examples leave their clients open, as a script may
            client.close()
