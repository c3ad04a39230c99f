"""Each new normalization rule on a small document: what it does, that it counts, that it is idempotent."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_spec_validator import validate

from dastra_codegen.normalize import normalize, to_openapi_30


def _doc(
    schemas: dict[str, Any] | None = None, responses: dict[str, Any] | None = None, version: str = "3.0.1"
) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "v1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "X_Get",
                    "responses": responses
                    or {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "string"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas or {}},
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _fixed(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, int]]:
    before = copy.deepcopy(doc)
    fixed, report = normalize(doc)
    assert doc == before, "the input was mutated"
    again, second = normalize(fixed)
    assert again == fixed and second.total == 0, f"not idempotent: {second.counts}"
    validate(fixed)
    return fixed, report.counts


def _schema_31(schema: dict[str, Any]) -> dict[str, Any]:
    fixed, _ = normalize(_doc({"S": schema}, version="3.1.0"))
    result: dict[str, Any] = fixed["components"]["schemas"]["S"]
    return result


# --- OpenAPI 3.1 -> 3.0.3 ---------------------------------------------------------------------------


def test_type_lists_with_null_become_nullable() -> None:
    assert _schema_31({"type": ["string", "null"], "maxLength": 5}) == {
        "type": "string",
        "maxLength": 5,
        "nullable": True,
    }
    assert _schema_31({"type": ["null"]}) == {"enum": [None]}
    assert _schema_31({"type": "null"}) == {"enum": [None]}


def test_several_types_become_any_of_each_with_its_keywords() -> None:
    schema = _schema_31({"type": ["string", "integer", "null"], "maxLength": 3, "minimum": 2})
    assert schema == {
        "anyOf": [{"type": "string", "maxLength": 3}, {"type": "integer", "minimum": 2}],
        "nullable": True,
    }


def test_aspnet_numbers_read_from_strings_stay_numbers() -> None:
    pattern = "^-?(?:0|[1-9]\\d*)$"
    assert _schema_31({"type": ["integer", "string"], "pattern": pattern, "format": "int32"}) == {
        "type": "integer",
        "format": "int32",
    }
    decimal = "^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?$"
    assert _schema_31({"type": ["null", "number", "string"], "pattern": decimal, "format": "double"}) == {
        "type": "number",
        "format": "double",
        "nullable": True,
    }
    # A real "integer or any string" stays a union.
    assert "anyOf" in _schema_31({"type": ["integer", "string"]})


def test_null_members_of_any_of_and_one_of() -> None:
    assert _schema_31({"oneOf": [{"type": "null"}, _ref("T")]}) == {"allOf": [_ref("T")], "nullable": True}
    assert _schema_31({"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}) == {
        "type": "string",
        "format": "date",
        "nullable": True,
    }
    assert _schema_31({"anyOf": [_ref("A"), _ref("B"), {"type": "null"}]}) == {
        "anyOf": [_ref("A"), _ref("B")],
        "nullable": True,
    }


def test_const_examples_bounds_and_content_keywords() -> None:
    assert _schema_31({"const": "cat"}) == {"type": "string", "enum": ["cat"]}
    assert _schema_31({"type": "string", "examples": ["a", "b"]}) == {"type": "string", "example": "a"}
    assert _schema_31({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10}) == {
        "type": "number",
        "minimum": 0,
        "exclusiveMinimum": True,
        "maximum": 10,
        "exclusiveMaximum": True,
    }
    # The stricter of an inclusive and an exclusive bound wins.
    assert _schema_31({"type": "integer", "minimum": 5, "exclusiveMinimum": 1}) == {
        "type": "integer",
        "minimum": 5,
    }
    assert _schema_31({"type": "string", "contentEncoding": "base64"}) == {"type": "string", "format": "byte"}
    converted, _ = to_openapi_30(
        _doc({"S": {"type": "string", "contentMediaType": "image/png"}}, version="3.1.0")
    )
    assert converted["components"]["schemas"]["S"] == {"type": "string", "format": "binary"}
    # (normalize then turns it into a plain string: no JSON document holds raw bytes, see binary-in-json)
    assert _schema_31({"type": "string", "contentMediaType": "application/json"}) == {"type": "string"}


def test_ref_with_siblings() -> None:
    assert _schema_31({**_ref("T"), "description": "just words"}) == _ref("T")
    assert _schema_31({**_ref("T"), "readOnly": True, "description": "d"}) == {
        "allOf": [_ref("T")],
        "readOnly": True,
    }


def test_nested_schemas_everywhere_are_converted() -> None:
    doc = _doc(
        {
            "S": {
                "type": "object",
                "properties": {"a": {"type": "array", "items": {"type": ["integer", "null"]}}},
            }
        },
        responses={
            "200": {
                "description": "ok",
                "headers": {"X-Count": {"schema": {"type": ["integer", "null"]}}},
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "additionalProperties": {"type": ["string", "null"]}}
                    }
                },
            }
        },
        version="3.1.0",
    )
    doc["paths"]["/x"]["get"]["parameters"] = [
        {"name": "q", "in": "query", "schema": {"type": ["string", "null"]}}
    ]
    doc["webhooks"] = {"created": {"post": {"responses": {"200": {"description": "ok"}}}}}
    doc["jsonSchemaDialect"] = "https://spec.openapis.org/oas/3.1/dialect/base"
    doc["info"]["summary"] = "s"
    fixed, counts = _fixed(doc)
    operation = fixed["paths"]["/x"]["get"]
    assert fixed["components"]["schemas"]["S"]["properties"]["a"]["items"] == {
        "type": "integer",
        "nullable": True,
    }
    assert operation["parameters"][0]["schema"] == {"type": "string", "nullable": True}
    assert operation["responses"]["200"]["headers"]["X-Count"]["schema"] == {
        "type": "integer",
        "nullable": True,
    }
    assert operation["responses"]["200"]["content"]["application/json"]["schema"]["additionalProperties"] == {
        "type": "string",
        "nullable": True,
    }
    assert (
        fixed["openapi"],
        "webhooks" in fixed,
        "jsonSchemaDialect" in fixed,
        "summary" in fixed["info"],
    ) == (
        "3.0.3",
        False,
        False,
        False,
    )
    assert counts["openapi-3.1-type-null"] == 4
    assert counts["openapi-3.1-webhooks"] == counts["openapi-3.1-json-schema-dialect"] == 1


def test_a_30_document_is_left_to_the_30_rules() -> None:
    doc = _doc({"S": {"type": "string", "nullable": True}})
    converted, report = to_openapi_30(doc)
    assert converted == doc
    assert report.total == 0


def test_a_31_keyword_without_30_equivalent_is_refused_by_validation() -> None:
    fixed, _ = normalize(
        _doc({"S": {"type": "object", "patternProperties": {"^x": {"type": "string"}}}}, version="3.1.0")
    )
    with pytest.raises(Exception, match="patternProperties"):
        validate(fixed)


# --- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "renamed"),
    [
        ("Client", "ClientModel"),
        ("AuthenticatedClient", "AuthenticatedClientModel"),
        ("File", "FileModel"),
        ("Response", "ResponseModel"),
        ("Unset", "UnsetModel"),
        ("errors", "errorsModel"),
        ("types", "typesModel"),
        ("Any", "AnyModel"),
        ("List", "ListModel"),  # module list.py would be a builtin's name
        ("None", "NoneModel"),  # a keyword
        ("Importlib", "ImportlibModel"),  # models/__init__.py imports importlib
    ],
)
def test_colliding_schema_names_are_renamed_and_reported(name: str, renamed: str) -> None:
    schemas = {
        name: {"type": "object", "properties": {"a": {"type": "string"}}},
        "Holder": {"type": "object", "properties": {"x": _ref(name)}},
    }
    responses = {"200": {"description": "ok", "content": {"application/json": {"schema": _ref(name)}}}}
    fixed, counts = _fixed(_doc(schemas, responses))
    assert name not in fixed["components"]["schemas"] and renamed in fixed["components"]["schemas"]
    assert fixed["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == _ref(
        renamed
    )
    assert fixed["components"]["schemas"]["Holder"]["properties"]["x"]["allOf"] == [_ref(renamed)]
    assert counts["schema-name-collisions"] == 1


def test_schemas_that_generate_the_same_module_are_told_apart() -> None:
    schemas = {"Unset": {"type": "string"}, "UNSET": {"type": "integer"}, "UnsetModel": {"type": "boolean"}}
    fixed, report = normalize(_doc(schemas))
    # UnsetModel needs no fix, so it keeps its name; then, in code-point order, UNSET -> UNSETModel would
    # take UnsetModel's module (unset_model): UNSETModel2; Unset -> UnsetModel(2) are taken: UnsetModel3.
    assert list(fixed["components"]["schemas"]) == ["UnsetModel3", "UNSETModel2", "UnsetModel"]
    assert report.counts["schema-name-collisions"] == 2
    assert all("->" in line for line in report.details if line.startswith("schema-name-collisions"))


# --- enums, discriminators --------------------------------------------------------------------------------


def test_integer_enum_names_and_open_integer_enums() -> None:
    schemas = {
        "Status": {
            "type": "integer",
            "enum": [0, 1, 2, 3],
            "x-enumNames": ["Active", "On hold", "2fa", "Active"],
        },
        "Thing": {
            "type": "object",
            "properties": {"status": _ref("Status"), "all": {"type": "array", "items": _ref("Status")}},
        },
    }
    fixed, counts = _fixed(_doc(schemas))
    assert fixed["components"]["schemas"]["Status"]["x-enum-varnames"] == [
        "ACTIVE",
        "ON_HOLD",
        "VALUE_2FA",
        "ACTIVE_2",
    ]
    thing = fixed["components"]["schemas"]["Thing"]["properties"]
    assert thing["status"]["anyOf"] == [_ref("Status"), {"type": "integer"}]
    assert thing["all"]["items"]["anyOf"] == [_ref("Status"), {"type": "integer"}]
    assert counts["integer-enum-names"] == 1
    assert counts["open-enums"] == 2


def test_untyped_enums_get_their_type() -> None:
    fixed, counts = _fixed(_doc({"A": {"enum": ["x", "y"]}, "B": {"enum": [1, 2]}, "C": {"enum": [1, "x"]}}))
    schemas = fixed["components"]["schemas"]
    assert (schemas["A"]["type"], schemas["B"]["type"], "type" in schemas["C"]) == (
        "string",
        "integer",
        False,
    )
    assert counts["untyped-enums"] == 2


def test_discriminated_variants_carry_their_value() -> None:
    schemas = {
        "Pet": {
            "oneOf": [_ref("Cat"), _ref("Dog")],
            "discriminator": {"propertyName": "kind", "mapping": {"c": "#/components/schemas/Cat"}},
        },
        "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Dog": {"allOf": [_ref("Animal")]},
        "Animal": {"type": "object", "properties": {"kind": {"type": "string"}}},
    }
    fixed, counts = _fixed(_doc(schemas))
    cat, dog = fixed["components"]["schemas"]["Cat"], fixed["components"]["schemas"]["Dog"]
    assert cat["properties"]["kind"] == {"type": "string", "enum": ["c"]} and cat["required"] == ["kind"]
    assert dog["allOf"][-1] == {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string", "enum": ["Dog"]}},
    }
    assert fixed["components"]["schemas"]["Animal"]["properties"]["kind"] == {
        "type": "string",
        "nullable": True,
    }
    assert counts["discriminated-one-of"] == 2


# --- responses ----------------------------------------------------------------------------------------------


def test_error_responses_leave_the_return_type() -> None:
    problem = {"application/problem+json": {"schema": _ref("ProblemDetails")}}
    responses = {
        "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}},
        "400": {"description": "bad", "content": problem},
        "4XX": {"description": "bad", "content": problem},
        "500": {"description": "bad", "content": problem},
        "default": {"description": "bad", "content": problem},
    }
    fixed, counts = _fixed(_doc({"ProblemDetails": {"type": "object"}}, responses))
    assert list(fixed["paths"]["/x"]["get"]["responses"]) == ["200"]
    assert counts["error-responses"] == 4
    only_default = {
        "default": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}
    }
    kept, _ = _fixed(_doc(responses=only_default))
    assert list(kept["paths"]["/x"]["get"]["responses"]) == ["default"]


@pytest.mark.parametrize(
    ("types", "schema", "kept"),
    [
        (("text/plain", "application/json", "text/json"), _ref("Thing"), ["application/json"]),
        (("text/plain",), _ref("Thing"), ["application/json"]),  # text/plain holding JSON
        (
            ("application/vnd.dastra+json", "text/json"),
            {"type": "array", "items": _ref("Thing")},
            ["application/json"],
        ),
        (
            ("text/plain", "application/json", "text/json"),
            {"type": "string"},
            ["text/plain"],
        ),  # a real text answer
        (("text/plain", "application/json"), {"type": "string", "format": "uuid"}, ["application/json"]),
        (("application/json", "application/pdf"), _ref("Thing"), None),  # already one JSON type
        (("text/json", "application/pdf"), _ref("Thing"), ["application/json", "application/pdf"]),
    ],
)
def test_response_content_types(
    types: tuple[str, ...], schema: dict[str, Any], kept: list[str] | None
) -> None:
    responses = {"200": {"description": "ok", "content": {ct: {"schema": schema} for ct in types}}}
    fixed, counts = _fixed(
        _doc({"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}}, responses)
    )
    content = fixed["paths"]["/x"]["get"]["responses"]["200"]["content"]
    assert list(content) == (kept or list(types))
    assert counts.get("response-content-types", 0) == (0 if kept is None else 1)
