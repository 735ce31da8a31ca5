from __future__ import annotations

from ashby_sdk.types import FormDefinition, FormField, readable_value

DEFINITION = {
    "sections": [
        {"title": "A", "fields": [{"isRequired": True, "field": {"path": "p1", "title": "First", "type": "String"}}]},
        {
            "title": "B",
            "fields": [
                {"field": {"path": "p2", "humanReadablePath": "Second", "type": "Boolean"}},
                {"isRequired": False},
            ],
        },
    ]
}


def test_iter_and_lookup() -> None:
    form = FormDefinition.from_api(DEFINITION)
    assert [f.path for f in form.iter_fields()] == ["p1", "p2"]
    first = form.field_by_title("  first ")
    assert first is not None
    assert first.path == "p1"
    second = form.field_by_title("second")
    assert second is not None
    assert second.path == "p2"
    p2 = form.field_by_path("p2")
    assert p2 is not None
    assert p2.type == "Boolean"
    assert form.field_by_title("third") is None
    assert form.field_by_path("nope") is None


def test_readable_value() -> None:
    select = FormField.from_api({"selectableValues": [{"label": "Yes", "value": "y"}]})
    assert readable_value(select, "y") == "Yes"
    assert readable_value(select, "unknown") == "unknown"
    assert readable_value(select, ["y", "n"]) == ["Yes", "n"]
    assert readable_value(None, {"score": 4}) == 4
    assert readable_value(None, {"type": "PlainText", "value": "text"}) == "text"
    assert readable_value(None, {"city": "SF"}) == {"city": "SF"}
    assert readable_value(FormField(), True) is True
