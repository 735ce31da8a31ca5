"""``ashby demo``: the SDK against the embedded emulator, offline, with no key."""

from __future__ import annotations

import time

import httpx
from rich.console import Console
from rich.table import Table

from .._client import AshbyClient

__all__ = ["run_demo"]


def run_demo(*, candidates: int, seed: int) -> None:
    from ..emulator import Emulator

    console = Console()
    started = time.perf_counter()
    emu = Emulator(seed=seed, candidates=candidates)
    console.print(f"Generated an organisation of {candidates} candidates (seed {seed}) in the embedded emulator.")
    with AshbyClient(
        api_key=emu.api_key,
        base_url=emu.base_url,
        http_client=httpx.Client(transport=emu.transport()),
        rate_limit=None,
    ) as client:
        jobs = client.jobs.list(status=["Open"])
        table = Table(title=f"Open jobs ({len(jobs)})")
        for column in ("title", "status", "employment type", "hiring team"):
            table.add_column(column)
        for job in jobs[:15]:
            table.add_row(job.title or "", job.status or "", job.employment_type or "", str(len(job.hiring_team)))
        console.print(table)

        pager = client.candidates.iter(limit=100)
        shown = Table(title="Candidates (first 10)")
        for column in ("name", "email", "phone", "tags"):
            shown.add_column(column)
        count = 0
        for candidate in pager:
            if count < 10:
                tags = ", ".join(tag.title or "" for tag in candidate.tags)
                shown.add_row(candidate.name or "", candidate.email or "", candidate.phone or "", tags)
            count += 1
        console.print(shown)
        elapsed = time.perf_counter() - started
        console.print(
            f"Listed {count} candidates in {pager.pages_fetched} pages; "
            f"sync token for the next incremental run: {'yes' if pager.sync_token else 'no'}. "
            f"Done in {elapsed:.2f} s."
        )
