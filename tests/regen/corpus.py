"""A robustness corpus: mutated variants of a Dastra document, each with what its change report must say.

Every mutation edits a deep copy of a base document in place (the pinned snapshot as received, or the
reference document beside the project) and returns what it did: the change report rows it must cause
(``(kind, location, breaking)``, a multiset) and normalization counts it must cause. Mutations touch
disjoint parts of the document, so any combination's expectation is the sum of its parts; the 3.1
respelling is applied last (it changes spelling only, so it adds no row).

:data:`ISSUE_SCENARIO` is the document the issue describes: 3.1, ASP.NET's ``text/plain``-first response
types, problem+json errors, a schema named ``Client``, a few new operations.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from tests.regen.openapi31 import to_openapi_31

Doc = dict[str, Any]
Row = tuple[str, str, bool]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
WS = {"name": "workspaceId", "in": "path", "required": True, "schema": {"type": "string"}}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_content(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


@attrs.frozen
class Effect:
    rows: Counter[Row] = attrs.field(factory=Counter)
    #: Normalization rule -> the count this mutation adds to it.
    rules: Counter[str] = attrs.field(factory=Counter)

    def __add__(self, other: Effect) -> Effect:
        return Effect(self.rows + other.rows, self.rules + other.rules)


@attrs.frozen
class Variant:
    name: str
    document: Doc
    effect: Effect


def _operations(doc: Doc) -> Iterable[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield method, path, item[method]


def _add_operation(doc: Doc, method: str, path: str, operation: dict[str, Any], rows: Counter[Row]) -> None:
    doc["paths"].setdefault(path, {})[method] = operation
    rows[("operation-added", f"{method.upper()} {path}", False)] += 1


def _add_schemas(doc: Doc, schemas: dict[str, Any], rows: Counter[Row]) -> None:
    for name, schema in schemas.items():
        assert name not in doc["components"]["schemas"], name
        doc["components"]["schemas"][name] = schema
        rows[("schema-added", name, False)] += 1


# --- one mutation per shape ------------------------------------------------------------------------------


def aspnet_response_types(doc: Doc) -> Effect:
    """Every JSON success answer listed the way ASP.NET lists it: text/plain, application/json, text/json."""
    effect = Effect()
    for method, path, operation in _operations(doc):
        for status, response in operation["responses"].items():
            content = response.get("content") or {}
            if str(status).startswith("2") and list(content) == ["application/json"]:
                media = content["application/json"]
                response["content"] = {"text/plain": media, "application/json": media, "text/json": media}
                where = f"{method.upper()} {path}: response {status}"
                effect.rows[("response-content-type-added", where, False)] += 2
                effect.rules["response-content-types"] += 1
    return effect


PROBLEM_DETAILS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "nullable": True},
        "title": {"type": "string", "nullable": True},
        "status": {"type": "integer", "format": "int32", "nullable": True},
        "detail": {"type": "string", "nullable": True},
        "instance": {"type": "string", "nullable": True},
    },
    "additionalProperties": {},
}


def problem_errors(doc: Doc) -> Effect:
    """RFC 7807 errors on every operation: 400 validation problems, 404 and 500 problems."""
    effect = Effect()
    validation: dict[str, Any] = copy.deepcopy(PROBLEM_DETAILS)
    validation["properties"]["errors"] = {
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "nullable": True,
    }
    _add_schemas(
        doc, {"ProblemDetails": PROBLEM_DETAILS, "HttpValidationProblemDetails": validation}, effect.rows
    )
    for _, _, operation in _operations(doc):
        operation["responses"]["400"] = {
            "description": "Bad Request",
            "content": {"application/problem+json": {"schema": ref("HttpValidationProblemDetails")}},
        }
        for status, description in (("404", "Not Found"), ("500", "Server Error")):
            operation["responses"][status] = {
                "description": description,
                "content": {"application/problem+json": {"schema": ref("ProblemDetails")}},
            }
        effect.rules["error-responses"] += 3
    return effect


def client_schema(doc: Doc) -> Effect:
    """A new resource whose schema is named ``Client`` (the generated package's own class name)."""
    effect = Effect()
    client = {
        "required": ["label"],
        "type": "object",
        "properties": {
            "id": {"type": "integer", "format": "int32"},
            "label": {"type": "string"},
            "email": {"type": "string", "nullable": True},
            "owner": ref("UserLightDto"),
        },
        "additionalProperties": False,
    }
    page = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": ref("Client"), "nullable": True},
            "total": {"type": "integer", "format": "int64"},
            "size": {"type": "integer", "format": "int32"},
            "page": {"type": "integer", "format": "int32"},
        },
        "additionalProperties": False,
    }
    _add_schemas(doc, {"Client": client, "ClientPagedList": page}, effect.rows)
    listing: dict[str, Any] = {"tags": ["Clients"], "operationId": "Clients_List", "parameters": [WS]}
    listing["responses"] = {
        "200": {"description": "Success", "content": json_content(ref("ClientPagedList"))}
    }
    _add_operation(doc, "get", "/v1/ws/{workspaceId}/Clients", listing, effect.rows)
    effect.rules["schema-name-collisions"] += 1
    return effect


def new_operations(doc: Doc) -> Effect:
    """Three new operations on existing schemas (one answers a map of counts)."""
    effect = Effect()
    base = "/v1/ws/{workspaceId}/DataBreachs"
    history: dict[str, Any] = {
        "tags": ["DataBreachs"],
        "operationId": "DataBreachs_History",
        "parameters": [WS, ID],
    }
    history["responses"] = {
        "200": {
            "description": "Success",
            "content": json_content({"type": "array", "items": ref("DataBreachDto")}),
        }
    }
    close: dict[str, Any] = {
        "tags": ["DataBreachs"],
        "operationId": "DataBreachs_Close",
        "parameters": [WS, ID],
    }
    close["requestBody"] = {"content": json_content(ref("DataBreachDto"))}
    close["responses"] = {"200": {"description": "Success", "content": json_content(ref("DataBreachDto"))}}
    stats: dict[str, Any] = {"tags": ["DataBreachs"], "operationId": "DataBreachs_Stats", "parameters": [WS]}
    counts = {"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}}
    stats["responses"] = {"200": {"description": "Success", "content": json_content(counts)}}
    _add_operation(doc, "get", f"{base}/{{id}}/history", history, effect.rows)
    _add_operation(doc, "post", f"{base}/{{id}}/close", close, effect.rows)
    _add_operation(doc, "get", f"{base}/stats", stats, effect.rows)
    return effect


def integer_enum(doc: Doc) -> Effect:
    """An integer enum named by ``x-enumNames`` (NSwag style), used by a new optional property."""
    effect = Effect()
    severity = {"enum": [0, 1, 2, 3], "type": "integer", "format": "int32"}
    severity["x-enumNames"] = ["Low", "Medium", "High", "Critical"]
    _add_schemas(doc, {"BreachSeverity": severity}, effect.rows)
    doc["components"]["schemas"]["DataBreachDto"]["properties"]["severity"] = ref("BreachSeverity")
    effect.rows[("property-added", "DataBreachDto.severity", False)] += 1
    effect.rules["integer-enum-names"] += 1
    return effect


def discriminated_one_of(doc: Doc) -> Effect:
    """A discriminated ``oneOf`` (Swashbuckle's polymorphism) answered by a new operation."""
    effect = Effect()
    variant = {"type": "object", "required": ["kind", "label"], "additionalProperties": False}
    email = {
        **variant,
        "properties": {
            "kind": {"type": "string"},
            "label": {"type": "string"},
            "address": {"type": "string"},
        },
    }
    sms = {
        **variant,
        "properties": {"kind": {"type": "string"}, "label": {"type": "string"}, "phone": {"type": "string"}},
    }
    channel = {
        "oneOf": [ref("EmailChannelDto"), ref("SmsChannelDto")],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {
                "email": "#/components/schemas/EmailChannelDto",
                "sms": "#/components/schemas/SmsChannelDto",
            },
        },
    }
    _add_schemas(doc, {"ChannelDto": channel, "EmailChannelDto": email, "SmsChannelDto": sms}, effect.rows)
    listing: dict[str, Any] = {"tags": ["Channels"], "operationId": "Channels_List", "parameters": [WS]}
    listing["responses"] = {
        "200": {
            "description": "Success",
            "content": json_content({"type": "array", "items": ref("ChannelDto")}),
        }
    }
    _add_operation(doc, "get", "/v1/ws/{workspaceId}/Channels", listing, effect.rows)
    effect.rules["discriminated-one-of"] += 2
    return effect


def map_properties(doc: Doc) -> Effect:
    """``additionalProperties`` with a schema: a map of integers and a map of models."""
    effect = Effect()
    properties = doc["components"]["schemas"]["DataBreachDto"]["properties"]
    properties["countsByCountry"] = {
        "type": "object",
        "additionalProperties": {"type": "integer", "format": "int32"},
    }
    properties["reviewers"] = {
        "type": "object",
        "additionalProperties": ref("UserLightDto"),
        "nullable": True,
    }
    effect.rows[("property-added", "DataBreachDto.countsByCountry", False)] += 1
    effect.rows[("property-added", "DataBreachDto.reviewers", False)] += 1
    return effect


def single_ref_all_of(doc: Doc) -> Effect:
    """Bare ``$ref`` properties to models written ``allOf: [$ref]`` (Swashbuckle's wrapper): no change."""
    schemas = doc["components"]["schemas"]
    wrapped = 0
    for name in sorted(schemas):
        for prop_name, prop in list(schemas[name].get("properties", {}).items()):
            target = prop.get("$ref", "").rsplit("/", 1)[-1]
            if len(prop) == 1 and schemas.get(target, {}).get("type") == "object" and wrapped < 25:
                schemas[name]["properties"][prop_name] = {"allOf": [prop]}
                wrapped += 1
    assert wrapped == 25
    return Effect()


def nullability(doc: Doc) -> Effect:
    """A real change: ``DataBreachDto.label`` (read in answers) becomes nullable."""
    doc["components"]["schemas"]["DataBreachDto"]["properties"]["label"]["nullable"] = True
    return Effect(rows=Counter({("property-now-nullable", "DataBreachDto.label", True): 1}))


#: Tags named like what the package defines, a keyword, a soft twin of an existing tag, a model class:
#: the client attribute each one is documented to get (README, "Names"), and the methods on it.
RESERVED_TAGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Resources": ("resources_api", ("find",)),
    "Client": ("client_api", ("find",)),
    "Dastra": ("dastra", ("find",)),
    "Webhooks": ("webhooks_api", ("get_list", "get_list2")),
    "Models": ("models_api", ("find",)),
    "Types": ("types_api", ("find",)),
    "Workspace": ("workspace_api", ("find",)),
    "Class": ("class_", ("find",)),
    "None": ("none", ("find",)),
    "Data_Breachs": ("data_breachs_2", ("find",)),  # DataBreachs exists: both would be data_breachs
    "WorkSpaceDto": ("work_space_dto", ("find",)),  # the name of the model its method answers
}


def reserved_names(doc: Doc) -> Effect:
    """Spec names that collide with the package's own, with keywords, or with each other once in Python."""
    effect = Effect()
    operations: list[tuple[str, str, str]] = []  # (tag, operationId, answered schema)
    for tag in RESERVED_TAGS:
        answered = {"WorkSpaceDto": "WorkSpaceDto", "None": "Answer"}.get(tag, "DataBreachDto")
        if tag == "Webhooks":  # GetList and get_list: one module, one method, unless told apart
            operations += [(tag, "GetList", answered), (tag, "get_list", answered)]
        else:
            operations.append((tag, f"{tag}_Find", answered))
    operations.append(("DataBreachs", "import", "DataBreachDto"))  # a keyword as the operationId
    for number, (tag, operation_id, answered) in enumerate(operations):
        operation: dict[str, Any] = {"tags": [tag], "operationId": operation_id}
        operation["responses"] = {"200": {"description": "Success", "content": json_content(ref(answered))}}
        _add_operation(doc, "get", f"/v1/naming/{number}", operation, effect.rows)
    answer = {"type": "object", "properties": {"id": {"type": "integer", "format": "int32"}}}
    letters = {"type": "string", "enum": ["a-b", "a b", "A_B", "c"]}  # one generated member, A_B, for three
    _add_schemas(doc, {"Answer": answer, "NamingLetters": letters}, effect.rows)  # Answer: a runtime class
    properties = doc["components"]["schemas"]["DataBreachDto"]["properties"]
    properties["from"] = {"type": "string", "nullable": True}
    properties["self"] = ref("NamingLetters")
    effect.rows[("property-added", "DataBreachDto.from", False)] += 1
    effect.rows[("property-added", "DataBreachDto.self", False)] += 1
    for rule in ("tag-name-collisions", "operation-name-collisions", "schema-name-collisions"):
        effect.rules[rule] += 1
    effect.rules["enum-member-collisions"] += 1
    return effect


def openapi_31(doc: Doc) -> Effect:
    """The whole document respelt the OpenAPI 3.1 way (applied last): no change of meaning."""
    spelt = to_openapi_31(doc)
    doc.clear()
    doc.update(spelt)
    return Effect(rules=Counter({"openapi-3.1-version": 1}))


MUTATIONS: dict[str, Callable[[Doc], Effect]] = {
    "aspnet-response-types": aspnet_response_types,
    "problem-errors": problem_errors,
    "client-schema": client_schema,
    "new-operations": new_operations,
    "integer-enum": integer_enum,
    "discriminated-one-of": discriminated_one_of,
    "map-properties": map_properties,
    "single-ref-all-of": single_ref_all_of,
    "nullability": nullability,
    "reserved-names": reserved_names,
    "openapi-3.1": openapi_31,
}
ISSUE_SCENARIO = ("openapi-3.1", "aspnet-response-types", "problem-errors", "client-schema", "new-operations")
EVERYTHING = tuple(MUTATIONS)


def variant(base: Doc, names: Iterable[str]) -> Variant:
    """``base`` with the named mutations applied (the 3.1 respelling last), and their summed effect."""
    ordered = sorted(names, key=lambda name: name == "openapi-3.1")
    document = copy.deepcopy(base)
    effect = Effect()
    for name in ordered:
        effect = effect + MUTATIONS[name](document)
    return Variant("+".join(ordered), document, effect)


def report_rows(report: Any) -> Counter[Row]:
    return Counter((change.kind, change.location, change.breaking) for change in report.changes)
