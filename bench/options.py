"""The cost of per-call options on a typed method: ``candidates.get`` with and without them, side by side.

In-process emulator (no sockets), so the SDK's own per-call work is as large a share of the time as it
can be. Many short rounds interleave the variants, timed in CPU time (the machine is shared and noisy);
each variant makes ``--calls`` calls in all. Prints the median CPU cost per call of each variant and its
ratio to the call without options::

    .venv/bin/python bench/options.py            # 10,000 calls per variant
    PYTHONPATH=/path/to/other/src .venv/bin/python bench/options.py --plain-only   # another checkout
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from ashby_sdk import AshbyClient
from ashby_sdk.emulator import Emulator

VARIANTS: dict[str, dict[str, Any]] = {
    "no options": {},
    "timeout=30": {"timeout": 30},
    "all five options": {
        "timeout": 30,
        "max_retries": 1,
        "extra_headers": {"X-Trace": "bench"},
        "extra_body": {"someNewParam": 1},
        "idempotent": True,
    },
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--plain-only", action="store_true", help="only the call without options")
    args = parser.parse_args()
    variants = {"no options": {}} if args.plain_only else VARIANTS
    emu = Emulator(seed=1, candidates=50)
    candidate_id = next(iter(emu.org["candidate"]))["id"]
    http = httpx.Client(transport=emu.transport())
    client = AshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http)
    calls: dict[str, Callable[[], object]] = {
        name: (lambda options=options: client.candidates.get(candidate_id, **options))  # type: ignore[misc]
        for name, options in variants.items()
    }
    for call in calls.values():  # warm up: imports, caches
        for _ in range(200):
            call()
    per_round = args.calls // args.rounds
    timings: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(args.rounds):
        for name, call in calls.items():
            started = time.process_time()
            for _ in range(per_round):
                call()
            timings[name].append((time.process_time() - started) / per_round * 1e6)
    base = statistics.median(timings["no options"])
    print(f"{per_round * args.rounds} calls per variant, {args.rounds} interleaved rounds, median CPU µs per call:")
    for name, values in timings.items():
        median = statistics.median(values)
        print(f"  {name:<18} {median:8.1f} µs  {median / base:5.3f}x")
    client.close()


if __name__ == "__main__":
    main()
