"""``apiKey.info`` answers the key's ``scopes``, derived from the emulator key's permissions."""

from __future__ import annotations

from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.routes.admin import scope

from .conftest import Api


def test_scopes_follow_the_keys_permissions() -> None:
    api = Api(Emulator(seed=0, candidates=0, permissions={"apiKeysRead", "candidatesRead", "jobsWrite"}))
    info = api.ok("apiKey.info")
    assert info["scopes"] == ["apiKeys:read", "candidates:read", "jobs:write"]
    assert info["title"] and info["createdAt"]
    api.http.close()


def test_a_key_with_every_permission_has_every_scope() -> None:
    api = Api(Emulator(seed=0, candidates=0))
    everything = {e.permission for e in ENDPOINTS.values() if e.permission}
    assert api.ok("apiKey.info")["scopes"] == sorted(scope(p) for p in everything)
    assert {"candidates:read", "jobs:read", "hiringProcessMetadata:write"} <= set(api.ok("apiKey.info")["scopes"])
    api.http.close()


def test_scope_names() -> None:
    # The reference's example: ["jobs:read", "candidates:read"].
    assert scope("jobsRead") == "jobs:read"
    assert scope("candidatesWrite") == "candidates:write"
    assert scope("hiringProcessMetadataRead") == "hiringProcessMetadata:read"
