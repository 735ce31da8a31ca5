"""Rich progress bars per list while a mirror runs, and the summary table after it."""

from __future__ import annotations

import time

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
        rate = line.items / max(time.perf_counter() - line.started, 1e-6)
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
        self.strategy = self.state = ""


def summary_table(summary: MirrorSummary) -> Table:
    """The summary as a rich table: per list, what changed, how, and what it cost."""
    table = Table(title=f"Mirror: {summary.store}", title_justify="left")
    for column in ("list", "new", "updated", "archived", "removed", "total", "requests", "seconds"):
        table.add_column(column, justify="left" if column == "list" else "right")
    table.add_column("strategy")
    for r in summary.lists:
        strategy = r.strategy if r.status == "ok" else f"{r.status}: {r.message[:60]}"
        table.add_row(r.name, f"{r.new:,}", f"{r.updated:,}", f"{r.archived:,}", f"{r.removed:,}", f"{r.total:,}",
                      f"{r.requests:,}", f"{r.seconds:.2f}", strategy)  # fmt: skip
    table.add_section()
    totals = [sum(getattr(r, k) for r in summary.lists) for k in ("new", "updated", "archived", "removed", "total")]
    table.add_row("all", *(f"{n:,}" for n in totals), f"{summary.requests:,}", f"{summary.seconds:.2f}", "")
    return table
