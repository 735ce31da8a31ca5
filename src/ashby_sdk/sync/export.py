"""Exports of a mirror: one file per object type, as JSON Lines, CSV or Parquet.

- ``jsonl``: one object per line, exactly as the API sent it (the ``data`` column).
- ``csv``: ``id``, the table's typed columns, ``is_removed`` and ``data`` (the object as JSON text),
  so a spreadsheet gets the useful columns and nothing is lost.
- ``parquet`` (the ``parquet`` extra, pyarrow): the same columns, typed (strings, 64-bit
  integers, booleans, doubles).

Rows marked removed are left out unless ``include_removed``. Each file is written
to a temporary name and renamed when complete, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

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


def _write_csv(path: Path, spec: TableSpec, objects: Mapping[str, Mapping[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["id", *spec.column_names, "data"])
        writer.writeheader()
        writer.writerows(_records(spec, objects))


def _write_parquet(path: Path, spec: TableSpec, objects: Mapping[str, Mapping[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise AshbyConfigError("Parquet export needs pyarrow: pip install 'ashby-sdk[parquet]'") from exc
    kinds = {"text": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "real": pa.float64()}
    fields = [pa.field("id", pa.string(), nullable=False)]
    fields += [pa.field(c.name, kinds[c.type]) for c in spec.columns]
    if spec.archived is not None:
        fields.append(pa.field("is_archived", pa.bool_()))
    fields.append(pa.field("data", pa.string(), nullable=False))
    schema = pa.schema(fields)
    records = list(_records(spec, objects))
    for record in records:
        for column in spec.columns:
            if column.type == "boolean" and record[column.name] is not None:
                record[column.name] = bool(record[column.name])
        if spec.archived is not None:
            record["is_archived"] = bool(record["is_archived"])
    pq.write_table(pa.Table.from_pylist(records, schema=schema), path)


def export_store(
    store: Store,
    out_dir: str | Path,
    fmt: str,
    *,
    tables: Iterable[str] | None = None,
    include_removed: bool = False,
) -> list[ExportedTable]:
    """Write each table of an (open) store to ``out_dir/<table>.<fmt>``; return what was written.

    Raises :class:`AshbyConfigError` for an unknown format or table name.
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
        if fmt == "jsonl":
            _write_jsonl(partial, objects)
        elif fmt == "csv":
            _write_csv(partial, spec, objects)
        else:
            _write_parquet(partial, spec, objects)
        os.replace(partial, path)
        written.append(ExportedTable(name, path, len(objects)))
    return written
