"""The API change report: one hand-made document pair per rule, rendering, the CLI, and the real 2021 -> 2023 history."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen.changes import Change, ChangeReport, compare, main

REFERENCE = Path(__file__).parents[2].parent / "shared" / "reference"
OLD_2021 = REFERENCE / "dastra-api-2021-04.reconstructed.json"
NEW_2023 = REFERENCE / "dastra-api-2023-10.facts.json"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Doc = dict[str, Any]
Row = tuple[str, str, bool]


# -- helpers ---------------------------------------------------------------------------------------


def document(
    paths: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
    *,
    schemes: dict[str, Any] | None = None,
    security: list[Any] | None = None,
) -> Doc:
    doc: Doc = {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": paths or {}}
    doc["components"] = {"schemas": schemas or {}, "securitySchemes": schemes or {}}
    if security is not None:
        doc["security"] = security
    return doc


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def operation(
    operation_id: str, *parameters: dict[str, Any], response: Any = None, **extra: Any
) -> dict[str, Any]:
    content = {"application/json": {"schema": response}} if response is not None else None
    ok: dict[str, Any] = {"description": "Success"}
    if content:
        ok["content"] = content
    return {
        "operationId": operation_id,
        "tags": ["Things"],
        "parameters": list(parameters),
        "responses": {"200": ok},
    } | extra


def query(name: str, schema: dict[str, Any] | None = None, *, required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema or {"type": "string"}}


def path_parameter(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def json_body(
    schema: Any, *, required: bool = False, types: tuple[str, ...] = ("application/json",)
) -> dict[str, Any]:
    return {"required": required, "content": {kind: {"schema": schema} for kind in types}}


def rows(changes: tuple[Change, ...] | list[Change]) -> list[Row]:
    return [(change.kind, change.location, change.breaking) for change in changes]


def all_rows(report: ChangeReport) -> list[Row]:
    return rows(report.changes)


def one_operation(
    old_op: dict[str, Any], new_op: dict[str, Any], schemas: dict[str, Any] | None = None
) -> list[Row]:
    """The changes of ``GET /things`` from ``old_op`` to ``new_op``, in report order."""
    report = compare(
        document({"/things": {"get": old_op}}, schemas), document({"/things": {"get": new_op}}, schemas)
    )
    assert not report.operations_added and not report.operations_removed
    return rows(report.operations_changed)


def schema_pair(
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    used_in: str | None = None,
    extra: dict[str, Any] | None = None,
) -> list[Row]:
    """Changes of schema ``Thing`` (used by a request body, a response, or nothing)."""

    def build(schema: dict[str, Any]) -> Doc:
        schemas = {"Thing": schema} | (extra or {})
        if used_in == "request":
            op = operation("Things_Create", requestBody=json_body(ref("Thing")))
        elif used_in == "response":
            op = operation("Things_Get", response=ref("Thing"))
        else:
            op = operation("Things_Ping")
        return document({"/things": {"post": op}}, schemas)

    report = compare(build(old), build(new))
    assert not report.operations_changed
    return rows(report.schemas_changed)


THING: dict[str, Any] = {
    "type": "object",
    "properties": {"id": {"type": "integer", "format": "int32"}, "name": {"type": "string"}},
}


# -- identical documents -------------------------------------------------------------------------------


def test_identical_documents_have_no_changes() -> None:
    doc = document(
        {"/things": {"get": operation("Things_List", query("page"), response=ref("Thing"))}}, {"Thing": THING}
    )
    report = compare(doc, copy.deepcopy(doc))
    assert report.is_empty
    assert (report.breaking_count, report.non_breaking_count) == (0, 0)
    assert report.summary_line() == "no changes"
    assert report.to_markdown("1.0.1") == "## 1.0.1\n\nno changes\n"
    assert report.to_json()["summary"] == {"changes": 0, "breaking": 0, "not_breaking": 0}


def test_descriptions_examples_and_limits_are_ignored() -> None:
    old = document({"/t": {"get": operation("T", query("q"))}}, {"Thing": THING})
    new = copy.deepcopy(old)
    new["paths"]["/t"]["get"]["summary"] = "List"
    new["paths"]["/t"]["get"]["parameters"][0]["description"] = "search"
    new["components"]["schemas"]["Thing"]["properties"]["name"] |= {
        "maxLength": 5,
        "example": "x",
        "readOnly": True,
    }
    new["components"]["schemas"]["Thing"]["additionalProperties"] = False
    assert compare(old, new).is_empty


# -- operations: matching ------------------------------------------------------------------------------


def test_operation_added_and_removed() -> None:
    old = document({"/a": {"get": operation("A_Get")}})
    new = document({"/a": {"post": operation("A_Create")}, "/b": {"get": operation("B_Get")}})
    report = compare(old, new)
    assert rows(report.operations_removed) == [("operation-removed", "GET /a", True)]
    assert rows(report.operations_added) == [
        ("operation-added", "POST /a", False),
        ("operation-added", "GET /b", False),
    ]
    assert [change.operation_id for change in report.operations_added] == ["A_Create", "B_Get"]
    assert report.operations_removed[0].operation_id == "A_Get"


def test_path_parameter_rename_is_the_same_operation() -> None:
    old = document({"/a/{id}": {"get": operation("A_Get", path_parameter("id"))}})
    new = document({"/a/{itemId}": {"get": operation("A_Get", path_parameter("itemId"))}})
    report = compare(old, new)
    assert all_rows(report) == [
        ("operation-path-changed", "GET /a/{itemId}", False),
        ("parameter-renamed", "GET /a/{itemId}: path parameter itemId", True),
    ]
    assert report.operations_changed[0].detail == "path was `/a/{id}`"


def test_path_case_change_is_the_same_operation() -> None:
    old = document({"/v1/workspaces": {"get": operation("Workspaces_List")}})
    new = document({"/v1/WorkSpaces": {"get": operation("Workspaces_List")}})
    assert all_rows(compare(old, new)) == [("operation-path-changed", "GET /v1/WorkSpaces", False)]


def test_exact_path_wins_and_ambiguous_shapes_stay_unmatched() -> None:
    old = document({"/a/{id}": {"get": operation("A1")}, "/x/{p}": {"get": operation("X")}})
    new = document(
        {
            "/a/{id}": {"get": operation("A1")},
            "/A/{id}": {"get": operation("A2")},
            "/x/{q}": {"get": operation("X")},
            "/X/{r}": {"get": operation("X2")},
        }
    )
    report = compare(old, new)
    assert rows(report.operations_added) == [
        ("operation-added", "GET /A/{id}", False),
        ("operation-added", "GET /x/{q}", False),
        ("operation-added", "GET /X/{r}", False),
    ]
    assert rows(report.operations_removed) == [("operation-removed", "GET /x/{p}", True)]
    assert not report.operations_changed


def test_operation_id_tag_and_deprecation() -> None:
    new = operation("Things_List2", tags=["Stuff"], deprecated=True)
    assert one_operation(operation("Things_List"), new) == [
        ("operation-deprecated", "GET /things", False),
        ("operation-id-changed", "GET /things", True),
        ("operation-tag-changed", "GET /things", True),
    ]


# -- operations: parameters ------------------------------------------------------------------------------


def test_parameter_added_optional_and_required_and_removed() -> None:
    old = operation("T", query("gone"), query("kept"))
    new = operation("T", query("kept"), query("page"), query("tenant", required=True))
    # Sorted by location, then kind.
    assert one_operation(old, new) == [
        ("parameter-removed", "GET /things: query parameter gone", True),
        ("parameter-added", "GET /things: query parameter page", False),
        ("parameter-added", "GET /things: query parameter tenant", True),
    ]


def test_parameter_required_flag() -> None:
    old = operation("T", query("a"), query("b", required=True))
    new = operation("T", query("a", required=True), query("b"))
    assert one_operation(old, new) == [
        ("parameter-now-required", "GET /things: query parameter a", True),
        ("parameter-now-optional", "GET /things: query parameter b", False),
    ]


def test_parameter_type_and_format() -> None:
    int32, int64 = {"type": "integer", "format": "int32"}, {"type": "integer", "format": "int64"}
    old = operation("T", query("a", int32), query("b"), query("c", {"type": "string", "format": "date-time"}))
    new = operation(
        "T", query("a", int64), query("b", int32), query("c", {"type": "string", "format": "date"})
    )
    assert one_operation(old, new) == [
        ("parameter-type-changed", "GET /things: query parameter a", False),
        ("parameter-type-changed", "GET /things: query parameter b", True),
        ("parameter-type-changed", "GET /things: query parameter c", True),
    ]


def test_parameter_moved_from_query_to_header_is_removed_and_added() -> None:
    header = {"name": "X-Key", "in": "header", "schema": {"type": "string"}}
    assert one_operation(operation("T", query("key")), operation("T", header)) == [
        ("parameter-added", "GET /things: header parameter x-key", False),
        ("parameter-removed", "GET /things: query parameter key", True),
    ]
    renamed_case = header | {"name": "x-KEY"}
    assert one_operation(operation("T", header), operation("T", renamed_case)) == []


def test_parameter_inline_enum_values() -> None:
    old = operation("T", query("state", {"type": "string", "enum": ["Open", "Closed"]}))
    new = operation("T", query("state", {"type": "string", "enum": ["Open", "Archived"]}))
    assert one_operation(old, new) == [
        ("parameter-enum-value-added", "GET /things: query parameter state", False),
        ("parameter-enum-value-removed", "GET /things: query parameter state", True),
    ]


def test_parameter_whose_reference_target_changed_type() -> None:
    op = operation("T", query("state", ref("State")))
    old_schemas = {"State": {"type": "string", "enum": ["A", "B"]}}
    new_schemas = {"State": {"type": "integer", "enum": [1, 2]}}
    report = compare(document({"/t": {"get": op}}, old_schemas), document({"/t": {"get": op}}, new_schemas))
    assert rows(report.operations_changed) == [
        ("parameter-type-changed", "GET /t: query parameter state", True)
    ]
    assert report.operations_changed[0].detail == "type State (string enum) -> State (integer enum)"
    # The enum itself is reported once, under the schema.
    assert rows(report.schemas_changed) == [("schema-type-changed", "State", True)]


def test_path_level_parameters_count_and_operation_level_ones_win() -> None:
    old = document({"/t": {"parameters": [query("page")], "get": operation("T")}})
    new = document(
        {"/t": {"parameters": [query("page")], "get": operation("T", query("page", required=True))}}
    )
    assert all_rows(compare(old, new)) == [("parameter-now-required", "GET /t: query parameter page", True)]


# -- operations: request bodies ------------------------------------------------------------------------


def test_request_body_added_optional_or_required_and_removed() -> None:
    with_optional = operation("T", requestBody=json_body(ref("Thing")))
    with_required = operation("T", requestBody=json_body(ref("Thing"), required=True))
    schemas = {"Thing": THING}
    assert one_operation(operation("T"), with_optional, schemas) == [
        ("request-body-added", "GET /things: request body", False)
    ]
    assert one_operation(operation("T"), with_required, schemas) == [
        ("request-body-added", "GET /things: request body", True)
    ]
    assert one_operation(with_optional, operation("T"), schemas) == [
        ("request-body-removed", "GET /things: request body", True)
    ]
    assert one_operation(with_optional, with_required, schemas) == [
        ("request-body-now-required", "GET /things: request body", True)
    ]
    assert one_operation(with_required, with_optional, schemas) == [
        ("request-body-now-optional", "GET /things: request body", False)
    ]


def test_request_body_content_types_and_schema() -> None:
    swashbuckle = ("application/json-patch+json", "application/json", "text/json", "application/*+json")
    old = operation("T", requestBody=json_body(ref("Old"), types=swashbuckle))
    new = operation("T", requestBody=json_body(ref("New"), types=swashbuckle))
    schemas = {"Old": THING, "New": THING}
    # One schema repeated under four content types is one change.
    assert one_operation(old, new, schemas) == [
        ("request-body-schema-changed", "GET /things: request body", True)
    ]
    fewer = operation(
        "T", requestBody=json_body(ref("Old"), types=("application/json", "multipart/form-data"))
    )
    assert one_operation(old, fewer, schemas) == [
        ("request-body-content-type-added", "GET /things: request body", False),
        ("request-body-content-type-removed", "GET /things: request body", True),
        ("request-body-content-type-removed", "GET /things: request body", True),
        ("request-body-content-type-removed", "GET /things: request body", True),
    ]


def test_inline_request_body_properties_are_compared_as_written() -> None:
    old = operation("T", requestBody=json_body({"type": "object", "properties": {"a": {"type": "string"}}}))
    new_schema = {
        "type": "object",
        "required": ["b"],
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
    }
    new = operation("T", requestBody=json_body(new_schema))
    assert one_operation(old, new) == [("property-added", "GET /things: request body.b", True)]


# -- operations: responses -------------------------------------------------------------------------------


def test_success_response_schema_and_content() -> None:
    schemas = {"ThingList": THING, "ThingPage": THING}
    assert one_operation(
        operation("T", response=ref("ThingList")), operation("T", response=ref("ThingPage")), schemas
    ) == [("response-schema-changed", "GET /things: response 200", True)]
    assert one_operation(operation("T"), operation("T", response=ref("ThingList")), schemas) == [
        ("response-content-type-added", "GET /things: response 200", False)
    ]
    assert one_operation(operation("T", response=ref("ThingList")), operation("T"), schemas) == [
        ("response-content-type-removed", "GET /things: response 200", True)
    ]


def test_success_response_status_added_or_removed_and_errors_ignored() -> None:
    old = operation("T")
    new = operation("T")
    new["responses"] = {"201": {"description": "Created"}, "404": {"description": "Not found"}}
    assert one_operation(old, new) == [
        ("response-removed", "GET /things: response 200", True),
        ("response-added", "GET /things: response 201", False),
    ]


# -- operations: security --------------------------------------------------------------------------------


def test_operation_security_override() -> None:
    old = document({"/t": {"get": operation("T")}}, security=[{"oauth2": ["api1"]}, {"basic": []}])
    new = copy.deepcopy(old)
    new["paths"]["/t"]["get"]["security"] = [{"oauth2": ["api1"]}]
    report = compare(old, new)
    assert rows(report.operations_changed) == [("security-requirement-removed", "GET /t: security", True)]
    assert report.operations_changed[0].detail == "`basic` no longer accepted"
    assert not report.security


# -- schemas -----------------------------------------------------------------------------------------------


def test_schema_added_and_removed() -> None:
    report = compare(
        document(schemas={"Gone": THING, "Kept": THING}), document(schemas={"Kept": THING, "New": THING})
    )
    assert rows(report.schemas_added) == [("schema-added", "New", False)]
    assert rows(report.schemas_removed) == [("schema-removed", "Gone", True)]
    assert not report.schemas_changed


def test_schema_names_are_case_sensitive() -> None:
    report = compare(document(schemas={"WorkFlowType": THING}), document(schemas={"WorkflowType": THING}))
    assert all_rows(report) == [
        ("schema-added", "WorkflowType", False),
        ("schema-removed", "WorkFlowType", True),
    ]


def test_property_added_removed_and_type_changed() -> None:
    new = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "format": "int64"},
            "label": {"type": "string"},
            "when": {"type": "string", "format": "date-time"},
        },
    }
    old = copy.deepcopy(THING)
    old["properties"]["when"] = {"type": "string"}
    assert schema_pair(old, new) == [
        ("property-format-changed", "Thing.id", False),
        ("property-added", "Thing.label", False),
        ("property-removed", "Thing.name", True),
        ("property-format-changed", "Thing.when", True),
    ]
    retyped = copy.deepcopy(THING)
    retyped["properties"]["name"] = {"type": "array", "items": {"type": "string"}}
    assert schema_pair(THING, retyped) == [("property-type-changed", "Thing.name", True)]
    assert schema_pair(THING, {"type": "string", "enum": ["A"]}) == [("schema-type-changed", "Thing", True)]


def test_new_required_property_breaks_only_senders() -> None:
    new: dict[str, Any] = copy.deepcopy(THING) | {"required": ["code"]}
    new["properties"]["code"] = {"type": "string"}
    assert schema_pair(THING, new, used_in="request") == [("property-added", "Thing.code", True)]
    assert schema_pair(THING, new, used_in="response") == [("property-added", "Thing.code", False)]
    assert schema_pair(THING, new, used_in=None) == [("property-added", "Thing.code", True)]


def test_required_flag_of_a_property_depends_on_direction() -> None:
    required = THING | {"required": ["name"]}
    for used_in, now_required, no_longer in (
        ("request", True, False),
        ("response", False, True),
        (None, True, True),
    ):
        assert schema_pair(THING, required, used_in=used_in) == [
            ("property-now-required", "Thing.name", now_required)
        ]
        assert schema_pair(required, THING, used_in=used_in) == [
            ("property-no-longer-required", "Thing.name", no_longer)
        ]


def test_nullability_depends_on_direction() -> None:
    nullable = copy.deepcopy(THING)
    nullable["properties"]["id"]["nullable"] = True
    for used_in, now_nullable, no_longer in (
        ("response", True, False),
        ("request", False, True),
        (None, True, True),
    ):
        assert schema_pair(THING, nullable, used_in=used_in) == [
            ("property-now-nullable", "Thing.id", now_nullable)
        ]
        assert schema_pair(nullable, THING, used_in=used_in) == [
            ("property-no-longer-nullable", "Thing.id", no_longer)
        ]


def test_usage_follows_reference_chains() -> None:
    owner = {"type": "object", "properties": {"thing": {"type": "array", "items": ref("Thing")}}}
    nullable = copy.deepcopy(THING)
    nullable["properties"]["id"]["nullable"] = True

    def build(thing: dict[str, Any]) -> Doc:
        return document(
            {"/o": {"get": operation("O", response=ref("Owner"))}}, {"Owner": owner, "Thing": thing}
        )

    assert all_rows(compare(build(THING), build(nullable))) == [("property-now-nullable", "Thing.id", True)]
    assert all_rows(compare(build(nullable), build(THING))) == [
        ("property-no-longer-nullable", "Thing.id", False)
    ]


def test_nullable_reference_wrapped_in_all_of() -> None:
    old = {"type": "object", "properties": {"other": ref("Other")}}
    new = {"type": "object", "properties": {"other": {"allOf": [ref("Other")], "nullable": True}}}
    assert schema_pair(old, new, used_in="response", extra={"Other": THING}) == [
        ("property-now-nullable", "Thing.other", True)
    ]


def test_enum_values() -> None:
    old = {"type": "string", "enum": ["Open", "Closed"]}
    new = {"type": "string", "enum": ["Open", "Archived", "Draft"]}
    assert schema_pair(old, new) == [
        ("enum-value-added", "Thing", False),
        ("enum-value-added", "Thing", False),
        ("enum-value-removed", "Thing", True),
    ]


def test_nested_inline_objects_and_array_items() -> None:
    def with_tags(item: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "properties": {"tags": {"type": "array", "items": item}}}

    old = with_tags({"type": "object", "properties": {"label": {"type": "string"}}})
    new = with_tags({"type": "object", "properties": {"label": {"type": "string", "enum": ["a"]}}})
    assert schema_pair(old, new) == [("property-type-changed", "Thing.tags[].label", True)]
    old_enum = with_tags({"type": "string", "enum": ["a", "b"]})
    new_enum = with_tags({"type": "string", "enum": ["a"]})
    assert schema_pair(old_enum, new_enum) == [("enum-value-removed", "Thing.tags[]", True)]


def test_maps_and_root_nullability() -> None:
    def with_meta(value: dict[str, Any], **extra: Any) -> dict[str, Any]:
        meta = {"type": "object", "additionalProperties": value}
        return {"type": "object", "properties": {"meta": meta}} | extra

    assert schema_pair(with_meta({"type": "string"}), with_meta({"type": "integer"})) == [
        ("property-type-changed", "Thing.meta", True)
    ]
    old = with_meta({"type": "object", "properties": {"x": {"type": "string"}}})
    new = with_meta({"type": "object", "properties": {}})
    assert schema_pair(old, new) == [("property-removed", "Thing.meta{}.x", True)]
    assert schema_pair(old, old | {"nullable": True}, used_in="response") == [
        ("schema-now-nullable", "Thing", True)
    ]
    assert schema_pair(old | {"nullable": True}, old, used_in="response") == [
        ("schema-no-longer-nullable", "Thing", False)
    ]


def test_reference_property_changes_are_reported_under_the_target_only() -> None:
    owner = {"type": "object", "properties": {"thing": ref("Thing")}}
    changed = copy.deepcopy(THING)
    del changed["properties"]["name"]
    report = compare(
        document(schemas={"Owner": owner, "Thing": THING}),
        document(schemas={"Owner": owner, "Thing": changed}),
    )
    assert all_rows(report) == [("property-removed", "Thing.name", True)]


# -- security ---------------------------------------------------------------------------------------------

OAUTH: dict[str, Any] = {
    "type": "oauth2",
    "flows": {
        "clientCredentials": {"tokenUrl": "https://a/token", "scopes": {"api1": ""}},
        "authorizationCode": {
            "authorizationUrl": "https://a/authorize",
            "tokenUrl": "https://a/token",
            "scopes": {"api1": "", "offline_access": ""},
        },
    },
}
BASIC: dict[str, Any] = {"type": "http", "scheme": "basic"}


def test_security_scheme_added_removed_and_changed() -> None:
    old = document(schemes={"oauth2": OAUTH, "basic": BASIC})
    new = document(schemes={"oauth2": OAUTH, "key": {"type": "apiKey", "in": "header", "name": "X-API-Key"}})
    assert all_rows(compare(old, new)) == [
        ("security-scheme-removed", "security scheme basic", True),
        ("security-scheme-added", "security scheme key", False),
    ]
    bearer = document(schemes={"oauth2": OAUTH, "basic": {"type": "http", "scheme": "bearer"}})
    assert all_rows(compare(old, bearer)) == [("security-scheme-changed", "security scheme basic", True)]
    as_key = document(schemes={"oauth2": OAUTH, "basic": {"type": "apiKey", "in": "header", "name": "X"}})
    assert all_rows(compare(old, as_key)) == [("security-scheme-changed", "security scheme basic", True)]


def test_oauth2_flows_and_scopes() -> None:
    new_oauth = copy.deepcopy(OAUTH)
    flows = new_oauth["flows"]
    flows["clientCredentials"]["tokenUrl"] = "https://b/token"
    flows["authorizationCode"]["scopes"] = {"api1": "", "api2": ""}
    flows["implicit"] = {"authorizationUrl": "https://a/authorize", "scopes": {}}
    report = compare(document(schemes={"oauth2": OAUTH}), document(schemes={"oauth2": new_oauth}))
    assert rows(report.security) == [
        ("security-scope-added", "security scheme oauth2 flow authorizationCode", False),
        ("security-scope-removed", "security scheme oauth2 flow authorizationCode", True),
        ("security-scheme-changed", "security scheme oauth2 flow clientCredentials", True),
        ("security-flow-added", "security scheme oauth2 flow implicit", False),
    ]
    del flows["implicit"]
    report = compare(
        document(schemes={"oauth2": new_oauth | {"flows": {"implicit": {}}}}),
        document(schemes={"oauth2": OAUTH}),
    )
    assert ("security-flow-removed", "security scheme oauth2 flow implicit", True) in rows(report.security)


def test_fields_a_flow_cannot_have_and_scope_descriptions_are_ignored() -> None:
    new_oauth = copy.deepcopy(OAUTH)
    new_oauth["flows"]["clientCredentials"]["authorizationUrl"] = "https://a/authorize"
    new_oauth["flows"]["clientCredentials"]["scopes"] = {"api1": "Access database operations"}
    assert compare(document(schemes={"oauth2": OAUTH}), document(schemes={"oauth2": new_oauth})).is_empty


def test_global_security_requirements_are_a_set_of_alternatives() -> None:
    both = [{"basic": []}, {"oauth2": ["api1"]}]
    assert compare(document(security=both), document(security=list(reversed(both)))).is_empty
    report = compare(document(security=both), document(security=[{"oauth2": ["api1"]}, {"key": []}]))
    assert rows(report.security) == [
        ("security-requirement-added", "global security", False),
        ("security-requirement-removed", "global security", True),
    ]
    assert [change.detail for change in report.security] == [
        "`key` now accepted",
        "`basic` no longer accepted",
    ]
    # No requirement at all means anonymous access: requiring authentication breaks.
    assert rows(compare(document(), document(security=both)).security) == [
        ("security-requirement-added", "global security", False),
        ("security-requirement-added", "global security", False),
        ("security-requirement-removed", "global security", True),
    ]


# -- rendering -------------------------------------------------------------------------------------------


def small_pair() -> tuple[Doc, Doc]:
    old = document(
        {"/a": {"get": operation("A_Get", query("q"))}, "/gone": {"delete": operation("Gone_Delete")}},
        {"Thing": THING},
    )
    new = document(
        {"/a": {"get": operation("A_Get", query("q", required=True), query("page"))}},
        {"Thing": THING | {"required": ["id"]}, "Extra": {"type": "string"}},
    )
    return old, new


def test_summary_line_counts() -> None:
    report = compare(*small_pair())
    assert (report.breaking_count, report.non_breaking_count) == (3, 2)
    assert report.summary_line() == "5 changes: 3 breaking, 2 not breaking"
    one = compare(document(), document({"/x": {"get": operation("X")}}))
    assert one.summary_line() == "1 change: 0 breaking, 1 not breaking"


def test_markdown_rendering() -> None:
    assert compare(*small_pair()).to_markdown("0.3.0 (2024-01-01)") == (
        "## 0.3.0 (2024-01-01)\n"
        "\n"
        "5 changes: 3 breaking, 2 not breaking\n"
        "\n"
        "### Operations removed (1, 1 breaking)\n"
        "\n"
        "- **BREAKING** `DELETE /gone` (`Gone_Delete`): removed\n"
        "\n"
        "### Operations changed (2, 1 breaking)\n"
        "\n"
        "- `GET /a: query parameter page` (`A_Get`): added (optional, string)\n"
        "- **BREAKING** `GET /a: query parameter q` (`A_Get`): now required\n"
        "\n"
        "### Schemas added (1)\n"
        "\n"
        "- `Extra`: added (string)\n"
        "\n"
        "### Schemas changed (1, 1 breaking)\n"
        "\n"
        "- **BREAKING** `Thing.id`: now required\n"
    )


def test_json_rendering() -> None:
    result = compare(*small_pair()).to_json()
    assert list(result) == [
        "summary",
        "operations_added",
        "operations_removed",
        "operations_changed",
        "schemas_added",
        "schemas_removed",
        "schemas_changed",
        "security",
    ]
    assert result["summary"] == {"changes": 5, "breaking": 3, "not_breaking": 2}
    assert result["operations_removed"] == [
        {
            "kind": "operation-removed",
            "location": "DELETE /gone",
            "operation_id": "Gone_Delete",
            "breaking": True,
            "detail": "removed",
        }
    ]
    assert [entry["location"] for entry in result["operations_changed"]] == [
        "GET /a: query parameter page",
        "GET /a: query parameter q",
    ]
    assert result["schemas_changed"] == [
        {
            "kind": "property-now-required",
            "location": "Thing.id",
            "operation_id": None,
            "breaking": True,
            "detail": "now required",
        }
    ]
    assert result["operations_added"] == result["schemas_removed"] == result["security"] == []


def _reversed_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _reversed_keys(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [_reversed_keys(item) for item in node]
    return node


def test_output_is_deterministic_and_independent_of_key_order() -> None:
    old, new = small_pair()
    first = compare(old, new)
    again = compare(copy.deepcopy(old), copy.deepcopy(new))
    shuffled = compare(_reversed_keys(old), _reversed_keys(new))
    for other in (again, shuffled):
        assert other.to_markdown("t").encode() == first.to_markdown("t").encode()
        assert json.dumps(other.to_json()).encode() == json.dumps(first.to_json()).encode()
    assert shuffled == first


def test_compare_rejects_documents_that_are_not_openapi_3() -> None:
    with pytest.raises(ValueError, match="not an OpenAPI 3 document"):
        compare({"swagger": "2.0", "paths": {}}, document())
    with pytest.raises(ValueError, match="new document"):
        compare(document(), {"openapi": "3.0.1"})


# -- command line ------------------------------------------------------------------------------------------


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_main_prints_markdown_then_the_summary_and_writes_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = small_pair()
    old_path, new_path = write_json(tmp_path / "old.json", old), write_json(tmp_path / "new.json", new)
    json_out, markdown_out = tmp_path / "changes.json", tmp_path / "changes.md"
    code = main([str(old_path), str(new_path), "--json", str(json_out), "--markdown", str(markdown_out)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    report = compare(old, new)
    assert out.splitlines()[-1] == "5 changes: 3 breaking, 2 not breaking"
    assert out.startswith("## Changes from old.json to new.json\n")
    assert markdown_out.read_text(encoding="utf-8") == report.to_markdown("Changes from old.json to new.json")
    assert json.loads(json_out.read_text(encoding="utf-8")) == report.to_json()
    assert not list(tmp_path.glob("*.pin*"))


def test_main_identical_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "spec.json", document())
    assert main([str(path), str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "no changes"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"^error: cannot read .*missing\.json: No such file or directory$"),
        ("{not json", r"^error: .*bad\.json is not valid JSON \(.*line 1\)$"),
        (
            '{"swagger": "2.0", "paths": {}}',
            r"^error: .*bad\.json is not an OpenAPI 3 document \(openapi: None\)$",
        ),
        ("[1, 2]", r"^error: .*bad\.json is not an OpenAPI 3 document \(not a JSON object\)$"),
    ],
)
def test_main_bad_input_is_one_line_on_stderr_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    good = write_json(tmp_path / "good.json", document())
    bad = tmp_path / ("missing.json" if content is None else "bad.json")
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    assert main([str(good), str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1
    assert re.match(message, err.strip())


def test_main_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main([str(tmp_path), "b", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 2 and all(line.startswith("error: ") for line in err.splitlines())


# -- the real history: April 2021 -> October 2023 ---------------------------------------------------------------


@pytest.fixture(scope="module")
def history() -> tuple[Doc, Doc, ChangeReport]:
    if not OLD_2021.exists() or not NEW_2023.exists():
        pytest.skip("../shared/reference not present")
    old = json.loads(OLD_2021.read_text(encoding="utf-8"))
    new = json.loads(NEW_2023.read_text(encoding="utf-8"))
    return old, new, compare(old, new)


def _operation_keys(doc: Doc) -> set[tuple[str, str]]:
    return {(method, path) for path, item in doc["paths"].items() for method in item if method in METHODS}


@pytest.mark.needs_reference
def test_history_operations(history: tuple[Doc, Doc, ChangeReport]) -> None:
    old, new, report = history
    old_ops, new_ops = _operation_keys(old), _operation_keys(new)

    def loose(key: tuple[str, str]) -> tuple[str, str]:
        return key[0], re.sub(r"\{[^}]*\}", "{}", key[1]).lower()

    # The tenant segment went away: only GET /v1/workspaces survives, as /v1/WorkSpaces.
    assert old_ops & new_ops == set()
    shared = {loose(key) for key in old_ops} & {loose(key) for key in new_ops}
    assert shared == {("get", "/v1/workspaces")}
    assert len(report.operations_removed) == len(old_ops) - len(shared) == 120
    assert len(report.operations_added) == len(new_ops) - len(shared) == 323
    expected_removed = {f"{m.upper()} {p}" for m, p in old_ops if loose((m, p)) not in shared}
    assert {change.location for change in report.operations_removed} == expected_removed
    assert all(change.breaking for change in report.operations_removed)
    assert not any(change.breaking for change in report.operations_added)

    old_list, new_list = old["paths"]["/v1/workspaces"]["get"], new["paths"]["/v1/WorkSpaces"]["get"]
    added_parameters = {p["name"] for p in new_list.get("parameters", [])} - {
        p["name"] for p in old_list.get("parameters", [])
    }
    kinds = [change.kind for change in report.operations_changed]
    assert kinds.count("parameter-added") == len(added_parameters) == 8
    assert {change.location for change in report.operations_changed} >= {"GET /v1/WorkSpaces"}
    assert set(kinds) == {
        "operation-path-changed",
        "operation-id-changed",
        "operation-tag-changed",
        "parameter-added",
        "response-schema-changed",
    }
    assert kinds.count("response-schema-changed") == 1


def _top_properties(schema: dict[str, Any]) -> dict[str, Any]:
    return dict(schema.get("properties", {}))


@pytest.mark.needs_reference
def test_history_schemas(history: tuple[Doc, Doc, ChangeReport]) -> None:
    old, new, report = history
    old_schemas, new_schemas = old["components"]["schemas"], new["components"]["schemas"]
    common = old_schemas.keys() & new_schemas.keys()
    assert {c.location for c in report.schemas_added} == new_schemas.keys() - old_schemas.keys()
    assert {c.location for c in report.schemas_removed} == old_schemas.keys() - new_schemas.keys()
    assert (len(report.schemas_added), len(report.schemas_removed), len(common)) == (218, 20, 116)

    def located(kind: str, depth: int = 1) -> set[str]:
        """Locations of ``kind`` changes ``depth`` properties deep (``Schema.a`` is 1, ``Schema.a.b`` is 2)."""
        return {
            c.location
            for c in report.schemas_changed
            if c.kind == kind and c.location.count(".") == depth and not re.search(r"\[\]|\{\}", c.location)
        }

    removed: set[str] = set()
    added: set[str] = set()
    retyped: set[str] = set()
    nullability: set[str] = set()
    nested_removed: set[str] = set()
    nested_added: set[str] = set()
    enum_added: set[tuple[str, Any]] = set()
    enum_removed: set[tuple[str, Any]] = set()
    for name in common:
        before, after = _top_properties(old_schemas[name]), _top_properties(new_schemas[name])
        removed |= {f"{name}.{p}" for p in before.keys() - after.keys()}
        added |= {f"{name}.{p}" for p in after.keys() - before.keys()}
        for prop in before.keys() & after.keys():
            a, b = before[prop], after[prop]
            shape_a = (
                a.get("$ref"),
                a.get("type"),
                a.get("format"),
                "enum" in a,
                json.dumps(a.get("items"), sort_keys=True),
            )
            shape_b = (
                b.get("$ref"),
                b.get("type"),
                b.get("format"),
                "enum" in b,
                json.dumps(b.get("items"), sort_keys=True),
            )
            if shape_a != shape_b:
                retyped.add(f"{name}.{prop}")
            if bool(a.get("nullable")) != bool(b.get("nullable")):
                nullability.add(f"{name}.{prop}")
            if "properties" in a and "properties" in b:  # inline objects, one level down
                nested_removed |= {
                    f"{name}.{prop}.{p}" for p in a["properties"].keys() - b["properties"].keys()
                }
                nested_added |= {
                    f"{name}.{prop}.{p}" for p in b["properties"].keys() - a["properties"].keys()
                }
        enum_added |= {
            (name, v) for v in set(new_schemas[name].get("enum", [])) - set(old_schemas[name].get("enum", []))
        }
        enum_removed |= {
            (name, v) for v in set(old_schemas[name].get("enum", [])) - set(new_schemas[name].get("enum", []))
        }

    assert located("property-removed") == removed and all(
        c.breaking for c in report.schemas_changed if c.kind == "property-removed"
    )
    assert located("property-added") == added
    assert located("property-removed", 2) == nested_removed == {"UserSettingsDto.tutorialStates.UserRequest"}
    assert located("property-added", 2) == nested_added
    assert located("property-type-changed") | located("property-format-changed") == retyped
    assert located("property-now-nullable") | located("property-no-longer-nullable") == nullability
    enum_changes = [c for c in report.schemas_changed if c.kind.startswith("enum-value-")]
    assert len([c for c in enum_changes if c.kind == "enum-value-added"]) == len(enum_added)
    assert len([c for c in enum_changes if c.kind == "enum-value-removed"]) == len(enum_removed)
    assert {c.location for c in enum_changes} == {name for name, _ in enum_added | enum_removed}
    assert not any(c.kind == "schema-type-changed" for c in report.schemas_changed)


@pytest.mark.needs_reference
def test_history_security_is_unchanged(history: tuple[Doc, Doc, ChangeReport]) -> None:
    old, new, report = history
    old_schemes, new_schemes = old["components"]["securitySchemes"], new["components"]["securitySchemes"]
    # Independently: same schemes, types, token URLs and scope names; the global list is only reordered.
    assert old_schemes.keys() == new_schemes.keys()
    for name in old_schemes:
        assert old_schemes[name]["type"] == new_schemes[name]["type"]
        for flow, settings in old_schemes[name].get("flows", {}).items():
            assert settings["tokenUrl"] == new_schemes[name]["flows"][flow]["tokenUrl"]
            assert settings["scopes"].keys() == new_schemes[name]["flows"][flow]["scopes"].keys()
    assert sorted(map(json.dumps, old["security"])) == sorted(map(json.dumps, new["security"]))
    assert report.security == ()


@pytest.mark.needs_reference
def test_history_totals_add_up(history: tuple[Doc, Doc, ChangeReport]) -> None:
    _, _, report = history
    sections = [changes for _, _, changes in report.sections()]
    total = sum(len(changes) for changes in sections)
    assert report.breaking_count + report.non_breaking_count == total
    assert (
        report.summary_line()
        == f"{total} changes: {report.breaking_count} breaking, {report.non_breaking_count} not breaking"
    )
    assert report.to_markdown("t").count("\n- ") == total
