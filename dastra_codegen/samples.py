"""Schema-valid sample values built from an OpenAPI 3.0 document: the one home of our sample builder.

:class:`SampleBuilder` walks a (normalized) document's schemas and returns small, deterministic
JSON values that the schema accepts: the generation gate (:mod:`dastra_codegen.gate`) parses one per
2xx answer through each operation's own parser, and the contract tests send them as request bodies.

- ``allOf`` parts are merged; ``anyOf``/``oneOf`` take their first member (the normalization puts the
  enum first in an open enum, and tags each discriminated variant with its own value), or their last
  one with ``last_member=True`` (the other variant; a value an open enum does not know).
- An enum gives its first value (or ``unknown_enum`` where an API adds values later).
- Objects hold their required properties, plus the optional ones down to ``optional_depth`` levels;
  with ``nulls=True`` every optional property is present and ``null`` (the normalized document makes
  them nullable); a map (``additionalProperties`` with a schema) holds one entry.
- Strings honour ``format``, ``minLength``/``maxLength`` and ``pattern`` (a few readable candidates
  first, then ``rstr``'s generator from the regex, seeded); numbers honour their bounds.

Values are plain JSON (``dict``, ``list``, ``str``...) except ``format: binary``, which gives ``bytes``.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from typing import Any, Final

import rstr

__all__ = ["SampleBuilder", "SampleError"]

Schema = Mapping[str, Any]

#: Deeper than this, a schema is refused rather than sampled (a required property cycle).
MAX_DEPTH: Final = 12
_STRING_BY_FORMAT: Final[Mapping[str, Any]] = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "someone@example.com",
    "uri": "https://example.com/",
    "byte": "c2FtcGxl",
    "binary": b"sample file content",
}
_PATTERN_CANDIDATES: Final = ("sample", "#a1b2c3", "abc", "1", "a", "A1", "sample-1", "2024-05-06")


class SampleError(ValueError):
    """No sample can be built for a schema (a required cycle, an unsatisfiable pattern...)."""


class SampleBuilder:
    """Builds sample values for the schemas of one OpenAPI 3.0 document (``$ref``s resolved locally)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.components: Mapping[str, Schema] = document.get("components", {}).get("schemas", {})

    def resolve(self, schema: Schema) -> Schema:
        seen: set[str] = set()
        while "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise SampleError(f"$ref cycle at {ref}")
            seen.add(ref)
            try:
                schema = self.components[ref.rsplit("/", 1)[-1]]
            except KeyError:
                raise SampleError(f"dangling $ref {ref}") from None
        return schema

    def is_object(self, schema: Schema) -> bool:
        schema = self.resolve(schema)
        return schema.get("type") == "object" or ("properties" in schema and "enum" not in schema)

    def sample(
        self,
        schema: Schema,
        *,
        optional_depth: int = 0,
        nulls: bool = False,
        unknown_enum: str | None = None,
        skip_read_only: bool = False,
        last_member: bool = False,
    ) -> Any:
        """A value valid against ``schema`` (see the module docstring for what it holds)."""
        walk = _Walk(self, optional_depth, nulls, unknown_enum, skip_read_only, last_member)
        return walk.value(schema, 0)


class _Walk:
    def __init__(
        self,
        builder: SampleBuilder,
        optional_depth: int,
        nulls: bool,
        unknown_enum: str | None,
        skip_read_only: bool,
        last_member: bool,
    ) -> None:
        self.builder = builder
        self.last_member = last_member
        self.optional_depth = optional_depth
        self.nulls = nulls
        self.unknown_enum = unknown_enum
        self.skip_read_only = skip_read_only

    def value(self, schema: Schema, depth: int) -> Any:
        schema = self.builder.resolve(schema)
        if depth > MAX_DEPTH:
            raise SampleError("schema too deep for a sample (a cycle of required properties?)")
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.value(part, depth)
                if not isinstance(value, dict):
                    return value
                merged.update(value)
            if "properties" in schema:
                merged.update(self.object(schema, depth))
            return merged
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.value(schema[key][-1 if self.last_member else 0], depth)
        if "enum" in schema:
            known = [value for value in schema["enum"] if value is not None]
            if self.unknown_enum is not None and known and isinstance(known[0], str):
                return self.unknown_enum
            return known[0] if known else None
        kind = schema.get("type")
        if kind == "object" or "properties" in schema or isinstance(schema.get("additionalProperties"), dict):
            return self.object(schema, depth)
        if kind == "array":
            count = max(1, int(schema.get("minItems", 1)))
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "string":
            return _string(schema)
        if kind in ("integer", "number"):
            return _number(schema, integer=kind == "integer")
        if kind == "boolean":
            return True
        if schema.get("nullable"):
            return None
        return "sample"  # untyped: any JSON value is valid

    def object(self, schema: Schema, depth: int) -> dict[str, Any]:
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        for name, sub in schema.get("properties", {}).items():
            if self.skip_read_only and self.builder.resolve(sub).get("readOnly", False):
                continue
            if name in required or depth < self.optional_depth:
                result[name] = self.value(sub, depth + 1)
            elif self.nulls:
                result[name] = None
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra and not schema.get("properties"):
            result["key1"] = self.value(extra, depth + 1)
        return result


def _string(schema: Schema) -> Any:
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt in _STRING_BY_FORMAT and "pattern" not in schema:
        return _STRING_BY_FORMAT[fmt]
    low = int(schema.get("minLength", 0))
    high = int(schema.get("maxLength", max(64, low)))
    pattern = schema.get("pattern")
    if pattern is None:
        length = min(max(6, low), high)
        return ("sample" + "x" * length)[:length]
    for candidate in _PATTERN_CANDIDATES:
        if re.search(pattern, candidate) and low <= len(candidate) <= high:
            return candidate
    generator = rstr.Rstr(random.Random(0))
    for _ in range(50):
        try:
            candidate = generator.xeger(pattern)
        except (re.error, ValueError, IndexError) as error:
            raise SampleError(f"cannot build a string for pattern {pattern!r}: {error}") from None
        if re.search(pattern, candidate) and low <= len(candidate) <= high:
            return candidate
    raise SampleError(f"no sample string of length {low}..{high} matches pattern {pattern!r}")


def _number(schema: Schema, *, integer: bool) -> int | float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    step = schema.get("multipleOf")
    value: float = 1 if integer else 1.5
    if isinstance(low, int | float):
        low_value = float(low)
        if schema.get("exclusiveMinimum") is True:
            low_value = math.floor(low_value) + 1 if integer else low_value + 0.5
        value = max(value, low_value)
    if isinstance(high, int | float):
        high_value = float(high)
        if schema.get("exclusiveMaximum") is True:
            high_value = math.ceil(high_value) - 1 if integer else high_value - 0.5
        value = min(value, high_value)
    if isinstance(step, int | float) and step > 0:
        value = math.ceil(value / step) * step
    return math.ceil(value) if integer else float(value)
