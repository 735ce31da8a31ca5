"""The one model base: snake_case attributes, Ashby's camelCase names as aliases, unknown fields kept."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ModelWrapValidatorHandler, PrivateAttr, model_validator
from pydantic.alias_generators import to_camel

__all__ = ["AshbyModel", "parse_model"]

M = TypeVar("M", bound="AshbyModel")


class AshbyModel(BaseModel):
    """Base of every object the API returns.

    Attributes are snake_case; they are read from Ashby's camelCase names
    (``primaryEmailAddress`` → ``primary_email_address``). Fields Ashby adds
    later are kept (``extra="allow"``) and :attr:`raw_data` is the dict exactly
    as the API sent it.
    """

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="allow",
        frozen=False,
        protected_namespaces=(),
    )

    _raw: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_raw(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        obj = handler(data)
        if isinstance(data, dict):
            obj._raw = data
        return obj

    @property
    def raw_data(self) -> dict[str, Any]:
        """The object exactly as the API sent it."""
        return self._raw

    @classmethod
    def from_api(cls: type[M], data: dict[str, Any]) -> M:
        """Parse one API object, keeping the original dict as :attr:`raw_data`."""
        return cls.model_validate(data)


def parse_model(model: type[M], data: Any) -> M:
    """Parse ``data`` into ``model``; a non-dict is wrapped so that nothing is lost."""
    if not isinstance(data, dict):
        data = {"value": data}
    return model.from_api(data)
