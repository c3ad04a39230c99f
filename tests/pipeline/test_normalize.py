"""Each normalization rule on a small document, then the whole pass on Dastra's real snapshot."""

from __future__ import annotations

import copy
import json
from typing import Any

from openapi_spec_validator import validate

from dastra_codegen.normalize import iter_operations, normalize

JSON_TYPES = ["application/json-patch+json", "application/json", "text/json", "application/*+json"]


def _doc(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "v1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {ct: {"schema": schema} for ct in JSON_TYPES}}


def _ok() -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}}


def test_json_bodies_keep_application_json_only() -> None:
    doc = _doc(
        {
            "/x": {
                "post": {
                    "requestBody": _body({"type": "array", "items": {"type": "integer"}}),
                    "responses": _ok(),
                }
            }
        }
    )
    fixed, report = normalize(doc)
    assert list(fixed["paths"]["/x"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert report.counts == {"request-body-content-types": 1}


def test_json_patch_bodies_keep_json_patch_content_type() -> None:
    schemas = {
        "Operation": {"type": "object", "properties": {"op": {"type": "string"}, "path": {"type": "string"}}}
    }
    patch = _body({"type": "array", "items": {"$ref": "#/components/schemas/Operation"}})
    doc = _doc({"/x": {"patch": {"requestBody": patch, "responses": _ok()}}}, schemas)
    fixed, _ = normalize(doc)
    assert list(fixed["paths"]["/x"]["patch"]["requestBody"]["content"]) == ["application/json-patch+json"]


def test_multipart_bodies_are_kept() -> None:
    body = {"content": {"multipart/form-data": {"schema": {"type": "object"}}}}
    doc = _doc({"/x": {"post": {"requestBody": body, "responses": _ok()}}})
    fixed, report = normalize(doc)
    assert fixed["paths"]["/x"]["post"]["requestBody"] == body
    assert "request-body-content-types" not in report.counts


def test_path_parameter_missing_from_template_becomes_optional_query() -> None:
    parameters = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "areaId", "in": "path", "required": True, "schema": {"type": "integer"}},
    ]
    doc = _doc({"/x/{id}": {"get": {"parameters": parameters, "responses": _ok()}}})
    fixed, report = normalize(doc)
    id_param, area = fixed["paths"]["/x/{id}"]["get"]["parameters"]
    assert id_param["in"] == "path"
    assert id_param["required"] is True
    assert area == {"name": "areaId", "in": "query", "required": False, "schema": {"type": "integer"}}
    assert report.details == ("path-parameter-not-in-template: GET /x/{id} areaId",)


def test_oauth_flows_lose_fields_openapi_3_does_not_allow() -> None:
    doc = _doc({"/x": {"get": {"responses": _ok()}}})
    doc["components"]["securitySchemes"] = {
        "oauth2": {
            "type": "oauth2",
            "flows": {
                "clientCredentials": {
                    "authorizationUrl": "https://a/authorize",
                    "tokenUrl": "https://a/token",
                    "scopes": {},
                },
                "authorizationCode": {
                    "authorizationUrl": "https://a/authorize",
                    "tokenUrl": "https://a/token",
                    "scopes": {},
                },
            },
        }
    }
    fixed, report = normalize(doc)
    flows = fixed["components"]["securitySchemes"]["oauth2"]["flows"]
    assert "authorizationUrl" not in flows["clientCredentials"]
    assert flows["authorizationCode"]["authorizationUrl"] == "https://a/authorize"
    assert report.counts == {"security-scheme-fields": 1}
    validate(fixed)


def test_schemas_become_open_nullable_and_enum_tolerant() -> None:
    schemas = {
        "State": {"type": "string", "enum": ["a", "b"]},
        "Item": {"type": "object", "properties": {"x": {"type": "integer"}}, "additionalProperties": False},
        "Thing": {
            "type": "object",
            "required": ["label", "state"],
            "additionalProperties": False,
            "properties": {
                "label": {"type": "string"},
                "state": {"$ref": "#/components/schemas/State"},
                "other": {"$ref": "#/components/schemas/State"},
                "item": {"$ref": "#/components/schemas/Item"},
                "count": {"type": "integer", "format": "int32"},
                "states": {"type": "array", "items": {"$ref": "#/components/schemas/State"}},
                "note": {"type": "string", "nullable": True},
                "inline": {
                    "type": "object",
                    "properties": {"y": {"type": "boolean"}},
                    "additionalProperties": False,
                },
            },
        },
    }
    fixed, report = normalize(_doc(schemas=schemas))
    thing = fixed["components"]["schemas"]["Thing"]
    enum_or_string = [{"$ref": "#/components/schemas/State"}, {"type": "string"}]
    assert "additionalProperties" not in thing
    assert thing["properties"]["label"] == {"type": "string"}  # required: untouched
    assert thing["properties"]["state"] == {"anyOf": enum_or_string}  # required: open, not nullable
    assert thing["properties"]["other"] == {"anyOf": enum_or_string, "nullable": True}
    assert thing["properties"]["item"] == {"allOf": [{"$ref": "#/components/schemas/Item"}], "nullable": True}
    assert thing["properties"]["count"] == {"type": "integer", "format": "int32", "nullable": True}
    assert thing["properties"]["states"] == {
        "type": "array",
        "items": {"anyOf": enum_or_string},
        "nullable": True,
    }
    assert thing["properties"]["note"] == {"type": "string", "nullable": True}
    assert thing["properties"]["inline"] == {
        "type": "object",
        "properties": {"y": {"type": "boolean", "nullable": True}},
        "nullable": True,
    }
    assert report.counts == {"nullable-optional-properties": 7, "open-enums": 3, "open-objects": 3}


def test_success_response_without_content_returns_bytes() -> None:
    doc = _doc(
        {"/x": {"delete": {"responses": {"200": {"description": "Success"}, "204": {"description": "none"}}}}}
    )
    fixed, report = normalize(doc)
    responses = fixed["paths"]["/x"]["delete"]["responses"]
    assert responses["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    assert "content" not in responses["204"]
    assert report.counts == {"success-response-without-content": 1}


def test_input_is_not_mutated_and_second_pass_changes_nothing(received_document: dict[str, Any]) -> None:
    before = copy.deepcopy(received_document)
    once, report = normalize(received_document)
    assert received_document == before
    twice, second = normalize(once)
    assert twice == once
    assert second.total == 0
    assert report.total > 0


def test_dastra_2023_snapshot_quirks_are_all_fixed(received_document: dict[str, Any]) -> None:
    """Counts computed here independently from the document, then checked against the report."""
    bodies = [op["requestBody"] for _, _, op in iter_operations(received_document) if "requestBody" in op]
    four_json = sum(1 for b in bodies if set(b["content"]) == set(JSON_TYPES))
    no_content = sum(
        1
        for _, _, op in iter_operations(received_document)
        for r in op["responses"].values()
        if not r.get("content")
    )
    fixed, report = normalize(received_document)

    assert report.counts["request-body-content-types"] == four_json == 122
    assert report.counts["success-response-without-content"] == no_content == 142
    assert report.counts["path-parameter-not-in-template"] == 1
    assert report.counts["security-scheme-fields"] == 1
    text = json.dumps(fixed)
    assert "text/json" not in text
    assert "application/*+json" not in text
    assert '"additionalProperties": false' not in text
    validate(fixed)
    area = next(
        p
        for p in fixed["paths"]["/v1/ws/{workspaceId}/RiskEvaluations/count/{objectType}/{objectId}"]["get"][
            "parameters"
        ]
        if p["name"] == "areaId"
    )
    assert area["in"] == "query"
    assert area["required"] is False


def test_binary_inside_json_models_becomes_a_string_but_not_in_multipart_models() -> None:
    schemas = {
        "MessageDto": {
            "type": "object",
            "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
        },
        "UploadForm": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}},
    }
    upload = {"content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/UploadForm"}}}}
    doc = _doc({"/upload": {"post": {"requestBody": upload, "responses": _ok()}}}, schemas)
    fixed, report = normalize(doc)
    fixed_schemas = fixed["components"]["schemas"]
    assert fixed_schemas["MessageDto"]["properties"]["files"]["items"] == {"type": "string"}
    assert fixed_schemas["UploadForm"]["properties"]["file"]["format"] == "binary"
    assert report.counts["binary-in-json"] == 1
