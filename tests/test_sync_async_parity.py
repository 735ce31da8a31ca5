"""The sync client is generated from the async one: same resources, same methods, same signatures."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

from ashby_sdk import AshbyClient, AsyncAshbyClient
from ashby_sdk._catalogue import ENDPOINTS, method_name

ROOT = Path(__file__).resolve().parent.parent


def _public(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    }


def test_same_surface() -> None:
    sync_client = AshbyClient(api_key="k")
    async_client = AsyncAshbyClient(api_key="k")
    resources = [n for n, v in vars(AshbyClient).items() if hasattr(v, "func")]  # the cached properties
    assert {method_name(name)[0] for name in ENDPOINTS} <= set(resources)
    for name in resources:
        sync_resource, async_resource = getattr(sync_client, name), getattr(async_client, name)
        assert type(async_resource).__name__ == "Async" + type(sync_resource).__name__
        assert _public(type(sync_resource)).keys() == _public(type(async_resource)).keys(), name
        for method, signature in _public(type(sync_resource)).items():
            other = _public(type(async_resource))[method]
            assert list(signature.parameters) == list(other.parameters), f"{name}.{method}"
    assert _public(AshbyClient).keys() == _public(AsyncAshbyClient).keys()


def test_generated_code_is_current() -> None:
    result = subprocess.run([sys.executable, "scripts/unasync.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
