"""Answers from the mirror: SQL over the tables ``ashby sync`` keeps, the rest handed to the live API.

A table counts as mirrored once a sync has completed a listing of it
(``_sync_state``); a question about a table that is not (``ashby sync --only``
left it out, or its first sync is under way) goes to the live reader when the
server has a key, and says so. An object looked up by id that the mirror does
not hold (created since the last sync) is asked live the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import msgspec

from ._db import MirrorDB
from ._errors import ToolFailure
from ._live import LiveReader, offer_time
from ._reader import LOOKUPS, Obj, Provenance, Reader

__all__ = ["MirrorReader", "sync_states"]

_CHUNK = 500
_decode = msgspec.json.Decoder().decode


def sync_states(db: MirrorDB) -> dict[str, dict[str, str]]:
    """Per mirrored table: ``phase``, ``updated_at`` (last write) and ``full_at`` from ``_sync_state``."""
    _, rows = db.query("SELECT name, phase, updated_at, full_at FROM _sync_state")
    return {r[0]: {"phase": r[1] or "", "updated_at": r[2] or "", "full_at": r[3] or ""} for r in rows}


def _data(value: Any) -> Obj:
    if isinstance(value, (str, bytes)):
        decoded: Obj = _decode(value)
        return decoded
    return dict(value)  # PostgreSQL's JSONB arrives decoded


class MirrorReader(Reader):
    """A :class:`Reader` over a mirror, falling back to ``live`` (``None``: no key, no fallback)."""

    def __init__(self, db: MirrorDB, live: LiveReader | None) -> None:
        self.db = db
        self.provenance = live.provenance if live is not None else Provenance()
        self.live = live
        self._states = sync_states(db)

    # -- plumbing ---------------------------------------------------------------------------------

    def _has(self, table: str) -> bool:
        state = self._states.get(table)
        return state is not None and (state["phase"] == "idle" or bool(state["full_at"]))

    def _use(self, table: str) -> None:
        state = self._states[table]
        self.provenance.tables[table] = state["updated_at"]
        if state["phase"] != "idle":
            self.provenance.syncing.add(table)

    def _fallback(self, table: str) -> LiveReader:
        if self.live is None:
            raise ToolFailure(
                f"the mirror has no {table} (not synced yet, or left out by `ashby sync --only`) and the server "
                "has no API key to ask Ashby: run `ashby sync` for it, or give the server a key"
            )
        self.provenance.note(f"the mirror has no {table}: that part was asked from the live API")
        return self.live

    def _rows(self, table: str, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self._use(table)
        return self.db.query(sql, params)[1]

    def _objects(self, table: str, sql: str, params: Sequence[Any] = ()) -> Iterator[Obj]:
        for row in self._rows(table, sql, params):
            yield _data(row[0])

    def _by_parent(self, table: str, parent: str, ids: Sequence[str], order: str) -> dict[str, list[Obj]]:
        out: dict[str, list[Obj]] = {i: [] for i in ids}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT data, {parent} FROM {table} WHERE NOT is_removed AND {parent} IN ({marks}) ORDER BY {order}"
            for row in self._rows(table, sql, chunk):
                out.setdefault(row[1], []).append(_data(row[0]))
        return out

    def _one(self, table: str, obj_id: str, live: str) -> Obj | None:
        if not self._has(table):
            found: Obj | None = getattr(self._fallback(table), live)(obj_id)
            return found
        rows = self._rows(table, f"SELECT data FROM {table} WHERE id = ? AND NOT is_removed", (obj_id,))
        if rows:
            return _data(rows[0][0])
        if self.live is None:
            return None
        found = getattr(self.live, live)(obj_id)
        if found is not None:
            self.provenance.note(f"{obj_id} is newer than the mirror's last sync: it was read from the live API")
        return found

    @property
    def _text(self) -> str:
        return "data::text" if self.db.dialect == "postgres" else "data"

    # -- the questions ----------------------------------------------------------------------------

    def candidate(self, candidate_id: str) -> Obj | None:
        return self._one("candidates", candidate_id, "candidate")

    def candidates(
        self, *, name: str | None = None, email: str | None = None, hint: str | None = None
    ) -> Iterator[Obj]:
        if not self._has("candidates"):
            yield from self._fallback("candidates").candidates(name=name, email=email, hint=hint)
            return
        where, params = ["NOT is_removed"], []
        if name:
            where.append("lower(name) LIKE ?")
            params.append(f"%{name.casefold()}%")
        if email:
            where.append(f"lower({self._text}) LIKE ?")
            params.append(f"%{email.casefold()}%")
        if hint:
            where.append(f"{self._text} LIKE ?")
            params.append(f"%{hint}%")
        sql = f"SELECT data FROM candidates WHERE {' AND '.join(where)} ORDER BY lower(name), id"
        yield from self._objects("candidates", sql, params)

    def application(self, application_id: str) -> Obj | None:
        found = self._one("applications", application_id, "application")
        return None if found is None else self._current_names([found])[0]

    def _current_names(self, apps: list[Obj]) -> list[Obj]:
        # An application keeps a copy of its candidate's name as of its own last change: take the current one.
        if not apps or not self._has("candidates"):
            return apps
        ids = sorted({str(i) for i in ((a.get("candidate") or {}).get("id") for a in apps) if i})
        names: dict[str, str] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            sql = f"SELECT id, name FROM candidates WHERE id IN ({', '.join('?' * len(chunk))})"
            names.update({r[0]: r[1] for r in self._rows("candidates", sql, chunk)})
        for app in apps:
            candidate = app.get("candidate")
            if isinstance(candidate, dict) and candidate.get("id") in names:
                candidate["name"] = names[candidate["id"]]
        return apps

    def applications(
        self,
        *,
        job_id: str | None = None,
        candidate_id: str | None = None,
        status: str | None = None,
        stage_ids: Sequence[str] | None = None,
    ) -> Iterator[Obj]:
        if not self._has("applications"):
            live = self._fallback("applications")
            yield from live.applications(job_id=job_id, candidate_id=candidate_id, status=status, stage_ids=stage_ids)
            return
        where, params = ["NOT is_removed"], []
        for column, value in (("job_id", job_id), ("candidate_id", candidate_id), ("status", status)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if stage_ids is not None:
            if not stage_ids:
                return
            where.append(f"current_stage_id IN ({', '.join('?' * len(stage_ids))})")
            params.extend(stage_ids)
        sql = f"SELECT data FROM applications WHERE {' AND '.join(where)} ORDER BY created_at, id"
        apps = list(self._objects("applications", sql, params))
        yield from self._current_names(apps)

    def job(self, job_id: str) -> Obj | None:
        return self._one("jobs", job_id, "job")

    def jobs(self, *, status: str | None = None) -> list[Obj]:
        if not self._has("jobs"):
            return self._fallback("jobs").jobs(status=status)
        where, params = "NOT is_removed", []
        if status:
            where += " AND status = ?"
            params.append(status)
        return list(self._objects("jobs", f"SELECT data FROM jobs WHERE {where} ORDER BY lower(title), id", params))

    def stages(self, plan_id: str) -> list[Obj]:
        if not self._has("interview_stages"):
            return self._fallback("interview_stages").stages(plan_id)
        sql = (
            "SELECT data FROM interview_stages WHERE NOT is_removed AND interview_plan_id = ? "
            "ORDER BY order_in_interview_plan, id"
        )
        found = list(self._objects("interview_stages", sql, (plan_id,)))
        return found if found or self.live is None else self.live.stages(plan_id)

    def history(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        if not self._has("application_history"):
            return self._fallback("application_history").history(application_ids)
        return self._by_parent(
            "application_history", "application_id", application_ids, "stage_number, entered_stage_at"
        )

    def feedback(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        if not self._has("application_feedback"):
            return self._fallback("application_feedback").feedback(application_ids)
        return self._by_parent("application_feedback", "application_id", application_ids, "submitted_at, id")

    def notes(self, candidate_id: str) -> list[Obj]:
        if not self._has("candidate_notes"):
            return self._fallback("candidate_notes").notes(candidate_id)
        sql = "SELECT data FROM candidate_notes WHERE NOT is_removed AND candidate_id = ? ORDER BY created_at DESC, id"
        return list(self._objects("candidate_notes", sql, (candidate_id,)))

    def schedules(self, application_ids: Sequence[str]) -> dict[str, list[Obj]]:
        if not self._has("interview_schedules"):
            return self._fallback("interview_schedules").schedules(application_ids)
        out = self._by_parent("interview_schedules", "application_id", application_ids, "created_at, id")
        if self._has("interview_events"):  # the events' own listing, newer than the copies inside schedules
            ids = [s["id"] for found in out.values() for s in found if s.get("id")]
            events = self._by_parent("interview_events", "interview_schedule_id", ids, "start_time, id")
            for found in out.values():
                for schedule in found:
                    if events.get(schedule.get("id", "")):
                        schedule["interviewEvents"] = events[schedule["id"]]
        return out

    def events(self, *, start_after: str, start_before: str | None) -> Iterator[tuple[Obj, Obj | None]]:
        if not self._has("interview_events"):
            if not self._has("interview_schedules"):
                yield from self._fallback("interview_schedules").events(
                    start_after=start_after, start_before=start_before
                )
                return
            found = []
            for schedule in self._objects(
                "interview_schedules", "SELECT data FROM interview_schedules WHERE NOT is_removed"
            ):
                for event in schedule.get("interviewEvents") or []:
                    start = event.get("startTime") or ""
                    if start >= start_after and (start_before is None or start < start_before):
                        found.append((event, schedule))
            yield from sorted(found, key=lambda pair: (pair[0].get("startTime") or "", pair[0].get("id") or ""))
            return
        where, params = "NOT e.is_removed AND e.start_time >= ?", [start_after]
        if start_before is not None:
            where += " AND e.start_time < ?"
            params.append(start_before)
        join = self._has("interview_schedules")
        sql = (
            f"SELECT e.data, {'s.data' if join else 'NULL'} FROM interview_events e "
            + ("LEFT JOIN interview_schedules s ON s.id = e.interview_schedule_id " if join else "")
            + f"WHERE {where} ORDER BY e.start_time, e.id"
        )
        if join:
            self._use("interview_schedules")
        for row in self._rows("interview_events", sql, params):
            yield _data(row[0]), (None if row[1] is None else _data(row[1]))

    def offers(self, *, application_ids: Sequence[str] | None = None) -> Iterator[Obj]:
        if not self._has("offers"):
            yield from self._fallback("offers").offers(application_ids=application_ids)
            return
        if application_ids is not None:
            groups = self._by_parent("offers", "application_id", application_ids, "id").values()
            found = [offer for group in groups for offer in group]
        else:
            found = list(self._objects("offers", "SELECT data FROM offers WHERE NOT is_removed"))
        yield from sorted(found, key=offer_time, reverse=True)

    def lookup(self, kind: str) -> list[Obj]:
        table = LOOKUPS[kind][0]
        if not self._has(table):
            return self._fallback(table).lookup(kind)
        return list(self._objects(table, f"SELECT data FROM {table} WHERE NOT is_removed ORDER BY id"))

    def funnel(self, job_id: str) -> list[Obj] | None:
        if not all(self._has(t) for t in ("application_history", "applications", "interview_stages")):
            return None
        _, rows = self.db.query(
            "SELECT stage_id, stage_title, stage_order, applications_reached, applications_now, avg_days_in_stage "
            "FROM application_funnel WHERE job_id = ? ORDER BY stage_order",
            (job_id,),
        )
        for table in ("application_history", "applications", "interview_stages"):
            self._use(table)
        keys = ("stage_id", "title", "order", "reached", "now", "avg_days")
        return [dict(zip(keys, row, strict=True)) for row in rows]
