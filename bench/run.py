"""Client benchmarks, side by side in one run, against the emulator served over HTTP in its own process.

    python3 scripts/dev.py python bench/run.py [--candidates 20000] [--rounds 3]

Every scenario runs in a fresh child process (so peak memory is its own), in
alternating order, for several rounds; the table gives the median and the
spread (min-max) and the ratio of our client to the raw httpx + json floor.
Requests and TCP connections are counted by the server (its request log
records each request's peer address). Results go to ``bench/RESULTS.md``.
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

HERE = Path(__file__).resolve().parent
SCENARIOS = {
    "list_raw": "list all candidates: raw httpx + json (the floor)",
    "list_ours": "list all candidates: AshbyClient.candidates.list() (typed models)",
    "stream_raw": "stream all candidates: raw httpx + json, page by page",
    "stream_ours": "stream all candidates: for c in client.candidates.iter()",
    "stream_paginate": "stream all candidates as dicts: client.paginate('candidate.list')",
    "info_seq": "200 x candidate.info, 20 ms latency: sync, sequential",
    "info_async_httpx": "200 x candidate.info, 20 ms latency: async, 20 at once, httpx transport",
    "info_async_aiohttp": "200 x candidate.info, 20 ms latency: async, 20 at once, aiohttp transport",
}
PAIRS = [("list_ours", "list_raw"), ("stream_ours", "stream_raw"), ("stream_paginate", "stream_raw"),
         ("info_seq", "info_async_httpx"), ("info_seq", "info_async_aiohttp")]  # fmt: skip


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(scenario: str, url: str, key: str, ids: list[str]) -> dict[str, Any]:
    record = _run(scenario, url, key, ids)
    if not scenario.startswith("info"):
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

    # Warm up (connection, pydantic schemas built on first use) so memory is the steady state's.
    if warm:
        with AshbyClient(api_key=key, base_url=url, rate_limit=None) as client:
            client.candidates.iter(limit=1).first_page()
            client.candidates.get(ids[0]) if ids else None
    base_rss = _rss_mb()
    count = 0
    started = time.perf_counter()
    if scenario in ("list_raw", "stream_raw"):
        keep = scenario == "list_raw"
        items: list[Any] = []
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            body: dict[str, Any] = {"limit": 100}
            while True:
                page = json.loads(http.post(f"{url}/candidate.list", json=body).content)
                count += len(page["results"])
                if keep:
                    items.extend(page["results"])
                if not page.get("moreDataAvailable"):
                    break
                body = {"limit": 100, "cursor": page["nextCursor"]}
    elif scenario == "list_ours":
        with AshbyClient(api_key=key, base_url=url, rate_limit=None) as client:
            count = len(client.candidates.list())
    elif scenario == "stream_ours":
        with AshbyClient(api_key=key, base_url=url, rate_limit=None) as client:
            for _ in client.candidates.iter():
                count += 1
    elif scenario == "stream_paginate":
        with AshbyClient(api_key=key, base_url=url, rate_limit=None) as client:
            for _ in client.paginate("candidate.list", limit=100):
                count += 1
    elif scenario == "info_seq":
        with AshbyClient(api_key=key, base_url=url, rate_limit=None) as client:
            for candidate_id in ids:
                client.candidates.get(candidate_id)
                count += 1
    else:

        async def run() -> int:
            http: httpx.AsyncClient | None = None
            if scenario == "info_async_aiohttp":
                from httpx_aiohttp import HttpxAiohttpClient

                http = HttpxAiohttpClient(timeout=60)
            limit = asyncio.Semaphore(20)
            async with AsyncAshbyClient(api_key=key, base_url=url, rate_limit=None, http_client=http) as client:

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


def _log(http: httpx.Client, url: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = http.get(f"{url}/_emulator/requests").json()
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        print(json.dumps(_child(opts.child, opts.url, opts.key, json.loads(opts.ids or "[]"))))
        return

    proc, url, key = _start_server(opts.candidates)
    try:
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            first = http.post(f"{url}/candidate.list", json={"limit": 100}).json()["results"]
            ids = [c["id"] for c in first] * 2
            results: dict[str, list[dict[str, Any]]] = {name: [] for name in SCENARIOS}
            for round_no in range(opts.rounds):
                order = list(SCENARIOS) if round_no % 2 == 0 else list(reversed(SCENARIOS))
                for name in order:
                    latency = 0.02 if name.startswith("info") else 0.0
                    http.post(f"{url}/_emulator/faults", json={"latency": latency})
                    before = len(_log(http, url))
                    args = [sys.executable, __file__, "--child", name, "--url", url, "--key", key]
                    out = subprocess.run([*args, "--ids", json.dumps(ids)], capture_output=True, text=True, check=True)
                    record = json.loads(out.stdout)
                    entries = _log(http, url)[before:]
                    # The child's warm-up (2 requests on a client of its own) is not part of the scenario;
                    # nor is the second, tracemalloc pass (the same requests again).
                    passes = 1 if name.startswith("info") else 2
                    requests = (len(entries) - 2) // passes
                    record["requests"] = requests
                    record["connections"] = len({e.get("client") for e in entries[2 : 2 + requests]})
                    results[name].append(record)
                    print(f"round {round_no + 1} {name}: {record}", file=sys.stderr, flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    report = _report(results, opts.candidates, opts.rounds)
    (HERE / "RESULTS.md").write_text(report)
    print(report)


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


def _heap(runs: list[dict[str, Any]]) -> str:
    return f"{_median(runs, 'heap_mb'):.1f}" if "heap_mb" in runs[0] else ""


def _report(results: dict[str, list[dict[str, Any]]], candidates: int, rounds: int) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"`python3 scripts/dev.py python bench/run.py --candidates {candidates} --rounds {rounds}`, "
        f"on {os.cpu_count()} cores; emulator served over HTTP (uvicorn) in its own process. "
        "Median of the rounds, spread min-max. Memory: the child's peak RSS growth after a warm-up, and the "
        "peak of its Python heap (tracemalloc, in a second, untimed pass).",
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


if __name__ == "__main__":
    main()
