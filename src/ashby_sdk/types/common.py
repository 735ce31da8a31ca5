"""Small value objects that many Ashby objects share: contact info, links, files, custom field values."""

from __future__ import annotations

from typing import Any

from ashby_sdk._models import AshbyModel

__all__ = ["Acknowledgement", "ContactInfo", "CustomField", "EmailAddress", "File", "Link", "PhoneNumber"]


class ContactInfo(AshbyModel):
    """An email address or phone number of a candidate."""

    value: str | None = None
    """The email address or phone number."""
    type: str | None = None
    """The kind of contact info. Known values: ``Personal``, ``Work``, ``Other``."""
    is_primary: bool | None = None
    """Whether this is the primary email address or phone number."""


class EmailAddress(ContactInfo):
    """A candidate's email address (``primaryEmailAddress``, ``emailAddresses[]``)."""


class PhoneNumber(ContactInfo):
    """A candidate's phone number (``primaryPhoneNumber``, ``phoneNumbers[]``)."""


class Link(AshbyModel):
    """A social link on a candidate's profile (``socialLinks[]``)."""

    type: str | None = None
    """Known values: ``LinkedIn``, ``GitHub``, ``Twitter``, ``Medium``, ``StackOverflow``, ``YouTube``,
    ``CodePen``, ``Website``."""
    url: str | None = None
    """The link's URL."""


class File(AshbyModel):
    """A file attached to a candidate, application or offer.

    ``handle`` is resolved to a short-lived download URL by ``file.info``.
    """

    id: str | None = None
    """The file's id."""
    name: str | None = None
    """The file name, e.g. ``resume.pdf``."""
    handle: str | None = None
    """Opaque handle to pass to ``file.info`` to get the file's URL."""


class CustomField(AshbyModel):
    """The value of a custom field on an object (``customFields[]``).

    ``value`` depends on the field type: a bool, number, string, ISO date string, list of
    strings (MultiValueSelect) or an object (Currency, NumberRange, CompensationRange).
    """

    id: str | None = None
    """The custom field's id."""
    title: str | None = None
    """The custom field's title."""
    value: Any = None
    """The value stored in the field; its shape depends on the field type."""
    value_label: Any = None
    """The label of the selected value(s); present only for value-select fields."""
    is_private: bool | None = None
    """Whether the field is private (needs the private-fields permission to read)."""


class Acknowledgement(AshbyModel):
    """The answer of an endpoint whose result the reference does not describe: whatever came back, in
    ``raw_data`` (and as extra attributes)."""
