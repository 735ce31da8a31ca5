"""``ashby login`` and ``ashby logout``: keep API keys in named profiles of the config file.

``login`` reads the key from ``--api-key``, else standard input when it is not a
terminal (``ashby login < key.txt``), else a prompt that does not echo. It checks
the key with ``apiKey.info`` (``--no-verify`` skips that), then stores it, with
``--base-url`` when given, in the profile named by ``--profile`` (``default``
otherwise) through :func:`.profiles.save_profile` (file 0600, directory 0700,
written atomically). The key is never printed.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import typer

from .config import API_KEY_ENV, ASHBY_URL, state_from
from .errors import EXIT_USAGE, CLIError
from .profiles import DEFAULT_PROFILE, check_name, config_path, remove_profile, save_profile

__all__ = ["login", "logout", "register"]


def _read_key() -> str:
    if sys.stdin is None or sys.stdin.closed:
        raise CLIError("no key given: pass --api-key KEY or pipe it on standard input", EXIT_USAGE)
    if sys.stdin.isatty():
        key = str(typer.prompt("Ashby API key (input hidden)", hide_input=True, err=True))
    else:
        key = sys.stdin.readline()
    if not key.strip():
        raise CLIError("no key given: pass --api-key KEY, pipe it on standard input, or type it", EXIT_USAGE)
    return key.strip()


def _check(key: str, base_url: str) -> dict[str, Any]:
    """``apiKey.info`` for ``key``; raises :class:`CLIError` when Ashby refuses it or cannot be reached."""
    from .._client import AshbyClient
    from .._exceptions import AshbyAuthError, AshbyConnectionError

    with AshbyClient(api_key=key, base_url=base_url, max_retries=1) as client:
        try:
            info: dict[str, Any] = client.request("apiKey.info", {}) or {}
        except AshbyAuthError as exc:
            if exc.status_code == 403 and "key" not in (exc.code or ""):
                return {"title": "(not shown: the key lacks apiKeysRead)"}
            raise CLIError(f"{base_url} refused this key ({exc.status_code}): nothing was saved") from None
        except AshbyConnectionError as exc:
            raise CLIError(
                f"cannot reach {base_url} to check the key ({exc}): nothing was saved; --no-verify saves it unchecked"
            ) from None
    return info


def login(
    ctx: typer.Context,
    no_verify: bool = typer.Option(False, "--no-verify", help="Save the key without checking it with Ashby."),
) -> None:
    """Store an API key in a profile (checked with Ashby first).

    The key goes to the config file, readable by you only. The profile is
    --profile NAME, or `default`, which every command uses when no other key is
    set. Give the key with --api-key, on standard input (`ashby login < key.txt`),
    or at the prompt. Add --base-url to store one with it.
    """
    state = state_from(ctx)
    name = check_name(state.profile_name() or DEFAULT_PROFILE)
    key = state.api_key or _read_key()
    url = state.base_url or ASHBY_URL
    title = "" if no_verify else str(_check(key, url).get("title") or "")
    values = {"api_key": key, **({"base_url": state.base_url} if state.base_url else {})}
    path = save_profile(name, values)
    described = f" ({title})" if title else ""
    sys.stderr.write(f"Saved the key{described} as profile [{name}] in {path} (readable by you only).\n")
    if name == DEFAULT_PROFILE and os.environ.get(API_KEY_ENV):
        sys.stderr.write(f"note: {API_KEY_ENV} is set and is used before the [default] profile.\n")
    elif name != DEFAULT_PROFILE:
        sys.stderr.write(f"Use it with --profile {name} (or ASHBY_PROFILE={name}).\n")


def logout(ctx: typer.Context) -> None:
    """Remove a profile and its key from the config file (--profile NAME, or `default`)."""
    name = state_from(ctx).profile_name() or DEFAULT_PROFILE
    if not remove_profile(name):
        raise CLIError(f"no profile [{name}] in {config_path()}: nothing to remove", EXIT_USAGE)
    sys.stderr.write(f"Removed profile [{name}] from {config_path()}.\n")


def register(app: typer.Typer) -> None:
    """Add ``login`` and ``logout`` to ``app``."""
    app.command("login")(login)
    app.command("logout")(logout)
