"""``ashby export``: a mirror's tables to files, a summary on stderr, and its one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .conftest import Served


def test_sync_then_export_every_format(served: Served, tmp_path: Path) -> None:
    db = str(tmp_path / "mirror.db")
    served.ok("sync", "--db", db, "--only", "candidates,jobs", "--rate-limit", "0")
    for fmt in ("jsonl", "csv", "parquet"):
        result = served.ok("export", "--db", db, "--format", fmt, "--out", str(tmp_path / fmt), "--only", "jobs")
        assert result.stdout == "" and f"jobs.{fmt}" in result.stderr  # the summary goes to stderr
    served.ok("export", "--db", db, "--out", str(tmp_path / "jsonl"), "--only", "candidates")
    lines = (tmp_path / "jsonl" / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines} == {c["id"] for c in served.emu.org["candidate"]}
    header = (tmp_path / "csv" / "jobs.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,") and header.endswith(",data")
    assert (tmp_path / "parquet" / "jobs.parquet").stat().st_size > 0


def test_csv_cells_are_safe_to_open_and_raw_keeps_them(served: Served, tmp_path: Path) -> None:
    candidate = served.first("candidate")
    name, candidate["name"] = candidate["name"], "@SUM(1+1)*cmd|' /C calc'!A0"
    try:
        db = str(tmp_path / "m.db")
        served.ok("sync", "--db", db, "--only", "candidates", "--rate-limit", "0")
    finally:
        candidate["name"] = name
    for option, expected in (([], "'@SUM"), (["--raw"], "@SUM")):
        out = tmp_path / ("raw" if option else "safe")
        served.ok("export", "--db", db, "--format", "csv", "--out", str(out), "--only", "candidates", *option)
        with (out / "candidates.csv").open(encoding="utf-8", newline="") as f:
            row = next(r for r in csv.DictReader(f) if r["id"] == candidate["id"])
        assert row["name"].startswith(expected)


def test_export_errors_are_one_line(served: Served, tmp_path: Path) -> None:
    missing = served.run("export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path))
    assert missing.exit_code == 2 and "ashby sync" in missing.stderr and len(missing.stderr.splitlines()) == 1
    directory = served.run("export", "--db", str(tmp_path), "--out", str(tmp_path / "out"))
    assert directory.exit_code == 2 and "is a directory" in directory.stderr and directory.stderr.count("\n") == 1
    db = str(tmp_path / "m.db")
    served.ok("sync", "--db", db, "--only", "sources", "--rate-limit", "0")
    bad = served.run("export", "--db", db, "--format", "xlsx", "--out", str(tmp_path))
    assert bad.exit_code == 2 and "jsonl, csv, parquet" in bad.stderr
