"""tests/slices.py: a slice keeps the operations of its tags and exactly the schemas they reach."""

from __future__ import annotations

from typing import Any

import pytest

from tests.slices import slice_document


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _answer(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "t", "version": "1"},
    "tags": [{"name": "A"}, {"name": "B"}],
    "paths": {
        "/a": {
            "parameters": [{"name": "x", "in": "query", "schema": _ref("Param")}],
            "get": {"tags": ["A"], "responses": _answer(_ref("Top"))},
            "post": {"tags": ["B"], "responses": _answer(_ref("Other"))},
        },
        "/b": {"get": {"tags": ["B"], "responses": _answer(_ref("Other"))}},
    },
    "components": {
        "schemas": {
            "Top": {"type": "object", "properties": {"child": {"allOf": [_ref("Child")]}}},
            "Child": {"type": "array", "items": _ref("Top")},  # a cycle back to Top
            "Param": {"type": "string"},
            "Other": {"type": "object"},
            "Seed": {"type": "object", "properties": {"x": _ref("SeedChild")}},
            "SeedChild": {"type": "string"},
            "Scheme": {"type": "string"},
        },
        "securitySchemes": {"k": {"type": "apiKey", "in": "header", "name": "K"}},
    },
    "security": [{"k": []}],
}


def test_a_slice_keeps_its_tags_operations_and_the_schemas_they_reach() -> None:
    sliced = slice_document(DOCUMENT, ["A"], ["Seed"])
    assert list(sliced) == list(DOCUMENT)  # every top-level key, in its order
    assert list(sliced["paths"]) == ["/a"]
    assert set(sliced["paths"]["/a"]) == {"parameters", "get"}
    assert list(sliced["components"]["schemas"]) == ["Top", "Child", "Param", "Seed", "SeedChild"]
    assert sliced["components"]["securitySchemes"] == DOCUMENT["components"]["securitySchemes"]
    assert sliced["tags"] == [{"name": "A"}]
    assert (sliced["info"], sliced["security"]) == (DOCUMENT["info"], DOCUMENT["security"])
    assert set(DOCUMENT["components"]["schemas"]) >= {"Other", "Scheme"}  # the document is left whole
    assert set(DOCUMENT["paths"]["/a"]) == {"parameters", "get", "post"}


def test_a_slice_of_nothing_or_of_an_unknown_schema_is_refused() -> None:
    with pytest.raises(ValueError, match=r"no operation is tagged \['C'\]"):
        slice_document(DOCUMENT, ["C"])
    with pytest.raises(ValueError, match="no such schema: Missing"):
        slice_document(DOCUMENT, ["A"], ["Missing"])
