"""Child lists (stage history, notes, interview events): every parent once, then only the parents that changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.sync import TABLES, SQLiteStore, TableSpec
from ashby_sdk.sync.store import ListState, PageResult

from ..conftest import make_client
from ._helpers import by_name, run_mirror, served, stored


def _asked(emu: Emulator, since: int, endpoint: str, param: str) -> list[str]:
    return [r.body[param] for r in emu.requests[since:] if r.endpoint == endpoint and isinstance(r.body, dict)]


def _move(emu: Emulator, apps: list[Any]) -> None:
    with make_client(emu) as client:
        for app in apps:
            stage = app.current_interview_stage
            stages = client.interview_stages.list(stage.interview_plan_id)
            target = next(s for s in stages if s.id != stage.id and s.type not in ("Archived", "Hired"))
            client.applications.change_stage(app.id, target.id)


def test_the_first_run_asks_every_parent_and_later_runs_only_the_changed_ones(tmp_path: Path) -> None:
    emu = Emulator(seed=3, candidates=200)
    db = tmp_path / "m.db"
    first = by_name(run_mirror(emu, db))
    with make_client(emu) as client:
        apps = [a for a in client.applications.list() if a.status == "Active"]
        n_apps, n_candidates = len(client.applications.list()), len(client.candidates.list())
    assert first["application_history"].strategy == f"every parent: {n_apps:,}"
    assert first["application_history"].parents == n_apps and first["candidate_notes"].parents == n_candidates
    assert stored(db) == served(emu)

    changed = apps[: max(len(apps) // 100, 2)]  # 1% of the applications (at least two)
    _move(emu, changed)
    since = len(emu.requests)
    results = by_name(run_mirror(emu, db))
    asked = _asked(emu, since, "application.listHistory", "applicationId")
    assert sorted(asked) == sorted(a.id for a in changed)  # history of those applications, and no other
    assert results["application_history"].strategy == f"changed parents: {len(changed)}"
    assert results["application_history"].new == len(changed)  # the stage each one entered
    assert results["application_history"].updated == len(changed)  # the stage each one left
    assert _asked(emu, since, "interviewEvent.list", "interviewScheduleId") == []
    assert stored(db) == served(emu)
    # Nothing changed since: no child request at all.
    since = len(emu.requests)
    run_mirror(emu, db)
    assert not [r for r in emu.requests[since:] if r.endpoint in ("application.listHistory", "candidate.listNotes")]


def test_a_new_note_is_fetched_for_its_candidate_only(tmp_path: Path) -> None:
    emu = Emulator(seed=3, candidates=80)
    db = tmp_path / "m.db"
    run_mirror(emu, db)
    with make_client(emu) as client:
        candidate = client.candidates.list(limit=5)[3]
        client.notes.create(candidate.id, "Mirror test note 7f3a")
    since = len(emu.requests)
    results = by_name(run_mirror(emu, db))
    assert _asked(emu, since, "candidate.listNotes", "candidateId") == [candidate.id]
    assert results["candidate_notes"].new == 1
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT candidate_id FROM candidate_notes WHERE data LIKE '%Mirror test note 7f3a%'"
        ).fetchone()
    assert row == (candidate.id,)


class CrashingChildren(SQLiteStore):
    """Fails its ``n``-th child write (which rolls back), like a process killed in the middle of a child list."""

    def __init__(self, path: Path, n: int) -> None:
        super().__init__(path)
        self.left = n

    def write_children(self, table: TableSpec, parents: Any, objects: Any, state: ListState, **kw: Any) -> PageResult:
        self.left -= 1
        if self.left == 0:
            raise RuntimeError("crash")
        return super().write_children(table, parents, objects, state, **kw)


@pytest.mark.parametrize("crash_at", [2, 5])
def test_a_child_list_stopped_half_way_resumes_where_it_stopped(tmp_path: Path, crash_at: int) -> None:
    emu = Emulator(seed=4, candidates=300)
    with pytest.raises(RuntimeError, match="crash"):
        run_mirror(emu, CrashingChildren(tmp_path / "m.db", crash_at), only=["applications", "application_history"])
    with SQLiteStore(tmp_path / "m.db") as store:
        left = store.count_pending("application_history")
        done = store.counts(TABLES["application_history"])
    assert left > 0 and done.total > 0
    since = len(emu.requests)
    result = by_name(run_mirror(emu, tmp_path / "m.db", only=["applications", "application_history"]))
    assert result["application_history"].strategy == f"every parent (resumed): {left:,}"
    assert len(_asked(emu, since, "application.listHistory", "applicationId")) == left  # only the rest
    names = ["applications", "application_history"]
    assert stored(tmp_path / "m.db", names) == served(emu, names)


def test_funnel_and_time_in_stage_views(tmp_path: Path) -> None:
    emu = Emulator(seed=5, candidates=120)
    db = tmp_path / "m.db"
    run_mirror(emu, db)
    with make_client(emu) as client:
        apps = [a for a in client.applications.list() if a.status == "Active"][:6]
    _move(emu, apps)
    run_mirror(emu, db)
    with sqlite3.connect(db) as conn:
        visits = conn.execute(
            "SELECT application_id, stage_id, is_current, seconds_in_stage FROM application_time_in_stage"
        ).fetchall()
        history = conn.execute(
            "SELECT application_id, stage_id, left_stage_at IS NULL FROM application_history WHERE NOT is_removed"
        ).fetchall()
        funnel = conn.execute(
            "SELECT job_id, stage_id, applications_reached, applications_now FROM application_funnel"
        ).fetchall()
        jobs = dict(conn.execute("SELECT id, job_id FROM applications"))
    assert sorted((a, s, c) for a, s, c, _ in visits) == sorted(history)
    assert all(seconds is not None and seconds >= 0 for *_, seconds in visits)
    moved = {a.id for a in apps}
    assert {a for a, _, current, _ in visits if not current} >= moved  # each moved one left a stage
    expected: dict[tuple[str, str], set[str]] = {}
    for app_id, stage_id, _ in history:
        expected.setdefault((jobs[app_id], stage_id), set()).add(app_id)
    assert {(j, s): n for j, s, n, _ in funnel} == {k: len(v) for k, v in expected.items()}
    assert sum(now for *_, now in funnel) == len({a for a, _, current in history if current})
