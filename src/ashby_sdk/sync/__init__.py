"""The mirror engine: copy an Ashby organisation into a database, and keep it current.

```python
import asyncio
from ashby_sdk import AsyncAshbyClient
from ashby_sdk.sync import Mirror

async def main() -> None:
    async with AsyncAshbyClient() as client:
        await Mirror(client, "ashby.db").run()

asyncio.run(main())
```

Layers: :mod:`.tables` (one table per object type, its typed columns),
:mod:`.feeds` and :mod:`.streams` (how each list is fetched), :mod:`.mirror`
(the engine; ``_lists``, ``_patience``, ``_writer`` and ``_lock`` are its
machinery), :mod:`.store` (the protocol a database implements), :mod:`.stores`
(SQLite, PostgreSQL), :mod:`.views` (SQL views for analysts) and :mod:`.listen`
(webhooks applied as they arrive). ``ashby sync`` is the command-line form; see
``docs/mirror.md``. ``import ashby_sdk`` does not load this package.
"""

from __future__ import annotations

from .mirror import Mirror as Mirror
from .mirror import MirrorError as MirrorError
from .mirror import Progress as Progress
from .store import ListState as ListState
from .store import PageResult as PageResult
from .store import Store as Store
from .store import StoreBusyError as StoreBusyError
from .store import StoreUnavailableError as StoreUnavailableError
from .store import TableCounts as TableCounts
from .stores import open_store as open_store
from .stores.sqlite import SQLiteStore as SQLiteStore
from .streams import CHILDREN as CHILDREN
from .streams import NOT_MIRRORED as NOT_MIRRORED
from .streams import STREAMS as STREAMS
from .streams import Stream as Stream
from .summary import ListResult as ListResult
from .summary import MirrorSummary as MirrorSummary
from .tables import TABLES as TABLES
from .tables import Column as Column
from .tables import TableSpec as TableSpec

__all__ = [
    "CHILDREN",
    "NOT_MIRRORED",
    "STREAMS",
    "TABLES",
    "Column",
    "ListResult",
    "ListState",
    "Mirror",
    "MirrorError",
    "MirrorSummary",
    "PageResult",
    "Progress",
    "SQLiteStore",
    "Store",
    "StoreBusyError",
    "StoreUnavailableError",
    "Stream",
    "TableCounts",
    "TableSpec",
    "open_store",
]
