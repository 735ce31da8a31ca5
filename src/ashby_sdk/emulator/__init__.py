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
"""

from __future__ import annotations

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
