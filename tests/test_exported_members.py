"""The public surface is explicit: ``__all__`` matches what the package exports."""

from __future__ import annotations

from types import ModuleType

import ashby_sdk
import ashby_sdk.types


def test_all_matches_public_names() -> None:
    for name in ashby_sdk.__all__:  # resolving a name imports its module, which then shows in dir()
        getattr(ashby_sdk, name)
    submodules = {name for name in dir(ashby_sdk) if isinstance(getattr(ashby_sdk, name), ModuleType)}
    submodules.add("annotations")
    public = {name for name in dir(ashby_sdk) if not name.startswith(("_", "@"))} - submodules
    assert set(ashby_sdk.__all__) - {"__version__"} == public


def test_every_exported_name_resolves() -> None:
    for module in (ashby_sdk, ashby_sdk.types):
        for name in module.__all__:
            assert getattr(module, name) is not None, name


def test_the_per_call_options_are_exported() -> None:
    from ashby_sdk import RequestOptions
    from ashby_sdk._request_options import OPTION_NAMES

    assert {"RequestOptions", "NotGiven", "NOT_GIVEN"} <= set(ashby_sdk.__all__)
    names = ["timeout", "max_retries", "extra_headers", "extra_body", "idempotent"]
    assert list(RequestOptions.__annotations__) == names
    assert RequestOptions.__total__ is False and set(RequestOptions.__annotations__) == OPTION_NAMES
