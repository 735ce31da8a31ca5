from __future__ import annotations

from ashby_sdk.types import ArchiveReason, CloseReason, CustomFieldDefinition, Source, Tag


def test_seed_names() -> None:
    assert Tag.from_api({"id": "t", "title": "Strong candidate", "isArchived": False}).name == "Strong candidate"
    source = Source.from_api(
        {"id": "s", "title": "Applied", "isArchived": False, "sourceType": {"id": "st", "title": "Inbound"}}
    )
    assert (source.name, source.type) == ("Applied", "Inbound")
    assert Source.from_api({"title": "Referral"}).type is None
    reason = ArchiveReason.from_api({"id": "r", "text": "Too inexperienced", "reasonType": "RejectedByOrg"})
    assert (reason.name, reason.reason_type) == ("Too inexperienced", "RejectedByOrg")
    close = CloseReason.from_api({"id": "c", "reasonText": "Position Filled", "isArchived": False})
    assert (close.name, close.reason_text) == ("Position Filled", "Position Filled")


def test_custom_field_definition() -> None:
    field = CustomFieldDefinition.from_api(
        {
            "id": "f",
            "isPrivate": False,
            "title": "Preferred Teams",
            "objectType": "Candidate",
            "isArchived": False,
            "fieldType": "MultiValueSelect",
            "isRequired": False,
            "selectableValues": [{"label": "Backend Engineering", "value": "Backend Engineering", "isArchived": False}],
        }
    )
    assert field.field_type == "MultiValueSelect"
    assert field.selectable_values[0].label == "Backend Engineering"
    assert CustomFieldDefinition.from_api({"id": "g"}).selectable_values == []
