"""resources/metadata.py: custom fields, tags, sources and reasons beyond the seed's reads."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyInvalidInputError


def test_custom_field_writes(client: AshbyClient) -> None:
    field = client.custom_fields.create(
        field_type="ValueSelect",
        object_type="Candidate",
        title="Seniority",
        selectable_values=[{"label": "Junior", "value": "jr"}, {"label": "Senior", "value": "sr"}],
    )
    merged = client.custom_fields.update_selectable_values(
        custom_field_id=field.id,  # type: ignore[arg-type]
        selectable_values=[{"label": "Senior+", "value": "sr"}, {"label": "Staff", "value": "staff"}],
    )
    by_value = {v.value: v for v in merged.selectable_values}
    assert by_value["jr"].is_archived and by_value["sr"].label == "Senior+" and not by_value["staff"].is_archived
    candidate = client.candidates.list()[0]
    value = client.custom_fields.set_value(
        object_id=candidate.id, object_type="Candidate", field_id=field.id, field_value="sr"
    )  # type: ignore[arg-type]
    assert value.value == "sr"
    values = client.custom_fields.set_values(
        object_id=candidate.id, object_type="Candidate", values=[{"fieldId": field.id, "fieldValue": "staff"}]
    )
    assert [v.value for v in values] == ["staff"]
    assert {f.id: f.value for f in client.candidates.info(id=candidate.id).custom_fields}[field.id] == "staff"
    with pytest.raises(AshbyInvalidInputError):
        client.custom_fields.create(field_type="MultiValueSelect", object_type="Job", title="Empty")


def test_archive_tag_and_filters(client: AshbyClient) -> None:
    tag = client.candidate_tags.create("Temporary")
    assert client.candidate_tags.archive(tag_id=tag.id).is_archived  # type: ignore[arg-type]
    assert tag.id not in {t.id for t in client.candidate_tags.list()}
    assert tag.id in {t.id for t in client.candidate_tags.list(include_archived=True)}
    assert len(client.sources.list(include_archived=True)) >= len(client.sources.list())
    roles = client.hiring_team_roles.list(names_only=True)
    assert roles and all(r.raw_data["value"] for r in roles)
