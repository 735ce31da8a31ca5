"""Client benchmarks, side by side in one run, against the emulator served over HTTP in its own process.

    python3 scripts/dev.py python bench/run.py [--candidates 20000] [--rounds 3]

Every scenario runs in a fresh child process (so peak memory is its own), in
alternating order, for several rounds; the table gives the median and the
spread (min-max) and the ratio of our client to the raw httpx + json floor.
Requests and TCP connections are counted by the server (its request log
records each request's peer address). Results go to ``bench/RESULTS.md``.

The seed package ``ashby`` 0.4.1 runs in ``bench/.venv-seed`` (created and
installed from PyPI on first use; see ``seed_child.py``). The incremental sync,
mirror and start-up scenarios live in ``extra.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

HERE = Path(__file__).resolve().parent
SCENARIOS = {
    "list_raw": "list all candidates: raw httpx + json (the floor)",
    "list_ours": "list all candidates: AshbyClient.candidates.list() (typed models)",
    "stream_raw": "stream all candidates: raw httpx + json, page by page",
    "stream_ours": "stream all candidates: for c in client.candidates.iter()",
    "stream_paginate": "stream all candidates as dicts: client.paginate('candidate.list')",
    "info_seq": "200 x candidate.info, 20 ms latency: sync, sequential",
    "info_async_httpx": "200 x candidate.info, 20 ms latency: async, 20 at once, http_client=httpx.AsyncClient()",
    "info_async_default": "200 x candidate.info, 20 ms latency: async, 20 at once, the default (aiohttp transport)",
    "list_seed": "list all candidates: seed package ashby 0.4.1, client.candidates.list()",
    "info_seed": "200 x candidate.info, 20 ms latency: seed package ashby 0.4.1, sequential",
    "sync_inc_raw": "incremental sync after a 1% change: raw httpx + json, syncToken round trip",
    "sync_inc_ours": "incremental sync after a 1% change: client.candidates.sync(token)",
    "mirror_full": "full mirror (ashby_sdk.sync.Mirror, SQLite; child lists excluded), 20 ms latency",
    "mirror_longest_list": "the mirror's longest list alone, async client.paginate(), 20 ms latency",
}
SEED = {"list_seed", "info_seed"}
HEAP = {"list_raw", "list_ours", "stream_raw", "stream_ours", "stream_paginate", "list_seed"}  # a tracemalloc pass
LATENCY = {"info_seq", "info_async_httpx", "info_async_default", "info_seed", "mirror_full", "mirror_longest_list"}
PAIRS = [("list_ours", "list_raw"), ("stream_ours", "stream_raw"), ("stream_paginate", "stream_raw"),
         ("info_seq", "info_async_httpx"), ("info_seq", "info_async_default"), ("list_seed", "list_raw"),
         ("list_seed", "list_ours"), ("info_seed", "info_seq"), ("sync_inc_ours", "sync_inc_raw"),
         ("mirror_full", "mirror_longest_list")]  # fmt: skip


def _rss_mb() -> float:
    from _rss import _rss_mb

    return _rss_mb()


def _child(scenario: str, url: str, key: str, ids: list[str], endpoint: str | None = None) -> dict[str, Any]:
    import extra

    if scenario.startswith("sync_inc"):
        return extra.sync_incremental(scenario, url, key)
    if scenario.startswith("mirror"):
        _run("warm-up only", url, key, ids)
        return extra.mirror(scenario, url, key, endpoint)
    record = _run(scenario, url, key, ids)
    if scenario in HEAP:
        # A second pass under tracemalloc: the peak of the Python heap, free of allocator noise.
        import tracemalloc

        tracemalloc.start()
        _run(scenario, url, key, ids, warm=False)
        record["heap_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return record


def _run(scenario: str, url: str, key: str, ids: list[str], *, warm: bool = True) -> dict[str, Any]:
    import asyncio

    from ashby_sdk import AshbyClient, AsyncAshbyClient

    # Warm up (connection, decoders built on first use) so memory is the steady state's.
    if warm:
        with AshbyClient(api_key=key, base_url=url) as client:
            client.candidates.iter(limit=1).first_page()
            client.candidates.get(ids[0]) if ids else None
        if scenario.startswith("info_async") and ids:  # the async transport's first-use import, untimed too

            async def warm_async() -> None:
                async with AsyncAshbyClient(api_key=key, base_url=url) as client:
                    await client.candidates.get(ids[0])

            asyncio.run(warm_async())
    from _rss import reset_peak_rss

    base_rss = reset_peak_rss()
    count = 0
    if scenario == "warm-up only":
        return {}
    started = time.perf_counter()
    if scenario in ("list_raw", "stream_raw"):
        keep = scenario == "list_raw"
        items: list[Any] = []
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            body: dict[str, Any] = {"limit": 100}
            while True:
                page = orjson.loads(http.post(f"{url}/candidate.list", json=body).content)
                count += len(page["results"])
                if keep:
                    items.extend(page["results"])
                if not page.get("moreDataAvailable"):
                    break
                body = {"limit": 100, "cursor": page["nextCursor"]}
    elif scenario == "list_ours":
        with AshbyClient(api_key=key, base_url=url) as client:
            count = len(client.candidates.list())
    elif scenario == "stream_ours":
        with AshbyClient(api_key=key, base_url=url) as client:
            for _ in client.candidates.iter():
                count += 1
    elif scenario == "stream_paginate":
        with AshbyClient(api_key=key, base_url=url) as client:
            for _ in client.paginate("candidate.list", limit=100):
                count += 1
    elif scenario == "info_seq":
        with AshbyClient(api_key=key, base_url=url) as client:
            for candidate_id in ids:
                client.candidates.get(candidate_id)
                count += 1
    else:

        async def run() -> int:
            # The default client (aiohttp underneath), or httpx's own async transport through http_client=.
            http = httpx.AsyncClient(timeout=60) if scenario == "info_async_httpx" else None
            limit = asyncio.Semaphore(20)
            async with AsyncAshbyClient(api_key=key, base_url=url, http_client=http) as client:

                async def one(candidate_id: str) -> None:
                    async with limit:
                        await client.candidates.get(candidate_id)

                await asyncio.gather(*(one(i) for i in ids))
            if http is not None:
                await http.aclose()
            return len(ids)

        count = asyncio.run(run())
    return {"seconds": time.perf_counter() - started, "rss_mb": _rss_mb() - base_rss, "count": count}


def _start_server(candidates: int) -> tuple[subprocess.Popen[str], str, str]:
    code = "from ashby_sdk.cli import main; main()"
    args = [sys.executable, "-c", code, "emulator", "--port", "0", "--candidates", str(candidates)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert proc.stdout is not None
    line = proc.stdout.readline()  # "Ashby emulator listening on URL (API key: KEY)"
    url = line.split(" on ", 1)[1].split()[0]
    key = line.rsplit("API key: ", 1)[1].rstrip(")\n")
    return proc, url, key


def _log(http: httpx.Client, url: str, since: int = 0) -> list[dict[str, Any]]:
    """The requests logged after request number ``since`` (the log is a bounded ring: count by number)."""
    entries: list[dict[str, Any]] = http.get(f"{url}/_emulator/requests", params={"since": since}).json()
    return entries


def _mark(http: httpx.Client, url: str) -> int:
    """The number of the last request logged so far."""
    entries = _log(http, url)
    return int(entries[-1]["number"]) if entries else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import extra

    if opts.child:
        print(json.dumps(_child(opts.child, opts.url, opts.key, json.loads(opts.ids or "[]"), opts.endpoint)))
        return

    seed_python = extra.ensure_seed_venv()
    longest: str | None = None
    proc, url, key = _start_server(opts.candidates)
    try:
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            first = http.post(f"{url}/candidate.list", json={"limit": 100}).json()["results"]
            ids = [c["id"] for c in first] * 2
            results: dict[str, list[dict[str, Any]]] = {name: [] for name in SCENARIOS}
            for round_no in range(opts.rounds):
                order = list(SCENARIOS) if round_no % 2 == 0 else list(reversed(SCENARIOS))
                for name in order:
                    if name == "mirror_longest_list" and longest is None:
                        continue  # its endpoint is named by mirror_full, which runs first in round 1
                    latency = 0.02 if name in LATENCY else 0.0
                    http.post(f"{url}/_emulator/faults", json={"latency": latency})
                    before = _mark(http, url)
                    if name in SEED:
                        args = [str(seed_python), str(HERE / "seed_child.py"), name, url, key, json.dumps(ids)]
                    else:
                        args = [sys.executable, __file__, "--child", name, "--url", url, "--key", key]
                        args += ["--ids", json.dumps(ids), *(["--endpoint", longest] if longest else [])]
                    out = subprocess.run(args, capture_output=True, text=True)
                    if out.returncode:
                        raise SystemExit(f"{name} failed:\n{out.stderr}")
                    record = json.loads(out.stdout)
                    longest = record.pop("longest", longest)
                    entries = _log(http, url, before)
                    if "requests" not in record:  # counted by the child itself (the incremental sync)
                        # The child's warm-up (2 requests on a client of its own) is not part of the scenario;
                        # nor is the second, tracemalloc pass (the same requests again).
                        passes = 2 if name in HEAP else 1
                        warmup = 3 if name.startswith("info_async") else 2  # + the async transport's warm-up
                        requests = (len(entries) - warmup) // passes
                        record["requests"] = requests
                        record["connections"] = len({e.get("client") for e in entries[warmup : warmup + requests]})
                    results[name].append(record)
                    print(f"round {round_no + 1} {name}: {record}", file=sys.stderr, flush=True)
            http.post(f"{url}/_emulator/faults", json={"latency": 0})
            print("start-up times...", file=sys.stderr, flush=True)
            startup = extra.startup(url, key)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    report = _report(results, opts.candidates, opts.rounds, longest)
    report += "\n".join(extra.startup_report(startup)) + "\n"
    report += _targets(results, startup)
    (HERE / "RESULTS.md").write_text(report)
    print(report)


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


def _heap(runs: list[dict[str, Any]]) -> str:
    return f"{_median(runs, 'heap_mb'):.1f}" if "heap_mb" in runs[0] else ""


def _report(results: dict[str, list[dict[str, Any]]], candidates: int, rounds: int, longest: str | None) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"`python3 scripts/dev.py python bench/run.py --candidates {candidates} --rounds {rounds}`, "
        f"on {os.cpu_count()} cores; emulator served over HTTP (uvicorn) in its own process. "
        "Median of the rounds, spread min-max. Memory: the child's peak RSS growth after a warm-up, and the "
        "peak of its Python heap (tracemalloc, in a second, untimed pass). The seed package `ashby` 0.4.1 runs "
        "in a virtualenv of its own, pointed at the emulator by its `BASE_URL` attribute. The incremental sync "
        "times only the `sync(token)` after a full sync and `candidate.update` on 1% of the candidates. "
        f"The mirror's longest list (its largest table): `{longest}`.",
        "",
        "| scenario | time (s) | spread (s) | peak RSS growth (MB) | peak Python heap (MB) | requests | TCP conns |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, title in SCENARIOS.items():
        runs = results[name]
        times = [r["seconds"] for r in runs]
        lines.append(
            f"| {title} | {statistics.median(times):.3f} | {min(times):.3f}-{max(times):.3f} | "
            f"{_median(runs, 'rss_mb'):.1f} | {_heap(runs)} | {runs[0]['requests']} | {runs[0]['connections']} |"
        )
    lines += ["", "| ratio | time | peak RSS growth | peak Python heap |", "|---|---|---|---|"]
    for ours, floor in PAIRS:
        t = _median(results[ours], "seconds") / _median(results[floor], "seconds")
        m = _median(results[ours], "rss_mb") / max(_median(results[floor], "rss_mb"), 0.1)
        h = (
            ""
            if "heap_mb" not in results[ours][0]
            else f"{_median(results[ours], 'heap_mb') / _median(results[floor], 'heap_mb'):.2f}x"
        )
        lines.append(f"| {ours} / {floor} | {t:.2f}x | {m:.2f}x | {h} |")
    return "\n".join(lines) + "\n"


def _targets(results: dict[str, list[dict[str, Any]]], startup: dict[str, list[float]]) -> str:
    """The issue's targets, each with the measured value and whether it is met."""

    def ratio(a: str, b: str, key: str = "seconds") -> float:
        return _median(results[a], key) / max(_median(results[b], key), 1e-9)

    inc_requests = max(r["requests"] for r in results["sync_inc_ours"])
    inc_objects = {r["count"] for r in results["sync_inc_ours"]} | {r["count"] for r in results["sync_inc_raw"]}
    floor = statistics.median(startup["import httpx (the floor)"])
    ready = statistics.median(startup["client ready (ours)"])
    help_seconds = statistics.median(startup["ashby --help (ours)"])
    rows = [
        ("list all: ours (typed models) / raw httpx + orjson, time", "<= 1.00x", ratio("list_ours", "list_raw"), 1.0),
        ("list all: peak RSS growth, ours / raw", "<= 1.00x", ratio("list_ours", "list_raw", "rss_mb"), 1.0),
        ("list all: peak Python heap, ours / raw", "<= 1.00x", ratio("list_ours", "list_raw", "heap_mb"), 1.0),
        ("stream all: iter() / raw streaming, time", "<= 1.00x", ratio("stream_ours", "stream_raw"), 1.0),
        ("stream all: peak RSS growth, iter() / raw", "<= 1.2x", ratio("stream_ours", "stream_raw", "rss_mb"), 1.2),
        ("stream all: peak Python heap, iter() / raw", "<= 1.2x", ratio("stream_ours", "stream_raw", "heap_mb"), 1.2),
        ("incremental sync after a 1% change: requests (worst round)", "<= 2", float(inc_requests), 2),
        (
            "200 candidate.info at 20 ms: sequential / async x20 (default client)",
            ">= 10x",
            ratio("info_seq", "info_async_default"),
            10,
        ),
        ("a client ready to send / import httpx", "<= 1.5x", ready / floor, 1.5),
        ("ashby --help, seconds", "<= 0.3 s", help_seconds, 0.3),
        ("full mirror / its longest list", "<= 1.15x", ratio("mirror_full", "mirror_longest_list"), 1.15),
    ]
    lines = ["", "Targets:", "", "| target | wanted | measured | met |", "|---|---|---|---|"]
    for title, wanted, value, bound in rows:
        met = value >= bound if wanted.startswith(">=") else value <= bound
        shown = f"{value:.0f}" if wanted == "<= 2" else f"{value:.2f} s" if wanted.endswith(" s") else f"{value:.2f}x"
        lines.append(f"| {title} | {wanted} | {shown} | {'yes' if met else 'no'} |")
    changed = -(-int(results["list_raw"][0]["count"]) // 100)  # every 100th candidate was changed
    lines.append(
        f"| incremental sync: objects received (every round, both clients) | {changed} | {sorted(inc_objects)} | "
        f"{'yes' if inc_objects == {changed} else 'no'} |"
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
