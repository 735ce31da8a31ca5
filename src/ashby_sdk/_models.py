"""The one model base: msgspec Structs with snake_case attributes read from Ashby's camelCase names.

Why msgspec (measured with ``bench/models.py`` on 20,000 of the emulator's
candidates, one run): decoding a page straight from its bytes into Structs is
validated in C, costs less than decoding it into dicts with ``orjson``, and the
objects take less memory than those dicts; pydantic models cost 3-4x the JSON
decoding itself.

Every model is a ``gc=False`` Struct, so the garbage collector never tracks
(or walks) a model, and no global GC pause is needed or taken. The objects a
call returns need one more thing: a pointer to the bytes they came from, so
that :attr:`AshbyModel.raw_data` is the exact original, decoded lazily. msgspec
refuses ``dict=True`` (and ``weakref=True``) with ``gc=False`` and has no
private fields, so those objects are instances of a *twin* of their class,
made once per class: a subclass with an instance ``__dict__`` for the pointer,
the same name, fields and behaviour (``isinstance(obj, Candidate)`` holds,
equality and pickling ignore the difference). Nested parts stay plain
``gc=False`` Structs. Measured, this costs a third of what ``dict=True`` on
every model costs.

A payload that does not fit its model never makes a page unreadable: the
fields that do not fit (a ``null`` where a list belongs, a string where a
number belongs) fall back to their defaults, one by one, while ``raw_data``
keeps what Ashby sent.
"""

from __future__ import annotations

import re
import threading
from copy import deepcopy
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

__all__ = ["AshbyModel", "RawPage", "attach_raw", "parse_many", "parse_model", "returned"]

M = TypeVar("M", bound="AshbyModel")

_RAW = "_ashby_raw"
"""Key in a returned object's ``__dict__``: the original dict, or ``(RawPage, index)`` until first read."""

_MAX_REPAIRS = 10_000
"""Each repair removes one value, so this bounds only pathological payloads."""
_PATH_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


class RawPage:
    """The bytes of one answer, decoded to dicts only if some object's ``raw_data`` is read."""

    __slots__ = ("_content", "_results")

    def __init__(self, content: bytes) -> None:
        self._content = content
        self._results: Any = None

    def results(self) -> Any:
        if self._results is None:
            self._results = msgspec.json.decode(self._content).get("results")
        return self._results


def _snake_to_camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class AshbyModel(
    msgspec.Struct,
    rename="camel",
    kw_only=True,
    omit_defaults=True,
    repr_omit_defaults=True,
    gc=False,
):
    """Base of every object the API returns.

    Attributes are snake_case, read from Ashby's camelCase names
    (``primaryEmailAddress`` → ``primary_email_address``). Every field is
    optional, so a field Ashby leaves out reads as ``None`` (or ``[]``).

    - :attr:`raw_data` is the object exactly as the API sent it, unknown fields
      included (exact for every object a call returns; rebuilt from the fields
      for a part of one, such as a candidate's ``source``).
    - Fields Ashby adds after this release are reachable as attributes too,
      by their snake_case or camelCase name (``candidate.new_field``), and
      listed in :attr:`extra_fields`.
    - :meth:`to_dict` / :meth:`to_json` convert an object back; models compare
      equal when their fields do, pickle, and print only the fields that are set.
    - Models are msgspec Structs: ``msgspec.json.encode(model)`` gives Ashby's
      camelCase JSON, and ``msgspec.convert(data, Model)`` builds one from a dict.
    """

    @property
    def raw_data(self) -> dict[str, Any]:
        """The object exactly as the API sent it (a dict with Ashby's camelCase keys)."""
        raw = _raw_of(self)
        if raw is None:
            rebuilt: dict[str, Any] = msgspec.to_builtins(self)
            return rebuilt
        if isinstance(raw, tuple):  # (page, index): decoded on first use, then kept without the page
            page, index = raw
            results = page.results()
            raw = results if index is None else results[index]
            self.__dict__[_RAW] = raw
        return raw  # type: ignore[no-any-return]

    @property
    def extra_fields(self) -> dict[str, Any]:
        """Fields Ashby sent that this model does not describe (by their camelCase names)."""
        known = type(self).__struct_encode_fields__
        return {key: value for key, value in self.raw_data.items() if key not in known}

    @classmethod
    def from_api(cls: type[M], data: Any) -> M:
        """Parse one API object (a dict with camelCase keys), keeping it as :attr:`raw_data`."""
        return parse_model(cls, data)

    def to_dict(self, *, use_api_names: bool = True) -> dict[str, Any]:
        """The fields as JSON-compatible builtins (datetimes as ISO 8601 strings), without those left unset.

        Keys are Ashby's camelCase names, or the attribute names with
        ``use_api_names=False``. Unlike :attr:`raw_data`, this reflects changes
        made to the object and leaves out fields the model does not describe.
        """
        data: dict[str, Any] = msgspec.to_builtins(self)
        if use_api_names:
            return data
        return _python_names(self, data)  # type: ignore[no-any-return]

    def to_json(self, *, indent: int = 0) -> str:
        """The fields as a JSON string with Ashby's camelCase keys (``indent`` > 0 pretty-prints)."""
        encoded = msgspec.json.encode(self)
        if indent > 0:
            encoded = msgspec.json.format(encoded, indent=indent)
        return encoded.decode()

    if not TYPE_CHECKING:  # so that mypy still catches misspelt attributes

        def __getattr__(self, name: str) -> Any:
            # Only called when normal lookup fails: a field Ashby added after this release.
            if name.startswith("_"):
                raise AttributeError(name)
            cls = type(self)
            camel = _snake_to_camel(name)
            known = cls.__struct_encode_fields__
            if camel in known or name in known:
                attribute = cls.__struct_fields__[known.index(camel if camel in known else name)]
                raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}; did you mean {attribute!r}?")
            if _raw_of(self) is not None:
                data = self.raw_data
                for key in (name, camel):
                    if key in data:
                        return data[key]
            raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")


def _python_names(value: Any, data: Any) -> Any:
    """``data`` (``to_builtins`` of ``value``) with struct keys renamed to attribute names, recursively."""
    if isinstance(value, msgspec.Struct) and isinstance(data, dict):
        names = dict(zip(value.__struct_encode_fields__, value.__struct_fields__, strict=True))
        return {
            names.get(key, key): _python_names(getattr(value, names[key]) if key in names else None, item)
            for key, item in data.items()
        }
    if isinstance(value, list) and isinstance(data, list):
        return [_python_names(item, raw) for item, raw in zip(value, data, strict=True)]
    return data


def _raw_of(obj: AshbyModel) -> Any:
    return obj.__dict__.get(_RAW) if type(obj) in _MODEL_OF else None


_TWINS: dict[type[Any], type[Any]] = {}
_MODEL_OF: dict[type[Any], type[Any]] = {}
_twins_lock = threading.Lock()


def returned(model: type[M]) -> type[M]:
    """The twin of ``model`` that objects a call returns are made of (made once, then cached)."""
    twin = _TWINS.get(model)
    if twin is not None:
        return twin
    with _twins_lock:
        twin = _TWINS.get(model)
        if twin is None:
            twin = _make_twin(model)
            _MODEL_OF[twin] = model
            _TWINS[model] = twin
    return twin


def _make_twin(model: type[M]) -> type[M]:
    class Twin(model, gc=True, dict=True):  # type: ignore[valid-type,misc,call-arg]
        # Equality and pickling see the model, not the twin: a returned candidate equals a
        # Candidate(...) with the same fields, and unpickles as a returned candidate with its original.
        def __eq__(self, other: object) -> bool:
            if not isinstance(other, msgspec.Struct) or _MODEL_OF.get(type(other), type(other)) is not model:
                return NotImplemented
            return bool(msgspec.structs.astuple(self) == msgspec.structs.astuple(other))

        def __ne__(self, other: object) -> bool:
            equal = self.__eq__(other)
            return equal if equal is NotImplemented else not equal

        __hash__ = None  # type: ignore[assignment]

        def __reduce__(self) -> tuple[Any, ...]:
            raw = self.raw_data if _RAW in self.__dict__ else None  # materialised: a page's bytes are not pickled
            return (_restore, (model, msgspec.structs.asdict(self), raw))

        def __copy__(self) -> Any:
            copied = msgspec.structs.replace(self)
            if _RAW in self.__dict__:
                copied.__dict__[_RAW] = self.__dict__[_RAW]
            return copied

    Twin.__name__, Twin.__qualname__ = model.__name__, model.__qualname__
    Twin.__module__, Twin.__doc__ = model.__module__, model.__doc__
    return Twin


def _restore(model: type[M], fields: dict[str, Any], raw: dict[str, Any] | None) -> M:
    obj = returned(model)(**fields)
    if raw is not None:
        obj.__dict__[_RAW] = raw
    return obj


def attach_raw(obj: AshbyModel, page: RawPage, index: int | None) -> None:
    """Remember where a returned object's original is: item ``index`` of a page's results (all if ``None``)."""
    obj.__dict__[_RAW] = (page, index)


def _drop_at(data: Any, path: str) -> bool:
    """Remove the value at a msgspec error path (``$.emailAddresses[0]``) from ``data``; whether it was there."""
    parts = [(key, int(index) if index else None) for key, index in _PATH_PART.findall(path)]
    if not parts:
        return False
    parent = data
    for key, index in parts[:-1]:
        if key:
            parent = parent.get(key) if isinstance(parent, dict) else None
        else:
            parent = parent[index] if isinstance(parent, list) and index is not None and index < len(parent) else None
        if parent is None or not isinstance(parent, (dict, list)):
            return False
    key, index = parts[-1]
    if key and isinstance(parent, dict) and key in parent:
        del parent[key]
        return True
    if not key and isinstance(parent, list) and index is not None and index < len(parent):
        del parent[index]
        return True
    return False


def _convert(model: type[M], data: dict[str, Any]) -> M:
    model = returned(model)
    try:
        return msgspec.convert(data, model)
    except msgspec.ValidationError as first:
        error: msgspec.ValidationError = first
    # Something does not fit: drop what does not, one field at a time, on a copy (raw_data stays exact).
    repaired = deepcopy(data)
    for _ in range(_MAX_REPAIRS):
        where = str(error).rpartition(" - at `")[2].rstrip("`")
        if not where.startswith("$") or not _drop_at(repaired, where):
            break
        try:
            return msgspec.convert(repaired, model)
        except msgspec.ValidationError as again:
            error = again
    from ._exceptions import AshbyAPIError

    message = f"the answer does not fit {model.__name__}: {error} (use raw access: client.request)"
    raise AshbyAPIError(message, body=data)


def parse_model(model: type[M], data: Any) -> M:
    """Parse ``data`` into ``model``; a non-dict (a bare string) is wrapped as ``{"value": ...}``."""
    if not isinstance(data, dict):
        data = {"value": data}
    obj = _convert(model, data)
    obj.__dict__[_RAW] = data
    return obj


def parse_many(model: type[M], items: list[Any]) -> list[M]:
    """Parse a list of API objects (each that does not fit is repaired on its own)."""
    return [parse_model(model, item) for item in items]
