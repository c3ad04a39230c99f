"""The pinned spec as the fake reads it: its operations, their routes, parameters and schemas.

The normalized snapshot (``openapi/dastra-api.json``) is the one source. An installed wheel carries it as
package data of ``dastra.testing`` (``force-include`` in pyproject.toml); a checkout reads the file under
``openapi/`` directly, so there is no copy to keep in step. Loaded once a process and shared by every fake.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

__all__ = ["Operation", "Parameter", "Route", "Spec", "load_spec"]

#: The file name of the spec inside the package (and under ``openapi/`` in a checkout).
SPEC_FILE: Final = "dastra-api.json"
_METHODS: Final = ("get", "post", "put", "patch", "delete")
_REF_PREFIX: Final = "#/components/schemas/"


def _read_document() -> dict[str, Any]:
    packaged = importlib.resources.files(__name__.rpartition(".")[0]).joinpath(SPEC_FILE)
    if packaged.is_file():
        document: dict[str, Any] = json.loads(packaged.read_bytes())
        return document
    checkout = Path(__file__).resolve().parents[2] / "openapi" / SPEC_FILE
    if checkout.is_file():
        found: dict[str, Any] = json.loads(checkout.read_bytes())
        return found
    raise FileNotFoundError(
        f"dastra.testing: the pinned spec {SPEC_FILE} is neither package data nor in a checkout's openapi/"
    )


@attrs.frozen
class Parameter:
    """One path or query parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any] = attrs.field(eq=False, repr=False)


@attrs.frozen
class Operation:
    """One operation of the spec, with what the fake needs to route, check and answer it."""

    operation_id: str
    method: str
    path: str
    tag: str
    action: str
    parameters: tuple[Parameter, ...] = attrs.field(repr=False)
    body_media: str | None = attrs.field(repr=False)
    body_schema: Mapping[str, Any] | None = attrs.field(eq=False, repr=False)
    response_media: str | None = attrs.field(repr=False)
    response_schema: Mapping[str, Any] | None = attrs.field(eq=False, repr=False)

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.path.strip("/").split("/"))

    def parameter(self, name: str) -> Parameter | None:
        lowered = name.lower()
        return next((p for p in self.parameters if p.name.lower() == lowered), None)

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")

    @property
    def answers_json(self) -> bool:
        return self.response_media == "application/json" and self.response_schema is not None


@attrs.frozen
class Route:
    """A matched request: the operation and its path parameters by their spec names."""

    operation: Operation
    path_values: Mapping[str, str]


def _operation(path: str, method: str, entry: Mapping[str, Any]) -> Operation:
    operation_id = entry["operationId"]
    tag, _, action = operation_id.partition("_")
    parameters = tuple(
        Parameter(p["name"], p["in"], bool(p.get("required", False)), p.get("schema", {}))
        for p in entry.get("parameters", ())
    )
    body_media: str | None = None
    body_schema: Mapping[str, Any] | None = None
    for media, content in entry.get("requestBody", {}).get("content", {}).items():
        body_media, body_schema = media, content.get("schema")
        break
    response_media: str | None = None
    response_schema: Mapping[str, Any] | None = None
    for status, response in sorted(entry.get("responses", {}).items()):
        if status.startswith("2"):
            for media, content in response.get("content", {}).items():
                response_media, response_schema = media, content.get("schema")
                break
            break
    return Operation(
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        tag=tag,
        action=action,
        parameters=parameters,
        body_media=body_media,
        body_schema=body_schema,
        response_media=response_media,
        response_schema=response_schema,
    )


class Spec:
    """The operations of one OpenAPI document, routed as ASP.NET routes them: case-insensitively, a literal
    segment before a parameter (``/DataBreachs/columns`` before ``/DataBreachs/{id}``)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemas: Mapping[str, Mapping[str, Any]] = document.get("components", {}).get("schemas", {})
        operations = [
            _operation(path, method, entry)
            for path, item in document.get("paths", {}).items()
            for method, entry in item.items()
            if method in _METHODS
        ]
        self.operations: Mapping[str, Operation] = {op.operation_id: op for op in operations}
        self._by_lower_id = {op.operation_id.lower(): op for op in operations}
        routes: dict[tuple[str, int], list[tuple[tuple[int, ...], _Pattern, Operation]]] = {}
        for op in operations:
            segments = op.segments
            specificity = tuple(1 if _is_parameter(s) else 0 for s in segments)
            # A pattern holds each literal segment lowercased, and None where a parameter goes.
            pattern = tuple(None if _is_parameter(s) else s.lower() for s in segments)
            names = tuple(s[1:-1] for s in segments if _is_parameter(s))
            routes.setdefault((op.method, len(segments)), []).append((specificity, (pattern, names), op))
        self._routes = {
            key: [(pattern, op) for _, pattern, op in sorted(found, key=lambda f: f[0])]
            for key, found in routes.items()
        }
        self._found: dict[tuple[str, str], Route | None] = {}

    def __iter__(self) -> Iterator[Operation]:
        return iter(self.operations.values())

    def operation(self, operation_id: str) -> Operation:
        """The operation named ``operation_id`` (any case), or ``KeyError`` with a one-line reason."""
        found = self._by_lower_id.get(operation_id.lower())
        if found is None:
            raise KeyError(f"the spec has no operation {operation_id!r}")
        return found

    def route(self, method: str, path: str) -> Route | None:
        """The operation ``method path`` calls, or None when no route matches that method."""
        key = (method, path)
        if key in self._found:
            return self._found[key]
        segments = path.strip("/").split("/")
        found = None
        for pattern, op in self._routes.get((method.upper(), len(segments)), ()):
            values = _match(pattern, segments)
            if values is not None:
                found = Route(op, values)
                break
        if len(self._found) < 4096:  # the paths a test suite calls repeat; the cache stays bounded
            self._found[key] = found
        return found

    def path_exists(self, path: str) -> bool:
        """Whether any method has a route for ``path`` (a 405 rather than a 404)."""
        return any(self.route(method, path) is not None for method in _METHODS)

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` with its ``$ref`` (chain) followed."""
        seen = 0
        while "$ref" in schema and seen < 32:
            schema = self.schemas[ref_name(schema)]
            seen += 1
        return schema


def ref_name(schema: Mapping[str, Any]) -> str:
    """The component name a ``$ref`` schema points at."""
    ref: str = schema["$ref"]
    if not ref.startswith(_REF_PREFIX):
        raise ValueError(f"unsupported $ref {ref!r}")
    return ref[len(_REF_PREFIX) :]


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


_Pattern = tuple[tuple[str | None, ...], tuple[str, ...]]


def _match(pattern: _Pattern, segments: list[str]) -> dict[str, str] | None:
    literals, names = pattern
    captured: list[str] = []
    for expected, actual in zip(literals, segments, strict=True):
        if expected is None:
            if not actual:
                return None
            captured.append(actual)
        elif expected != actual.lower():
            return None
    return dict(zip(names, captured, strict=True))


@functools.cache
def load_spec() -> Spec:
    """The pinned spec, read and indexed once a process."""
    return Spec(_read_document())
