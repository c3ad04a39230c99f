"""The pinned spec as the reference reads it: operations, their parameters and answers, and the schemas.

Only reading: the document is the normalized snapshot that ``nox -s generate`` reads
(``openapi/dastra-api.json``), so every operation here is one the generated client has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

__all__ = [
    "HTTP_METHODS",
    "Body",
    "Operation",
    "Parameter",
    "Spec",
    "path_key",
    "ref_name",
    "schema_facts",
    "schema_text",
]

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_REF_PREFIX: Final = "#/components/schemas/"
_PLACEHOLDER: Final = re.compile(r"\{[^}]*\}")

#: How a schema's name becomes a Markdown link (or plain text when there is no page for it).
Linker = Callable[[str], str]


def path_key(method: str, path: str) -> tuple[str, str]:
    """``("POST", "/v1/ws/{}/DataBreachs/{}")``: an operation whatever its path parameters are called."""
    return method.upper(), _PLACEHOLDER.sub("{}", path)


def ref_name(schema: Mapping[str, Any]) -> str | None:
    """``"ActorDto"`` for ``{"$ref": "#/components/schemas/ActorDto"}``, else ``None``."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        return ref[len(_REF_PREFIX) :]
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    description: str


@dataclass(frozen=True)
class Body:
    media_type: str
    schema: Mapping[str, Any]
    required: bool
    description: str


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: Body | None
    #: status -> the answer's schema (``None``: the spec declares no content).
    responses: Mapping[str, Mapping[str, Any] | None]

    @property
    def key(self) -> tuple[str, str]:
        return path_key(self.method, self.path)

    def parameter(self, python_name: str) -> Parameter | None:
        """The spec's parameter behind a Python argument (``area_id`` -> ``areaId``, ``filter_`` -> ``filter``)."""
        wanted = _loose(python_name)
        return next((p for p in self.parameters if _loose(p.name) == wanted), None)


def _loose(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _parameter(data: Mapping[str, Any]) -> Parameter:
    return Parameter(
        name=str(data["name"]),
        location=str(data.get("in", "")),
        required=bool(data.get("required", False)),
        schema=data.get("schema") or {},
        description=_text(data.get("description")),
    )


def _body(data: Mapping[str, Any] | None) -> Body | None:
    if not data:
        return None
    content: Mapping[str, Any] = data.get("content") or {}
    media_type = next(iter(content), "")
    return Body(
        media_type=media_type,
        schema=(content.get(media_type) or {}).get("schema") or {},
        required=bool(data.get("required", False)),
        description=_text(data.get("description")),
    )


def _responses(data: Mapping[str, Any]) -> dict[str, Mapping[str, Any] | None]:
    answers: dict[str, Mapping[str, Any] | None] = {}
    for status, response in data.items():
        content: Mapping[str, Any] = (response or {}).get("content") or {}
        json_content = content.get("application/json")
        answers[str(status)] = (json_content or {}).get("schema") if json_content else None
    return answers


class Spec:
    """The operations (in document order) and the component schemas of one OpenAPI 3.0 document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.title = str(document.get("info", {}).get("title", ""))
        self.version = str(document.get("info", {}).get("version", ""))
        self.schemas: Mapping[str, Mapping[str, Any]] = document.get("components", {}).get("schemas", {})
        self.operations = tuple(self._operations())
        self.by_key = {operation.key: operation for operation in self.operations}
        if len(self.by_key) != len(self.operations):
            raise ValueError("two operations of the spec have the same method and path shape")

    @classmethod
    def load(cls, path: Path) -> Spec:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def _operations(self) -> Iterator[Operation]:
        for path, item in self.document.get("paths", {}).items():
            shared = [_parameter(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                data = item.get(method)
                if not isinstance(data, Mapping):
                    continue
                own = [_parameter(p) for p in data.get("parameters", [])]
                names = {(p.name, p.location) for p in own}
                tags = data.get("tags") or ["default"]
                yield Operation(
                    operation_id=str(data.get("operationId", f"{method}_{path}")),
                    method=method.upper(),
                    path=path,
                    tag=str(tags[0]),
                    summary=_text(data.get("summary")),
                    description=_text(data.get("description")),
                    deprecated=bool(data.get("deprecated", False)),
                    parameters=(*own, *(p for p in shared if (p.name, p.location) not in names)),
                    body=_body(data.get("requestBody")),
                    responses=_responses(data.get("responses") or {}),
                )

    def used_by(self) -> dict[str, list[Operation]]:
        """Schema name -> the operations whose parameters, body or answers refer to it (directly)."""
        users: dict[str, list[Operation]] = {}
        for operation in self.operations:
            schemas = [p.schema for p in operation.parameters]
            schemas += [operation.body.schema] if operation.body else []
            schemas += [s for s in operation.responses.values() if s is not None]
            for name in sorted({n for s in schemas for n in referenced(s)}):
                users.setdefault(name, []).append(operation)
        return users


def referenced(schema: Mapping[str, Any]) -> Iterator[str]:
    """The schema names a schema refers to, at any depth of its own (not through the refs)."""
    name = ref_name(schema)
    if name is not None:
        yield name
    for key in ("items", "additionalProperties"):
        child = schema.get(key)
        if isinstance(child, Mapping):
            yield from referenced(child)
    for key in ("anyOf", "oneOf", "allOf"):
        for child in schema.get(key) or ():
            yield from referenced(child)
    for child in (schema.get("properties") or {}).values():
        yield from referenced(child)


def schema_text(schema: Mapping[str, Any], link: Linker) -> str:
    """A schema as a reader says it: ``string (uuid)``, ``array of ActorDto``, ``DataBreachState or string``."""
    name = ref_name(schema)
    if name is not None:
        return link(name)
    for key, joiner in (("anyOf", " or "), ("oneOf", " or "), ("allOf", " and ")):
        members = schema.get(key)
        if members:
            return joiner.join(schema_text(member, link) for member in members)
    kind = schema.get("type")
    if kind == "array":
        return f"array of {schema_text(schema.get('items') or {}, link)}"
    if kind == "object" and isinstance(schema.get("additionalProperties"), Mapping):
        return f"object of {schema_text(schema['additionalProperties'], link)}"
    text = str(kind) if kind else "any"
    fmt = schema.get("format")
    return f"{text} ({fmt})" if fmt else text


_FACTS: Final = (
    ("minLength", "at least {} characters"),
    ("maxLength", "at most {} characters"),
    ("minimum", "≥ {}"),
    ("maximum", "≤ {}"),
    ("minItems", "at least {} items"),
    ("maxItems", "at most {} items"),
    ("pattern", "matches `{}`"),
    ("default", "default `{}`"),
)


def schema_facts(schema: Mapping[str, Any]) -> list[str]:
    """The constraints a schema states (``at most 1000 characters``, ``nullable``, its enum values)."""
    facts = [template.format(schema[key]) for key, template in _FACTS if key in schema]
    if schema.get("nullable"):
        facts.append("nullable")
    if schema.get("deprecated"):
        facts.append("deprecated")
    if isinstance(schema.get("enum"), list):
        facts.append("one of " + ", ".join(f"`{value}`" for value in schema["enum"]))
    return facts
