"""``ashby export``: a mirror's tables to files, and its one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Served


def test_sync_then_export_every_format(served: Served, tmp_path: Path) -> None:
    db = str(tmp_path / "mirror.db")
    served.ok("sync", "--db", db, "--only", "candidates,jobs", "--rate-limit", "0")
    for fmt in ("jsonl", "csv", "parquet"):
        served.ok("export", "--db", db, "--format", fmt, "--out", str(tmp_path / fmt), "--only", "candidates,jobs")
    lines = (tmp_path / "jsonl" / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines} == {c["id"] for c in served.emu.org["candidates"]}
    header = (tmp_path / "csv" / "jobs.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,") and header.endswith(",data")
    assert (tmp_path / "parquet" / "candidates.parquet").stat().st_size > 0


def test_export_errors_are_one_line(served: Served, tmp_path: Path) -> None:
    missing = served.run("export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path))
    assert missing.exit_code == 2 and "ashby sync" in missing.stderr and len(missing.stderr.splitlines()) == 1
    db = str(tmp_path / "m.db")
    served.ok("sync", "--db", db, "--only", "sources", "--rate-limit", "0")
    bad = served.run("export", "--db", db, "--format", "xlsx", "--out", str(tmp_path))
    assert bad.exit_code == 2 and "jsonl, csv, parquet" in bad.stderr
