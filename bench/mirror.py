"""Mirror benchmark: the full mirror vs its longest list alone, side by side; then child lists and an incremental run.

    python3 scripts/dev.py python bench/mirror.py [--candidates 20000] [--latency 0.02] [--rounds 3]
        [--rate-limit default|N] [--child-candidates 2000]

The emulator is served over HTTP in its own process with ``--latency`` seconds
added to every answer. Part 1, in alternating order for ``--rounds`` rounds, each in a fresh process:
a full mirror of the lists of objects (``Mirror(only=<every list but the
child lists>)``, a fresh SQLite file each time) and a plain listing of its
longest list (``application.list``) with the same client. ``--rate-limit``
chooses the client's rate limiter for both: ``default`` (what users get: adaptive,
no cap until Ashby answers 429) or a fixed cap of N requests per second; the
setting is printed with the results.

Part 2, on a second emulator of ``--child-candidates``: a first full mirror with
the child lists (stage history, notes, interview events: one request per
parent), a stage move on 1% of the applications, then an incremental run: the
requests each child list made (history must be asked for the moved ones only).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import _start_server


def _limit(setting: str) -> dict[str, Any]:
    if setting == "default":
        return {}
    return {"rate_limit": float(setting)}


def _top_level() -> list[str]:
    from ashby_sdk.sync import STREAMS
    from ashby_sdk.sync.feeds import ChildFeed

    return [n for n, s in STREAMS.items() if not isinstance(s.feed, ChildFeed)]


async def _full(url: str, key: str, db: Path, setting: str, only: list[str] | None) -> Any:
    from ashby_sdk import AsyncAshbyClient
    from ashby_sdk.sync import Mirror

    async with AsyncAshbyClient(key, base_url=url, **_limit(setting)) as client:
        summary = await Mirror(client, str(db), only=only).run()
    assert summary.ok, summary.to_dict()
    return summary


async def _longest(url: str, key: str, setting: str) -> int:
    from ashby_sdk import AsyncAshbyClient

    count = 0
    async with AsyncAshbyClient(key, base_url=url, **_limit(setting)) as client:
        async for _ in client.paginate("application.list", limit=100):
            count += 1
    return count


def _timed(fn: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    value = asyncio.run(fn)
    return time.perf_counter() - started, value


def _child(name: str, url: str, key: str, db: str, setting: str) -> tuple[float, int]:
    """Run one scenario in this (fresh) process: its seconds, and requests (full) or objects (longest)."""
    if name == "full":
        seconds, summary = _timed(_full(url, key, Path(db), setting, _top_level()))
        return seconds, summary.requests
    return _timed(_longest(url, key, setting))


def _in_child(name: str, url: str, key: str, db: str, setting: str) -> tuple[float, int]:
    # Each measurement in a fresh process, as bench/run.py does: no warm caches or heap from the last one.
    args = [sys.executable, __file__, "--child", name, "--url", url, "--key", key, "--db", db, "--rate-limit", setting]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{name} failed:\n{out.stderr}")
    seconds, count = json.loads(out.stdout)
    return float(seconds), int(count)


def _ratio(opts: argparse.Namespace, tmp: str) -> None:
    proc, url, key = _start_server(opts.candidates)
    full: list[float] = []
    longest: list[float] = []
    try:
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            http.post(f"{url}/_emulator/faults", json={"latency": opts.latency})
            for n in range(opts.rounds):
                order = ("full", "longest") if n % 2 == 0 else ("longest", "full")
                for name in order:
                    seconds, value = _in_child(name, url, key, str(Path(tmp) / f"full-{n}.db"), opts.rate_limit)
                    if name == "full":
                        full.append(seconds)
                        requests = value
                    else:
                        longest.append(seconds)
                        count = value
                    print(f"round {n + 1} {name}: {seconds:.2f} s", file=sys.stderr, flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    f, g = statistics.median(full), statistics.median(longest)
    print(f"## Full mirror vs its longest list: {opts.candidates} candidates, {opts.latency * 1000:.0f} ms latency, "
          f"client rate limit: {opts.rate_limit}\n")  # fmt: skip
    print("| scenario | median (s) | spread (s) | requests |")
    print("|---|---|---|---|")
    print(f"| full mirror (lists of objects, child lists excluded) | {f:.2f} | {min(full):.2f}-{max(full):.2f} | "
          f"{requests} |")  # fmt: skip
    print(f"| longest list alone (application.list, {count} objects) | {g:.2f} | {min(longest):.2f}-{max(longest):.2f} "
          f"| {count // 100 + 1} |")  # fmt: skip
    print(f"\nfull mirror / longest list: {f / g:.2f}x (target <= 1.15x)\n")


def _move_one_percent(http: httpx.Client, url: str) -> int:
    apps: list[dict[str, Any]] = []
    body: dict[str, Any] = {"limit": 100}
    while True:
        page = http.post(f"{url}/application.list", json=body).json()
        apps += [a for a in page["results"] if a["status"] == "Active"]
        if not page.get("moreDataAvailable"):
            break
        body["cursor"] = page["nextCursor"]
    moved = 0
    for app in apps[: max(len(apps) // 100, 1)]:
        stage = app["currentInterviewStage"]
        stages = http.post(f"{url}/interviewStage.list", json={"interviewPlanId": stage["interviewPlanId"]}).json()
        target = next(s for s in stages["results"] if s["id"] != stage["id"] and s["type"] not in ("Archived", "Hired"))
        move = {"applicationId": app["id"], "interviewStageId": target["id"]}
        answer = http.post(f"{url}/application.changeStage", json=move).json()
        assert answer["success"], answer
        moved += 1
    return moved


def _children(opts: argparse.Namespace, tmp: str) -> None:
    proc, url, key = _start_server(opts.child_candidates)
    try:
        with httpx.Client(auth=(key, ""), timeout=60) as http:
            http.post(f"{url}/_emulator/faults", json={"latency": opts.latency})
            db = Path(tmp) / "children.db"
            first_s, first = _timed(_full(url, key, db, opts.rate_limit, None))
            http.post(f"{url}/_emulator/faults", json={"latency": 0})
            moved = _move_one_percent(http, url)
            http.post(f"{url}/_emulator/faults", json={"latency": opts.latency})
            inc_s, inc = _timed(_full(url, key, db, opts.rate_limit, None))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"## Child lists: {opts.child_candidates} candidates, {opts.latency * 1000:.0f} ms latency, "
          f"client rate limit: {opts.rate_limit}\n")  # fmt: skip
    print("| run | seconds | requests | application_history | candidate_notes | interview_events |")
    print("|---|---|---|---|---|---|")
    for label, seconds, summary in (("first (every parent)", first_s, first), (f"after moving {moved} applications",
                                                                                inc_s, inc)):  # fmt: skip
        r = {x.name: x for x in summary.lists}
        cells = " | ".join(f"{r[n].requests} req, {r[n].parents} parents"
                           for n in ("application_history", "candidate_notes", "interview_events"))  # fmt: skip
        print(f"| {label} | {seconds:.2f} | {summary.requests} | {cells} |")
    history = {x.name: x for x in inc.lists}["application_history"]
    print(f"\nincremental: application.listHistory asked for {history.parents} applications; {moved} were moved "
          f"({'only those' if history.parents == moved else 'NOT only those'})\n")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=20000)
    parser.add_argument("--child-candidates", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rate-limit", default="default", help="default (adaptive) | requests per second")
    parser.add_argument("--skip-children", action="store_true")
    for hidden in ("--child", "--url", "--key", "--db"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        print(json.dumps(_child(opts.child, opts.url, opts.key, opts.db, opts.rate_limit)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        _ratio(opts, tmp)
        if not opts.skip_children:
            _children(opts, tmp)


if __name__ == "__main__":
    main()
