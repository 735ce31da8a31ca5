"""The mirror against the in-process emulator: exact after full and incremental runs, and under faults."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk import AshbyConfigError
from ashby_sdk.emulator import Emulator
from ashby_sdk.sync import STREAMS, ListResult, MirrorError

from ..conftest import make_client
from ._helpers import by_name, run_mirror, served, stored


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "mirror.db"


def test_a_full_run_copies_every_object_exactly(emu: Emulator, db: Path) -> None:
    summary = run_mirror(emu, db)
    assert summary.ok and [r.name for r in summary.lists] == list(STREAMS)
    assert stored(db) == served(emu)
    results = by_name(summary)
    assert results["candidates"].strategy == "full" and results["candidates"].new == 60
    assert results["sources"].strategy == "listing"
    assert results["interview_stages"].strategy == "listing per interview plan"
    assert all(r.total == len(objs) for r, objs in zip(summary.lists, served(emu).values(), strict=True))


def test_typed_columns_and_raw_json(emu: Emulator, db: Path) -> None:
    run_mirror(emu, db, only=["applications", "jobs", "candidates"])
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT a.candidate_id, a.job_id, a.status, a.current_stage_id, a.data, c.name "
            "FROM applications a JOIN candidates c ON c.id = a.candidate_id LIMIT 1"
        ).fetchone()
        statuses = {s for (s,) in conn.execute("SELECT DISTINCT status FROM jobs")}
    with make_client(emu) as client:
        app = client.applications.get(conn_id := row[4] and __import__("json").loads(row[4])["id"])
    assert row[:4] == (app.candidate.id, app.job.id, app.status, app.current_interview_stage.id)  # type: ignore[union-attr]
    assert row[5] and conn_id
    assert "Draft" in statuses or len(statuses) >= 2  # every status asked for, Draft included


def _changes(emu: Emulator) -> dict[str, Any]:
    with make_client(emu) as client:
        created = client.candidates.create(name="New Person", email="new.person@example.com")
        apps = [a for a in client.applications.list() if a.status == "Active"]
        # Renamed: a candidate whose applications the moves below leave alone (see the test).
        moved = {apps[0].candidate.id, apps[1].candidate.id}  # type: ignore[union-attr]
        first = next(c for c in client.candidates.list(limit=5) if c.id not in moved)
        client.candidates.update(first.id, name="Renamed Person")
        stages = client.interview_stages.list(apps[0].current_interview_stage.interview_plan_id)  # type: ignore[union-attr]
        forward = next(s for s in stages if s.id != apps[0].current_interview_stage.id and s.type != "Archived")  # type: ignore[union-attr]
        client.applications.change_stage(apps[0].id, forward.id)
        plan = apps[1].current_interview_stage.interview_plan_id  # type: ignore[union-attr]
        archived = next(s for s in client.interview_stages.list(plan) if s.type == "Archived")
        reason = client.archive_reasons.list()[0]
        client.applications.change_stage(apps[1].id, archived.id, archive_reason_id=reason.id)
    return {"created": created.id, "renamed": first.id, "moved": apps[0].id, "archived": apps[1].id}


# Columns the emulator's organisation leaves empty everywhere, and why that is right.
EMPTY_COLUMNS = {
    ("openings", "archived_at"): "no opening is archived",
    ("openings", "closed_at"): "no opening is closed in the small organisation of these tests",
    ("jobs", "closed_at"): "no job is closed in the small organisation of these tests",
    ("approvals", "completed_at"): "every offer approval is pending",
    ("departments", "parent_id"): "departments are flat",
    ("locations", "parent_location_id"): "locations are flat",
}


def test_every_typed_column_reads_a_field_ashby_sends(emu: Emulator, db: Path) -> None:
    """A column named after a field Ashby does not send (``text`` for ``reasonText``) would stay empty."""
    from ashby_sdk.sync.tables import TABLES

    run_mirror(emu, db)
    with sqlite3.connect(db) as conn:
        empty = set()
        for name, spec in TABLES.items():
            if not conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]:
                continue  # nothing of that kind in the organisation (survey requests)
            for column in spec.columns:
                filled = conn.execute(f'SELECT COUNT(*) FROM "{name}" WHERE "{column.name}" IS NOT NULL')
                if not filled.fetchone()[0]:
                    empty.add((name, column.name))
    assert empty == set(EMPTY_COLUMNS)


def test_incremental_runs_pick_up_creates_updates_moves_and_archives(emu: Emulator, db: Path) -> None:
    run_mirror(emu, db)
    changed = _changes(emu)
    summary = run_mirror(emu, db)
    results = by_name(summary)
    assert _embedded_stripped(stored(db)) == _embedded_stripped(served(emu))
    assert results["candidates"].strategy == "incremental"
    assert (results["candidates"].new, results["candidates"].updated) >= (1, 1)
    assert results["applications"].updated >= 2 and results["applications"].archived == 1
    assert results["applications"].requests == 1
    with sqlite3.connect(db) as conn:
        status, archived = conn.execute(
            "SELECT status, is_archived FROM applications WHERE id = ?", (changed["archived"],)
        ).fetchone()
    assert (status, archived) == ("Archived", 1)
    again = by_name(run_mirror(emu, db))
    assert again["applications"].new == again["applications"].updated == 0
    # An application embeds a copy of its candidate; renaming the candidate does not make the
    # application "changed" for its sync token, so only a full listing refreshes that copy.
    assert stored(db) != served(emu)
    run_mirror(emu, db, full=True)
    assert stored(db) == served(emu)


def _embedded_stripped(tables: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, dict[str, Any]]]:
    apps = {i: {k: v for k, v in a.items() if k != "candidate"} for i, a in tables["applications"].items()}
    return {**tables, "applications": apps}


def test_the_store_is_exact_under_5xx_429_and_dropped_connections(db: Path) -> None:
    emu = Emulator(seed=7, candidates=300)
    # Seeds chosen for every kind of fault without long chains of backoff (which only cost time).
    emu.faults.random(rate_5xx=0.06, rate_429=0.06, rate_drop=0.06, seed=5, retry_after=0)
    run_mirror(emu, db, retry_delay=0.01)
    emu.faults.clear()
    _changes(emu)
    emu.faults.random(rate_5xx=0.1, rate_429=0.1, rate_drop=0.1, seed=3, retry_after=0)
    run_mirror(emu, db, retry_delay=0.01)
    emu.faults.clear()
    assert _embedded_stripped(stored(db)) == _embedded_stripped(served(emu))
    assert {r.fault for r in emu.requests} >= {"drop", "429", "503"}


def test_an_expired_token_resyncs_only_that_list(emu: Emulator, db: Path) -> None:
    run_mirror(emu, db)
    emu.faults.add("expire_sync_token", endpoint="application.list")
    results = by_name(run_mirror(emu, db, relist=0))
    assert results["applications"].strategy == "full resync (token expired)"
    assert results["candidates"].strategy == "incremental"
    allowed = {"incremental", "listing", "listing per interview plan", "full resync (token expired)", "changed parents"}
    assert {r.strategy.split(":")[0] for r in results.values()} <= allowed
    assert stored(db) == served(emu)


def test_a_too_large_incremental_sync_resyncs_in_full(db: Path) -> None:
    emu = Emulator(seed=2, candidates=150, max_incremental_pages=1)
    run_mirror(emu, db, only=["candidates"])
    for row in list(emu.org["candidate"])[:120]:
        row["position"] = "Changed"
        emu.org.touch("candidate", row["id"])
    result = by_name(run_mirror(emu, db, only=["candidates"]))["candidates"]
    assert result.strategy == "full resync (incremental sync too large)"
    assert result.updated == 120
    assert stored(db, ["candidates"]) == served(emu, ["candidates"])


def test_lists_the_key_may_not_read_are_skipped_with_a_warning(db: Path) -> None:
    permissions = {s.permission for s in STREAMS.values()} - {"offersRead"} | {"apiKeysRead"}
    emu = Emulator(seed=1, candidates=30, permissions=permissions)
    warnings: list[str] = []

    class Collect:
        def start(self, name: str, strategy: str) -> None: ...
        def advance(self, name: str, items: int) -> None: ...
        def finish(self, result: ListResult) -> None: ...
        def warn(self, message: str) -> None:
            warnings.append(message)

    summary = run_mirror(emu, db, progress=Collect())
    assert summary.ok
    assert by_name(summary)["offers"].status == "skipped"
    assert warnings == [by_name(summary)["offers"].message.join(["skipped offers: ", ""])]
    assert "offersRead" in warnings[0] and "scopes lack offers:read" in warnings[0]
    assert by_name(summary)["candidates"].status == "ok"
    assert "offer.list" not in {r.endpoint for r in emu.requests}  # known from apiKey.info: never asked


def test_without_apikey_read_each_list_finds_out_from_its_own_answer(db: Path) -> None:
    permissions = {s.permission for s in STREAMS.values()} - {"offersRead"}  # and no apiKeysRead
    emu = Emulator(seed=1, candidates=30, permissions=permissions)
    summary = run_mirror(emu, db)
    assert summary.ok and by_name(summary)["offers"].status == "skipped"
    assert "offersRead" in by_name(summary)["offers"].message
    asked = Counter(r.endpoint for r in emu.requests)
    assert asked["offer.list"] == 1 and asked["apiKey.info"] == 1  # one 403 each, then left alone


def test_a_failing_apikey_info_is_asked_once_and_holds_nothing_up(db: Path) -> None:
    permissions = {s.permission for s in STREAMS.values()} - {"offersRead"} | {"apiKeysRead"}
    emu = Emulator(seed=1, candidates=30, permissions=permissions)
    emu.faults.add("503", endpoint="apiKey.info", times=5)
    summary = run_mirror(emu, db)
    assert summary.ok and by_name(summary)["offers"].status == "skipped"
    asked = Counter(r.endpoint for r in emu.requests)
    assert asked["apiKey.info"] == 1 and asked["offer.list"] == 1  # no retries: the lists found out themselves


def test_scopes_are_trusted_only_when_every_spelling_is_known() -> None:
    from ashby_sdk.sync.mirror import Scopes

    granted = Scopes.parse(["candidates:read", "jobs:write"])
    assert granted is not None
    assert granted.allows("candidatesRead") and granted.allows("jobsRead") and not granted.allows("offersRead")
    assert Scopes.parse(["candidates:read", "hiring_process_metadata:read"]) is None  # a guess we cannot make
    assert Scopes.parse(["candidates:read", 7]) is None and Scopes.parse([]) is None


def test_only_mirrors_the_named_lists(emu: Emulator, db: Path) -> None:
    summary = run_mirror(emu, db, only=["jobs", "users"])
    assert [r.name for r in summary.lists] == ["jobs", "users"]
    assert sorted(r.endpoint for r in emu.requests) == ["apiKey.info", "job.list", "user.list"]
    with pytest.raises(AshbyConfigError, match="unknown list 'nope'"):
        run_mirror(emu, db, only=["nope"])


def test_full_listings_mark_rows_gone_from_the_api_as_removed(emu: Emulator, db: Path) -> None:
    run_mirror(emu, db, only=["sources", "candidates"])
    gone_source = next(iter(emu.org["source"]))["id"]
    gone_candidate = next(iter(emu.org["candidate"]))["id"]
    emu.org.delete("source", gone_source)
    emu.org.delete("candidate", gone_candidate)
    results = by_name(run_mirror(emu, db, only=["sources", "candidates"]))
    assert results["sources"].removed == 1
    assert results["candidates"].removed == 0  # an incremental sync cannot see deletions ...
    results = by_name(run_mirror(emu, db, only=["candidates"], full=True))
    assert results["candidates"].removed == 1  # ... a full one can
    assert stored(db, ["sources", "candidates"]) == served(emu, ["sources", "candidates"])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT is_removed, removed_at IS NOT NULL FROM sources WHERE id = ?",
                            (gone_source,)).fetchone() == (1, 1)  # fmt: skip


def test_a_list_failing_past_its_deadline_fails_the_run_says_why_and_keeps_the_rest(emu: Emulator, db: Path) -> None:
    emu.faults.add("500", endpoint="job.list", times=1000)
    with pytest.raises(MirrorError, match=r"^jobs: job.list still failing after ") as info:
        run_mirror(emu, db, max_retries=0, patience=0.3, retry_delay=0.02)
    results = by_name(info.value.summary)
    assert results["jobs"].status == "failed" and results["candidates"].status == "ok"
    message = results["jobs"].message
    assert "(the deadline is 0.3 s): job.list: Internal server error" in message
    advice = "the pages before it are saved: run the same command again to resume (or raise --patience)"
    assert message.endswith("; " + advice)
    assert results["jobs"].retries >= 2 and 0.02 < results["jobs"].waited <= 0.3
    emu.faults.clear()
    assert by_name(run_mirror(emu, db))["jobs"].strategy == "full"


def test_a_list_rides_out_a_run_of_failures_page_by_page(emu: Emulator, db: Path) -> None:
    # The client gives up at once (no retries of its own): the mirror asks each failed page again.
    emu.faults.add("503", endpoint="candidate.list", times=4)
    emu.faults.add("drop", endpoint="application.list", times=3)
    emu.faults.add("429", endpoint="application.listHistory", times=5)
    summary = run_mirror(emu, db, max_retries=0, retry_delay=0.01)
    results = by_name(summary)
    assert summary.ok
    assert (results["candidates"].retries, results["applications"].retries) == (4, 3)
    assert results["application_history"].retries == 5
    assert summary.retries == 12 and summary.waited > 0
    assert summary.to_dict()["retries"] == 12
    assert stored(db) == served(emu)


def _days_ago(days: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="milliseconds")[:-6] + "Z"


def _checked(db: Path, **full_at: str) -> None:
    """Say when each list's deletions were last checked (what the passing days would have left)."""
    with sqlite3.connect(db) as conn:
        for name, at in full_at.items():
            conn.execute("UPDATE _sync_state SET full_at = ? WHERE name = ?", (at, name))


def test_one_stale_list_per_run_is_listed_in_full_to_see_deletions(emu: Emulator, db: Path) -> None:
    run_mirror(emu, db)
    gone = next(iter(emu.org["note"]))["candidateId"]  # a candidate with notes
    emu.org.delete("candidate", gone)
    fresh = by_name(run_mirror(emu, db))  # every list was checked minutes ago: none is re-listed
    assert not [r for r in fresh.values() if "re-listed" in r.strategy]
    assert fresh["candidates"].removed == 0 and fresh["candidates"].deletes_checked_at
    # Two and three days ago: past the rotation's day, short of --relist-after's week.
    _checked(db, candidates=_days_ago(3), applications=_days_ago(2))
    results = by_name(run_mirror(emu, db))
    assert results["candidates"].strategy == "full (re-listed to see deletions)"
    assert results["candidates"].removed == 1 and results["candidates"].deletes_checked_at > _days_ago(1)
    assert results["applications"].strategy == "incremental"  # one list per run
    assert [r.name for r in results.values() if "re-listed" in r.strategy] == ["candidates"]
    # The candidate's notes went with it.
    assert stored(db, ["candidates", "candidate_notes"]) == served(emu, ["candidates", "candidate_notes"])
    # Past --relist-after, every list is re-listed, whatever --relist says.
    _checked(db, applications="2020-01-02T00:00:00.000Z", jobs="2020-01-03T00:00:00.000Z")
    results = by_name(run_mirror(emu, db, relist=0, relist_after=30 * 86400))
    assert {r.name for r in results.values() if "re-listed" in r.strategy} == {"applications", "jobs"}


def test_a_merge_is_recorded_from_the_applications_that_moved(emu: Emulator, db: Path) -> None:
    run_mirror(emu, db)
    old = next(c for c in emu.org["candidate"] if c["applicationIds"])
    new = next(c for c in emu.org["candidate"] if c["id"] != old["id"])
    emu.merge_candidates(old["id"], new["id"])  # no webhook receiver: the sync alone sees it
    run_mirror(emu, db)
    with sqlite3.connect(db) as conn:
        merges = conn.execute("SELECT old_id, new_id, seen_in FROM candidate_merges").fetchall()
        marks = ",".join("?" * len(old["applicationIds"]))
        query = f"SELECT DISTINCT candidate_id FROM applications WHERE id IN ({marks})"
        moved = conn.execute(query, old["applicationIds"]).fetchall()
    assert merges == [(old["id"], new["id"], "application moved")]
    assert moved == [(new["id"],)]
