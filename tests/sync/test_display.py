"""The progress lines and the summary table."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from ashby_sdk.emulator import Emulator
from ashby_sdk.sync.display import RichProgress, summary_table

from ._helpers import run_mirror


def test_progress_on_a_terminal_and_the_summary_table(emu: Emulator, tmp_path: Path) -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=160, no_color=True)
    with RichProgress(console) as progress:
        summary = run_mirror(emu, tmp_path / "m.db", only=["candidates", "sources"], progress=progress)
    drawn = out.getvalue()
    assert "candidates" in drawn and "sources" in drawn and "done" in drawn
    table = io.StringIO()
    Console(file=table, width=160).print(summary_table(summary))
    lines = table.getvalue().splitlines()
    assert any("candidates" in line and "60" in line and "full" in line for line in lines)
    assert any(line.startswith("│ all") for line in lines)


def test_quiet_when_not_a_terminal(emu: Emulator, tmp_path: Path) -> None:
    out = io.StringIO()
    with RichProgress(Console(file=out, force_terminal=False)) as progress:
        run_mirror(emu, tmp_path / "m.db", only=["candidates"], progress=progress)
    assert out.getvalue() == ""
