"""Output for people and for pipes: tsv when piped, csv made safe, json/jsonl exact, --fields everywhere."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

from ashby_sdk.cli.output import fit_widths

from .conftest import Served


@pytest.fixture
def formula_candidate(served: Served) -> Iterator[dict[str, str]]:
    """A candidate whose name a spreadsheet would run as a formula (restored afterwards)."""
    candidate = served.first("candidate")
    name, candidate["name"] = candidate["name"], '=HYPERLINK("http://evil.invalid","x")'
    yield candidate
    candidate["name"] = name


def test_piped_lists_are_tab_separated_rows_with_every_column(served: Served) -> None:
    out = served.ok("candidates", "list", "-n", "3").stdout
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == 3 and all(len(row) == 5 for row in rows)  # id name email phone tags, no header
    first = next(iter(served.emu.org["candidate"]))
    assert rows[0][:3] == [first["id"], first["name"], first["primaryEmailAddress"]["value"]]
    assert "│" not in out and "━" not in out


def test_fields_choose_columns_by_name_or_path(served: Served) -> None:
    first = next(iter(served.emu.org["candidate"]))
    out = served.ok("candidates", "list", "-n", "1", "--fields", "name,primaryEmailAddress.value,createdAt").stdout
    assert out == f"{first['name']}\t{first['primaryEmailAddress']['value']}\t{first['createdAt']}\n"
    picked = json.loads(served.ok("candidates", "list", "-n", "2", "--json", "--fields", "id,email").stdout)
    assert list(picked[0]) == ["id", "email"] and picked[0]["email"] == first["primaryEmailAddress"]
    note = served.ok("candidates", "list", "-n", "1", "--fields", "id,nosuchfield").stderr
    assert "no object printed has nosuchfield" in note


def test_csv_has_a_header_and_neutralises_formulas(served: Served, formula_candidate: dict[str, str]) -> None:
    out = served.ok("candidates", "search", "--name", formula_candidate["name"], "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", "name", "email", "phone", "tags"]
    assert rows[1][1] == "'" + formula_candidate["name"]  # opens as text in a spreadsheet
    raw = served.ok("candidates", "search", "--name", formula_candidate["name"], "--format", "jsonl").stdout
    assert json.loads(raw)["name"] == formula_candidate["name"]  # JSON keeps the value exactly
    tsv = served.ok("candidates", "search", "--name", formula_candidate["name"]).stdout
    assert tsv.split("\t")[1] == formula_candidate["name"]  # tsv is for Unix tools: unchanged


def test_writes_say_what_they_did_on_stderr_and_data_goes_to_stdout(served: Served) -> None:
    candidate = served.first("candidate")
    plain = served.ok("candidates", "note", candidate["id"], "checked")
    assert plain.stdout == "" and plain.stderr.startswith("Added note ")
    as_json = served.ok("candidates", "note", candidate["id"], "checked again", "--json")
    assert json.loads(as_json.stdout)["id"] and as_json.stderr.startswith("Added note ")


def test_other_lists_take_the_same_formats(served: Served) -> None:
    endpoints = served.ok("endpoints", "candidate.", "--format", "csv", "--fields", "endpoint,kind").stdout
    assert endpoints.splitlines()[0] == "endpoint,kind" and "candidate.list,list (paged)" in endpoints
    job = served.first("application")["_jobId"]
    funnel = served.ok("jobs", "funnel", job).stdout.splitlines()
    assert funnel and all(len(line.split("\t")) == 4 for line in funnel)
    assert json.loads(served.ok("jobs", "funnel", job, "--json").stdout)["job"]["id"] == job
    called = served.ok("call", "source.list", "{}", "--format", "tsv", "--fields", "id,title").stdout
    assert len(called.splitlines()) == len([s for s in served.emu.org["source"] if not s["isArchived"]])


def test_fit_widths_shrinks_the_widest_first_then_leaves_out_from_the_right() -> None:
    id_first = [True, False, False, False, False]
    assert fit_widths([36, 20, 30, 15, 40], id_first, 200) == [36, 20, 30, 15, 40]
    assert fit_widths([36, 20, 30, 15, 40], id_first, 120) == [36, 20, 20, 15, 20]
    assert fit_widths([36, 20, 30, 15, 40], id_first, 80) == [36, 20, 20, 0, 0]
    assert fit_widths([36, 20, 30, 15, 40], id_first, 80, floor=8, drop=False) == [36, 9, 9, 9, 9]
    assert fit_widths([36, 20, 30, 15, 40], id_first, 100) == [36, 20, 23, 15, 0]  # 94 + 3 gaps of 2 = 100
