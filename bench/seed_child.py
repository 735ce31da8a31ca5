"""One benchmark scenario with the seed package ``ashby`` 0.4.1, run by ``bench/.venv-seed``'s interpreter.

    bench/.venv-seed/bin/python bench/seed_child.py SCENARIO URL KEY IDS_JSON

The seed package also imports as ``ashby_sdk``, so it never shares an
environment with ours: ``bench/run.py`` creates ``bench/.venv-seed`` and runs
this file there. The seed client hardcodes ``https://api.ashbyhq.com`` as the
class attribute ``AshbyClient.BASE_URL`` and has no constructor argument or
environment variable for it; setting ``BASE_URL`` on the instance (which its
``_request`` reads as ``self.BASE_URL``) is the least invasive way to point it
at the emulator. It sends every request with ``requests.post`` (no session),
so each request opens a TCP connection of its own.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _rss import _rss_mb, reset_peak_rss


def _client(url: str, key: str) -> Any:
    from ashby_sdk import AshbyClient  # the seed package's, in this interpreter

    client = AshbyClient(api_key=key)
    client.BASE_URL = url
    return client


def _run(scenario: str, url: str, key: str, ids: list[str], *, warm: bool = True) -> dict[str, Any]:
    if warm:  # the same two warm-up requests as bench/run.py's children
        client = _client(url, key)
        client._request("candidate.list", {"limit": 1})
        client.candidates.get(ids[0])
    base_rss = reset_peak_rss()
    started = time.perf_counter()
    client = _client(url, key)
    if scenario == "list_seed":
        count = len(client.candidates.list())
    elif scenario == "info_seed":
        count = 0
        for candidate_id in ids:
            client.candidates.get(candidate_id)
            count += 1
    else:
        raise SystemExit(f"unknown scenario {scenario}")
    return {"seconds": time.perf_counter() - started, "rss_mb": _rss_mb() - base_rss, "count": count}


def main() -> None:
    scenario, url, key, ids = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    record = _run(scenario, url, key, ids)
    if scenario == "list_seed":
        import tracemalloc

        tracemalloc.start()
        _run(scenario, url, key, ids, warm=False)
        record["heap_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    print(json.dumps(record))


if __name__ == "__main__":
    main()
