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
    A property (or array item, or map value) that refers to a string enum accepts any string as
    well (``anyOf: [enum, string]``), one that refers to an integer enum any integer: values the API
    adds later parse as their raw value. A nullable reference (``allOf: [enum]``) is opened alike.
``nullable-optional-properties``
    The live API sends ``null`` for optional value types (integers, booleans, enums, date-times,
    nested objects) even where the document does not say ``nullable``. Every non-required property
    becomes nullable; a bare ``$ref`` is wrapped in ``allOf`` so that ``nullable`` applies, and an
    inline ``enum`` gets ``null`` among its values (the generator then types it ``Enum | None``).
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

Rules for the shapes of newer ASP.NET Core stacks (Swashbuckle 6+, Microsoft.AspNetCore.OpenApi),
which run first, so that the rules above always read OpenAPI 3.0 spelling:

``openapi-3.1-*``
    An OpenAPI 3.1 document becomes the 3.0.3 form openapi-python-client 0.29.1 handles, keeping what
    each schema accepts (:func:`to_openapi_30` alone does this, for the change report too):
    ``type: [X, "null"]`` and ``anyOf``/``oneOf`` members ``{"type": "null"}`` become ``nullable``
    (a lone ``$ref`` left is wrapped in ``allOf``); several types become an ``anyOf``, except
    ASP.NET's ``["integer", "string"]`` numbers-also-read-from-strings, which stay numbers (the
    server writes numbers); ``const`` becomes a one-value ``enum``; ``examples`` the first
    ``example``; a ``$ref`` with sibling keywords an ``allOf`` holding the ``$ref`` plus those
    keywords (annotations alone are dropped); numeric ``exclusiveMinimum``/``exclusiveMaximum`` the
    3.0 boolean form; ``contentEncoding: base64`` ``format: byte`` and a binary ``contentMediaType``
    ``format: binary``; top-level ``webhooks`` (received by ``dastra.webhooks``, not by the
    generated client), ``jsonSchemaDialect`` and pure annotations (``$schema``, ``$id``, ``$comment``,
    ``$anchor``, ``info.summary``, ``license.identifier``) are dropped. A 3.1 keyword with no 3.0
    equivalent is left in place, so the validation that follows refuses the document by location.
``untyped-enums``
    An ``enum`` without ``type`` gets the type all its values share (``string`` or ``integer``), so
    the rules below and the generator treat it as the enum it is.
``schema-name-collisions``
    A component schema whose generated class would shadow a name the generated modules use
    (``Client``, ``AuthenticatedClient``, ``File``, ``Response``, ``Unset``, ``UNSET``, ``HTTPStatus``,
    ``Any``...), whose class or module name would be a Python keyword or builtin (the generator
    would append ``_``), or whose class or module name another schema already takes (``Unset`` and
    ``UNSET``), is renamed ``<Name>Model`` (then ``<Name>Model2``...); every ``$ref`` and
    discriminator mapping follows. Each rename is one line of the report.
``discriminated-one-of``
    The generator ignores ``discriminator``. Each variant of a discriminated ``oneOf`` gets its
    discriminator property as a required one-value ``enum`` (its mapping value), so that a variant
    only parses an object that carries its own value.
``integer-enum-names``
    Integer enums named by ``x-enumNames`` (NSwag) or ``x-enum-varnames`` get valid, unique member
    names in ``x-enum-varnames``, which the generator uses instead of ``VALUE_1``...
``error-responses``
    4xx/5xx responses (``ProblemDetails``, ``application/problem+json``...), and ``default`` when a
    2xx exists, are removed: they would enter every operation's return type, yet every non-2xx answer
    is raised as a typed error by ``dastra`` (``error.problem`` holds a problem document).
``response-content-types``
    A 2xx response listing several JSON-like types (``application/json``, ``text/json``,
    ``application/*+json``, ``text/plain`` with a schema that is not plain text) keeps one
    ``application/json``. A plain string under ``text/plain`` is a real text answer (ASP.NET writes
    strings as text) and keeps ``text/plain`` alone. Other types (files) are kept after the JSON one.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs

from dastra_codegen import naming

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


def normalize(document: Document, previous: Document | None = None) -> tuple[Document, NormalizationReport]:
    """Return a normalized deep copy of ``document`` and what was changed.

    ``previous`` is the pinned normalized document, if any: names it gave keep their spelling
    (:func:`dastra_codegen.naming.resolve`), so a new snapshot never renames what exists.
    """
    doc = copy.deepcopy(document)
    record = _Recorder()
    history = naming.history_of(previous) | naming.history_of(doc, renames_only=True)
    _convert_openapi_31(doc, record)
    _type_untyped_enums(doc, record)
    _rename_colliding_schemas(doc, record, history)
    _rename_colliding_tags(doc, record, history)
    _rename_colliding_operations(doc, record, history)
    _name_string_enum_members(doc, record)
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    _tag_discriminated_variants(doc, schemas, record)
    _name_integer_enums(schemas, record)
    for method, path, operation in iter_operations(doc):
        where = f"{method.upper()} {path}"
        _fix_request_body(operation, schemas, where, record)
        _fix_path_parameters(operation, path, where, record)
        _drop_error_responses(operation, where, record)
        _fix_response_content_types(operation, schemas, where, record)
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
        if isinstance(prop.get("additionalProperties"), dict):
            prop["additionalProperties"] = _open_enum(
                prop["additionalProperties"], schemas, prop_where + "{}", record
            )
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
    """``{$ref: StringEnum}`` -> ``{anyOf: [{$ref: StringEnum}, {type: string}]}`` (integers alike).

    A nullable reference written ``{allOf: [{$ref: Enum}], nullable: true}`` is opened the same way.
    """
    wrapped = prop.get("allOf")
    single = wrapped[0] if isinstance(wrapped, list) and len(wrapped) == 1 else None
    holder = prop if "$ref" in prop else single if isinstance(single, dict) and "$ref" in single else None
    target = _ref_target(holder) if holder is not None else None
    if holder is None or target is None:
        return prop
    referenced = schemas.get(target, {})
    kind = referenced.get("type")
    if kind not in ("string", "integer") or "enum" not in referenced:
        return prop
    record.fix("open-enums", where)
    opened: dict[str, Any] = {"anyOf": [{"$ref": holder["$ref"]}, {"type": kind}]}
    opened.update((k, v) for k, v in prop.items() if k not in ("$ref", "allOf"))
    return opened


def _make_nullable(prop: dict[str, Any], where: str, record: _Recorder) -> dict[str, Any]:
    enum = prop.get("enum")
    if isinstance(enum, list):
        # The generator turns ``nullable`` on an inline enum into a tangle of enum classes; ``null``
        # among the values gives ``Enum | None``.
        if None in enum and "nullable" not in prop:
            return prop
        record.fix("nullable-optional-properties", where)
        return {
            **{k: v for k, v in prop.items() if k != "nullable"},
            "enum": [*enum, None] if None not in enum else enum,
        }
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


# --- OpenAPI 3.1 -> 3.0.3 --------------------------------------------------------------------------

#: Keywords that only annotate a schema: dropped where 3.0 has no place for them.
_ANNOTATIONS_31 = ("$schema", "$id", "$comment", "$anchor")
#: Sibling keywords of a ``$ref`` that change nothing about the values accepted.
_REF_ANNOTATIONS = frozenset({"description", "title", "summary", "example", "examples", "$comment"})
#: Keywords that apply to one JSON type only, for splitting ``type: [A, B]`` into an ``anyOf``.
_KEYWORDS_BY_TYPE = {
    "string": ("minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType"),
    "integer": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"),
    "array": ("items", "minItems", "maxItems", "uniqueItems", "prefixItems"),
    "object": ("properties", "required", "additionalProperties", "minProperties", "maxProperties"),
}
_TYPE_SPECIFIC = frozenset(key for keys in _KEYWORDS_BY_TYPE.values() for key in keys)
#: Media types whose bytes are text: a ``contentMediaType`` of any other type means raw bytes.
_TEXT_MEDIA = re.compile(r"^(text/|application/(json|xml)\b|[^/]+/[^;]*\+(json|xml)\b)")


def is_openapi_31(document: Document) -> bool:
    return str(document.get("openapi", "")).startswith("3.1")


def to_openapi_30(document: Document) -> tuple[Document, NormalizationReport]:
    """A deep copy of ``document`` in OpenAPI 3.0.3 spelling (unchanged unless it is 3.1), and what changed.

    Used by :func:`normalize` (first rule) and by the change report, which compares meaning: the
    same schema spelt the 3.0 way and the 3.1 way is then the same schema.
    """
    doc = copy.deepcopy(document)
    record = _Recorder()
    _convert_openapi_31(doc, record)
    return doc, record.report()


def _convert_openapi_31(doc: Document, record: _Recorder) -> None:
    if not is_openapi_31(doc):
        return
    record.fix("openapi-3.1-version", f"openapi {doc['openapi']} -> 3.0.3")
    doc["openapi"] = "3.0.3"
    for key in ("webhooks", "jsonSchemaDialect"):
        if key in doc:
            value = doc.pop(key)
            count = len(value) if key == "webhooks" and isinstance(value, dict) else 1
            for _ in range(count):
                record.fix(f"openapi-3.1-{'webhooks' if key == 'webhooks' else 'json-schema-dialect'}", key)
    info = doc.get("info")
    if isinstance(info, dict):
        if info.pop("summary", None) is not None:
            record.fix("openapi-3.1-keywords", "info.summary")
        license_ = info.get("license")
        if isinstance(license_, dict) and license_.pop("identifier", None) is not None:
            record.fix("openapi-3.1-keywords", "info.license.identifier")
    for holder, key, where in _schema_slots(doc):
        holder[key] = _schema_31(holder[key], where, record)


def _schema_slots(doc: Document) -> Iterator[tuple[dict[str, Any], str, str]]:
    """``(holder, key, where)`` for every schema the document holds outside other schemas."""
    components = doc.get("components", {})
    for name, schema in list(components.get("schemas", {}).items()):
        if isinstance(schema, dict):
            yield components["schemas"], name, f"#/components/schemas/{name}"
    for section in ("parameters", "headers"):
        for name, item in components.get(section, {}).items():
            yield from _parameter_slots(item, f"#/components/{section}/{name}")
    for name, item in components.get("requestBodies", {}).items():
        yield from _content_slots(item, f"#/components/requestBodies/{name}")
    for name, item in components.get("responses", {}).items():
        yield from _response_slots(item, f"#/components/responses/{name}")
    for path, item in doc.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for parameter in item.get("parameters", []):
            yield from _parameter_slots(parameter, f"{path} parameter")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", []):
                yield from _parameter_slots(parameter, f"{where} parameter {parameter.get('name')}")
            yield from _content_slots(operation.get("requestBody"), f"{where} request body")
            for status, response in operation.get("responses", {}).items():
                yield from _response_slots(response, f"{where} response {status}")


def _parameter_slots(item: Any, where: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    if isinstance(item, dict):
        if isinstance(item.get("schema"), dict):
            yield item, "schema", where
        yield from _content_slots(item, where)


def _content_slots(item: Any, where: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    if not isinstance(item, dict) or not isinstance(item.get("content"), dict):
        return
    for content_type, media in item["content"].items():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media, "schema", f"{where} {content_type}"


def _response_slots(item: Any, where: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    yield from _content_slots(item, where)
    if isinstance(item, dict):
        for name, header in (item.get("headers") or {}).items():
            yield from _parameter_slots(header, f"{where} header {name}")


def _is_null_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind == "null" or kind == ["null"] or ("const" in schema and schema["const"] is None)


def _schema_31(schema: Any, where: str, record: _Recorder) -> Any:
    """One schema (and everything under it) in 3.0 spelling; mutates and returns it."""
    if not isinstance(schema, dict):
        return schema
    nullable = False
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and any(_is_null_schema(member) for member in members):
            schema[key] = [member for member in members if not _is_null_schema(member)]
            nullable = True
            record.fix("openapi-3.1-null-member", where)
    _convert_children(schema, where, record)
    for key in _ANNOTATIONS_31:
        if key in schema:
            del schema[key]
            record.fix("openapi-3.1-keywords", f"{where} {key}")
    nullable = _convert_type(schema, where, record) or nullable
    if "const" in schema:
        value = schema.pop("const")
        record.fix("openapi-3.1-const", where)
        if value is None:
            schema["enum"] = [None]
        else:
            schema["enum"] = [value]
            kind = _json_type(value)
            if "type" not in schema and kind is not None:
                schema["type"] = kind
    if isinstance(schema.get("examples"), list):
        examples = schema.pop("examples")
        if examples and "example" not in schema:
            schema["example"] = examples[0]
        record.fix("openapi-3.1-examples", where)
    _convert_bounds(schema, where, record)
    _convert_content_keywords(schema, where, record)
    if nullable and isinstance(schema.get("enum"), list):
        if None not in schema["enum"]:
            schema["enum"].append(None)
    elif nullable:
        schema["nullable"] = True
    schema = _unwrap_single_member(schema)
    return _wrap_ref_siblings(schema, where, record)


def _json_type(value: Any) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {str: "string", float: "number", list: "array", dict: "object"}.get(type(value))


def _convert_children(schema: dict[str, Any], where: str, record: _Recorder) -> None:
    for name, prop in (schema.get("properties") or {}).items():
        schema["properties"][name] = _schema_31(prop, f"{where}.{name}", record)
    for key, suffix in (("items", "[]"), ("additionalProperties", "{}"), ("not", " not")):
        if isinstance(schema.get(key), dict):
            schema[key] = _schema_31(schema[key], where + suffix, record)
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        if isinstance(schema.get(key), list):
            schema[key] = [_schema_31(member, f"{where} {key}", record) for member in schema[key]]


_NUMERIC_STRING = re.compile(r"^\^-\?.*\\d.*\$$")


def _convert_type(schema: dict[str, Any], where: str, record: _Recorder) -> bool:
    """Rewrite a ``type`` list (or ``type: "null"``); True when null is one of the types."""
    kind = schema.get("type")
    if kind == "null":
        del schema["type"]
        schema["enum"] = [None]
        record.fix("openapi-3.1-type-null", where)
        return False
    if not isinstance(kind, list):
        return False
    types = [str(item) for item in kind if item != "null"]
    nullable = len(types) < len(kind)
    record.fix("openapi-3.1-type-null" if nullable else "openapi-3.1-type-lists", where)
    numbers = [item for item in types if item in ("integer", "number")]
    if len(types) == 2 and "string" in types and len(numbers) == 1:
        # ASP.NET (System.Text.Json's AllowReadingFromString): the server reads "1" and 1, writes 1.
        pattern = schema.get("pattern")
        if pattern is not None and _NUMERIC_STRING.match(str(pattern)):
            schema.pop("pattern", None)
            types = numbers
            record.fix("openapi-3.1-numeric-strings", where)
    if not types:
        del schema["type"]
        schema["enum"] = [None]
        return False
    if len(types) == 1:
        schema["type"] = types[0]
    else:
        del schema["type"]
        branches = []
        for item in types:
            branch: dict[str, Any] = {"type": item}
            branch.update((key, schema[key]) for key in _KEYWORDS_BY_TYPE.get(item, ()) if key in schema)
            branches.append(branch)
        for key in _TYPE_SPECIFIC:
            schema.pop(key, None)
        schema["anyOf"] = branches
    return nullable


def _convert_bounds(schema: dict[str, Any], where: str, record: _Recorder) -> None:
    for exclusive, inclusive, stricter in (
        ("exclusiveMinimum", "minimum", max),
        ("exclusiveMaximum", "maximum", min),
    ):
        value = schema.get(exclusive)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        record.fix("openapi-3.1-exclusive-bounds", f"{where} {exclusive}")
        bound = schema.get(inclusive)
        if isinstance(bound, int | float) and stricter(bound, value) == bound and bound != value:
            del schema[exclusive]  # the inclusive bound is the stricter one
            continue
        schema[inclusive] = value
        schema[exclusive] = True


def _convert_content_keywords(schema: dict[str, Any], where: str, record: _Recorder) -> None:
    encoding = schema.pop("contentEncoding", None)
    media = schema.pop("contentMediaType", None)
    if encoding is None and media is None:
        return
    record.fix("openapi-3.1-content-keywords", where)
    if "format" in schema:
        return
    if isinstance(encoding, str) and encoding.lower() in ("base64", "base64url"):
        schema["format"] = "byte"
    elif isinstance(media, str) and not _TEXT_MEDIA.match(media.lower()):
        schema["format"] = "binary"


def _unwrap_single_member(schema: dict[str, Any]) -> dict[str, Any]:
    """``anyOf``/``oneOf`` left with one member (a null was removed): that member, nullable if needed."""
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if not isinstance(members, list) or len(members) != 1 or not isinstance(members[0], dict):
            continue
        member = members[0]
        rest = {k: v for k, v in schema.items() if k != key}
        if "$ref" in member:
            return {"allOf": [member], **rest}
        if not rest.keys() & member.keys():
            return {**member, **rest}
    return schema


def _wrap_ref_siblings(schema: dict[str, Any], where: str, record: _Recorder) -> dict[str, Any]:
    if "$ref" not in schema or len(schema) == 1:
        return schema
    record.fix("openapi-3.1-ref-siblings", where)
    siblings = {k: v for k, v in schema.items() if k != "$ref" and k not in _REF_ANNOTATIONS}
    if not siblings:
        return {"$ref": schema["$ref"]}
    return {"allOf": [{"$ref": schema["$ref"]}], **siblings}


# --- enums, names, discriminators -----------------------------------------------------------------


def _type_untyped_enums(doc: Document, record: _Recorder) -> None:
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if not isinstance(schema, dict) or "type" in schema or not isinstance(schema.get("enum"), list):
            continue
        values = [value for value in schema["enum"] if value is not None]
        if values and all(isinstance(value, str) for value in values):
            schema["type"] = "string"
        elif values and all(isinstance(value, int) and not isinstance(value, bool) for value in values):
            schema["type"] = "integer"
        else:
            continue
        record.fix("untyped-enums", f"#/components/schemas/{name}")


def generated_names(schema_name: str) -> tuple[str, str]:
    """``(class name, module name)`` openapi-python-client gives a component schema."""
    return naming.schema_names(schema_name)


def _rename_colliding_schemas(doc: Document, record: _Recorder, history: naming.History) -> None:
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    if not schemas:
        return
    spellings = naming.resolve(schemas, naming.SCHEMAS, history.schemas)
    renames = {name: spelling for name, spelling in spellings.items() if spelling != name}
    if not renames:
        return
    for name, spelling in renames.items():
        problem = naming.schema_problem(name) or "its class or module is another schema's"
        record.fix("schema-name-collisions", f"{name} -> {spelling} ({problem})")
        if isinstance(schemas[name], dict):
            schemas[name].setdefault(naming.ORIGINAL_NAME, name)
    doc["components"]["schemas"] = {renames.get(name, name): schema for name, schema in schemas.items()}
    _rewrite_refs(doc, {f"{_SCHEMA_PREFIX}{old}": f"{_SCHEMA_PREFIX}{new}" for old, new in renames.items()})
    for schema in doc["components"]["schemas"].values():
        _rename_in_mappings(schema, renames)


def _rename_colliding_tags(doc: Document, record: _Recorder, history: naming.History) -> None:
    """Tags whose folder, client attribute or resource classes coincide (``DataBreachs`` / ``Data_Breachs``,
    which the generator would merge into one folder) are told apart by :func:`naming.resolve`."""
    operations = [operation for _, _, operation in iter_operations(doc)]
    used = {tag for operation in operations for tag in operation.get("tags") or [] if isinstance(tag, str)}
    renamed = {
        tag["name"]: tag[naming.ORIGINAL_NAME] for tag in doc.get("tags") or [] if _is_renamed_tag(tag)
    }
    originals = {renamed.get(tag, tag) for tag in used}
    spellings = naming.resolve(originals, naming.TAGS, {**history.tags, **{v: k for k, v in renamed.items()}})
    current = {renamed.get(tag, tag): tag for tag in used}
    renames = {current[name]: spelling for name, spelling in spellings.items() if current[name] != spelling}
    if not renames:
        return
    for operation in operations:
        if isinstance(operation.get("tags"), list):
            operation["tags"] = [renames.get(tag, tag) for tag in operation["tags"]]
    tags = doc.setdefault("tags", [])
    for old, new in sorted(renames.items()):
        original = renamed.get(old, old)
        entry = next((tag for tag in tags if isinstance(tag, dict) and tag.get("name") == old), None)
        if entry is None:
            entry = {"name": old}
            tags.append(entry)
        entry["name"] = new
        entry[naming.ORIGINAL_NAME] = original
        record.fix(
            "tag-name-collisions",
            f"tag {original} -> {new} (dastra.{naming.tag_attribute(naming.tag_folder(new))})",
        )


def _is_renamed_tag(tag: Any) -> bool:
    return (
        isinstance(tag, dict)
        and isinstance(tag.get("name"), str)
        and isinstance(tag.get(naming.ORIGINAL_NAME), str)
    )


def _rename_colliding_operations(doc: Document, record: _Recorder, history: naming.History) -> None:
    """In each tag folder, operationIds whose modules or methods coincide (``GetList`` / ``get_list``)."""
    by_folder: dict[str, dict[str, dict[str, Any]]] = {}
    for _, _, operation in iter_operations(doc):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            continue
        tags = [tag for tag in operation.get("tags") or [] if isinstance(tag, str)] or ["default"]
        original = str(operation.get(naming.ORIGINAL_OPERATION_ID, operation_id))
        by_folder.setdefault(naming.tag_folder(tags[0]), {})[original] = operation
    for folder, operations in sorted(by_folder.items()):
        current = {original: str(op["operationId"]) for original, op in operations.items()}
        known = {**history.operations, **{k: v for k, v in current.items() if k != v}}
        spellings = naming.resolve(operations, naming.operation_kind(folder), known)
        for original, spelling in sorted(spellings.items()):
            if spelling == current[original]:
                continue
            operation = operations[original]
            operation["operationId"] = spelling
            if spelling == original:
                operation.pop(naming.ORIGINAL_OPERATION_ID, None)
            else:
                operation[naming.ORIGINAL_OPERATION_ID] = original
            method = naming.method_name(folder, naming.operation_module(spelling))
            record.fix("operation-name-collisions", f"{original} -> {spelling} (.{method})")


def _name_string_enum_members(doc: Document, record: _Recorder) -> None:
    """A string enum whose generated members would coincide gets distinct ``x-enum-varnames``."""
    for schema in _iter_subschemas(doc.get("components", {})):
        values = schema.get("enum")
        if schema.get("type") != "string" or not isinstance(values, list) or "x-enum-varnames" in schema:
            continue
        members = naming.enum_members([value for value in values if value is not None])
        if members is not None:
            schema["x-enum-varnames"] = members
            record.fix("enum-member-collisions", f"enum {values[:3]}...: {members[:3]}...")


_SCHEMA_PREFIX = "#/components/schemas/"


def _rewrite_refs(node: Any, refs: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]
        for value in node.values():
            _rewrite_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, refs)


def _rename_in_mappings(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, dict):
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            mapping = discriminator["mapping"]
            for key, target in mapping.items():
                if isinstance(target, str):
                    bare = target.removeprefix(_SCHEMA_PREFIX)
                    if bare in renames:
                        mapping[key] = (
                            target.replace(bare, renames[bare]) if target != bare else renames[bare]
                        )
        for value in node.values():
            _rename_in_mappings(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rename_in_mappings(value, renames)


def _iter_subschemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _iter_subschemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _iter_subschemas(value)


def _tag_discriminated_variants(doc: Document, schemas: dict[str, Any], record: _Recorder) -> None:
    """Give each variant of a discriminated ``oneOf`` its discriminator value as a required enum."""
    wanted: dict[str, tuple[str, str]] = {}
    for node in _iter_subschemas(doc.get("components", {})):
        discriminator = node.get("discriminator")
        members = node.get("oneOf") or node.get("anyOf")
        if not isinstance(discriminator, dict) or not isinstance(members, list):
            continue
        prop = discriminator.get("propertyName")
        if not isinstance(prop, str):
            continue
        by_target: dict[str, str] = {}
        for value, target in (discriminator.get("mapping") or {}).items():
            by_target.setdefault(str(target).removeprefix(_SCHEMA_PREFIX), str(value))
        for member in members:
            target = _ref_target(member) if isinstance(member, dict) else None
            if target is not None and target in schemas:
                wanted.setdefault(target, (prop, by_target.get(target, target)))
    for target, (prop, value) in sorted(wanted.items()):
        _set_discriminator_value(schemas[target], prop, value, f"#/components/schemas/{target}", record)


def _set_discriminator_value(
    schema: dict[str, Any], prop: str, value: str, where: str, record: _Recorder
) -> None:
    tag = {"type": "string", "enum": [value]}
    if "properties" in schema or schema.get("type") == "object":
        properties = schema.setdefault("properties", {})
        required = schema.setdefault("required", [])
        if properties.get(prop) == tag and prop in required:
            return
        properties[prop] = tag
        if prop not in required:
            required.append(prop)
    elif isinstance(schema.get("allOf"), list):
        part = {"type": "object", "required": [prop], "properties": {prop: tag}}
        if part in schema["allOf"]:
            return
        schema["allOf"].append(part)
    else:
        return
    record.fix("discriminated-one-of", f"{where}.{prop} = {value!r}")


_MEMBER_WORD = re.compile(r"[A-Za-z0-9]+")


def _member_names(names: list[Any]) -> list[str]:
    """Valid, unique ``UPPER_SNAKE`` member names for ``names`` (as the generator would spell them)."""
    from openapi_python_client.strings import snake_case

    result: list[str] = []
    for index, name in enumerate(names):
        member = snake_case(str(name)).upper() if isinstance(name, str) else ""
        if not member or not member.isidentifier():
            member = f"VALUE_{member}" if member and f"VALUE_{member}".isidentifier() else f"VALUE_{index}"
        candidate, suffix = member, 2
        while candidate in result:
            candidate, suffix = f"{member}_{suffix}", suffix + 1
        result.append(candidate)
    return result


def _name_integer_enums(schemas: dict[str, Any], record: _Recorder) -> None:
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or schema.get("type") != "integer":
            continue
        values = schema.get("enum")
        given = schema.get("x-enum-varnames", schema.get("x-enumNames"))
        if not isinstance(values, list) or not isinstance(given, list) or len(given) != len(values):
            continue
        members = _member_names(given)
        if schema.get("x-enum-varnames") == members:
            continue
        schema["x-enum-varnames"] = members
        record.fix("integer-enum-names", f"#/components/schemas/{name}")


# --- responses ------------------------------------------------------------------------------------


def _drop_error_responses(operation: dict[str, Any], where: str, record: _Recorder) -> None:
    responses = operation.get("responses")
    if not isinstance(responses, dict):
        return
    has_success = any(str(status).startswith("2") for status in responses)
    for status in list(responses):
        text = str(status).upper()
        if text[:1] in ("1", "3", "4", "5") or (text == "DEFAULT" and has_success):
            del responses[status]
            record.fix("error-responses", f"{where} {status}")


_JSON_LIKE = re.compile(r"^(application/json|text/json|application/[^;]*\+json|application/\*\+json)(;.*)?$")


def _is_plain_text(schema: Any, schemas: dict[str, Any]) -> bool:
    resolved = _resolve(schema, schemas) if isinstance(schema, dict) else {}
    return resolved.get("type") == "string" and "format" not in resolved and "enum" not in resolved


def _fix_response_content_types(
    operation: dict[str, Any], schemas: dict[str, Any], where: str, record: _Recorder
) -> None:
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2") or not isinstance(response, dict):
            continue
        content = response.get("content")
        if not isinstance(content, dict) or not content:
            continue
        json_types = [ct for ct in content if _JSON_LIKE.match(ct.lower())]
        text = [ct for ct in content if ct.lower().split(";")[0].strip() == "text/plain"]
        others = [ct for ct in content if ct not in json_types and ct not in text]
        text_schema = content[text[0]].get("schema") if text else None
        if text and _is_plain_text(text_schema, schemas):
            keep, media = "text/plain", content[text[0]]
        elif json_types or (text and isinstance(text_schema, dict)):
            keep = "application/json"
            media = content.get("application/json") or content[(json_types or text)[0]]
        else:
            continue
        fixed = {keep: media, **{ct: content[ct] for ct in others}}
        if list(fixed) == list(content):
            continue
        response["content"] = fixed
        record.fix("response-content-types", f"{where} {status}")
