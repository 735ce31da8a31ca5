"""What only a terminal shows, in a real pseudo-terminal: widths, colours, progress, help at 80 columns."""

from __future__ import annotations

import re

import pytest

from ._pty import run_in_pty, visible_lines
from .conftest import KEY, Served, clean_env

pytestmark = pytest.mark.slow


def _env(served: Served, **extra: str) -> dict[str, str]:
    return clean_env(ASHBY_API_KEY=KEY, ASHBY_BASE_URL=served.url, **extra)


def _table_lines(text: str) -> list[str]:
    return [line for line in visible_lines(text) if line and not line.startswith(("note:", "⠋", " "))]


@pytest.mark.parametrize("columns", [80, 120])
def test_tables_fit_the_terminal_and_never_cut_an_id(served: Served, columns: int) -> None:
    first = served.first("candidate")
    name, first["name"] = first["name"], "Maximiliana Konstantinopoulou-Vanderbilt de la Cruz"
    try:
        screen = run_in_pty("candidates", "list", "-n", "5", env=_env(served), columns=columns)
        full = run_in_pty("candidates", "list", "-n", "5", "--no-trunc", env=_env(served), columns=columns)
    finally:
        first["name"] = name
    assert screen.exit_code == 0, screen.text
    lines = visible_lines(screen.text)
    assert max(len(line) for line in lines) <= columns
    ids = [c["id"] for c in list(served.emu.org["candidate"])[:5]]
    assert all(any(i in line for line in lines) for i in ids)  # every id whole
    assert "…" in screen.text and "Maximiliana Konstantinopoulou-Vanderbilt de la Cruz" not in screen.text
    wrapped = visible_lines(full.text)
    assert "…" not in full.text and max(len(x) for x in wrapped) <= columns
    header = next(i for i, line in enumerate(wrapped) if line.startswith("id "))
    start, end = wrapped[header].index("name"), wrapped[header].index("email")
    name_column = "".join(line[start:end] for line in wrapped[header + 1 :]).replace(" ", "")
    assert "MaximilianaKonstantinopoulou-VanderbiltdelaCruz" in name_column  # wrapped, not cut
    assert wrapped[header].split() == ["id", "name", "email", "phone", "tags"]  # every column kept


def test_narrow_terminal_leaves_out_columns_and_says_so(served: Served) -> None:
    screen = run_in_pty("candidates", "list", "-n", "3", env=_env(served), columns=80)
    assert "note: left out for width: phone, tags" in screen.text
    header = next(line for line in visible_lines(screen.text) if line.startswith("id "))
    assert header.split() == ["id", "name", "email"]
    wide = run_in_pty("candidates", "list", "-n", "3", env=_env(served), columns=160)
    assert "left out" not in wide.text and "phone" in wide.text and "tags" in wide.text


_COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:;[0-9;]*)?m")


def test_colour_on_a_terminal_and_none_with_no_color(served: Served) -> None:
    coloured = run_in_pty("candidates", "list", "-n", "2", env=_env(served), columns=100)
    assert "\x1b[1m" in coloured.raw and _COLOUR.search(coloured.raw)  # bold header, green spinner
    plain = run_in_pty("candidates", "list", "-n", "2", env=_env(served, NO_COLOR="1"), columns=100)
    assert plain.exit_code == 0 and not _COLOUR.search(plain.raw)


def test_progress_is_drawn_on_a_terminal_only(served: Served) -> None:
    screen = run_in_pty("candidates", "list", "--all", env=_env(served), columns=100)
    assert "Listing candidates" in screen.text
    assert "\x1b[?25l" in screen.raw  # the cursor hidden while the bar is live


def test_piped_stdout_gets_tab_separated_rows_while_notes_stay_on_the_terminal(served: Served) -> None:
    screen = run_in_pty("candidates", "list", "-n", "3", env=_env(served), columns=80, stdout_pipe=True)
    rows = [line for line in screen.text.splitlines() if "\t" in line]
    assert len(rows) == 3 and all(len(row.split("\t")) == 5 for row in rows)  # every column, nothing cut
    assert "note: showing the first 3 candidates" in screen.text  # stderr is still the terminal
    assert "Listing candidates" not in screen.text  # rows stream: no bar over them


@pytest.mark.parametrize(
    "args", [("--help",), ("candidates", "list", "--help"), ("emulator", "--help"), ("sync", "--help")]
)
def test_help_is_readable_at_80_columns(args: tuple[str, ...]) -> None:
    screen = run_in_pty(*args, env=clean_env(), columns=80)
    assert screen.exit_code == 0
    lines = visible_lines(screen.text)
    assert max(len(line) for line in lines) <= 80
    assert "…" not in screen.text
    if args == ("--help",):  # no command's summary cut short, no path cut
        assert "..." not in screen.text.replace("[ARGS]...", "")
        assert "~/.config/ashby/config.toml" in screen.text
