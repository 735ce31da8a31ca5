"""The benchmark scenarios beyond plain listing and ``candidate.info``, used by ``bench/run.py``.

- the seed package ``ashby`` 0.4.1, in a virtualenv of its own (``bench/.venv-seed``, see ``seed_child.py``);
- an incremental sync after a 1% change (our ``client.candidates.sync(token)`` vs raw httpx doing the same
  ``syncToken`` round trip), the requests counted by the server;
- a full mirror (``ashby_sdk.sync.Mirror``) vs a plain listing of its longest list with the same client settings;
- start-up: ``import ashby_sdk`` and ``ashby --help`` in fresh processes vs ``import httpx``.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import orjson
from _rss import _rss_mb, reset_peak_rss

HERE = Path(__file__).resolve().parent
SEED_VENV = HERE / ".venv-seed"
SEED_PYTHON = SEED_VENV / "bin" / "python"
SEED_REQUIREMENT = "ashby==0.4.1"


def ensure_seed_venv() -> Path:
    """``bench/.venv-seed`` with the seed package from PyPI, created on first use."""
    if not SEED_PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(SEED_VENV)], check=True)
    probe = "import importlib.metadata as m; print(m.version('ashby'))"
    found = subprocess.run([str(SEED_PYTHON), "-c", probe], capture_output=True, text=True)
    if found.stdout.strip() != SEED_REQUIREMENT.split("==")[1]:
        subprocess.run([str(SEED_PYTHON), "-m", "pip", "install", "-q", SEED_REQUIREMENT], check=True)
    return SEED_PYTHON


def _log(url: str, since: int = 0) -> list[dict[str, Any]]:
    """The requests logged after request number ``since`` (the log is a bounded ring: count by number)."""
    answer = httpx.get(f"{url}/_emulator/requests", params={"since": since}, timeout=60)
    entries: list[dict[str, Any]] = answer.json()
    return entries


def _mark(url: str) -> int:
    """The number of the last request logged so far."""
    entries = _log(url)
    return int(entries[-1]["number"]) if entries else 0


def _change_one_percent(url: str, key: str, ids: list[str]) -> None:
    """``candidate.update`` on every 100th candidate (1%), each to a value it has never had."""
    stamp = f"{time.time():.6f}"
    with httpx.Client(auth=(key, ""), timeout=60) as http:
        for n, candidate_id in enumerate(ids[::100]):
            body = {"candidateId": candidate_id, "phoneNumber": f"+1 555 {stamp} {n}"}
            assert http.post(f"{url}/candidate.update", json=body).json()["success"]


def _raw_sync(http: httpx.Client, url: str, token: str | None) -> tuple[list[dict[str, Any]], str]:
    items: list[dict[str, Any]] = []
    body: dict[str, Any] = {"limit": 100} if token is None else {"limit": 100, "syncToken": token}
    while True:
        page = orjson.loads(http.post(f"{url}/candidate.list", json=body).content)
        assert page["success"], page
        items.extend(page["results"])
        if not page.get("moreDataAvailable"):
            return items, page["syncToken"]
        body = {"limit": 100, "cursor": page["nextCursor"]}


def sync_incremental(scenario: str, url: str, key: str) -> dict[str, Any]:
    """A full sync, a 1% change through the API, then the timed incremental sync with the full sync's token."""
    from ashby_sdk import AshbyClient

    if scenario == "sync_inc_raw":
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            full_started = time.perf_counter()
            items, token = _raw_sync(http, url, None)
            full = time.perf_counter() - full_started
            _change_one_percent(url, key, [c["id"] for c in items])
            before, base_rss = _mark(url), reset_peak_rss()
            started = time.perf_counter()
            changed, token = _raw_sync(http, url, token)
            seconds = time.perf_counter() - started
    else:
        with AshbyClient(api_key=key, base_url=url) as client:
            full_started = time.perf_counter()
            pager = client.candidates.sync(None)
            ids = [c.id for c in pager]
            full = time.perf_counter() - full_started
            _change_one_percent(url, key, ids)
            before, base_rss = _mark(url), reset_peak_rss()
            started = time.perf_counter()
            pager = client.candidates.sync(pager.sync_token)
            changed = list(pager)
            seconds = time.perf_counter() - started
            assert pager.sync_token
    entries = _log(url, before)
    return {
        "seconds": seconds,
        "rss_mb": _rss_mb() - base_rss,
        "count": len(changed),
        "full_seconds": full,
        "requests": len(entries),
        "connections": len({e.get("client") for e in entries}),
    }


def mirror(scenario: str, url: str, key: str, endpoint: str | None) -> dict[str, Any]:
    """A full mirror into a fresh SQLite file, or a plain listing of ``endpoint``, with the same async client."""
    from ashby_sdk import AsyncAshbyClient
    from ashby_sdk.sync import Mirror

    async def run() -> dict[str, Any]:
        async with AsyncAshbyClient(api_key=key, base_url=url) as client:
            if scenario == "mirror_full":
                from ashby_sdk.sync import STREAMS
                from ashby_sdk.sync.feeds import ChildFeed

                # The lists of objects: the child lists (one request per parent) are bench/mirror.py's part 2.
                only = [n for n, s in STREAMS.items() if not isinstance(s.feed, ChildFeed)]
                with tempfile.TemporaryDirectory() as tmp:
                    summary = await Mirror(client, str(Path(tmp) / "bench.db"), only=only).run()
                assert summary.ok, summary.to_dict()
                longest = max(summary.lists, key=lambda r: r.items)  # the largest table
                return {"count": sum(r.items for r in summary.lists), "longest": longest.endpoint}
            assert endpoint, "mirror_longest_list runs after mirror_full, which names the longest list"
            count = 0
            async for _ in client.paginate(endpoint, limit=100):
                count += 1
            return {"count": count}

    base_rss = reset_peak_rss()
    started = time.perf_counter()
    record = asyncio.run(run())
    return {**record, "seconds": time.perf_counter() - started, "rss_mb": _rss_mb() - base_rss}


_READY = "from ashby_sdk import AshbyClient; AshbyClient(api_key='k')"


# The first answer, from a fresh process: ours makes its connection pool on first use, so the
# client-ready row alone would hide what that costs. apiKey.info: the smallest answer there is.
_FIRST_RAW = (
    "import httpx, sys; httpx.Client(auth=(sys.argv[2], '')).post(sys.argv[1] + '/apiKey.info', json={}).json()"
)
_FIRST_OURS = (
    "import sys; from ashby_sdk import AshbyClient; "
    "AshbyClient(api_key=sys.argv[2], base_url=sys.argv[1]).api_keys.info()"
)


def startup(url: str | None = None, key: str | None = None, rounds: int = 10) -> dict[str, list[float]]:
    """Wall-clock seconds of fresh processes, interleaved: the floor ``import httpx``, ours, and the seed's;
    with ``url`` (a local emulator server, no latency), also the first answer, raw httpx's and ours."""
    python = sys.executable
    commands = {
        "import httpx (the floor)": [python, "-c", "import httpx"],
        # A client ready to send, not a lazy import that does nothing: the import and the construction.
        "client ready (ours)": [python, "-c", _READY],
        "ashby --help (ours)": [str(Path(python).with_name("ashby")), "--help"],
    }
    if SEED_PYTHON.exists():
        commands["client ready (seed ashby 0.4.1)"] = [str(SEED_PYTHON), "-c", _READY]
    if url is not None and key is not None:
        commands["first answer (raw httpx, the floor)"] = [python, "-c", _FIRST_RAW, url, key]
        commands["first answer (ours)"] = [python, "-c", _FIRST_OURS, url, key]
    times: dict[str, list[float]] = {name: [] for name in commands}
    for args in commands.values():  # once untimed: the page cache and .pyc files are warm for every one
        subprocess.run(args, check=True, capture_output=True)
    for _ in range(rounds):
        for name, args in commands.items():
            started = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True)
            times[name].append(time.perf_counter() - started)
    return times


def startup_report(times: dict[str, list[float]]) -> list[str]:
    floor = statistics.median(times["import httpx (the floor)"])
    lines = [
        "",
        f"Start-up: wall-clock time of a fresh process, median of {len(next(iter(times.values())))}, spread min-max.",
        "",
        "| command | time (ms) | spread (ms) | vs import httpx |",
        "|---|---|---|---|",
    ]
    first = times.get("first answer (raw httpx, the floor)")
    for name, runs in times.items():
        median = statistics.median(runs)
        versus = f"{median / floor:.2f}x"
        if name.startswith("first answer") and first:
            versus = f"{median / floor:.2f}x ({median / statistics.median(first):.2f}x raw httpx's first answer)"
        lines.append(
            f"| `{name.split(' (')[0]}` {name[name.index('(') :]} | {median * 1000:.0f} | "
            f"{min(runs) * 1000:.0f}-{max(runs) * 1000:.0f} | {versus} |"
        )
    return lines
