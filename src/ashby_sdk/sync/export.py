"""Exports of a mirror: one file per object type, as JSON Lines, CSV or Parquet.

- ``jsonl``: one object per line, exactly as the API sent it (the ``data`` column).
- ``csv``: ``id``, the table's typed columns (``is_archived`` where the type has it) and
  ``data`` (the object as JSON text), so a spreadsheet gets the useful columns and nothing
  is lost. Text cells a spreadsheet would run as a formula (starting with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return) get a leading ``'`` (:mod:`ashby_sdk._csv`,
  after OWASP's CSV Injection guidance); ``raw=True`` writes them unchanged.
- ``parquet`` (the ``parquet`` extra, pyarrow): the same columns, typed: timestamps
  (the ``*_at`` columns, ISO 8601 from Ashby) as ``timestamp[ms, UTC]``, booleans as
  booleans, integers as int64, reals as doubles, the rest as strings. A ``*_at``
  column holding a value that is not an ISO timestamp stays a string column, so no
  value is ever lost.

Rows marked removed are left out unless ``include_removed``. Each file is written
to a temporary name and renamed when complete, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from .._csv import neutralise
from .._exceptions import AshbyConfigError
from .store import Store
from .tables import TABLES, TableSpec

__all__ = ["FORMATS", "ExportFormat", "ExportedTable", "export_store"]

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")


@dataclass(frozen=True)
class ExportedTable:
    """One written file: which table, where, and how many rows."""

    table: str
    path: Path
    rows: int


def _dumps(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _records(spec: TableSpec, objects: Mapping[str, Mapping[str, Any]]) -> Iterable[dict[str, Any]]:
    for obj_id, obj in objects.items():
        row = dict(zip(spec.column_names, spec.row(obj), strict=True))
        yield {"id": obj_id, **row, "data": _dumps(obj)}


def _write_jsonl(path: Path, objects: Mapping[str, Mapping[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for obj in objects.values():
            out.write(_dumps(obj) + "\n")


def _write_csv(path: Path, spec: TableSpec, objects: Mapping[str, Mapping[str, Any]], *, raw: bool) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["id", *spec.column_names, "data"])
        writer.writeheader()
        for record in _records(spec, objects):
            writer.writerow(record if raw else {k: neutralise(v) for k, v in record.items()})


def _timestamp(value: Any) -> datetime | None:
    """An ISO 8601 text as an aware UTC datetime (``None`` stays ``None``); ``ValueError`` when it is not one."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    moment = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _as_timestamps(records: list[dict[str, Any]], name: str) -> bool:
    """Turn column ``name`` of every record into datetimes; ``False`` (records untouched) if one value is not one."""
    try:
        parsed = [_timestamp(r[name]) for r in records]
    except ValueError:
        return False
    for record, value in zip(records, parsed, strict=True):
        record[name] = value
    return True


def _write_parquet(path: Path, spec: TableSpec, objects: Mapping[str, Mapping[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise AshbyConfigError("Parquet export needs pyarrow: pip install 'ashby-sdk[parquet]'") from exc
    kinds = {"text": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "real": pa.float64()}
    records = list(_records(spec, objects))
    for record in records:
        for column in spec.columns:
            if column.type == "boolean" and record[column.name] is not None:
                record[column.name] = bool(record[column.name])
        if spec.archived is not None:
            record["is_archived"] = bool(record["is_archived"])
    fields = [pa.field("id", pa.string(), nullable=False)]
    for column in spec.columns:
        kind = kinds[column.type]
        if column.type == "text" and column.name.endswith("_at") and _as_timestamps(records, column.name):
            kind = pa.timestamp("ms", tz="UTC")
        fields.append(pa.field(column.name, kind))
    if spec.archived is not None:
        fields.append(pa.field("is_archived", pa.bool_()))
    fields.append(pa.field("data", pa.string(), nullable=False))
    pq.write_table(pa.Table.from_pylist(records, schema=pa.schema(fields)), path)


def export_store(
    store: Store,
    out_dir: str | Path,
    fmt: str,
    *,
    tables: Iterable[str] | None = None,
    include_removed: bool = False,
    raw: bool = False,
) -> list[ExportedTable]:
    """Write each table of an (open) store to ``out_dir/<table>.<fmt>``; return what was written.

    ``raw`` writes CSV cells unchanged instead of making formulas inert (for tools that are not
    spreadsheets). Raises :class:`AshbyConfigError` for an unknown format or table name.
    """
    if fmt not in FORMATS:
        raise AshbyConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    names = list(TABLES) if tables is None else list(tables)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise AshbyConfigError(f"unknown table(s) {', '.join(unknown)}: known are {', '.join(TABLES)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[ExportedTable] = []
    for name in names:
        spec = TABLES[name]
        objects = store.objects(spec, include_removed=include_removed)
        path = out / f"{name}.{fmt}"
        partial = path.with_name(f".{path.name}.partial")
        try:
            if fmt == "jsonl":
                _write_jsonl(partial, objects)
            elif fmt == "csv":
                _write_csv(partial, spec, objects, raw=raw)
            else:
                _write_parquet(partial, spec, objects)
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        written.append(ExportedTable(name, path, len(objects)))
    return written
