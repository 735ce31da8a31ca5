"""What one endpoint and one parameter are, and the small builders the endpoint tables use."""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any, Literal

from .descriptions import describe

__all__ = [
    "Endpoint",
    "Param",
    "ParamFormat",
    "ParamType",
    "boolean",
    "ident",
    "integer",
    "moment",
    "obj",
    "objects",
    "read",
    "scope_of",
    "snake",
    "string",
    "strings",
    "write",
]

ParamType = Literal["string", "integer", "number", "boolean", "string[]", "object", "object[]", "any", "file"]
ParamFormat = Literal["", "epoch-ms", "date-time", "date"]
"""How a moment travels: ``epoch-ms`` an integer of milliseconds since the epoch (``createdAfter``),
``date-time`` an ISO 8601 string (``createdAt``), ``date`` a calendar date (inferred for openings'
target dates, which the definition types as plain strings)."""


@dataclass(frozen=True)
class Param:
    """One body parameter of an endpoint, by its wire (camelCase) name."""

    name: str
    type: ParamType = "string"
    required: bool = False
    enum: tuple[str, ...] = ()
    """The values the definition lists. Typed as a ``Literal`` for IDEs; any other string is sent as given."""
    nullable: bool = False
    """Ashby gives ``null`` a meaning here ("pass null to unset"), so even a required one may be ``None``."""
    format: ParamFormat = ""
    description: str = ""
    """What the parameter means, for help texts (a default is derived from the name when left empty)."""
    python_name: str = field(init=False, repr=False, compare=False)
    """The keyword argument of the typed methods (``candidateId`` -> ``candidate_id``)."""

    def __post_init__(self) -> None:
        if not self.description:
            object.__setattr__(self, "description", describe(self.name, self.format))
        object.__setattr__(self, "python_name", snake(self.name))


@dataclass(frozen=True)
class Endpoint:
    """How one Ashby endpoint behaves on the wire."""

    name: str
    params: tuple[Param, ...] = ()
    result: str | None = None
    """Name of the model in :mod:`ashby_sdk.types` the results parse into."""
    returns_list: bool = False
    """``results`` is a JSON array (paged or not)."""
    paged: bool = False
    """Takes ``cursor``/``limit`` and answers ``moreDataAvailable``/``nextCursor``."""
    sync: bool = False
    """Takes ``syncToken`` and answers one on its last page."""
    write: bool = False
    idempotent: bool = False
    """A write retried after an ambiguous failure (5xx, read timeout, dropped connection): sending it
    twice leaves the same state and triggers nothing twice. :attr:`retry_reason` says why."""
    retry_reason: str = ""
    """Why a write is, or is not, retried after an ambiguous failure (every write has one)."""
    permission: str = ""
    multipart: bool = False
    one_of: tuple[tuple[str, ...], ...] = ()
    """Alternative sets of required parameters (the definition's ``oneOf``): send every name of one set."""
    inferred: bool = False
    note: str = ""
    param_names: frozenset[str] = field(init=False, repr=False, compare=False)
    by_name: dict[str, Param] = field(init=False, repr=False, compare=False)
    """The parameters by wire name."""

    def __post_init__(self) -> None:
        if self.write and not self.retry_reason:
            raise ValueError(f"{self.name}: a write needs a retry_reason")
        if self.idempotent and not self.write:
            raise ValueError(f"{self.name}: only writes are flagged idempotent")
        names = {p.name for p in self.params}
        if self.paged:
            names |= {"cursor", "limit"}
        if self.sync:
            names.add("syncToken")
        object.__setattr__(self, "param_names", frozenset(names))
        object.__setattr__(self, "by_name", {p.name: p for p in self.params})

    @property
    def category(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def method(self) -> str:
        return self.name.split(".", 1)[1]

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params if p.required)

    def param(self, name: str) -> Param | None:
        """The parameter called ``name`` (wire name), or ``None``."""
        return self.by_name.get(name)


def scope_of(permission: str) -> str:
    """A permission as an ``apiKey.info`` scope: ``candidatesRead`` -> ``candidates:read``.

    The reference shows ``jobs:read`` and ``candidates:read``; the other modules are written the same way
    (inferred: ``hiringProcessMetadata:write``, ``apiKeys:read``).
    """
    for suffix in ("Read", "Write"):
        if permission.endswith(suffix):
            return f"{permission[: -len(suffix)]}:{suffix.lower()}"
    return permission


def snake(name: str) -> str:
    """``addHiringTeamMember`` -> ``add_hiring_team_member``; a Python keyword gets a trailing ``_``."""
    out = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    return out + "_" if keyword.iskeyword(out) else out


# Builders: the endpoint tables stay one line per parameter.
def string(name: str, *, required: bool = False, enum: tuple[str, ...] = (), **more: Any) -> Param:
    return Param(name, "string", required, enum, **more)


def ident(name: str, **more: Any) -> Param:
    """A required id (the object a call is about)."""
    return Param(name, "string", True, **more)


def boolean(name: str, *, required: bool = False, **more: Any) -> Param:
    return Param(name, "boolean", required, **more)


def integer(name: str, *, required: bool = False, **more: Any) -> Param:
    return Param(name, "integer", required, **more)


def strings(name: str, *, required: bool = False, enum: tuple[str, ...] = (), **more: Any) -> Param:
    return Param(name, "string[]", required, enum, **more)


def obj(name: str, *, required: bool = False, **more: Any) -> Param:
    return Param(name, "object", required, **more)


def objects(name: str, *, required: bool = False, **more: Any) -> Param:
    return Param(name, "object[]", required, **more)


def moment(name: str, fmt: ParamFormat, *, required: bool = False, **more: Any) -> Param:
    """A date parameter: ``epoch-ms`` travels as an integer, the others as strings."""
    return Param(name, "integer" if fmt == "epoch-ms" else "string", required, format=fmt, **more)


def read(
    name: str, params: tuple[Param, ...], result: str, permission: str, *, many: bool = False, **flags: Any
) -> Endpoint:
    """A read: ``paged`` ones return lists; ``flags`` are the other :class:`Endpoint` fields."""
    returns_list = many or flags.get("paged", False)
    return Endpoint(name, params, result=result, returns_list=returns_list, permission=permission, **flags)


def write(
    name: str,
    params: tuple[Param, ...],
    result: str,
    permission: str,
    retry: tuple[bool, str],
    *,
    many: bool = False,
    **flags: Any,
) -> Endpoint:
    """A write; ``retry`` is (retried after an ambiguous failure, why) from :mod:`.retry`."""
    idempotent, reason = retry
    return Endpoint(
        name,
        params,
        result=result,
        returns_list=many,
        write=True,
        idempotent=idempotent,
        retry_reason=reason,
        permission=permission,
        **flags,
    )
