"""The copy of the spec served to Prism: nullable spelled so Prism's validator compiles it, same meaning."""

from __future__ import annotations

import copy
from typing import Any

from dastra_sandbox.mock_api import prism_compatible

REF = {"$ref": "#/components/schemas/A"}


def test_nullable_without_type_becomes_an_explicit_null_alternative() -> None:
    schema = {"allOf": [REF], "nullable": True, "readOnly": True, "description": "d"}
    assert prism_compatible(schema) == {
        "readOnly": True,
        "description": "d",
        "anyOf": [{"allOf": [REF]}, {"type": "null"}],
    }


def test_nullable_any_value_just_loses_the_keyword() -> None:
    assert prism_compatible({"nullable": True}) == {}


def test_typed_nullable_is_left_to_prism_but_loses_a_null_enum_member() -> None:
    assert prism_compatible({"type": "integer", "nullable": True}) == {"type": "integer", "nullable": True}
    assert prism_compatible({"type": "string", "nullable": True, "enum": ["A", None]}) == {
        "type": "string",
        "nullable": True,
        "enum": ["A"],
    }


def test_the_whole_document_is_walked_and_the_input_kept() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "B": {
                    "type": "object",
                    "properties": {"a": {"anyOf": [REF, {"type": "string"}], "nullable": True}},
                    "required": ["nullable"],
                }
            }
        },
        "paths": {"/x": {"get": {"parameters": [{"schema": {"allOf": [REF], "nullable": True}}]}}},
    }
    original = copy.deepcopy(document)
    converted = prism_compatible(document)
    assert document == original
    assert converted["components"]["schemas"]["B"]["properties"]["a"] == {
        "anyOf": [{"anyOf": [REF, {"type": "string"}]}, {"type": "null"}]
    }
    assert converted["components"]["schemas"]["B"]["required"] == ["nullable"]
    assert converted["paths"]["/x"]["get"]["parameters"][0]["schema"]["anyOf"][1] == {"type": "null"}
