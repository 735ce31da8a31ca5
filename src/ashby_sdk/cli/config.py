"""Where the CLI's key and base URL come from, and the client every command shares.

The key, first found wins:

1. ``--api-key KEY``;
2. the profile named by ``--profile NAME`` (or ``ASHBY_PROFILE``) in the config file;
3. ``ASHBY_API_KEY`` in the environment;
4. ``ASHBY_API_KEY`` in a ``.env`` file in the working directory (read, never exported);
5. the ``[default]`` profile of the config file (what ``ashby login`` writes).

The base URL travels with the key: ``--base-url`` when given, else the one set
beside the key (the same profile, the environment, the same ``.env``), else
Ashby's. So a key is never sent to a base URL that some other place set, e.g. a
``.env`` in a cloned repository pointing elsewhere. A key from ``--api-key`` takes
the selected profile's or the environment's base URL. See :mod:`.profiles` for the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import AshbyConfigError
from .profiles import DEFAULT_PROFILE, config_path, load_profile, read_profiles

if TYPE_CHECKING:
    import typer

    from .._client import AshbyClient

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "PROFILE_ENV",
    "Credentials",
    "State",
    "client_from",
    "missing_key_message",
    "state_from",
]

PROFILE_ENV = "ASHBY_PROFILE"
API_KEY_ENV = "ASHBY_API_KEY"
BASE_URL_ENV = "ASHBY_BASE_URL"
ASHBY_URL = "https://api.ashbyhq.com"


def missing_key_message() -> str:
    """The CLI's advice when no key is found anywhere (command-line advice only)."""
    return (
        f"no Ashby API key (looked at --api-key, --profile, {API_KEY_ENV}, ./.env and the [default] profile "
        f"of {config_path()}): run `ashby login` to store one, pass --api-key KEY, or set {API_KEY_ENV}"
    )


@dataclass(frozen=True)
class Credentials:
    """A resolved key and base URL, with where each came from (for ``ashby whoami``; never the key itself)."""

    api_key: str | None = field(repr=False)
    key_source: str
    base_url: str
    url_source: str


def _dotenv(name: str) -> str | None:
    path = Path.cwd() / ".env"
    if not path.is_file():
        return None
    from .._config import _read_dotenv

    return _read_dotenv(name, path)


@dataclass
class State:
    """The global options, shared by every command through the typer context."""

    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    profile: str | None = None
    debug: bool = False
    debug_transport: bool = False
    max_retries: int | None = None
    timeout: float | None = None
    _client: AshbyClient | None = field(default=None, repr=False)
    _undo: list[Any] = field(default_factory=list, repr=False)

    def profile_name(self) -> str | None:
        """The selected profile: ``--profile``, else ``ASHBY_PROFILE``, else none."""
        return self.profile or os.environ.get(PROFILE_ENV) or None

    def credentials(self) -> Credentials:
        """The key and base URL of this run and their sources (the key ``None`` when there is none).

        Raises :class:`AshbyConfigError` for a selected profile that does not exist.
        """
        name = self.profile_name()
        key: str | None
        profile = load_profile(name) if name else {}
        where = f"profile [{name}] in {config_path()}"
        if self.api_key:
            key, key_source = self.api_key, "the --api-key option"
            url_candidates = [(profile.get("base_url"), where), (os.environ.get(BASE_URL_ENV), BASE_URL_ENV)]
        elif profile.get("api_key"):
            key, key_source = profile["api_key"], where
            url_candidates = [(profile.get("base_url"), where)]
        elif os.environ.get(API_KEY_ENV):
            key, key_source = os.environ[API_KEY_ENV], f"the {API_KEY_ENV} environment variable"
            url_candidates = [(os.environ.get(BASE_URL_ENV), f"the {BASE_URL_ENV} environment variable")]
        elif _dotenv(API_KEY_ENV):
            key, key_source = _dotenv(API_KEY_ENV), f"{API_KEY_ENV} in {Path.cwd() / '.env'}"
            url_candidates = [(_dotenv(BASE_URL_ENV), f"{BASE_URL_ENV} in {Path.cwd() / '.env'}")]
        else:
            default = {} if name else read_profiles().get(DEFAULT_PROFILE, {})
            where = f"profile [{DEFAULT_PROFILE}] in {config_path()}"
            key = default.get("api_key")
            key_source = where if key else "nowhere"
            url_candidates = [(default.get("base_url"), where)]
        if self.base_url:
            url_candidates.insert(0, (self.base_url, "the --base-url option"))
        url, url_source = next(((u, s) for u, s in url_candidates if u), (ASHBY_URL, "Ashby's default"))
        return Credentials(key, key_source, url, url_source)

    def resolved(self) -> tuple[str | None, str | None]:
        """(key, base URL) of this run, for commands that build their own client (``ashby sync``)."""
        found = self.credentials()
        return found.api_key, found.base_url

    def client(self) -> AshbyClient:
        """The client for this run, built on first use (so ``--help`` never needs a key).

        Raises :class:`AshbyConfigError` with command-line advice when there is no key.
        """
        if self._client is None:
            from .._client import AshbyClient

            found = self.credentials()
            if not found.api_key:
                raise AshbyConfigError(missing_key_message())
            options: dict[str, Any] = {}
            if self.max_retries is not None:
                options["max_retries"] = self.max_retries
            if self.timeout is not None:
                options["timeout"] = self.timeout
            self._client = AshbyClient(api_key=found.api_key, base_url=found.base_url, **options)
        return self._client

    def set_debug(self, transport: bool = False) -> None:
        """Turn on the request log on stderr (and the transport's own DEBUG lines with ``transport``)."""
        from ._logging import log_to_stderr

        if not self.debug:
            self._undo.append(log_to_stderr("ashby_sdk"))
        if transport and not self.debug_transport:
            self._undo.append(log_to_stderr("httpx", "httpcore"))
        self.debug = True
        self.debug_transport = self.debug_transport or transport

    def close(self) -> None:
        """Close the client and undo the logging set-up (called when the command ends)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        while self._undo:
            self._undo.pop()()


def state_from(ctx: typer.Context) -> State:
    """The :class:`State` of this run (a fresh default one when a command runs outside ``ashby``)."""
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State()
    return root.obj


def client_from(ctx: typer.Context) -> AshbyClient:
    """The shared :class:`AshbyClient` of this run, configured from flags, profile, environment and ``.env``."""
    return state_from(ctx).client()
