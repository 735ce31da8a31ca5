from __future__ import annotations

import ashby_sdk.types as types_module
from ashby_sdk._catalogue import ENDPOINTS
from ashby_sdk._models import AshbyModel
from ashby_sdk.types import MODELS


def test_models_cover_every_catalogue_result() -> None:
    results = {e.result for e in ENDPOINTS.values() if e.result is not None}
    assert results <= set(MODELS), sorted(results - set(MODELS))
    for name, cls in MODELS.items():
        assert cls.__name__ == name
        assert issubclass(cls, AshbyModel)


def test_all_matches_public_names() -> None:
    assert set(types_module.__all__) == set(types_module._HOME) | {"MODELS"}
    for name in types_module.__all__:
        assert getattr(types_module, name) is not None
        assert name in dir(types_module)


def test_models_are_imported_only_when_named() -> None:
    """One call pays for its own models, not for every model of the API (about 100 ms of a first answer)."""
    import subprocess
    import sys

    code = (
        "import sys, ashby_sdk.types as t; before = sorted(m for m in sys.modules if m.startswith('ashby_sdk.types.'));"
        "t.Candidate; print(before, sorted(m for m in sys.modules if m.startswith('ashby_sdk.types.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("] [")
    assert out[0] == "[" and "ashby_sdk.types.candidates" in out[1] and "ashby_sdk.types.job_postings" not in out[1]


def test_every_model_parses_an_empty_dict() -> None:
    for cls in MODELS.values():
        obj = cls.from_api({})
        assert obj.raw_data == {}
