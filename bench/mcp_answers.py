"""``ashby mcp`` benchmark: answer sizes against the raw objects, and latency from a mirror against the live API.

    python3 scripts/dev.py python bench/mcp_answers.py [--candidates 2000] [--latency 0.02] [--rounds 5]

The emulator is served over HTTP in its own process with ``--latency`` seconds
added to every answer (Ashby's own latency is in the hundreds of milliseconds;
20 ms is kind to the live API) and mirrored once with ``ashby sync``. The same
questions go through the MCP SDK's in-memory client to two servers built like
``ashby mcp --db`` and ``ashby mcp`` (so the MCP transport is the same for
both), alternating, ``--rounds`` times each; medians are printed side by side.
Sizes: the JSON text a model reads for a candidate's whole story, against the
raw objects the API answers for the same story.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _serve(candidates: int, latency: float) -> tuple[subprocess.Popen[str], str, str]:
    code = "from ashby_sdk.cli import main; main()"
    args = [sys.executable, "-c", code, "emulator", "--port", "0", "--candidates", str(candidates)]
    args += ["--latency", str(latency), "--seed", "1"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert proc.stdout is not None
    line = proc.stdout.readline()  # "Ashby emulator listening on URL (API key: KEY)"
    return proc, line.split(" on ", 1)[1].split()[0], line.rsplit("API key: ", 1)[1].rstrip(")\n")


def _raw_story(client: Any, candidate_id: str) -> list[Any]:
    raw: list[Any] = [client.request("candidate.info", {"id": candidate_id})]
    for app_id in raw[0].get("applicationIds") or []:
        raw.append(client.request("application.info", {"applicationId": app_id}))
        for endpoint in ("application.listHistory", "applicationFeedback.list", "interviewSchedule.list", "offer.list"):
            raw += list(client.paginate(endpoint, {"applicationId": app_id}))
    raw += list(client.paginate("candidate.listNotes", {"candidateId": candidate_id}))
    return raw


async def _time(client: Any, tool: str, args: dict[str, Any]) -> tuple[float, int]:
    start = time.perf_counter()
    result = await client.call_tool(tool, args)
    took = time.perf_counter() - start
    assert not result.is_error, result.content[0].text
    return took, len(result.content[0].text)


async def _measure(
    servers: dict[str, Any], questions: list[tuple[str, dict[str, Any]]], rounds: int
) -> list[dict[str, Any]]:
    from mcp import Client

    rows = []
    async with Client(servers["mirror"]) as mirror, Client(servers["live"]) as live:
        clients = {"mirror": mirror, "live": live}
        for tool, args in questions:
            times: dict[str, list[float]] = {"mirror": [], "live": []}
            size = 0
            for r in range(rounds):
                for name in ("mirror", "live") if r % 2 == 0 else ("live", "mirror"):
                    took, size = await _time(clients[name], tool, args)
                    times[name].append(took)
            m, lv = statistics.median(times["mirror"]), statistics.median(times["live"])
            rows.append(
                {
                    "question": f"{tool} {json.dumps(args)[:60]}",
                    "mirror_ms": m * 1000,
                    "live_ms": lv * 1000,
                    "chars": size,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()

    from ashby_sdk import AshbyClient
    from ashby_sdk.mcp import Backend, Settings, build_server, open_mirror

    proc, url, key = _serve(options.candidates, options.latency)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "mirror.db")
            env = {**os.environ, "ASHBY_API_KEY": key, "ASHBY_BASE_URL": url}
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "from ashby_sdk.cli import main; main()", "sync", "--db", db],
                           env=env, check=True, capture_output=True)  # fmt: skip
            print(f"mirrored {options.candidates} candidates in {time.perf_counter() - started:.1f} s", flush=True)
            client = AshbyClient(key, base_url=url)
            servers = {
                "mirror": build_server(Backend(Settings(), db=open_mirror(db), client=client)),
                "live": build_server(Backend(Settings(), client=client)),
            }
            candidates = list(client.paginate("candidate.list", {}, max_items=40))
            busy = max(candidates, key=lambda c: len(c.get("applicationIds") or []))
            jobs = client.request("job.list", {"status": ["Open"]})
            job = jobs[0]
            questions = [
                ("find_candidates", {"name": busy["name"].split()[0]}),
                ("find_candidates", {"email": busy["primaryEmailAddress"]["value"]}),
                ("get_candidate", {"candidate_id": busy["id"]}),
                ("list_applications", {"job": job["id"], "stage": "Onsite", "feedback": "none"}),
                ("job_pipeline", {"job": job["id"]}),
                ("list_jobs", {}),
                ("list_offers", {"status": "WaitingOnCandidateResponse"}),
                ("upcoming_interviews", {"start_after": "2024-03-01", "start_before": "2024-04-01"}),
                ("find_candidates", {"tag": "Referral"}),
            ]
            rows = asyncio.run(_measure(servers, questions, options.rounds))
            print(f"\n{'question':<70} {'mirror ms':>10} {'live ms':>10} {'live/mirror':>12} {'chars':>7}")
            for r in rows:
                ratio = r["live_ms"] / r["mirror_ms"]
                print(
                    f"{r['question']:<70} {r['mirror_ms']:>10.1f} {r['live_ms']:>10.1f} {ratio:>11.1f}x {r['chars']:>7}"
                )

            stories, raws = [], []

            async def story_sizes() -> None:
                from mcp import Client

                async with Client(servers["mirror"]) as c:
                    for cand in candidates[:20]:
                        result = await c.call_tool("get_candidate", {"candidate_id": cand["id"]})
                        stories.append(len(result.content[0].text))
                        raws.append(len(json.dumps(_raw_story(client, cand["id"]), separators=(",", ":"))))

            asyncio.run(story_sizes())
            ratios = sorted(r / s for r, s in zip(raws, stories, strict=True))
            print(
                f"\na candidate's whole story (20 candidates): answer median {statistics.median(stories):,.0f} chars, "
                f"raw objects median {statistics.median(raws):,.0f} chars: "
                f"raw/answer median {statistics.median(ratios):.1f}x "
                f"(min {ratios[0]:.1f}x, max {ratios[-1]:.1f}x)"
            )
            page_raw = len(json.dumps(candidates[:20], separators=(",", ":")))

            async def page_size() -> int:
                from mcp import Client

                async with Client(servers["mirror"]) as c:
                    result = await c.call_tool("find_candidates", {"limit": 20})
                    return len(result.content[0].text)

            page = asyncio.run(page_size())
            print(
                f"a page of 20 candidates: answer {page:,} chars, "
                f"raw candidate.list objects {page_raw:,} chars: {page_raw / page:.1f}x"
            )
            client.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
