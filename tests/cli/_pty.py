"""Run ``ashby`` in a real pseudo-terminal of a given size (stdlib ``pty``), for terminal-only behaviour.

stdin, stdout and stderr are the terminal, as when a person types the command;
the window size is set on it before the process starts, so rich and click read
the width the way they do for a person (the ioctl, not ``COLUMNS``).
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
import time
from dataclasses import dataclass

from .conftest import ashby_command

__all__ = ["Screen", "run_in_pty", "visible_lines"]

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]")


@dataclass
class Screen:
    """What the process wrote to the terminal (raw, escape codes included) and its exit code."""

    raw: str
    exit_code: int

    @property
    def text(self) -> str:
        """The output without escape codes or carriage-return redraws."""
        return _ANSI.sub("", self.raw).replace("\r\n", "\n")


def visible_lines(text: str) -> list[str]:
    """Lines as a terminal leaves them: for each line, what follows its last carriage return."""
    return [line.rsplit("\r", 1)[-1] for line in text.split("\n")]


def run_in_pty(
    *args: str, env: dict[str, str], columns: int = 80, rows: int = 40, timeout: float = 60, stdout_pipe: bool = False
) -> Screen:
    """Run ``ashby ARGS`` with a terminal of ``columns`` x ``rows`` as its stdin/stdout/stderr.

    With ``stdout_pipe`` stdout goes to a pipe instead (``ashby ... | cat`` typed at a
    terminal: stderr stays the terminal); its output is appended after the terminal's.
    """
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    environment = {**env, "TERM": "xterm-256color"}
    environment.pop("COLUMNS", None)
    stdout = subprocess.PIPE if stdout_pipe else follower
    process = subprocess.Popen(
        [*ashby_command(), *args],
        stdin=follower,
        stdout=stdout,
        stderr=follower,
        env=environment,
        start_new_session=True,
        close_fds=True,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while True:
        if time.monotonic() > deadline:
            process.kill()
            raise TimeoutError(f"ashby {' '.join(args)} did not finish in {timeout} s")
        ready, _, _ = select.select([leader], [], [], 0.1)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:  # EIO: every writer closed the terminal
                data = b""
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    piped = b""
    if process.stdout is not None:
        with process.stdout:
            piped = process.stdout.read()
    os.close(leader)
    code = process.wait()
    return Screen((b"".join(chunks) + piped).decode("utf-8", "replace"), code)
