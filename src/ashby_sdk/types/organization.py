"""The organisation: users, hiring teams and roles, departments, locations."""

from __future__ import annotations

from datetime import datetime

from ashby_sdk._models import AshbyModel

from .common import CustomField

__all__ = [
    "Department",
    "HiringTeamMember",
    "HiringTeamRole",
    "Location",
    "LocationAddress",
    "PostalAddress",
    "User",
]


def _join_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


class User(AshbyModel):
    """An Ashby user (a member of the hiring organisation), from ``user.list`` / ``user.info``.

    Also the shape of ``author``, ``creditedToUser``, ``submittedByUser`` and ``scheduledBy``
    on other objects.
    """

    id: str | None = None
    """The user's id."""
    first_name: str | None = None
    """The user's first name."""
    last_name: str | None = None
    """The user's last name."""
    email: str | None = None
    """The user's email address."""
    global_role: str | None = None
    """Access level. Known values: ``Organization Admin``, ``Elevated Access``, ``Limited Access``,
    ``External Recruiter``."""
    is_enabled: bool | None = None
    """Whether the user is active (deactivated users only appear with ``includeDeactivated``)."""
    updated_at: datetime | None = None
    """When the user was last updated."""
    manager_id: str | None = None
    """The user id of the user's manager."""
    custom_fields: list[CustomField] = []
    """Custom field values on the user (needs a feature enabled by Ashby)."""

    @property
    def full_name(self) -> str:
        """First and last name joined by a space."""
        return _join_name(self.first_name, self.last_name)


class HiringTeamMember(AshbyModel):
    """A user's role on the hiring team of a job, opening or application (``hiringTeam[]``)."""

    user_id: str | None = None
    """The user's id."""
    first_name: str | None = None
    """The user's first name."""
    last_name: str | None = None
    """The user's last name."""
    email: str | None = None
    """The user's email address."""
    role: str | None = None
    """The role's title, e.g. ``Hiring Manager``, ``Recruiter``."""

    @property
    def full_name(self) -> str:
        """First and last name joined by a space."""
        return _join_name(self.first_name, self.last_name)


class HiringTeamRole(AshbyModel):
    """A possible hiring team role, from ``hiringTeamRole.list``.

    With ``namesOnly`` true (Ashby's default) the API returns bare strings; those arrive here as
    ``{"value": "<title>"}`` and :attr:`name` still works.
    """

    id: str | None = None
    """The role's id (only with ``namesOnly: false``)."""
    title: str | None = None
    """The role's title, e.g. ``Recruiter``."""
    value: str | None = None
    """The role title when the API answered with a plain string."""

    @property
    def name(self) -> str | None:
        """The role's title, whichever form the API answered in."""
        return self.title if self.title is not None else self.value


class Department(AshbyModel):
    """A department or team, from ``department.list`` / ``department.info``."""

    id: str | None = None
    """The department's id."""
    name: str | None = None
    """The name of the department or team."""
    external_name: str | None = None
    """Alternate candidate-facing name used on Ashby job boards."""
    is_archived: bool | None = None
    """Whether the department is archived."""
    parent_id: str | None = None
    """The id of the parent department."""
    created_at: datetime | None = None
    """When the department was created."""
    updated_at: datetime | None = None
    """When the department was last updated."""
    extra_data: dict[str, str] | None = None
    """Key-value data stored by API clients for their own use."""


class PostalAddress(AshbyModel):
    """A postal address."""

    address_country: str | None = None
    """Country, e.g. ``United States``."""
    address_region: str | None = None
    """Region (state, province), e.g. ``California``."""
    address_locality: str | None = None
    """City or town."""
    postal_code: str | None = None
    """Postal code."""
    street_address: str | None = None
    """Street address."""


class LocationAddress(AshbyModel):
    """The address of a location."""

    postal_address: PostalAddress | None = None
    """The postal address."""


class Location(AshbyModel):
    """An office location or location hierarchy (region), from ``location.list`` / ``location.info``."""

    id: str | None = None
    """The location's id."""
    name: str | None = None
    """The location's name, e.g. ``Bay Area Office``."""
    external_name: str | None = None
    """Alternate candidate-facing name used on job boards."""
    is_archived: bool | None = None
    """Whether the location is archived."""
    address: LocationAddress | None = None
    """The location's address."""
    is_remote: bool | None = None
    """Deprecated by Ashby in favour of ``workplaceType``."""
    workplace_type: str | None = None
    """Known values: ``OnSite``, ``Hybrid``, ``Remote``."""
    parent_location_id: str | None = None
    """The id of the parent location hierarchy."""
    type: str | None = None
    """Known values: ``Location``, ``LocationHierarchy``."""
    extra_data: dict[str, str] | None = None
    """Key-value data stored by API clients for their own use."""
