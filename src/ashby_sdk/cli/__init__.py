"""The ``ashby`` command line. Typer and rich load only when the command runs."""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """Entry point of the ``ashby`` console script."""
    from .app import run

    run()
