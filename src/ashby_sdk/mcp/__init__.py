"""``ashby mcp``: an MCP server that answers an AI agent's questions about an Ashby organisation.

Read tools shaped for the questions people ask (find candidates, a candidate's
whole story, a job's pipeline, upcoming interviews, offers), answered from a
mirror made by ``ashby sync`` when one is given (fast, offline, no rate-limit
cost; each answer says how old its data is) and from the live API otherwise or
for what the mirror lacks; a read-only SQL tool over the mirror; three write
tools only with ``allow_writes``. See ``docs/mcp.md``.

The MCP SDK (the ``mcp`` extra) is imported by :func:`build_server` only.

```python
from ashby_sdk import AshbyClient
from ashby_sdk.mcp import Backend, Settings, build_server, open_mirror

backend = Backend(Settings(redact=True), db=open_mirror("ashby.db"), client=AshbyClient())
build_server(backend).run("stdio")
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._backend import Backend, Settings
from ._db import open_mirror

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

__all__ = ["Backend", "Settings", "build_server", "open_mirror"]


def build_server(backend: Backend) -> MCPServer:
    """The MCP server (the SDK's ``MCPServer``) answering from ``backend``; run it with ``.run("stdio")``.

    Raises :class:`ModuleNotFoundError` naming the extra when the MCP SDK is not installed.
    """
    try:
        from ._server import build_server as build
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("mcp", "pydantic", "mcp_types"):
            raise ModuleNotFoundError(
                "`ashby mcp` needs the MCP SDK: pip install 'ashby-sdk[mcp]'", name=exc.name
            ) from None
        raise
    return build(backend)
