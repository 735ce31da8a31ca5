"""Where the API key and base URL come from, and the wrapper that keeps the key out of sight."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._exceptions import AshbyConfigError

__all__ = ["ApiKey", "resolve_api_key", "resolve_base_url"]


class ApiKey:
    """An Ashby API key that never shows itself.

    ``repr()``, ``str()`` and ``vars()`` of anything holding one show only
    ``ApiKey('****')``; the value leaves this object only as the Basic auth
    header, computed here and handed straight to the request.
    """

    __slots__ = ("__header", "__value")

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise AshbyConfigError("The Ashby API key must be a non-empty string.")
        self.__value = value.strip()
        token = base64.b64encode(f"{self.__value}:".encode()).decode("ascii")
        self.__header = f"Basic {token}"

    def get_secret_value(self) -> str:
        """The key itself. Never log or print it."""
        return self.__value

    @property
    def authorization(self) -> str:
        """The ``Authorization`` header value: Basic auth, key as user name, empty password."""
        return self.__header

    def __repr__(self) -> str:
        return "ApiKey('****')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ApiKey) and other.__value == self.__value

    def __hash__(self) -> int:
        return hash(self.__value)

    def __reduce__(self) -> tuple[type[ApiKey], tuple[str]]:
        # Picklable (for multiprocessing), without ever being printable.
        return (ApiKey, (self.__value,))


def _read_dotenv(name: str, path: Path) -> str | None:
    """The value of ``name`` in a ``.env`` file, without touching ``os.environ``."""
    if not path.is_file():
        return None
    from dotenv import dotenv_values  # lazy: only when a client is built without a key

    value = dotenv_values(path).get(name)
    return value or None


def resolve_api_key(api_key: str | ApiKey | None, *, dotenv_path: Path | None = None) -> ApiKey:
    """The key from the argument, else ``ASHBY_API_KEY``, else a ``.env`` file in the working directory."""
    if isinstance(api_key, ApiKey):
        return api_key
    if api_key is not None:
        return ApiKey(api_key)
    value = os.environ.get(API_KEY_ENV) or _read_dotenv(API_KEY_ENV, dotenv_path or Path.cwd() / ".env")
    if not value:
        raise AshbyConfigError(
            f"No Ashby API key: pass api_key=..., set {API_KEY_ENV}, or put {API_KEY_ENV}=... in a .env file."
        )
    return ApiKey(value)


def resolve_base_url(base_url: str | None, *, dotenv_path: Path | None = None) -> str:
    """The base URL from the argument, else ``ASHBY_BASE_URL``, else a ``.env`` file, else Ashby's."""
    value = (
        base_url
        or os.environ.get(BASE_URL_ENV)
        or _read_dotenv(BASE_URL_ENV, dotenv_path or Path.cwd() / ".env")
        or DEFAULT_BASE_URL
    )
    if not value.startswith(("http://", "https://")):
        raise AshbyConfigError(f"The base URL must start with http:// or https://, got {value!r}.")
    return value.rstrip("/")
