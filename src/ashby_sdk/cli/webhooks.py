"""``ashby webhooks verify`` and ``ashby webhooks listen``: check Ashby's signatures from a terminal.

``listen`` is a small local receiver for developing webhook handlers: point a
webhook (or the emulator's ``webhooks=[(url, secret)]``) at it and it verifies
and prints each delivery, answering 200, or 401 when the signature is wrong.
"""

from __future__ import annotations

import errno
import json
import sys

import typer

from .errors import EXIT_USAGE, CLIError

__all__ = ["listen", "register", "verify"]

_SECRET_HELP = "The webhook's secret token (or ASHBY_WEBHOOK_SECRET)."


def verify(
    secret: str = typer.Option(..., "--secret", envvar="ASHBY_WEBHOOK_SECRET", help=_SECRET_HELP, show_default=False),
    signature: str = typer.Option(..., "--signature", help="The Ashby-Signature header, sha256=<hex>."),
    as_json: bool = typer.Option(False, "--json", help="Print the verified event as JSON."),
) -> None:
    """Verify a delivery read from standard input; exit 0 when the signature matches, 1 when not.

    Example: ashby webhooks verify --secret "$SECRET" --signature "sha256=..." < body.json
    """
    from ..webhooks import SignatureError, construct_event

    if sys.stdin.isatty():
        raise CLIError("give the raw body on standard input: ashby webhooks verify ... < body.json", EXIT_USAGE)
    payload = sys.stdin.buffer.read()
    try:
        event = construct_event(payload, signature, secret)
    except SignatureError as exc:
        raise CLIError(f"invalid signature: {exc}") from None
    except ValueError as exc:
        raise CLIError(f"signature valid, but {exc}") from None
    if as_json:
        sys.stdout.write(json.dumps(event.raw, indent=2) + "\n")
    else:
        sys.stdout.write(f"valid signature: {event.action}\n")


def listen(
    secret: str = typer.Option(..., "--secret", envvar="ASHBY_WEBHOOK_SECRET", help=_SECRET_HELP, show_default=False),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8788, min=0, max=65535, help="Port to listen on (0: any free port)."),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="Print each event's whole body, one JSON line each."),
    max_events: int = typer.Option(0, "--max-events", min=0, hidden=True, help="Stop after N events (tests)."),
) -> None:
    """Receive webhooks locally: verify each delivery's signature and print its event until Ctrl-C."""
    from ._receiver import Receiver

    try:
        server = Receiver((host, port), secret, as_jsonl, max_events)
    except OSError as exc:
        reason = "already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise CLIError(f"cannot listen on {host}:{port}: {reason}; choose another --port") from None
    bound_host, bound_port = server.server_address[:2]
    try:
        sys.stderr.write(f"Listening on http://{bound_host!s}:{bound_port}/ for Ashby webhooks (Ctrl-C to stop)\n")
        sys.stderr.flush()
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a receiver is meant to stop: a clean exit
    finally:
        server.server_close()


def register(app: typer.Typer) -> None:
    """Add the ``webhooks`` group to ``app``."""
    group = typer.Typer(help="Verify and receive Ashby webhooks.", no_args_is_help=True)
    group.command("verify")(verify)
    group.command("listen")(listen)
    app.add_typer(group, name="webhooks")
