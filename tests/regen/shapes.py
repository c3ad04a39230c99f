"""Small OpenAPI documents in the shapes ASP.NET Core stacks emit, and a way to generate and use them.

:data:`SHAPES_31` is written the way Microsoft.AspNetCore.OpenApi (OpenAPI 3.1) and Swashbuckle write
their documents: ``type: [X, "null"]``, ``oneOf`` with a null member, numbers also read from strings,
``const``, ``examples``, ``$ref`` with siblings, numeric exclusive bounds, ``contentEncoding``,
``webhooks``, ``text/plain`` first among JSON response types, ``application/problem+json`` errors, a
schema named ``Client``, integer enums named by ``x-enumNames``, a discriminated ``oneOf``, maps
(``additionalProperties`` with a schema) and ``allOf`` with a single ``$ref``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from dastra_codegen import paths
from dastra_codegen.fetch import read_file
from dastra_codegen.generate import GenerationResult, generate
from dastra_codegen.update_spec import update_spec


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


ASPNET_JSON = ("text/plain", "application/json", "text/json")
INT32 = {"type": ["integer", "string"], "pattern": "^-?(?:0|[1-9]\\d*)$", "format": "int32"}
NULLABLE_INT32 = {"type": ["null", "integer", "string"], "pattern": "^-?(?:0|[1-9]\\d*)$", "format": "int32"}


def content(schema: dict[str, Any], types: tuple[str, ...] = ASPNET_JSON) -> dict[str, Any]:
    return {content_type: {"schema": schema} for content_type in types}


def problem_responses() -> dict[str, Any]:
    problem = {"application/problem+json": {"schema": ref("ProblemDetails")}}
    validation = {"application/problem+json": {"schema": ref("HttpValidationProblemDetails")}}
    return {
        "400": {"description": "Bad Request", "content": validation},
        "404": {"description": "Not Found", "content": problem},
        "500": {"description": "Server Error", "content": problem},
    }


def operation(operation_id: str, tag: str, schema: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "OK"}
    if schema is not None:
        ok["content"] = extra.pop("content", None) or content(schema)
    return {
        "operationId": operation_id,
        "tags": [tag],
        "responses": {"200": ok, **problem_responses()},
        **extra,
    }


ID_PATH = [{"name": "id", "in": "path", "required": True, "schema": INT32}]

SHAPES_31: dict[str, Any] = {
    "openapi": "3.1.1",
    "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
    "info": {
        "title": "Shapes",
        "version": "v1",
        "summary": "ASP.NET shapes",
        "license": {"name": "MIT", "identifier": "MIT"},
    },
    "paths": {
        "/v1/clients/{id}": {
            "get": operation("Clients_Find", "Clients", ref("Client"), parameters=ID_PATH),
        },
        "/v1/clients": {
            "get": operation("Clients_List", "Clients", {"type": "array", "items": ref("Client")}),
            "post": {
                "operationId": "Clients_Create",
                "tags": ["Clients"],
                "requestBody": {"content": content(ref("Client"), ("application/json", "text/json"))},
                "responses": {
                    "201": {"description": "Created", "content": content(ref("Client"))},
                    **problem_responses(),
                },
            },
        },
        "/v1/clients/{id}/label": {
            "get": operation("Clients_Label", "Clients", {"type": "string"}, parameters=ID_PATH),
        },
        "/v1/pets": {"get": operation("Pets_List", "Pets", {"type": "array", "items": ref("Pet")})},
        "/v1/counters": {
            "get": operation(
                "Counters_Get", "Counters", {"type": "object", "additionalProperties": {"type": "integer"}}
            )
        },
        "/v1/teams": {"get": operation("Teams_ByCode", "Teams", ref("TeamsByCode"))},
        "/v1/breaches/{id}": {
            "get": operation("Breaches_Find", "Breaches", ref("Breach"), parameters=ID_PATH)
        },
    },
    "webhooks": {
        "breachCreated": {
            "post": {
                "requestBody": {"content": content(ref("Breach"))},
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Client": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": INT32,
                    "name": {"type": "string", "examples": ["Ada"]},
                    "email": {"type": ["null", "string"], "format": "email"},
                    "parent": {"oneOf": [{"type": "null"}, ref("Client")]},
                    "status": {**ref("ClientStatus"), "description": "Where the client stands"},
                    "score": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 100},
                    "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                    "kind": {"const": "client"},
                    "logo": {"type": ["null", "string"], "contentEncoding": "base64"},
                    "visits": NULLABLE_INT32,
                },
            },
            "ClientStatus": {
                "type": "integer",
                "enum": [0, 1, 2],
                "x-enumNames": ["Active", "On hold", "Closed"],
            },
            "Pet": {
                "oneOf": [ref("Cat"), ref("Dog")],
                "discriminator": {
                    "propertyName": "petType",
                    "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
                },
            },
            "Cat": {
                "type": "object",
                "required": ["petType", "name"],
                "properties": {
                    "petType": {"type": "string"},
                    "name": {"type": "string"},
                    "indoor": {"type": "boolean"},
                },
            },
            "Dog": {
                "type": "object",
                "required": ["petType", "name"],
                "properties": {"petType": {"type": "string"}, "name": {"type": "string"}, "packSize": INT32},
            },
            "Team": {
                "type": "object",
                "required": ["label"],
                "properties": {
                    "label": {"type": "string"},
                    "members": {"type": "array", "items": ref("Client")},
                },
            },
            "TeamsByCode": {"type": "object", "additionalProperties": ref("Team")},
            "Breach": {
                "type": "object",
                "required": ["label"],
                "properties": {
                    "label": {"type": "string"},
                    "owner": {"allOf": [ref("Client")]},
                    "reviewer": {"allOf": [ref("Client")], "description": "who reviews it"},
                    "counts": {"type": "object", "additionalProperties": {"type": ["integer", "null"]}},
                },
            },
            "ProblemDetails": {
                "type": "object",
                "properties": {
                    "type": {"type": ["null", "string"]},
                    "title": {"type": ["null", "string"]},
                    "status": NULLABLE_INT32,
                    "detail": {"type": ["null", "string"]},
                    "instance": {"type": ["null", "string"]},
                },
            },
            "HttpValidationProblemDetails": {
                "type": "object",
                "properties": {
                    "type": {"type": ["null", "string"]},
                    "title": {"type": ["null", "string"]},
                    "status": NULLABLE_INT32,
                    "errors": {
                        "type": "object",
                        "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
        }
    },
}


#: An overlay that changes nothing (Dastra's own overlay targets Dastra's schemas).
NO_OVERLAY = '{"overlay": "1.0.0", "info": {"title": "none", "version": "1"}, "actions": [{"target": "$.info", "update": {}}]}'


def pin(document: dict[str, Any], root: Path, *, overlay: Path | None = None) -> Path:
    """Pin ``document`` (normalize, overlay, validate) in ``root/openapi``; Dastra's overlay by default
    when the document is Dastra's, else :data:`NO_OVERLAY`."""
    root.mkdir(parents=True, exist_ok=True)
    source = root / "spec.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    if overlay is None:
        overlay = root / "overlay.json"
        overlay.write_text(NO_OVERLAY, encoding="utf-8")
    update_spec(read_file(source), root / "openapi", overlay)
    return root / "openapi"


def pin_and_generate(
    document: dict[str, Any], root: Path, *, overlay: Path | None = None, **options: Any
) -> GenerationResult:
    """:func:`pin` then generate ``root/out`` (the gate runs unless ``gate=False``)."""
    return generate(pin(document, root, overlay=overlay), root / "out", **options)


def run_in_package(out: Path, code: str) -> Any:
    """Run ``code`` in a fresh interpreter that imports the package generated in ``out``; its last
    stdout line is JSON, returned decoded."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(out), str(paths.ROOT)]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
