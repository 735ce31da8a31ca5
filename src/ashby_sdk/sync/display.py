"""Rich progress bars per list while a mirror runs, and the summary table after it."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from .summary import ListResult, MirrorSummary

__all__ = ["RichProgress", "summary_table"]


class RichProgress:
    """One line per list (strategy, objects, pages, objects per second), drawn on ``console`` (stderr).

    Use as a context manager around :meth:`Mirror.run`; when the console is not
    a terminal, nothing is drawn and only warnings are printed.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self._bars = Progress(
            TextColumn("{task.description:<30}"),
            TextColumn("{task.fields[strategy]:<28}"),
            TextColumn("{task.completed:>8,.0f} objects"),
            TextColumn("{task.fields[pages]:>5} pages"),
            TextColumn("{task.fields[rate]:>7} /s"),
            TextColumn("{task.fields[state]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._tasks: dict[str, tuple[TaskID, float]] = {}

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
        if name in self._tasks:
            self._bars.update(self._tasks[name][0], strategy=strategy)
            return
        task = self._bars.add_task(name, total=None, strategy=strategy, pages=0, rate="", state="")
        self._tasks[name] = (task, time.perf_counter())

    def advance(self, name: str, items: int) -> None:
        if not self.live or name not in self._tasks:
            return
        task, started = self._tasks[name]
        current = self._bars.tasks[task]
        done = current.completed + items
        rate = done / max(time.perf_counter() - started, 1e-6)
        pages = int(current.fields.get("pages", 0)) + 1
        self._bars.update(task, completed=done, pages=pages, rate=f"{rate:,.0f}")

    def finish(self, result: ListResult) -> None:
        if not self.live:
            return
        if result.name not in self._tasks:
            self.start(result.name, result.strategy or result.status)
        state = {"ok": "[green]done", "skipped": "[yellow]skipped", "failed": "[red]failed"}[result.status]
        self._bars.update(self._tasks[result.name][0], total=1, completed=result.items, state=state)
        self._bars.stop_task(self._tasks[result.name][0])

    def warn(self, message: str) -> None:
        self.console.print(f"warning: {message}", markup=False, highlight=False)


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
