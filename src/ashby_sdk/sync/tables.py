"""The store's tables: one per object type, with the typed columns pulled out of each object.

Every table has ``id`` (primary key), ``data`` (the object as the API sent it,
as JSON text), the typed columns below, ``is_removed``/``removed_at`` (the
object is gone from the API) and ``seen_run`` (the last full listing that saw
it). A column is a name, a SQL-ish type and a path into the object; a store
maps the types to its own (see ``docs/mirror.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["TABLES", "Column", "ColumnType", "Equals", "TableSpec", "Truthy", "table"]

ColumnType = Literal["text", "integer", "boolean", "real"]

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]+")


def _json_path(keys: tuple[str, ...]) -> str | None:
    """``keys`` as an SQL string literal holding a JSON path for SQLite's json functions (``'$."a"."b"'``).

    ``None`` when a key is not plain letters, digits and underscores: SQLite's
    path syntax has no escape for a quote, so such a key is read in Python only.
    """
    if not keys or not all(_PLAIN_KEY.fullmatch(k) for k in keys):
        return None
    return "'$" + "".join(f'."{k}"' for k in keys) + "'"


def _truthy_sql(data: str, path: str) -> str:
    # Python's bool() of the JSON value at path, for a value that is there and not null; NULL otherwise.
    kind, value = f"json_type({data}, {path})", f"json_extract({data}, {path})"
    return (
        f"CASE {kind} WHEN 'true' THEN 1 WHEN 'false' THEN 0 WHEN 'integer' THEN {value} <> 0 "
        f"WHEN 'real' THEN {value} <> 0 WHEN 'text' THEN {value} <> '' "
        f"WHEN 'array' THEN json_array_length({data}, {path}) > 0 WHEN 'object' THEN {value} <> '{{}}' END"
    )


@dataclass(frozen=True)
class Column:
    """A typed column, read from the object at ``path`` (keys of nested objects)."""

    name: str
    type: ColumnType
    path: tuple[str, ...]

    def extract(self, obj: Mapping[str, Any]) -> Any:
        value: Any = obj
        for key in self.path:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        if isinstance(value, (dict, list)):
            return None
        if self.type == "boolean":
            return None if value is None else int(bool(value))
        if self.type == "integer" and not isinstance(value, int):
            return None
        return value

    def sql(self, data: str) -> str | None:
        """An SQLite expression giving what :meth:`extract` gives, read from the JSON text ``data`` (an SQL
        expression) by SQLite's json functions; ``None`` when a key of the path cannot be written as one."""
        path = _json_path(self.path)
        if path is None:
            return None
        kind, value = f"json_type({data}, {path})", f"json_extract({data}, {path})"
        if self.type == "boolean":  # objects and arrays are NULL, as for every type
            return f"CASE WHEN {kind} IN ('object', 'array') THEN NULL ELSE {_truthy_sql(data, path)} END"
        if self.type == "integer":  # Python's bool is an int: true and false are kept (as 1 and 0)
            return f"CASE {kind} WHEN 'integer' THEN {value} WHEN 'true' THEN 1 WHEN 'false' THEN 0 END"
        return f"CASE WHEN {kind} IN ('object', 'array') THEN NULL ELSE {value} END"


@dataclass(frozen=True)
class Truthy:
    """An archived rule: the object's ``key`` is truthy, as Python's ``bool()`` says (``isArchived``)."""

    key: str

    def __call__(self, obj: Mapping[str, Any]) -> bool:
        return bool(obj.get(self.key))

    def sql(self, data: str) -> str | None:
        """The rule as an SQLite expression over the JSON text ``data`` (0 or 1); see :meth:`Column.sql`."""
        path = _json_path((self.key,))
        return None if path is None else f"COALESCE({_truthy_sql(data, path)}, 0)"


@dataclass(frozen=True)
class Equals:
    """An archived rule: the object's ``key`` is the string ``value`` (``status == "Archived"``)."""

    key: str
    value: str

    def __call__(self, obj: Mapping[str, Any]) -> bool:
        return bool(obj.get(self.key) == self.value)

    def sql(self, data: str) -> str | None:
        """The rule as an SQLite expression over the JSON text ``data`` (0 or 1); see :meth:`Column.sql`."""
        path = _json_path((self.key,))
        if path is None:
            return None
        literal = "'" + self.value.replace("'", "''") + "'"
        return f"COALESCE(json_type({data}, {path}) = 'text' AND json_extract({data}, {path}) = {literal}, 0)"


@dataclass(frozen=True)
class TableSpec:
    """One object type's table: its name, typed columns and what makes a row archived."""

    name: str
    columns: tuple[Column, ...]
    archived: Callable[[Mapping[str, Any]], bool] | None = None
    """Whether an object is archived (still listed by the API, but closed); ``None``: the type never is.
    A rule with an ``sql(data)`` method too (:class:`Truthy`, :class:`Equals`) lets SQLite compute it."""
    parent: str | None = None
    """For a child list's table (notes of a candidate...): the column holding the parent's id, which
    the API does not always put in the object (the mirror fills it)."""

    def row(self, obj: Mapping[str, Any]) -> tuple[Any, ...]:
        """The typed columns' values for ``obj``, in column order (``is_archived`` last when the type has it)."""
        values = tuple(c.extract(obj) for c in self.columns)
        if self.archived is not None:
            values += (int(self.archived(obj)),)
        return values

    def sql_row(self, data: str) -> list[str] | None:
        """SQLite expressions for :meth:`row`'s values, read from the JSON text ``data`` (an SQL expression);
        ``None`` when a column or the archived rule has none (a rule that is a plain function)."""
        exprs = [c.sql(data) for c in self.columns]
        if self.archived is not None:
            rule = getattr(self.archived, "sql", None)
            exprs.append(rule(data) if callable(rule) else None)
        return None if any(e is None for e in exprs) else [e for e in exprs if e is not None]

    @property
    def column_names(self) -> tuple[str, ...]:
        names = tuple(c.name for c in self.columns)
        return (*names, "is_archived") if self.archived is not None else names


def _col(spec: str) -> Column:
    # "name:type=path.to.field"; the path defaults to the camelCase of the name.
    name, _, rest = spec.partition(":")
    kind, _, path = rest.partition("=")
    if not path:
        head, *tail = name.split("_")
        path = head + "".join(w.title() for w in tail)
    return Column(name, kind or "text", tuple(path.split(".")))  # type: ignore[arg-type]


_flag = Truthy("isArchived")
_status_archived = Equals("status", "Archived")


def table(
    name: str, *columns: str, archived: Callable[[Mapping[str, Any]], bool] | None = None, parent: str | None = None
) -> TableSpec:
    """A :class:`TableSpec` from column specs ``"name:type=path"`` (type ``text`` and camelCase path by default)."""
    return TableSpec(name, tuple(_col(c) for c in columns), archived, parent)


_TS = ("created_at", "updated_at")

TABLES: dict[str, TableSpec] = {
    t.name: t
    for t in (
        table(
            "candidates",
            "name",
            "primary_email:=primaryEmailAddress.value",
            "primary_phone:=primaryPhoneNumber.value",
            "position",
            "company",
            "source_id:=source.id",
            *_TS,
        ),
        table(
            "applications",
            "candidate_id:=candidate.id",
            "job_id:=job.id",
            "status",
            "current_stage_id:=currentInterviewStage.id",
            "source_id:=source.id",
            "archive_reason_id:=archiveReason.id",
            *_TS,
            "archived_at",
            archived=_status_archived,
        ),
        table(
            "application_feedback",
            "application_id",
            "feedback_form_definition_id",
            "submitted_by_user_id:=submittedByUser.id",
            "submitted_at",
        ),
        table(
            "jobs",
            "title",
            "status",
            "employment_type",
            "department_id",
            "location_id",
            "default_interview_plan_id",
            "confidential:boolean",
            *_TS,
            "opened_at",
            "closed_at",
            archived=_status_archived,
        ),
        table("job_postings", "title", "job_id", "department_name", "location_name", "is_listed:boolean"),
        table("job_templates", "title", "status", "department_id", "location_id", *_TS),
        table("job_boards", "title", "is_internal:boolean"),
        table(
            "openings",
            "identifier:=latestVersion.identifier",
            "opening_state",
            "opened_at",
            "closed_at",
            "archived_at",
            archived=_flag,
        ),
        table("interview_plans", "title", archived=_flag),
        table(
            "interview_stages",
            "title",
            "type",
            "interview_plan_id",
            "order_in_interview_plan:integer",
            "interview_stage_group_id",
        ),
        table("interview_stage_groups", "title", "stage_type", "sort_order:integer=order"),
        table("interviews", "title", "job_id", "feedback_form_definition_id", "is_debrief:boolean", archived=_flag),
        table("interview_schedules", "application_id", "interview_stage_id", "status", *_TS),
        table("interviewer_pools", "title", archived=_flag),
        table("offers", "application_id", "offer_status", "acceptance_status", "decided_at"),
        table("approvals", "entity_type", "entity_id", "approval_definition_id", "created_at", "completed_at"),
        table("projects", "title", "created_at", archived=_flag),
        table("survey_submissions", "survey_type", "candidate_id", "application_id", "submitted_at"),
        table("survey_requests", "survey_type", "candidate_id", "application_id", "created_at"),
        table("survey_form_definitions", "title", archived=_flag),
        table("feedback_form_definitions", "title", "is_default_form:boolean", archived=_flag),
        table("users", "first_name", "last_name", "email", "global_role", "is_enabled:boolean", "updated_at"),
        table("departments", "name", "parent_id", *_TS, archived=_flag),
        table("locations", "name", "type", "parent_location_id", "is_remote:boolean", archived=_flag),
        table("candidate_tags", "title", archived=_flag),
        table("custom_fields", "title", "object_type", "field_type", archived=_flag),
        table("sources", "title", "source_type:=sourceType.title", archived=_flag),
        table("archive_reasons", "text", "reason_type", archived=_flag),
        table("close_reasons", "reason_text", archived=_flag),
        table("hiring_team_roles", "title"),
        table("application_hiring_team_roles", "title"),
        table("brands", "name"),
        table("communication_templates", "title", *_TS),
        table("source_tracking_links", "code", "source_id", "link", "enabled:boolean"),
        # Child lists: one request per parent that changed.
        table(
            "application_history",
            "stage_id",
            "title",
            "entered_stage_at",
            "left_stage_at",
            "stage_number:integer",
            "actor_id",
            parent="application_id",
        ),
        table("candidate_notes", "created_at", "is_private:boolean", "author_id:=author.id", parent="candidate_id"),
        table(
            "interview_events",
            "interview_id",
            "start_time",
            "end_time",
            "created_at",
            "updated_at",
            "has_submitted_feedback:boolean",
            parent="interview_schedule_id",
        ),
    )
}
