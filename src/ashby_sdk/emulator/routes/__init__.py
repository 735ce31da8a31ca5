"""The route table: every catalogue endpoint (``category.method``) to its handler.

A handler takes the request :class:`Ctx` and the validated parameters and
returns the ``results`` value, or a :class:`~ashby_sdk.emulator.paging.Listing`
for paged endpoints (the wire layer pages it), or raises
:class:`~ashby_sdk.emulator.errors.ApiError`.
"""

from __future__ import annotations

from ._base import Ctx, Handler, Routes
from .activity import ROUTES as _ACTIVITY
from .additions import ROUTES as _ADDITIONS
from .admin import ROUTES as _ADMIN
from .applications import ROUTES as _APPLICATIONS
from .candidates import ROUTES as _CANDIDATES
from .jobs import ROUTES as _JOBS
from .organisation import ROUTES as _ORGANISATION
from .projects import ROUTES as _PROJECTS
from .records import ROUTES as _RECORDS
from .setup import ROUTES as _SETUP
from .sourcing import ROUTES as _SOURCING

__all__ = ["ROUTES", "Ctx", "Handler", "Routes"]

ROUTES: Routes = {
    **_ACTIVITY,
    **_ADMIN,
    **_APPLICATIONS,
    **_CANDIDATES,
    **_JOBS,
    **_ORGANISATION,
    **_RECORDS,
    **_SETUP,
    **_ADDITIONS,
    **_PROJECTS,
    **_SOURCING,
}
