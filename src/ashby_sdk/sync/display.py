"""Rich progress bars per list while a mirror runs, and the summary table after it."""

from __future__ import annotations

import time
from datetime import datetime

from rich.console import Console
from rich.progress import Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from .summary import ListResult, MirrorSummary

__all__ = ["RichProgress", "summary_table"]


class RichProgress:
    """One line per list (objects, pages, objects per second, strategy), drawn on ``console`` (stderr).

    Use as a context manager around :meth:`Mirror.run`; when the console is not
    a terminal, nothing is drawn and only warnings are printed.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self._bars = Progress(TextColumn("{task.description}"), TimeElapsedColumn(), console=console)
        self._lists: dict[str, _Line] = {}

    def __enter__(self) -> RichProgress:
        if self.live:
            self._bars.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.live:
            self._bars.stop()

    def start(self, name: str, strategy: str) -> None:
        if not self.live:
            return
        line = self._lists.get(name)
        if line is None:
            line = self._lists[name] = _Line(name, self._bars.add_task("", total=None))
        line.strategy = strategy
        self._draw(line)

    def expect(self, name: str, total: int) -> None:
        """A child list will ask ``total`` parents: show how far it is and when it should end."""
        line = self._lists.get(name)
        if self.live and line is not None:
            line.total = total
            self._draw(line)

    def advance(self, name: str, items: int) -> None:
        line = self._lists.get(name)
        if not self.live or line is None:
            return
        line.items += items
        line.pages += 1
        self._draw(line)

    def finish(self, result: ListResult) -> None:
        if not self.live:
            return
        if result.name not in self._lists:
            self.start(result.name, result.strategy or result.status)
        line = self._lists[result.name]
        line.state = {"ok": "[green]done", "skipped": "[yellow]skipped", "failed": "[red]failed"}[result.status]
        self._draw(line)
        self._bars.stop_task(line.task)

    def warn(self, message: str) -> None:
        self.console.print(f"warning: {message}", markup=False, highlight=False)

    def _draw(self, line: _Line) -> None:
        elapsed = max(time.perf_counter() - line.started, 1e-6)
        rate = line.items / elapsed
        if line.total is not None:  # a child list: parents done of the total, and an ETA
            left = (line.total - line.items) / rate if line.items else None
            eta = "" if left is None or line.state else f" ETA {_duration(left)}"
            text = (
                f"{line.name:<29} {line.items:>8,}/{line.total:,} parents {rate:>7,.0f}/s "
                f"{line.state or '[cyan]...'}[/]{eta}"
            )
        else:
            text = (
                f"{line.name:<29} {line.items:>8,} obj {line.pages:>4} pg {rate:>7,.0f}/s "
                f"{line.state or '[cyan]...'}[/] {line.strategy}"
            )
        self._bars.update(line.task, description=text)


class _Line:
    def __init__(self, name: str, task: TaskID) -> None:
        self.name, self.task = name, task
        self.started = time.perf_counter()
        self.items = self.pages = 0
        self.total: int | None = None
        self.strategy = self.state = ""


def _duration(seconds: float) -> str:
    seconds = max(seconds, 0)
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} d"


def _age(iso: str, now: float) -> str:
    """How long ago ``iso`` was, for people (``never`` when empty)."""
    if not iso:
        return "never"
    try:
        then = datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return "?"
    return "this run" if now - then < 60 else _duration(now - then) + " ago"


def summary_table(summary: MirrorSummary) -> Table:
    """The summary as a rich table: per list, what changed, how, what it cost, and how fresh its deletes are.

    ``retries``/``waited`` are the pages the mirror asked again after passing
    failures and the seconds it waited for them; ``deletes seen`` is when a
    full listing last checked the list for deleted objects.
    """
    table = Table(title=f"Mirror of {summary.store}", title_justify="left")
    columns = ("list", "new", "updated", "archived", "removed", "total", "requests", "retries", "waited", "seconds")
    for column in columns:
        table.add_column(column, justify="left" if column == "list" else "right")
    table.add_column("deletes seen")
    table.add_column("strategy")
    now = time.time()
    for r in summary.lists:
        strategy = r.strategy if r.status == "ok" else f"{r.status}: {r.message[:60]}"
        table.add_row(r.name, f"{r.new:,}", f"{r.updated:,}", f"{r.archived:,}", f"{r.removed:,}", f"{r.total:,}",
                      f"{r.requests:,}", f"{r.retries:,}", f"{r.waited:.1f}", f"{r.seconds:.2f}",
                      _age(r.deletes_checked_at, now), strategy)  # fmt: skip
    table.add_section()
    totals = [sum(getattr(r, k) for r in summary.lists) for k in ("new", "updated", "archived", "removed", "total")]
    table.add_row("all", *(f"{n:,}" for n in totals), f"{summary.requests:,}", f"{summary.retries:,}",
                  f"{summary.waited:.1f}", f"{summary.seconds:.2f}", "", "")  # fmt: skip
    return table
