"""``query_mirror``: one read-only SQL statement over the mirror, with its schema in the tool's description.

Refused before running: anything but one ``SELECT`` (or ``WITH ... SELECT``)
statement. The connection itself cannot write either (see :mod:`._db`), so a
statement that slips past the text check still fails. Rows are capped and the
answer says when there were more; long cells are clipped.
"""

from __future__ import annotations

import datetime
import decimal
import re
from typing import Any

from ..sync.tables import TABLES
from ._backend import Call
from ._db import MirrorDB
from ._errors import ToolFailure
from ._mirror import sync_states

__all__ = ["check_statement", "query_mirror", "schema_description"]

_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)
_STRINGS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_WRITES = re.compile(
    r"\b(insert|update|delete|merge|upsert|create|drop|alter|truncate|attach|detach|pragma|vacuum|reindex|"
    r"grant|revoke|copy|call|do|set|reset|begin|commit|rollback|savepoint|release|lock|listen|notify|analyze|"
    r"cluster|refresh|comment|prepare|execute|deallocate|load|import)\b",
    re.I,
)
_CELL = 2_000


def check_statement(sql: str) -> str:
    """The statement without a trailing ``;`` when it is one read-only query; :class:`ToolFailure` otherwise."""
    bare = _STRINGS.sub("''", _COMMENTS.sub(" ", sql)).strip()
    if bare.endswith(";"):
        bare = bare[:-1].rstrip()
        sql = sql.rstrip().rstrip(";")
    if not bare:
        raise ToolFailure("give one SELECT statement")
    if ";" in bare:
        raise ToolFailure("one statement at a time: remove the ';' between statements")
    first = bare.split(None, 1)[0].lower()
    if first not in ("select", "with", "values"):
        raise ToolFailure(f"only SELECT (or WITH ... SELECT) runs here, not {first.upper()}: the mirror is read-only")
    found = _WRITES.search(bare)
    if found:
        raise ToolFailure(f"{found.group(0).upper()} is not allowed: only reading queries run here")
    return sql


def _cell(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} bytes>"
    if isinstance(value, str) and len(value) > _CELL:
        return value[: _CELL - 1] + "…"
    if isinstance(value, (dict, list)):
        import json

        text = json.dumps(value, separators=(",", ":"), default=str)
        return value if len(text) <= _CELL else text[: _CELL - 1] + "…"
    return value


def query_mirror(call: Call, db: MirrorDB, *, sql: str, max_rows: int | None) -> dict[str, Any]:
    """Run one read-only statement; columns and rows (at most ``max_rows``), and whether there were more."""
    cap = call.settings.sql_max_rows if max_rows is None else max_rows
    if not 1 <= cap <= call.settings.sql_max_rows:
        raise ToolFailure(f"max_rows must be between 1 and {call.settings.sql_max_rows}")
    statement = check_statement(sql)
    columns, rows = db.query(statement, None, timeout=call.settings.sql_timeout, max_rows=cap + 1)
    more = len(rows) > cap
    out = [[_cell(v) for v in row] for row in rows[:cap]]
    body: dict[str, Any] = {"columns": columns, "rows": out, "returned": len(out), "truncated": more}
    if more:
        body["hint"] = f"more than {cap} rows: add LIMIT/OFFSET, a WHERE, or aggregate"
    states = sync_states(db)
    used = [t for t in _tables_in(statement) if t in states] or list(states)  # none named: the mirror as a whole
    for name in used:
        call.provenance.tables[name] = states[name]["updated_at"]
    return body


def _tables_in(sql: str) -> list[str]:
    words = set(re.findall(r"[a-z_]+", sql.lower()))
    return sorted(t for t in TABLES if t in words)


def schema_description(dialect: str) -> str:
    """The mirror's tables, columns and views, for the tool's description (what a model needs to write SQL)."""
    lines = []
    for spec in TABLES.values():
        parent = f"{spec.parent}, " if spec.parent else ""
        lines.append(f"- {spec.name}(id, {parent}{', '.join(spec.column_names)})")
    json_hint = (
        "json_extract(data, '$.field') reads any field of the object"
        if dialect == "sqlite"
        else "data->>'field' reads any field of the object (data is JSONB)"
    )
    return (
        f"Tables ({'SQLite' if dialect == 'sqlite' else 'PostgreSQL'}), one per Ashby object type; every table "
        f"also has data (the object exactly as the API sent it: {json_hint}), is_removed (1/true once Ashby no "
        "longer lists it: add `NOT is_removed`), removed_at and seen_run. Times are ISO 8601 text in UTC.\n"
        + "\n".join(lines)
        + "\n- _sync_state(name, endpoint, phase, updated_at, full_at, ...): per table, when it was last synced."
        + "\n- candidate_merges(old_id, new_id, merged_at, seen_in)."
        + "\nViews: application_time_in_stage(application_id, job_id, stage_id, stage_title, stage_type, stage_order, "
        "entered_stage_at, left_stage_at, is_current, seconds_in_stage); application_funnel(job_id, stage_id, "
        "stage_title, stage_order, applications_reached, applications_now, avg_days_in_stage)."
        + "\nJoins: applications.candidate_id = candidates.id, applications.job_id = jobs.id, "
        "applications.current_stage_id = interview_stages.id, application_feedback.application_id, "
        "application_history.application_id, interview_schedules.application_id, "
        "interview_events.interview_schedule_id, offers.application_id, candidate_notes.candidate_id."
    )
