"""Access to the example payloads saved from Ashby's reference pages (tests/fixtures/reference/)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "reference"


@pytest.fixture
def reference() -> Callable[[str], dict[str, Any]]:
    """Load ``<name>.json`` from the reference fixtures: ``{"source": url, "response": ...}``."""

    def load(name: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((REFERENCE_DIR / f"{name}.json").read_text(encoding="utf-8"))
        return data

    return load
