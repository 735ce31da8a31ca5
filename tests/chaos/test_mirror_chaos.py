"""The mirror under a random 10% 5xx, 10% 429 and 5% dropped-connection schedule: exact after every run.

A full mirror, then changes made through the SDK (creates, updates, stage moves, archives), then an
incremental mirror, each under faults drawn from a seeded schedule, each in ONE invocation; after
each run every table of the store (child lists included) must equal what a fault-free listing of
the same emulator returns, object for object. The client keeps its default retries (or just one):
what they do not absorb, the mirror's page-level patience must.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk import AshbyClient
from ashby_sdk.emulator import Emulator
from ashby_sdk.sync import STREAMS, MirrorSummary

from ..conftest import make_client
from ..sync._helpers import by_name, run_mirror, served, stored
from .conftest import QUICK

RATES = {"rate_5xx": 0.10, "rate_429": 0.10, "rate_drop": 0.05}
FIVE_XX = {"500", "502_html", "503"}
FAULTS = {*FIVE_XX, "429", "drop"}
CARRIED = ("cursor", "syncToken")


def _chaotic_mirror(emu: Emulator, db: Path, seed: int, max_retries: int) -> tuple[MirrorSummary, Counter[str]]:
    """One mirror run under the random schedule; the summary and the faults the emulator injected.

    Besides each kind, the counter has ``cursor`` and ``syncToken``: faulted requests that carried one.
    """
    before = len(emu.requests)
    emu.faults.random(**RATES, seed=seed, retry_after=0)
    try:
        # 25% of requests fail: with the client's 3 retries, 1 in 256 still fails, and the mirror asks again.
        summary = run_mirror(emu, db, max_retries=max_retries, retry_delay=QUICK, client_retry_delay=QUICK)
    finally:
        emu.faults.clear()
    faults: Counter[str] = Counter()
    for r in emu.requests[before:]:
        faults[r.fault or "none"] += 1
        if r.fault:
            faults.update(k for k in CARRIED if isinstance(r.body, dict) and r.body.get(k))
    return summary, faults


def _changes(client: AshbyClient) -> dict[str, Any]:
    """Creates, updates, stage moves and archives, none of which touches a copy embedded elsewhere."""
    created = [client.candidates.create(name=f"Chaos Person {i}", email=f"chaos.{i}@example.com") for i in range(3)]
    job = next(j for j in client.jobs.list() if j.status == "Open")
    applied = client.applications.create(candidate_id=created[0].id, job_id=job.id)
    existing = client.candidates.list(limit=10)
    tag = next(t for t in client.candidate_tags.list() if t.id not in {u.id for u in existing[1].tags or []})
    client.candidates.add_tag(existing[1].id, tag.id)
    client.candidates.update(existing[2].id, linked_in_url="https://linkedin.com/in/chaos-updated")
    apps = [a for a in client.applications.list() if a.status == "Active" and a.id != applied.id]
    moved = []
    for app in apps[:3]:
        stage = app.current_interview_stage
        assert stage is not None and stage.interview_plan_id
        target = next(
            s
            for s in client.interview_stages.list(stage.interview_plan_id)
            if s.id != stage.id and s.type != "Archived"
        )
        client.applications.change_stage(app.id, target.id)
        moved.append((app.id, target.id))
    archived = apps[3]
    assert archived.current_interview_stage is not None and archived.current_interview_stage.interview_plan_id
    plan = archived.current_interview_stage.interview_plan_id
    archived_stage = next(s for s in client.interview_stages.list(plan) if s.type == "Archived")
    reason = client.archive_reasons.list()[0]
    client.applications.change_stage(archived.id, archived_stage.id, archive_reason_id=reason.id)
    return {
        "created": [c.id for c in created],
        "applied": applied.id,
        "updated": [existing[1].id, existing[2].id],
        "moved": moved,
        "archived": archived.id,
    }


@pytest.mark.parametrize(("seed", "max_retries"), [(1, 3), (2, 3), (3, 3), (4, 1), (5, 1), (6, 1)])
def test_full_then_incremental_mirror_under_faults_equals_what_the_emulator_serves(
    tmp_path: Path, seed: int, max_retries: int
) -> None:
    emu = Emulator(seed=seed, candidates=400)
    db = tmp_path / "mirror.db"

    summary, faults_full = _chaotic_mirror(emu, db, seed=seed, max_retries=max_retries)
    assert summary.ok and [r.name for r in summary.lists] == list(STREAMS)
    retries = summary.retries
    assert by_name(summary)["candidates"].strategy == "full"
    assert stored(db) == served(emu)

    with make_client(emu) as client:
        changed = _changes(client)
    summary, faults_incremental = _chaotic_mirror(emu, db, seed=seed + 1000, max_retries=max_retries)
    assert summary.ok
    retries += summary.retries
    print(f"seed {seed}, client max_retries {max_retries}: {retries} page retries by the mirror")
    if max_retries == 1:  # 1 request in 16 fails twice: the mirror must have asked pages again
        assert retries > 0
    results = by_name(summary)
    assert results["candidates"].strategy == results["applications"].strategy == "incremental"
    assert (results["candidates"].new, results["candidates"].updated) == (3, 2)
    assert results["applications"].new == 1 and results["applications"].archived == 1
    assert results["applications"].updated >= 4
    assert stored(db) == served(emu)
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT id, current_stage_id FROM applications"))
        archived = conn.execute("SELECT status, is_archived FROM applications WHERE id = ?", (changed["archived"],))
        assert archived.fetchone() == ("Archived", 1)
        new = conn.execute(f"SELECT COUNT(*) FROM candidates WHERE id IN ({','.join('?' * 3)})", changed["created"])
        assert new.fetchone() == (3,)
    assert all(rows[app_id] == stage_id for app_id, stage_id in changed["moved"])

    # The schedule really struck both runs, with every kind of fault, in the middle of listings too.
    kinds = Counter({k: n for k, n in (faults_full + faults_incremental).items() if k not in CARRIED})
    assert all(sum(f[k] for k in FAULTS) >= 3 for f in (faults_full, faults_incremental))
    assert kinds["429"] and kinds["drop"] and sum(kinds[k] for k in FIVE_XX)
    assert 0.1 < sum(kinds[k] for k in FAULTS) / kinds.total() < 0.4
    assert faults_full["cursor"] + faults_incremental["cursor"] + faults_incremental["syncToken"] >= 1
