"""The async transport, side by side in one run: 200 ``candidate.info`` calls at 20 ms latency.

    python3 scripts/dev.py python bench/transport.py [--rounds 5] [--calls 200] [--concurrency 20]

Against the emulator served over HTTP in its own process (20 ms added to every
answer), each scenario in a fresh child process, in alternating order, for
several rounds; every client at its defaults except the transport under test:

- ``seq_sync``: ``AshbyClient()``, one call after another (httpx's own sync transport);
- ``seq_async``: ``AsyncAshbyClient()``, one call after another (its own sequential run);
- ``async_default``: ``AsyncAshbyClient()``, 20 calls in flight (aiohttp underneath, the default);
- ``async_httpx``: ``AsyncAshbyClient(http_client=httpx.AsyncClient())``, httpx's own async transport;
- ``async_httpx_aiohttp``: ``http_client=httpx_aiohttp.HttpxAiohttpClient()``, the third-party package;
- ``floor_aiohttp``: no SDK at all, a bare aiohttp session and ``json.loads``, 20 in flight: the best
  any Python client could do on this machine against this server.

Each child makes one untimed call first (connections, imports), then times the calls.
The report (printed, and written to ``bench/TRANSPORT.md``) gives medians, spreads, each
round's speed-up over ``seq_async``, and the machine's load average, since the concurrent runs
are CPU-bound on the client and the server alike and move with whatever else the machine runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
SCENARIOS = {
    "seq_sync": "AshbyClient(), sequential",
    "seq_async": "AsyncAshbyClient(), sequential (its own sequential run)",
    "async_default": "AsyncAshbyClient(), 20 at once: the default (aiohttp transport)",
    "async_httpx": "AsyncAshbyClient(http_client=httpx.AsyncClient()), 20 at once: httpx's own transport",
    "async_httpx_aiohttp": "http_client=httpx_aiohttp.HttpxAiohttpClient(), 20 at once",
    "floor_aiohttp": "no SDK: a bare aiohttp session + json.loads, 20 at once (the floor)",
}


def _child(scenario: str, url: str, key: str, ids: list[str], concurrency: int) -> float:
    from ashby_sdk import AshbyClient, AsyncAshbyClient

    if scenario == "seq_sync":
        with AshbyClient(api_key=key, base_url=url) as client:
            client.candidates.get(ids[0])
            started = time.perf_counter()
            for candidate_id in ids:
                client.candidates.get(candidate_id)
            return time.perf_counter() - started

    if scenario == "floor_aiohttp":
        return asyncio.run(_floor(url, key, ids, concurrency))

    async def run() -> float:
        http: httpx.AsyncClient | None = None
        if scenario == "async_httpx":
            http = httpx.AsyncClient()
        elif scenario == "async_httpx_aiohttp":
            from httpx_aiohttp import HttpxAiohttpClient

            http = HttpxAiohttpClient()
        async with AsyncAshbyClient(api_key=key, base_url=url, http_client=http) as client:
            await client.candidates.get(ids[0])
            started = time.perf_counter()
            if scenario == "seq_async":
                for candidate_id in ids:
                    await client.candidates.get(candidate_id)
            else:
                gate = asyncio.Semaphore(concurrency)

                async def one(candidate_id: str) -> None:
                    async with gate:
                        await client.candidates.get(candidate_id)

                await asyncio.gather(*(one(i) for i in ids))
            seconds = time.perf_counter() - started
        if http is not None:
            await http.aclose()
        return seconds

    return asyncio.run(run())


async def _floor(url: str, key: str, ids: list[str], concurrency: int) -> float:
    import base64

    import aiohttp

    headers = {"Authorization": "Basic " + base64.b64encode(f"{key}:".encode()).decode()}
    async with aiohttp.ClientSession(headers=headers) as session:

        async def one(candidate_id: str) -> None:
            async with session.post(f"{url}/candidate.info", json={"id": candidate_id}) as response:
                assert json.loads(await response.read())["success"]

        await one(ids[0])
        gate = asyncio.Semaphore(concurrency)

        async def gated(candidate_id: str) -> None:
            async with gate:
                await one(candidate_id)

        started = time.perf_counter()
        await asyncio.gather(*(gated(i) for i in ids))
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        print(json.dumps(_child(opts.child, opts.url, opts.key, json.loads(opts.ids), opts.concurrency)))
        return
    sys.path.insert(0, str(HERE))
    from run import _start_server

    proc, url, key = _start_server(2000)
    load_before = os.getloadavg()[0]
    times: dict[str, list[float]] = {name: [] for name in SCENARIOS}
    try:
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            first = http.post(f"{url}/candidate.list", json={"limit": 100}).json()["results"]
            ids = [c["id"] for c in first] * (opts.calls // len(first) + 1)
            ids = ids[: opts.calls]
            http.post(f"{url}/_emulator/faults", json={"latency": 0.02})
        for round_no in range(opts.rounds):
            order = list(SCENARIOS) if round_no % 2 == 0 else list(reversed(SCENARIOS))
            for name in order:
                args = [sys.executable, __file__, "--child", name, "--url", url, "--key", key]
                args += ["--ids", json.dumps(ids), "--concurrency", str(opts.concurrency)]
                out = subprocess.run(args, capture_output=True, text=True)
                if out.returncode:
                    raise SystemExit(f"{name} failed:\n{out.stderr}")
                times[name].append(json.loads(out.stdout))
                print(f"round {round_no + 1} {name}: {times[name][-1]:.3f} s", file=sys.stderr, flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    report = _report(times, opts, (load_before, os.getloadavg()[0]))
    (HERE / "TRANSPORT.md").write_text(report)
    print(report)


def _report(times: dict[str, list[float]], opts: argparse.Namespace, load: tuple[float, float]) -> str:
    floor = statistics.median(times["seq_async"])
    lines = [
        "# The async transport",
        "",
        f"`python3 scripts/dev.py python bench/transport.py --rounds {opts.rounds}`: {opts.calls} x "
        f"candidate.info at 20 ms latency, concurrency {opts.concurrency}, {opts.rounds} rounds in one run "
        f"(median, spread min-max; speed-up = seq_async / scenario). {os.cpu_count()} cores, load average "
        f"{load[0]:.1f} at the start and {load[1]:.1f} at the end.",
        "",
        "| scenario | time (s) | spread (s) | speed-up over its sequential run | speed-up per round |",
        "|---|---|---|---|---|",
    ]
    for name, title in SCENARIOS.items():
        runs = times[name]
        median = statistics.median(runs)
        rounds = ", ".join(f"{a / b:.1f}x" for a, b in zip(times["seq_async"], runs, strict=True))
        lines.append(
            f"| `{name}`: {title} | {median:.3f} | {min(runs):.3f}-{max(runs):.3f} | {floor / median:.2f}x | {rounds} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
