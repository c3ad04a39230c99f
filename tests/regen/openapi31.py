"""A converter of OpenAPI 3.0 documents to 3.1 spelling, for the tests (the pipeline only reads 3.1).

It writes what each schema accepts the way 3.1 does: ``nullable: true`` becomes a ``"null"`` type (or a
``{"type": "null"}`` member for references and combinations, ``null`` among enum values, nothing at all
for an untyped schema, which accepts null anyway); boolean ``exclusiveMinimum``/``exclusiveMaximum``
become numbers; ``example`` becomes ``examples``; ``format: byte`` / ``binary`` become
``contentEncoding`` / ``contentMediaType``.
"""

from __future__ import annotations

import copy
from typing import Any

_SCHEMA_CHILDREN = ("items", "additionalProperties", "not")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")


def to_openapi_31(document: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    doc["openapi"] = "3.1.0"
    _walk(doc, in_schema=False)
    return doc


def _walk(node: Any, *, in_schema: bool) -> Any:
    if isinstance(node, list):
        return [_walk(item, in_schema=in_schema) for item in node]
    if not isinstance(node, dict):
        return node
    for key, value in list(node.items()):
        if key == "schema" or (in_schema and key in _SCHEMA_CHILDREN):
            node[key] = _schema(value)
        elif in_schema and key == "properties" and isinstance(value, dict):
            node[key] = {name: _schema(prop) for name, prop in value.items()}
        elif in_schema and key in _SCHEMA_LISTS and isinstance(value, list):
            node[key] = [_schema(member) for member in value]
        elif key == "schemas" and isinstance(value, dict):
            node[key] = {name: _schema(schema) for name, schema in value.items()}
        elif not in_schema:
            node[key] = _walk(value, in_schema=False)
    return node


def _schema(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    schema = _walk(schema, in_schema=True)
    nullable = schema.pop("nullable", False) is True
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if schema.get(exclusive) is True and bound in schema:
            schema[exclusive] = schema.pop(bound)
        elif schema.get(exclusive) is False:
            del schema[exclusive]
    if "example" in schema:
        schema["examples"] = [schema.pop("example")]
    if schema.get("format") == "byte":
        del schema["format"]
        schema["contentEncoding"] = "base64"
    elif schema.get("format") == "binary":
        del schema["format"]
        schema["contentMediaType"] = "application/octet-stream"
    if not nullable:
        return schema
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    if isinstance(schema.get("type"), str):
        schema["type"] = [schema["type"], "null"]
        return schema
    members = schema.get("allOf")
    if (
        isinstance(members, list)
        and len(members) == 1
        and "type" not in schema
        and "properties" not in schema
    ):
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        return {"oneOf": [members[0], {"type": "null"}], **rest}
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            schema[key] = [*schema[key], {"type": "null"}]
            return schema
    return schema  # untyped: {} accepts null in 3.1
