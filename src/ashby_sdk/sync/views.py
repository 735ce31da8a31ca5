"""SQL views over the mirror for analysts: time in stage and the hiring funnel (SQLite and PostgreSQL).

Both read ``application_history`` (``application.listHistory``, one row per
stage an application entered), joined to ``applications`` and
``interview_stages``; removed rows are left out. See ``docs/mirror.md``.

- ``application_time_in_stage``: one row per stage visit: ``application_id``,
  ``job_id``, ``stage_id``, ``stage_title``, ``stage_type``, ``stage_order``,
  ``entered_stage_at``, ``left_stage_at`` (``NULL`` while still there),
  ``is_current``, ``seconds_in_stage`` (up to now for the current stage).
- ``application_funnel``: per job and stage: ``applications_reached`` (entered
  the stage at least once), ``applications_now`` (there now) and
  ``avg_days_in_stage`` (over finished visits).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["VIEW_TABLES", "view_statements"]

VIEW_TABLES = frozenset({"application_history", "applications", "interview_stages"})
"""The tables the views read: they are created once all three exist."""

_SECONDS = {
    "sqlite": (
        "(julianday(COALESCE(h.left_stage_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) "
        "- julianday(h.entered_stage_at)) * 86400.0"
    ),
    "postgres": (
        "EXTRACT(EPOCH FROM (COALESCE(h.left_stage_at::timestamptz, now()) - h.entered_stage_at::timestamptz))::numeric"
    ),
}

_TIME_IN_STAGE = """SELECT h.application_id, a.job_id, h.stage_id, s.title AS stage_title, s.type AS stage_type,
    s.order_in_interview_plan AS stage_order, h.entered_stage_at, h.left_stage_at,
    (h.left_stage_at IS NULL) AS is_current, {seconds} AS seconds_in_stage
FROM application_history h
JOIN applications a ON a.id = h.application_id AND NOT a.is_removed
LEFT JOIN interview_stages s ON s.id = h.stage_id
WHERE NOT h.is_removed"""

_FUNNEL = """SELECT job_id, stage_id, stage_title, stage_order,
    COUNT(DISTINCT application_id) AS applications_reached,
    COUNT(DISTINCT CASE WHEN is_current THEN application_id END) AS applications_now,
    AVG(CASE WHEN NOT is_current THEN seconds_in_stage END) / 86400.0 AS avg_days_in_stage
FROM application_time_in_stage
GROUP BY job_id, stage_id, stage_title, stage_order"""


def view_statements(dialect: str, tables: Iterable[str]) -> list[str]:
    """The ``CREATE VIEW`` statements for ``dialect`` (``sqlite``/``postgres``), when ``tables`` has what they read."""
    if dialect not in _SECONDS or not set(tables) >= VIEW_TABLES:
        return []
    time_in_stage = _TIME_IN_STAGE.format(seconds=_SECONDS[dialect])
    if dialect == "postgres":  # replaced in place: views of your own built on these keep working
        return [
            f"CREATE OR REPLACE VIEW application_time_in_stage AS {time_in_stage}",
            f"CREATE OR REPLACE VIEW application_funnel AS {_FUNNEL}",
        ]
    # SQLite has no CREATE OR REPLACE VIEW: dropped and made again, so a newer version's definition wins.
    return [
        "DROP VIEW IF EXISTS application_funnel",
        "DROP VIEW IF EXISTS application_time_in_stage",
        f"CREATE VIEW application_time_in_stage AS {time_in_stage}",
        f"CREATE VIEW application_funnel AS {_FUNNEL}",
    ]
