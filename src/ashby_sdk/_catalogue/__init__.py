"""The one description of the Ashby API that every other part reads.

Each endpoint is described once: its wire name (``category.method``), its body
parameters (type, required, nullable, date format, meaning), the model its
results parse into, whether it pages with cursors, whether it accepts a
``syncToken``, whether it writes and whether a write is retried after an
ambiguous failure (with the reason, :mod:`.retry`), and the permission a key
needs. The resources, the emulator's route table, the CLI and the coverage
tests all read :data:`ENDPOINTS`.

Sources: Ashby's public OpenAPI definition (May 2026; its facts are the test
fixture ``tests/fixtures/openapi-facts.json``, which ``tests/test_catalogue_oracle.py``
holds this description to, exceptions listed with their evidence) and, for
what came later, the reference pages and changelog at developers.ashbyhq.com.
Where something could not be confirmed it carries ``inferred=True`` and the
reason in ``note``.
"""

from __future__ import annotations

from . import applications, candidates, interviews, jobs, metadata, organisation, sourcing
from .model import Endpoint as Endpoint
from .model import Param as Param
from .model import ParamFormat as ParamFormat
from .model import ParamType as ParamType
from .model import scope_of as scope_of
from .model import snake as snake
from .vocabulary import AcceptanceStatus as AcceptanceStatus
from .vocabulary import CustomFieldObjectType as CustomFieldObjectType
from .vocabulary import CustomFieldType as CustomFieldType
from .vocabulary import OfferStatus as OfferStatus
from .vocabulary import WebhookType as WebhookType

__all__ = [
    "ENDPOINTS",
    "AcceptanceStatus",
    "CustomFieldObjectType",
    "CustomFieldType",
    "Endpoint",
    "OfferStatus",
    "Param",
    "ParamFormat",
    "ParamType",
    "WebhookType",
    "endpoint",
    "method_name",
    "resource_name",
    "snake",
]

ENDPOINTS: dict[str, Endpoint] = {
    e.name: e
    for module in (candidates, applications, jobs, interviews, organisation, metadata, sourcing)
    for e in module.ENDPOINTS
}
"""Every described endpoint, by wire name."""


def endpoint(name: str) -> Endpoint | None:
    """The description of ``name`` (``category.method``), or ``None`` when it is not described."""
    return ENDPOINTS.get(name)


_IRREGULAR_PLURALS = {"applicationFeedback": "application_feedback"}
"""Categories whose resource attribute is not the plain snake_case plural."""


def resource_name(category: str) -> str:
    """The client attribute of a category: snake_case plural (``candidateTag`` -> ``candidate_tags``)."""
    if category in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[category]
    base = snake(category)
    return base + ("es" if base.endswith(("s", "x", "ch", "sh")) else "s")


def method_name(endpoint_name: str) -> tuple[str, str]:
    """(resource attribute, method) of the typed method for ``category.method``: the naming rule of api.md."""
    category, method = endpoint_name.split(".", 1)
    return resource_name(category), snake(method)
