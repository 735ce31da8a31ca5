"""Where the API key and base URL come from (the same place), and the wrapper that keeps the key out of sight."""

from __future__ import annotations

import base64
import ipaddress
import logging
import os
from pathlib import Path
from urllib.parse import urlsplit

from ._constants import ALLOW_INSECURE_HTTP_ENV, API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._exceptions import AshbyConfigError

__all__ = [
    "ApiKey",
    "check_base_url",
    "insecure_http_allowed",
    "is_loopback",
    "resolve_api_key",
    "resolve_base_url",
    "resolve_credentials",
]

log = logging.getLogger("ashby_sdk")


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
    return _resolve_key(api_key, dotenv_path or Path.cwd() / ".env")[0]


def _resolve_key(api_key: str | ApiKey | None, dotenv: Path) -> tuple[ApiKey, str]:
    if isinstance(api_key, ApiKey):
        return api_key, "argument"
    if api_key is not None:
        return ApiKey(api_key), "argument"
    value = os.environ.get(API_KEY_ENV)
    if value:
        return ApiKey(value), "environment"
    value = _read_dotenv(API_KEY_ENV, dotenv)
    if not value:
        raise AshbyConfigError(
            f"No Ashby API key: pass api_key=..., set {API_KEY_ENV}, or put {API_KEY_ENV}=... in a .env file."
        )
    return ApiKey(value), "dotenv"


def resolve_credentials(
    api_key: str | ApiKey | None,
    base_url: str | None,
    *,
    allow_insecure_http: bool | None = None,
    dotenv_path: Path | None = None,
) -> tuple[ApiKey, str]:
    """The key and the base URL, from the same place.

    The key comes from the argument, else ``ASHBY_API_KEY``, else a ``.env`` file in
    the working directory; the base URL from the argument, else ``ASHBY_BASE_URL``,
    else (only when the key came from it too) the ``.env`` file, else Ashby's. So a
    ``.env`` left in a directory cannot send a key given by other means to another
    host. The URL is then checked by :func:`check_base_url`.
    """
    dotenv = dotenv_path or Path.cwd() / ".env"
    key, source = _resolve_key(api_key, dotenv)
    url = base_url or os.environ.get(BASE_URL_ENV)
    if not url:
        from_dotenv = _read_dotenv(BASE_URL_ENV, dotenv)
        if from_dotenv and source == "dotenv":
            url = from_dotenv
        elif from_dotenv:
            log.warning(
                "ignoring %s in %s: the API key came from the %s, and a .env file may only set the base URL "
                "of the key it holds",
                BASE_URL_ENV,
                dotenv,
                "argument" if source == "argument" else "environment",
            )
    return key, check_base_url(url or DEFAULT_BASE_URL, allow_insecure_http)


def resolve_base_url(base_url: str | None, *, allow_insecure_http: bool | None = None) -> str:
    """The base URL from the argument, else ``ASHBY_BASE_URL``, else Ashby's (never a ``.env`` file alone)."""
    return check_base_url(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL, allow_insecure_http)


def insecure_http_allowed(allow_insecure_http: bool | None) -> bool:
    """The argument when given, else ``ASHBY_ALLOW_INSECURE_HTTP`` from the environment (never a ``.env``)."""
    if allow_insecure_http is not None:
        return allow_insecure_http
    return os.environ.get(ALLOW_INSECURE_HTTP_ENV, "").strip().lower() in ("1", "true", "yes")


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine: ``localhost`` (and ``*.localhost``) or a loopback address."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str, allow_insecure_http: bool | None = None) -> str:
    """``url`` without its trailing slash, once it is an http(s) URL that keeps the key safe.

    A plain ``http://`` URL would send the key in clear text, so it is refused
    unless it points at this machine (the emulator, a local proxy) or the caller
    opts in (``allow_insecure_http=True`` or ``ASHBY_ALLOW_INSECURE_HTTP=1``).
    """
    if not isinstance(url, str):
        raise AshbyConfigError(f"The base URL must be a string, got {type(url).__name__}.")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AshbyConfigError(f"The base URL must start with http:// or https:// and name a host, got {url!r:.80}.")
    if parts.scheme == "http" and not is_loopback(parts.hostname) and not insecure_http_allowed(allow_insecure_http):
        raise AshbyConfigError(
            f"Refusing the plain-http base URL {url!r:.80}: the API key would travel in clear text to "
            f"{parts.hostname}. Use https://, or, on a network you trust, pass allow_insecure_http=True "
            f"(or set {ALLOW_INSECURE_HTTP_ENV}=1)."
        )
    return url.strip().rstrip("/")
