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
    public = {n for n in vars(types_module) if not n.startswith("_")}
    modules = {n for n, v in vars(types_module).items() if type(v) is type(types_module)}
    assert set(types_module.__all__) == public - modules - {"annotations", "AshbyModel"}


def test_every_model_parses_an_empty_dict() -> None:
    for cls in MODELS.values():
        obj = cls.from_api({})
        assert obj.raw_data == {}
