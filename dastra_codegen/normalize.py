"""Generic fixes that turn a Swashbuckle-generated OpenAPI 3.0 document into one that generates cleanly.

Pure and deterministic: :func:`normalize` takes a document and returns a new one plus a
:class:`NormalizationReport` counting each fix. The input is never mutated. Running it on its own
output changes nothing (idempotent), so it can run again after the overlay adds schemas.

The rules, in the order they run:

``request-body-content-types``
    Swashbuckle lists one JSON body under four content types (``application/json-patch+json``,
    ``application/json``, ``text/json``, ``application/*+json``). The generator warns on
    ``text/json`` and would emit one branch per type. We keep exactly one JSON content type:
    ``application/json-patch+json`` for JSON Patch documents (an array of ``{op, path}`` objects),
    ``application/json`` otherwise. Non-JSON bodies (``multipart/form-data``...) are kept.
``path-parameter-not-in-template``
    A ``path`` parameter whose name is not in the path template cannot be sent in the path; it
    becomes an optional query parameter.
``security-scheme-fields``
    OAuth2 flow objects may only carry the fields OpenAPI 3.0 allows for that flow (for example
    ``authorizationUrl`` is not allowed in ``clientCredentials``); extra fields are dropped.
``open-objects``
    ``additionalProperties: false`` is removed so that fields the snapshot does not know are kept
    on the model (``additional_properties``) instead of being lost.
``open-enums``
    A property (or array item) that refers to a string enum accepts any string as well
    (``anyOf: [enum, string]``): values the API adds later parse as their raw string.
``nullable-optional-properties``
    The live API sends ``null`` for optional value types (integers, booleans, enums, date-times,
    nested objects) even where the document does not say ``nullable``. Every non-required property
    becomes nullable; a bare ``$ref`` is wrapped in ``allOf`` so that ``nullable`` applies.
``binary-in-json``
    ``format: binary`` means raw bytes, which a JSON document cannot carry (Swashbuckle emits it for
    ``IFormFile`` members of JSON DTOs). In component schemas not used by a ``multipart/form-data``
    body it becomes a plain string, so the model reads and writes what JSON really holds.
``success-response-without-content``
    A 2xx response that declares no content gets ``application/octet-stream``: without content the
    generator emits no ``sync``/``asyncio`` functions for the operation. The live API returns JSON,
    nothing or files for these, so the generated functions do not keep the bytes: a post-generation
    step (``dastra_codegen.resources.undeclared_answers``) makes them answer what the API sent,
    decided from the response (``None``, decoded JSON, or a ``BinaryAnswer``).
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs

JSON_CONTENT_TYPES = ("application/json", "text/json", "application/*+json", "application/json-patch+json")
JSON_PATCH = "application/json-patch+json"

#: Fields OpenAPI 3.0.3 allows in each OAuth2 flow object (besides ``x-`` extensions).
OAUTH_FLOW_FIELDS = {
    "implicit": {"authorizationUrl", "refreshUrl", "scopes"},
    "password": {"tokenUrl", "refreshUrl", "scopes"},
    "clientCredentials": {"tokenUrl", "refreshUrl", "scopes"},
    "authorizationCode": {"authorizationUrl", "tokenUrl", "refreshUrl", "scopes"},
}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE_PARAM = re.compile(r"{([^{}]+)}")

Document = dict[str, Any]


@attrs.frozen
class NormalizationReport:
    """How many times each rule fired, and on what (one line per fix, for the printed report)."""

    counts: dict[str, int]
    details: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __add__(self, other: NormalizationReport) -> NormalizationReport:
        counts = Counter(self.counts)
        counts.update(other.counts)
        return NormalizationReport(counts=dict(sorted(counts.items())), details=self.details + other.details)

    def render(self) -> str:
        if not self.counts:
            return "normalization: nothing to fix"
        lines = [f"normalization: {self.total} fixes"]
        lines += [f"  {rule}: {count}" for rule, count in sorted(self.counts.items())]
        return "\n".join(lines)


class _Recorder:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.details: list[str] = []

    def fix(self, rule: str, where: str) -> None:
        self.counts[rule] += 1
        self.details.append(f"{rule}: {where}")

    def report(self) -> NormalizationReport:
        return NormalizationReport(counts=dict(sorted(self.counts.items())), details=tuple(self.details))


def normalize(document: Document) -> tuple[Document, NormalizationReport]:
    """Return a normalized deep copy of ``document`` and what was changed."""
    doc = copy.deepcopy(document)
    record = _Recorder()
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    for method, path, operation in iter_operations(doc):
        where = f"{method.upper()} {path}"
        _fix_request_body(operation, schemas, where, record)
        _fix_path_parameters(operation, path, where, record)
        _fix_success_responses(operation, where, record)
    _fix_security_schemes(doc, record)
    multipart_schemas = _schemas_in_multipart_bodies(doc)
    for name, schema in schemas.items():
        where = f"#/components/schemas/{name}"
        _fix_schema(schema, schemas, where, record)
        if name not in multipart_schemas:
            _fix_binary_in_json(schema, where, record)
    return doc, record.report()


def iter_operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(method, path, operation)`` for every operation, in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield method, path, operation


# --- operations -----------------------------------------------------------------------------------


def _fix_request_body(
    operation: dict[str, Any], schemas: dict[str, Any], where: str, record: _Recorder
) -> None:
    body = operation.get("requestBody")
    if not isinstance(body, dict):
        return
    content: dict[str, Any] = body.get("content", {})
    json_types = [ct for ct in content if ct in JSON_CONTENT_TYPES]
    if not json_types:
        return
    schema = content[json_types[0]].get("schema", {})
    keep = JSON_PATCH if _is_json_patch(schema, schemas) else "application/json"
    if json_types == [keep]:
        return
    media = content.get(keep) or content[json_types[0]]
    for content_type in json_types:
        del content[content_type]
    content[keep] = media
    record.fix("request-body-content-types", where)


def _is_json_patch(schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    """True for an array of objects that have ``op`` and ``path`` properties (RFC 6902)."""
    if schema.get("type") != "array":
        return False
    item = _resolve(schema.get("items", {}), schemas)
    properties = item.get("properties", {})
    return "op" in properties and "path" in properties


def _fix_path_parameters(operation: dict[str, Any], path: str, where: str, record: _Recorder) -> None:
    in_template = set(_TEMPLATE_PARAM.findall(path))
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path" and parameter.get("name") not in in_template:
            parameter["in"] = "query"
            parameter["required"] = False
            record.fix("path-parameter-not-in-template", f"{where} {parameter.get('name')}")


def _fix_success_responses(operation: dict[str, Any], where: str, record: _Recorder) -> None:
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2") or not isinstance(response, dict) or "$ref" in response:
            continue
        if str(status) == "204" or response.get("content"):
            continue
        response["content"] = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
        record.fix("success-response-without-content", f"{where} {status}")


def _fix_security_schemes(doc: Document, record: _Recorder) -> None:
    schemes: dict[str, Any] = doc.get("components", {}).get("securitySchemes", {})
    for name, scheme in schemes.items():
        for flow_name, flow in scheme.get("flows", {}).items():
            allowed = OAUTH_FLOW_FIELDS.get(flow_name)
            if allowed is None or not isinstance(flow, dict):
                continue
            for field in sorted(flow):
                if field not in allowed and not field.startswith("x-"):
                    del flow[field]
                    record.fix("security-scheme-fields", f"{name}.{flow_name}.{field}")


# --- schemas --------------------------------------------------------------------------------------


def _fix_schema(schema: dict[str, Any], schemas: dict[str, Any], where: str, record: _Recorder) -> None:
    if schema.get("additionalProperties") is False:
        del schema["additionalProperties"]
        record.fix("open-objects", where)
    required = set(schema.get("required", []))
    properties: dict[str, Any] = schema.get("properties", {})
    for name, prop in list(properties.items()):
        prop_where = f"{where}.{name}"
        prop = properties[name] = _open_enum(prop, schemas, prop_where, record)
        if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
            prop["items"] = _open_enum(prop["items"], schemas, prop_where + "[]", record)
        for inline in (prop, prop.get("items"), prop.get("additionalProperties")):
            if isinstance(inline, dict) and inline.get("type") == "object":
                _fix_schema(inline, schemas, prop_where, record)
        if name not in required:
            properties[name] = _make_nullable(prop, prop_where, record)


def _schemas_in_multipart_bodies(doc: Document) -> set[str]:
    names: set[str] = set()
    for _, _, operation in iter_operations(doc):
        content = (operation.get("requestBody") or {}).get("content", {})
        media = content.get("multipart/form-data")
        if isinstance(media, dict):
            names.update(re.findall(r"#/components/schemas/([^\"']+)", repr(media)))
    return names


def _fix_binary_in_json(schema: Any, where: str, record: _Recorder) -> None:
    if isinstance(schema, dict):
        if schema.get("type") == "string" and schema.get("format") == "binary":
            del schema["format"]
            record.fix("binary-in-json", where)
        for key, value in schema.items():
            _fix_binary_in_json(value, f"{where}/{key}", record)
    elif isinstance(schema, list):
        for item in schema:
            _fix_binary_in_json(item, where, record)


def _open_enum(
    prop: dict[str, Any], schemas: dict[str, Any], where: str, record: _Recorder
) -> dict[str, Any]:
    """``{$ref: StringEnum}`` -> ``{anyOf: [{$ref: StringEnum}, {type: string}]}``."""
    target = _ref_target(prop)
    if target is None:
        return prop
    referenced = schemas.get(target, {})
    if referenced.get("type") != "string" or "enum" not in referenced:
        return prop
    record.fix("open-enums", where)
    opened: dict[str, Any] = {"anyOf": [{"$ref": prop["$ref"]}, {"type": "string"}]}
    opened.update((k, v) for k, v in prop.items() if k != "$ref")
    return opened


def _make_nullable(prop: dict[str, Any], where: str, record: _Recorder) -> dict[str, Any]:
    if prop.get("nullable") is True:
        return prop
    record.fix("nullable-optional-properties", where)
    if "$ref" in prop:
        wrapped: dict[str, Any] = {"allOf": [{"$ref": prop["$ref"]}], "nullable": True}
        wrapped.update((k, v) for k, v in prop.items() if k != "$ref")
        return wrapped
    return {**prop, "nullable": True}


def _ref_target(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    prefix = "#/components/schemas/"
    if isinstance(ref, str) and ref.startswith(prefix):
        return ref[len(prefix) :]
    return None


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    target = _ref_target(schema)
    if target is None:
        return schema
    resolved: dict[str, Any] = schemas.get(target, {})
    return resolved
