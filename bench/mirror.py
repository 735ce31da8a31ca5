"""Mirror benchmark: a full mirror and an incremental run after a 1% change, concurrent vs one list at a time.

    python3 scripts/dev.py python bench/mirror.py [--candidates 20000] [--latency 0.02]

The emulator is served over HTTP in its own process with ``--latency`` seconds
added to every answer; the client's rate limiter is off so the comparison is
about concurrency, not pacing. Requests are counted by the server.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import _log, _mark, _start_server


async def _mirror(url: str, key: str, db: Path, concurrency: int | None) -> float:
    from ashby_sdk import AsyncAshbyClient
    from ashby_sdk.sync import Mirror

    started = time.perf_counter()
    async with AsyncAshbyClient(key, base_url=url) as client:
        await Mirror(client, str(db), concurrency=concurrency).run()
    return time.perf_counter() - started


def _change_one_percent(http: httpx.Client, url: str, candidates: int) -> None:
    body: dict[str, Any] = {"limit": 100}
    ids: list[str] = []
    while len(ids) < candidates // 100:
        page = http.post(f"{url}/candidate.list", json=body).json()
        ids += [c["id"] for c in page["results"]][: candidates // 100 - len(ids)]
        body["cursor"] = page.get("nextCursor")
    for n, candidate_id in enumerate(ids):
        # (candidate.update takes no "position": change the phone number, and make sure the change landed)
        body = {"candidateId": candidate_id, "phoneNumber": f"+1 555 {time.time():.6f} {n}"}
        assert http.post(f"{url}/candidate.update", json=body).json()["success"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=20000)
    parser.add_argument("--latency", type=float, default=0.02)
    opts = parser.parse_args()
    proc, url, key = _start_server(opts.candidates)
    rows = []
    try:
        with httpx.Client(auth=(key, ""), timeout=60) as http, tempfile.TemporaryDirectory() as tmp:
            for label, concurrency in (("concurrent", None), ("one list at a time", 1)):
                db = Path(tmp) / f"{concurrency}.db"
                http.post(f"{url}/_emulator/faults", json={"latency": opts.latency})
                before = _mark(http, url)
                full = asyncio.run(_mirror(url, key, db, concurrency))
                full_requests = len(_log(http, url, before))
                http.post(f"{url}/_emulator/faults", json={"latency": 0})
                _change_one_percent(http, url, opts.candidates)
                http.post(f"{url}/_emulator/faults", json={"latency": opts.latency})
                before = _mark(http, url)
                inc = asyncio.run(_mirror(url, key, db, concurrency))
                inc_requests = len(_log(http, url, before))
                rows.append((label, full, full_requests, inc, inc_requests))
                print(rows[-1], file=sys.stderr, flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"{opts.candidates} candidates, {opts.latency * 1000:.0f} ms latency per request, emulator over HTTP\n")
    print("| mode | full mirror (s) | requests | incremental after 1% change (s) | requests |")
    print("|---|---|---|---|---|")
    for label, full, full_requests, inc, inc_requests in rows:
        print(f"| {label} | {full:.2f} | {full_requests} | {inc:.2f} | {inc_requests} |")
    print(
        f"\nconcurrent / one at a time: full {rows[0][1] / rows[1][1]:.2f}x, incremental {rows[0][3] / rows[1][3]:.2f}x"
    )


if __name__ == "__main__":
    main()
