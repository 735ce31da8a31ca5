"""``NOT_GIVEN``: an argument left out, as opposed to ``None``.

Every optional parameter of every typed method defaults to :data:`NOT_GIVEN`:
left out, nothing is sent; given ``None``, ``null`` is sent, which Ashby
documents as meaningful in places ("pass null to unset an application's
source"). openai-python and stripe-python draw the same line the same way::

    client.applications.change_source(application_id, None)   # sends "sourceId": null
    client.candidates.update(candidate_id, name="Ada")          # sends no email, no phone, ...
"""

from __future__ import annotations

from typing import Final

__all__ = ["NOT_GIVEN", "NotGiven"]


class NotGiven:
    """The type of :data:`NOT_GIVEN` (one instance; false in a boolean context)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""An argument left out: the parameter is not sent at all."""
