"""A local Ashby API: a deterministic synthetic organisation behind the real wire protocol.

```python
from ashby_sdk.emulator import Emulator

emu = Emulator(seed=0, candidates=200)
http = httpx.Client(base_url=emu.base_url, transport=emu.transport(), auth=(emu.api_key, ""))
```

Layers: :mod:`.state` / :mod:`.rules` (the organisation and Ashby's business
rules), :mod:`.wire` (auth, envelopes, validation, cursors, sync tokens, faults,
rate limits), :mod:`.routes` (``category.method`` → handler), and adapters
(:mod:`.transports`, :mod:`.asgi`, :mod:`.server`). See ``docs/emulator.md``.

The names below load on first use (PEP 562): pytest imports :mod:`.pytest_plugin`
in every test run of every project that installs us, and that must not pull in the
emulator, httpx or the client.
"""

from __future__ import annotations

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from .core import DEFAULT_BASE_URL as DEFAULT_BASE_URL
    from .core import Emulator as Emulator
    from .faults import FAULT_KINDS as FAULT_KINDS
    from .faults import Fault as Fault
    from .faults import FaultKind as FaultKind
    from .faults import Faults as Faults
    from .faults import RandomSchedule as RandomSchedule
    from .paging import SyncConfig as SyncConfig
    from .state import Organisation as Organisation
    from .webhooks import DeliveryAttempt as DeliveryAttempt
    from .webhooks import sign as sign_webhook
    from .wire import RequestRecord as RequestRecord

__all__ = [
    "DEFAULT_BASE_URL",
    "FAULT_KINDS",
    "DeliveryAttempt",
    "Emulator",
    "Fault",
    "FaultKind",
    "Faults",
    "Organisation",
    "RandomSchedule",
    "RequestRecord",
    "SyncConfig",
    "sign_webhook",
]

_HOME = {
    "DEFAULT_BASE_URL": (".core", "DEFAULT_BASE_URL"),
    "Emulator": (".core", "Emulator"),
    "FAULT_KINDS": (".faults", "FAULT_KINDS"),
    "Fault": (".faults", "Fault"),
    "FaultKind": (".faults", "FaultKind"),
    "Faults": (".faults", "Faults"),
    "RandomSchedule": (".faults", "RandomSchedule"),
    "SyncConfig": (".paging", "SyncConfig"),
    "Organisation": (".state", "Organisation"),
    "DeliveryAttempt": (".webhooks", "DeliveryAttempt"),
    "sign_webhook": (".webhooks", "sign"),
    "RequestRecord": (".wire", "RequestRecord"),
}


def __getattr__(name: str) -> _typing.Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_import_module(home[0], __name__), home[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
