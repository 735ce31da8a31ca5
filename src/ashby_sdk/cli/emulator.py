"""``ashby emulator``: serve a local Ashby emulator over HTTP, with latency, faults and a rate limit.

``--faults`` sets the emulator's seeded random schedule, the same one as the Python
API's ``emu.faults.random(...)``: ``--faults 5xx=0.1,429=0.05,drop=0.02`` gives
each request those chances of a 5xx, a 429 (``Retry-After: retry_after``
seconds) and a dropped connection, ``latency=P`` a chance P of a pause of
``latency_delay`` seconds. The same ``--faults-seed`` and the same sequence of
requests give the same faults. ``--latency`` adds a constant delay to every
request; ``--rate-limit N/SECONDS`` answers 429 beyond N requests per window.
Ctrl-C stops the server and exits 0.
"""

from __future__ import annotations

import errno
import importlib.util
import sys
from typing import Any

import typer

from .errors import EXIT_USAGE, CLIError

__all__ = ["FAULT_KEYS", "parse_faults", "parse_rate_limit", "register"]

FAULT_KEYS = {
    "5xx": "rate_5xx",
    "429": "rate_429",
    "drop": "rate_drop",
    "latency": "latency",
    "latency_delay": "latency_delay",
    "retry_after": "retry_after",
}
_FAULTS, _RATE = "'--faults'", "'--rate-limit'"


def parse_faults(spec: str) -> dict[str, float]:
    """``5xx=0.1,429=0.05`` as keyword arguments of ``emu.faults.random``; raises ``typer.BadParameter``."""
    options: dict[str, float] = {}
    for item in spec.split(","):
        if not item.strip():
            continue
        key, sep, value = item.partition("=")
        name = FAULT_KEYS.get(key.strip().lower())
        if not sep or name is None:
            raise typer.BadParameter(
                f"{item.strip()!r}: expected KEY=NUMBER with KEY one of {', '.join(FAULT_KEYS)}", param_hint=_FAULTS
            )
        try:
            options[name] = float(value)
        except ValueError:
            raise typer.BadParameter(
                f"{item.strip()!r}: {value.strip()!r} is not a number", param_hint=_FAULTS
            ) from None
    return options


def parse_rate_limit(spec: str) -> tuple[int, float]:
    """``N`` (per second) or ``N/SECONDS`` as the emulator's ``(requests, window)``; raises ``typer.BadParameter``."""
    count, _, window = spec.partition("/")
    try:
        parsed = (int(count), float(window) if window else 1.0)
    except ValueError:
        raise typer.BadParameter(f"{spec!r}: expected N or N/SECONDS, e.g. 100/60", param_hint=_RATE) from None
    if parsed[0] < 1 or parsed[1] <= 0:
        raise typer.BadParameter(f"{spec!r}: N must be at least 1 and SECONDS above 0", param_hint=_RATE)
    return parsed


def emulator(
    host: str = typer.Option("127.0.0.1", metavar="HOST", help="Address to listen on."),
    port: int = typer.Option(8787, metavar="PORT", min=0, max=65535, help="Port to listen on (0: any free port)."),
    api_key: str | None = typer.Option(
        None, "--api-key", metavar="KEY", help="The key clients must send (default: one is made up and printed)."
    ),
    candidates: int = typer.Option(200, metavar="N", min=0, help="Number of candidates to generate."),
    seed: int = typer.Option(0, metavar="N", help="Seed of the generated organisation."),
    latency: float = typer.Option(0.0, metavar="SECONDS", min=0, help="Delay added to every request."),
    faults: str | None = typer.Option(
        None,
        metavar="SPEC",
        help="Random faults, e.g. 5xx=0.1,429=0.05,drop=0.02,latency=0.1 (also latency_delay=S, retry_after=S).",
        show_default=False,
    ),
    faults_seed: int | None = typer.Option(
        None, metavar="N", help="Seed of the fault schedule (default: --seed).", show_default=False
    ),
    rate_limit: str | None = typer.Option(
        None, metavar="N[/SECONDS]", help="Answer 429 beyond N requests per SECONDS (default 1).", show_default=False
    ),
    strict: bool = typer.Option(
        False, "--strict", help="Refuse parameters Ashby's reference does not list (catches typos; Ashby ignores them)."
    ),
) -> None:
    """Serve a local Ashby emulator over HTTP, until Ctrl-C.

    Offline, for development and tests: a generated organisation behind the real wire protocol.
    """
    if importlib.util.find_spec("uvicorn") is None:
        raise CLIError("ashby emulator needs uvicorn: pip install 'ashby-sdk[emulator]'", EXIT_USAGE)
    fault_options = parse_faults(faults) if faults else None
    window = parse_rate_limit(rate_limit) if rate_limit else None
    _check_address(host, port)  # before generating the organisation, which takes a while

    from ..emulator import Emulator
    from ..emulator.server import run as serve

    # Without --strict, ASHBY_EMULATOR_STRICT decides (read by the emulator).
    emu = Emulator(
        seed=seed, candidates=candidates, api_key=api_key, latency=latency, rate_limit=window, strict=strict or None
    )
    if fault_options is not None:
        try:
            emu.faults.random(**fault_options, seed=seed if faults_seed is None else faults_seed)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint=_FAULTS) from None
    try:
        serve(emu, host=host, port=port)
    except OSError as exc:
        raise CLIError(_bind_failure(exc, host, port)) from None
    except KeyboardInterrupt:
        pass  # Ctrl-C is how this server is meant to stop: a clean exit
    sys.stderr.write("Emulator stopped.\n")


def _check_address(host: str, port: int) -> None:
    """Raise :class:`CLIError` now when ``host:port`` cannot be listened on."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise CLIError(_bind_failure(exc, host, port)) from None


def _bind_failure(exc: OSError, host: str, port: int) -> str:
    import socket

    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is already in use (another emulator?): choose another --port, or --port 0"
    if exc.errno == errno.EACCES:
        return f"not allowed to listen on {host}:{port}: choose a --port above 1023"
    if exc.errno == errno.EADDRNOTAVAIL or isinstance(exc, socket.gaierror):
        return f"cannot listen on {host}: not an address of this machine; try --host 127.0.0.1"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def register(app: Any) -> None:
    """Add ``emulator`` to ``app``."""
    app.command("emulator")(emulator)
