"""``ashby files download``: streamed to disk, never outside ``--out``."""

from __future__ import annotations

import json
from pathlib import Path

from ashby_sdk import AshbyClient
from ashby_sdk.cli.files import handles_of

from .conftest import KEY, Served


def test_download_a_handle(served: Served, tmp_path: Path) -> None:
    row = served.first("file")
    out = tmp_path / "new" / "dir"
    result = json.loads(served.ok("files", "download", row["handle"], "--out", str(out), "--json").stdout)
    path = Path(result[0]["path"])
    assert path.parent == out.resolve() and path.name == row["name"]
    assert path.read_bytes().startswith(b"%PDF") and not list(out.glob("*.part"))


def test_download_every_file_of_a_candidate_and_never_outside_out(served: Served, tmp_path: Path) -> None:
    candidate = served.first("candidate")
    with AshbyClient(api_key=KEY, base_url=served.url, rate_limit=None) as client:
        client.candidates.upload_file(candidate_id=candidate["id"], file=b"sneaky", filename="../../escape.txt")
    out = tmp_path / "out"
    result = served.ok("files", "download", candidate["id"], "--out", str(out))
    written = sorted(p.name for p in out.iterdir())
    details = json.loads(served.ok("candidates", "get", candidate["id"], "--json").stdout)
    assert len(written) == len(handles_of(details)) >= 1
    assert "escape.txt" in written and (out / "escape.txt").read_bytes() == b"sneaky"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    rows = [line.split("\t") for line in result.stdout.splitlines()]  # piped: path<TAB>bytes<TAB>handle
    assert sorted(Path(row[0]).name for row in rows) == written and all(int(row[1]) > 0 for row in rows)
    assert result.stderr.startswith(f"Saved {len(written)} files (")


def test_download_refuses_a_file_as_out_and_reports_unknown_handles(served: Served, tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = served.run("files", "download", served.first("file")["handle"], "--out", str(target))
    assert result.exit_code == 2 and "not a directory" in result.stderr
    result = served.run("files", "download", "no-such-handle", "--out", str(tmp_path))
    assert result.exit_code == 1 and result.stderr.startswith("error: file.info")


def test_handles_of_dedupes_resume_and_files() -> None:
    resume = {"handle": "h1", "name": "cv.pdf"}
    assert handles_of({"resumeFileHandle": resume, "fileHandles": [resume, {"handle": "h2"}]}) == [
        ("h1", "cv.pdf"),
        ("h2", None),
    ]


def test_download_never_overwrites_or_writes_through_a_symlink_unless_asked(served: Served, tmp_path: Path) -> None:
    row = served.first("file")
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("keep me")
    (out / row["name"]).symlink_to(elsewhere)
    (out / f"{row['name']}.part").symlink_to(elsewhere)  # the old fixed temporary name, planted
    result = served.run("files", "download", row["handle"], "--out", str(out))
    assert (
        result.exit_code == 2
        and result.stderr == f"error: {out.resolve() / row['name']} already exists (--overwrite replaces it)\n"
    )
    assert elsewhere.read_text() == "keep me"
    served.ok("files", "download", row["handle"], "--out", str(out), "--overwrite")
    target = out / row["name"]
    assert not target.is_symlink() and target.read_bytes().startswith(b"%PDF")
    assert elsewhere.read_text() == "keep me"  # replaced the link, never wrote through it
    assert sorted(p.name for p in out.iterdir()) == sorted([row["name"], f"{row['name']}.part"])
