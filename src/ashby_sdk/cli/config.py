"""Where the CLI's key and base URL come from, and the client every command shares.

Precedence, first found wins: ``--api-key`` / ``--base-url``; the profile named
by ``--profile`` (or ``ASHBY_PROFILE``) in ``config.toml``; the environment
(``ASHBY_API_KEY``, ``ASHBY_BASE_URL``); a ``.env`` file in the working
directory. The config file lives in the user's config directory:
``$XDG_CONFIG_HOME/ashby/config.toml``, by default ``~/.config/ashby/config.toml``::

    [work]
    api_key = "..."
    base_url = "https://api.ashbyhq.com"
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import AshbyConfigError

if TYPE_CHECKING:
    import typer

    from .._client import AshbyClient

__all__ = ["PROFILE_ENV", "State", "client_from", "config_path", "load_profile", "state_from"]

PROFILE_ENV = "ASHBY_PROFILE"


def config_path() -> Path:
    """``$XDG_CONFIG_HOME/ashby/config.toml`` (``~/.config`` when the variable is unset or empty)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "ashby" / "config.toml"


def _parse_toml(text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib.loads(text)
    return _parse_simple_toml(text)  # pragma: no cover - Python 3.10


def _parse_simple_toml(text: str) -> dict[str, Any]:
    """The subset of TOML a profile file needs: ``[name]`` tables of ``key = "string"`` lines.

    Python 3.10 has no ``tomllib``; this avoids a dependency for five lines of config.
    """
    data: dict[str, Any] = {}
    table = data
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            table = data.setdefault(line[1:-1].strip().strip('"'), {})
            continue
        key, sep, value = line.partition("=")
        value = value.strip()
        if not sep or len(value) < 2 or value[0] not in "\"'" or value[-1] != value[0]:
            raise ValueError(f'line {number}: expected key = "string"')
        table[key.strip()] = value[1:-1]
    return data


def load_profile(name: str, path: Path | None = None) -> dict[str, str]:
    """The ``api_key``/``base_url`` of profile ``name``; raises :class:`AshbyConfigError` saying what to fix."""
    path = path or config_path()
    if not path.is_file():
        raise AshbyConfigError(f"profile {name!r} asked for, but there is no config file at {path}")
    try:
        data = _parse_toml(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise AshbyConfigError(f"cannot read {path}: {exc}") from None
    profile = data.get(name)
    if not isinstance(profile, dict):
        known = ", ".join(sorted(k for k, v in data.items() if isinstance(v, dict))) or "none"
        raise AshbyConfigError(f"no profile [{name}] in {path} (profiles there: {known})")
    unknown = set(profile) - {"api_key", "base_url"}
    if unknown:
        raise AshbyConfigError(f"profile [{name}] in {path}: unknown keys {sorted(unknown)} (api_key, base_url)")
    return {k: str(v) for k, v in profile.items()}


@dataclass
class State:
    """The global options, shared by every command through the typer context."""

    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    profile: str | None = None
    debug: bool = False
    max_retries: int | None = None
    timeout: float | None = None
    _client: AshbyClient | None = field(default=None, repr=False)

    def resolved(self) -> tuple[str | None, str | None]:
        """(key, base URL) from the flags, else the profile; ``None`` leaves it to the environment and ``.env``."""
        key, url = self.api_key, self.base_url
        name = self.profile or os.environ.get(PROFILE_ENV) or None
        if name:
            profile = load_profile(name)
            key = key or profile.get("api_key")
            url = url or profile.get("base_url")
        return key, url

    def client(self) -> AshbyClient:
        """The client for this run, built on first use (so ``--help`` never needs a key)."""
        if self._client is None:
            from .._client import AshbyClient

            key, url = self.resolved()
            options: dict[str, Any] = {}
            if self.max_retries is not None:
                options["max_retries"] = self.max_retries
            if self.timeout is not None:
                options["timeout"] = self.timeout
            self._client = AshbyClient(api_key=key, base_url=url, **options)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def state_from(ctx: typer.Context) -> State:
    """The :class:`State` of this run (a fresh default one when a command runs outside ``ashby``)."""
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State()
    return root.obj


def client_from(ctx: typer.Context) -> AshbyClient:
    """The shared :class:`AshbyClient` of this run, configured from flags, profile, environment and ``.env``."""
    return state_from(ctx).client()
