"""Values built from the pinned spec's JSON schemas: one minimal valid example, or a Hypothesis strategy of
payloads as a loose server could send them (nulls, unknown enum values, unknown fields)."""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from dastra_codegen.samples import SampleBuilder

Schema = Mapping[str, Any]

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "dastra-api.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MAX_DEPTH = 4


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


class SpecSchemas:
    """The component schemas of one OpenAPI document, with ``$ref`` resolution."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.components: Mapping[str, Schema] = document.get("components", {}).get("schemas", {})
        self._samples = SampleBuilder(document)

    def resolve(self, schema: Schema) -> Schema:
        seen: set[str] = set()
        while "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise ValueError(f"$ref cycle at {ref}")
            seen.add(ref)
            schema = self.components[ref.rsplit("/", 1)[-1]]
        return schema

    def is_object(self, schema: Schema) -> bool:
        schema = self.resolve(schema)
        return schema.get("type") == "object" or ("properties" in schema and "enum" not in schema)

    # -- one minimal valid example (for requests) ------------------------------------------------------

    def example(
        self, schema: Schema, *, depth: int = 0, unknown_enum: str | None = None, optional_depth: int = 0
    ) -> Any:
        """A small value valid against ``schema``: required properties (and the optional ones down to
        ``optional_depth`` levels), one item per array, read-only properties left out (for requests). With
        ``unknown_enum``, every string enum gets that value instead (what a newer API may send). Built by
        the pipeline's own sample builder (:mod:`dastra_codegen.samples`)."""
        if depth > 12:
            raise ValueError("schema too deep for a minimal example")
        return self._samples.sample(
            schema, optional_depth=optional_depth - depth, unknown_enum=unknown_enum, skip_read_only=True
        )

    # -- loose payloads (for response parsing) ----------------------------------------------------------

    def payloads(self, schema: Schema, *, depth: int = 0) -> st.SearchStrategy[Any]:
        """Payloads a loose server may send for ``schema``: every required property present and valid, each
        optional one absent, null or valid, enum values possibly unknown, unknown extra fields."""
        nullable = bool(self.resolve(schema).get("nullable"))
        strategy = self._payloads(self.resolve(schema), depth)
        return st.one_of(st.none(), strategy) if nullable else strategy

    def _payloads(self, schema: Schema, depth: int) -> st.SearchStrategy[Any]:
        if "allOf" in schema:
            parts = schema["allOf"]
            if len(parts) == 1:
                return self.payloads(parts[0], depth=depth)
            merged_properties: dict[str, Any] = {}
            merged_required: list[str] = []
            for part in parts:
                resolved = self.resolve(part)
                merged_properties.update(resolved.get("properties", {}))
                merged_required += resolved.get("required", [])
            return self._objects({"properties": merged_properties, "required": merged_required}, depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return st.one_of([self.payloads(option, depth=depth) for option in schema[key]])
        if "enum" in schema:
            known = [value for value in schema["enum"] if value is not None]
            unknown = st.text(alphabet=string.ascii_letters, min_size=1, max_size=12).filter(
                lambda value: value not in known
            )
            return st.one_of(st.sampled_from(known), unknown) if known else unknown
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._objects(schema, depth)
        if kind == "array":
            if depth >= MAX_DEPTH:
                return st.just([])
            return st.lists(self.payloads(schema.get("items", {}), depth=depth + 1), max_size=2)
        if kind == "string":
            return _strings(schema)
        if kind == "integer":
            return st.integers(min_value=-(2**31), max_value=2**31 - 1)
        if kind == "number":
            return st.one_of(st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False))
        if kind == "boolean":
            return st.booleans()
        return _json_scalars()

    def _objects(self, schema: Schema, depth: int) -> st.SearchStrategy[dict[str, Any]]:
        properties: Mapping[str, Schema] = schema.get("properties", {})
        required = set(schema.get("required", []))
        if depth >= MAX_DEPTH:
            # Deep down: only what must be there, so the payloads stay small.
            return st.fixed_dictionaries(
                {name: st.just(self.example(properties[name])) for name in required if name in properties}
            )
        fixed = {
            name: self.payloads(properties[name], depth=depth + 1) for name in required if name in properties
        }
        optional = {
            name: st.one_of(st.none(), self.payloads(sub_schema, depth=depth + 1))
            for name, sub_schema in properties.items()
            if name not in required
        }
        extra_keys = st.text(alphabet=string.ascii_letters, min_size=1, max_size=10).filter(
            lambda key: key not in properties
        )
        extras = st.dictionaries(extra_keys, _json_scalars(), max_size=2)
        known = st.fixed_dictionaries(fixed, optional=optional)
        return st.tuples(known, extras).map(lambda pair: {**pair[1], **pair[0]})


def _strings(schema: Schema) -> st.SearchStrategy[str]:
    fmt = schema.get("format")
    if fmt == "date-time":
        return st.datetimes().map(lambda moment: moment.isoformat() + "Z")
    if fmt == "date":
        return st.dates().map(lambda day: day.isoformat())
    if fmt == "uuid":
        return st.uuids().map(str)
    return st.text(max_size=20)


def _json_scalars() -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), st.text(max_size=10))


def spec_operations(document: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every operation of the document, keyed by (method, path template)."""
    return {
        (method, path): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }
