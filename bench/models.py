"""The model-layer decision, measured: decoding candidate pages into dicts vs typed objects.

    python3 scripts/dev.py python bench/models.py [--candidates 20000] [--rounds 5]

The pages are the emulator's own ``candidate.list`` answers (100 candidates each),
held in memory as bytes so that only decoding is timed. Every variant decodes
every page and keeps every object, in a fresh child process per round (so
peak memory is its own), rounds alternating in order:

- ``orjson``: ``orjson.loads`` into dicts (the floor: the best a hand-written client does);
- ``stdlib``: ``json.loads`` into dicts;
- ``ours``: ashby-sdk's decoding (msgspec Structs, ``dict=True`` for the raw pointer, page bytes kept);
- ``ours_raw``: the same, then ``raw_data`` read on every object (the lazy original decoded);
- ``gc_false``: the same Structs rebuilt with ``gc=False`` and no raw pointer (what msgspec's
  ``gc=False`` would give if ``raw_data`` were dropped);
- ``pydantic``: equivalent pydantic v2 models (camelCase aliases, ``extra="allow"``), ``validate_json``
  on the envelope, the way this project decoded pages before msgspec (if pydantic is installed).
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import types
import typing
from pathlib import Path
from typing import Any

VARIANTS = ("orjson", "stdlib", "ours", "ours_raw", "gc_false", "pydantic")


def _pages(candidates: int) -> list[bytes]:
    import httpx

    from ashby_sdk.emulator import Emulator

    emu = Emulator(seed=0, candidates=candidates)
    pages: list[bytes] = []
    with httpx.Client(base_url=emu.base_url, transport=emu.transport(), auth=(emu.api_key, "")) as http:
        body: dict[str, Any] = {"limit": 100}
        while True:
            content = http.post("/candidate.list", json=body).content
            pages.append(content)
            page = json.loads(content)
            if not page["moreDataAvailable"]:
                return pages
            body["cursor"] = page["nextCursor"]


def _clone(model: Any, seen: dict[Any, Any], **config: Any) -> Any:
    """``model`` and the Structs it holds, rebuilt as new Struct types with other options."""
    import msgspec

    if model in seen:
        return seen[model]

    def convert(tp: Any) -> Any:
        if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
            return _clone(tp, seen, **config)
        args = typing.get_args(tp)
        if not args:
            return tp
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            return typing.Union[tuple(convert(a) for a in args)]  # noqa: UP007
        return origin[tuple(convert(a) for a in args)]

    fields = [
        (f.name, convert(f.type), msgspec.field(default=f.default, name=f.encode_name))
        if f.default_factory is msgspec.NODEFAULT
        else (f.name, convert(f.type), msgspec.field(default_factory=f.default_factory, name=f.encode_name))
        for f in msgspec.structs.fields(model)
    ]
    seen[model] = clone = msgspec.defstruct(model.__name__, fields, kw_only=True, **config)
    return clone


def _pydantic(model: Any, seen: dict[Any, Any]) -> Any:
    import msgspec
    from pydantic import ConfigDict, Field, create_model

    if model in seen:
        return seen[model]

    def convert(tp: Any) -> Any:
        if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
            return _pydantic(tp, seen)
        args = typing.get_args(tp)
        if not args:
            return tp
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            return typing.Union[tuple(convert(a) for a in args)]  # noqa: UP007
        return origin[tuple(convert(a) for a in args)]

    fields: dict[str, Any] = {}
    for f in msgspec.structs.fields(model):
        default = Field(default_factory=list) if f.default_factory is list else f.default
        fields[f.name] = (convert(f.type), Field(default, alias=f.encode_name) if f.name != f.encode_name else default)
    config = ConfigDict(extra="allow", populate_by_name=True)
    seen[model] = created = create_model(model.__name__, __config__=config, **fields)
    return created


def _decoder(variant: str) -> Any:
    if variant == "orjson":
        import orjson

        return lambda content: orjson.loads(content)["results"]
    if variant == "stdlib":
        return lambda content: json.loads(content)["results"]
    from ashby_sdk._base_client import Answer
    from ashby_sdk._decode import decode_typed
    from ashby_sdk.types import Candidate

    if variant in ("ours", "ours_raw"):
        import httpx

        headers = httpx.Headers()

        def ours(content: bytes) -> list[Any]:
            decoded = decode_typed(Answer(200, headers, content), Candidate, many=True)
            assert decoded is not None
            if variant == "ours_raw":
                for item in decoded.items:
                    item.raw_data  # noqa: B018
            return decoded.items

        return ours
    if variant == "gc_false":
        import msgspec

        clone = _clone(Candidate, {}, gc=False, rename=None)
        envelope = msgspec.defstruct("Envelope", [("results", list[clone], [])])
        decoder = msgspec.json.Decoder(envelope)
        return lambda content: decoder.decode(content).results
    if variant == "pydantic":
        from pydantic import BaseModel, TypeAdapter, create_model

        model = _pydantic(Candidate, {})
        envelope: type[BaseModel] = create_model("Envelope", results=(list[model], []))
        adapter = TypeAdapter(envelope)
        return lambda content: adapter.validate_json(content).results
    raise ValueError(variant)


def _child(variant: str, pages_file: str) -> dict[str, float]:
    pages: list[bytes] = pickle.loads(Path(pages_file).read_bytes())
    decode = _decoder(variant)
    decode(pages[0])  # build decoders and schemas outside the timing
    gc.collect()
    started = time.perf_counter()
    kept: list[Any] = []
    for content in pages:
        kept.extend(decode(content))
    seconds = time.perf_counter() - started
    del kept
    gc.collect()
    tracemalloc.start()
    kept = []
    for content in pages:
        kept.extend(decode(content))
    heap = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return {"seconds": seconds, "heap_mb": heap, "objects": float(len(kept))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--pages", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        print(json.dumps(_child(opts.child, opts.pages)))
        return
    pages = _pages(opts.candidates)
    variants = [v for v in VARIANTS if v != "pydantic" or _importable("pydantic")]
    results: dict[str, list[dict[str, float]]] = {v: [] for v in variants}
    with tempfile.NamedTemporaryFile(suffix=".pickle") as handle:
        handle.write(pickle.dumps(pages))
        handle.flush()
        for round_no in range(opts.rounds):
            for variant in variants if round_no % 2 == 0 else list(reversed(variants)):
                cmd = [sys.executable, __file__, "--child", variant, "--pages", handle.name]
                out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
                results[variant].append(json.loads(out))
    floor = {k: statistics.median(r[k] for r in results["orjson"]) for k in ("seconds", "heap_mb")}
    size = sum(map(len, pages)) / 1e6
    print(f"{len(pages)} pages, {size:.1f} MB of JSON, {opts.candidates} candidates; medians of {opts.rounds} rounds\n")
    print("| variant | decode time | vs orjson | peak heap | vs orjson |")
    print("|---|---|---|---|---|")
    for variant, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        heap = statistics.median(r["heap_mb"] for r in runs)
        line = f"| {variant} | {seconds:.3f} s | {seconds / floor['seconds']:.2f}x | {heap:.1f} MB"
        print(f"{line} | {heap / floor['heap_mb']:.2f}x |")


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


if __name__ == "__main__":
    main()
