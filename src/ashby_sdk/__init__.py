"""ashby-sdk: the Python client for the Ashby ATS API.

>>> from ashby_sdk import AshbyClient
>>> client = AshbyClient()  # key from ASHBY_API_KEY or .env
>>> jobs = client.jobs.list(status=["Open"])

Importing this package does nothing observable: no ``.env`` is read, no
logging is configured, and the CLI, emulator and database code load only when used.
The names below load on first use (PEP 562), so ``ashby --help`` does not pay for
httpx and msgspec.
"""

from __future__ import annotations

import typing as _typing
from importlib import import_module as _import_module

__version__ = "0.1.0"

if _typing.TYPE_CHECKING:
    from ._client import AshbyClient as AshbyClient
    from ._client import AsyncAshbyClient as AsyncAshbyClient
    from ._exceptions import AshbyAPIError as AshbyAPIError
    from ._exceptions import AshbyArgumentError as AshbyArgumentError
    from ._exceptions import AshbyAuthError as AshbyAuthError
    from ._exceptions import AshbyConfigError as AshbyConfigError
    from ._exceptions import AshbyConnectionError as AshbyConnectionError
    from ._exceptions import AshbyError as AshbyError
    from ._exceptions import AshbyIncrementalSyncTooLargeError as AshbyIncrementalSyncTooLargeError
    from ._exceptions import AshbyInvalidInputError as AshbyInvalidInputError
    from ._exceptions import AshbyNotFoundError as AshbyNotFoundError
    from ._exceptions import AshbyRateLimitError as AshbyRateLimitError
    from ._exceptions import AshbyServerError as AshbyServerError
    from ._exceptions import AshbySyncTokenExpiredError as AshbySyncTokenExpiredError
    from ._exceptions import AshbyTimeoutError as AshbyTimeoutError
    from ._exceptions import AshbyUnexpectedArgumentError as AshbyUnexpectedArgumentError
    from ._not_given import NOT_GIVEN as NOT_GIVEN
    from ._not_given import NotGiven as NotGiven
    from ._request_options import RequestOptions as RequestOptions
    from .pagination import AsyncPager as AsyncPager
    from .pagination import Page as Page
    from .pagination import Pager as Pager

__all__ = [
    "NOT_GIVEN",
    "AshbyAPIError",
    "AshbyArgumentError",
    "AshbyAuthError",
    "AshbyClient",
    "AshbyConfigError",
    "AshbyConnectionError",
    "AshbyError",
    "AshbyIncrementalSyncTooLargeError",
    "AshbyInvalidInputError",
    "AshbyNotFoundError",
    "AshbyRateLimitError",
    "AshbyServerError",
    "AshbySyncTokenExpiredError",
    "AshbyTimeoutError",
    "AshbyUnexpectedArgumentError",
    "AsyncAshbyClient",
    "AsyncPager",
    "NotGiven",
    "Page",
    "Pager",
    "RequestOptions",
    "__version__",
]

_HOME = {"AshbyClient": "._client", "AsyncAshbyClient": "._client", "AsyncPager": ".pagination"}
_HOME.update({"Page": ".pagination", "Pager": ".pagination", "NOT_GIVEN": "._not_given", "NotGiven": "._not_given"})
_HOME["RequestOptions"] = "._request_options"


def __getattr__(name: str) -> _typing.Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_import_module(_HOME.get(name, "._exceptions"), __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
