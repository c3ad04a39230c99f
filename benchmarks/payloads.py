"""Realistic JSON answers built from the spec's component schemas, deterministically.

Every property is present, nested objects are filled, nested lists hold :data:`NESTED_LIST_ITEMS`
items, down to ``max_depth`` levels of objects below the top one (deeper ones are ``null``, or
``[]`` for lists, the way the live API leaves unloaded relations; a schema nested in itself is
``null`` at once). Strings honour ``format``, ``maxLength``
and ``pattern``; numbers honour ``minimum`` / ``maximum``; enums cycle through their values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

__all__ = ["DEFAULT_MAX_DEPTH", "NESTED_LIST_ITEMS", "SPEC_PATH", "PayloadBuilder", "load_spec"]

Schema = Mapping[str, Any]

SPEC_PATH: Final = Path(__file__).resolve().parent.parent / "openapi" / "dastra-api.json"
DEFAULT_MAX_DEPTH: Final = 1
NESTED_LIST_ITEMS: Final = 2

_STRINGS_BY_FORMAT: Final[Mapping[str, str]] = {
    "date-time": "2024-05-06T07:08:09.123+02:00",
    "date": "2024-05-06",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "dpo@example.com",
    "uri": "https://example.com/documents/1",
}
_COLOR: Final = "#3366cc"
_TEXT: Final = "Sample text as a user typed it"


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_bytes())
    return document


class PayloadBuilder:
    """Builds instances of the component schemas of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any], *, max_depth: int = DEFAULT_MAX_DEPTH) -> None:
        self._schemas: Mapping[str, Schema] = document["components"]["schemas"]
        self._max_depth = max_depth
        self._counter = 0

    def instance(self, schema_name: str) -> dict[str, Any]:
        """One fully filled instance of ``components/schemas/<schema_name>``."""
        self._counter = 0
        return self._object(self._schemas[schema_name], depth=0, stack=(schema_name,))

    def page(
        self, item_schema: str, *, items: int, page: int = 1, total: int | None = None
    ) -> dict[str, Any]:
        """A ``{items, total, size, page}`` answer holding ``items`` copies of one filled instance."""
        item = self.instance(item_schema)
        return {
            "items": [item] * items,
            "total": items if total is None else total,
            "size": items,
            "page": page,
        }

    def page_bytes(self, item_schema: str, *, items: int, page: int = 1, total: int | None = None) -> bytes:
        """:meth:`page` encoded as compact UTF-8 JSON, as the API sends it."""
        body = self.page(item_schema, items=items, page=page, total=total)
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()

    # --- schema walking ----------------------------------------------------------------------------

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    def _resolve(self, schema: Schema, stack: tuple[str, ...]) -> tuple[Schema, tuple[str, ...], bool]:
        """``schema`` with ``$ref``, single ``allOf`` and ``anyOf``/``oneOf`` resolved.

        Also returns the stack of schema names and whether the value may be null.
        """
        nullable = bool(schema.get("nullable"))
        while True:
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[-1]
                stack = (*stack, name)
                schema = self._schemas[name]
            elif "allOf" in schema:
                parts = schema["allOf"]
                schema = parts[0] if len(parts) == 1 else self._merged(parts, stack)
            elif "anyOf" in schema or "oneOf" in schema:
                choices = schema.get("anyOf") or schema.get("oneOf") or [{}]
                schema = next((c for c in choices if c.get("type") != "null"), choices[0])
            else:
                break
            nullable = nullable or bool(schema.get("nullable"))
        return schema, stack, nullable

    def _merged(self, parts: list[Schema], stack: tuple[str, ...]) -> Schema:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in parts:
            resolved, _, _ = self._resolve(part, stack)
            properties.update(resolved.get("properties", {}))
            required.extend(resolved.get("required", []))
        return {"type": "object", "properties": properties, "required": required}

    def _value(self, schema: Schema, *, depth: int, stack: tuple[str, ...]) -> Any:
        resolved, inner_stack, nullable = self._resolve(schema, stack)
        if "enum" in resolved:
            values = resolved["enum"]
            return values[self._next() % len(values)]
        kind = resolved.get("type")
        if kind == "array":
            if depth >= self._max_depth:
                return []
            item_schema = resolved.get("items", {})
            return [self._value(item_schema, depth=depth, stack=stack) for _ in range(NESTED_LIST_ITEMS)]
        if kind == "object" or "properties" in resolved:
            recursive = len(inner_stack) > len(stack) and inner_stack[-1] in stack
            if nullable and (depth >= self._max_depth or recursive):
                return None
            if depth > self._max_depth + 3:
                raise ValueError(f"required nested objects go too deep at {' > '.join(inner_stack)}")
            if "properties" not in resolved:
                return {"source": _TEXT, "count": self._next()}
            return self._object(resolved, depth=depth + 1, stack=inner_stack)
        return self._scalar(resolved)

    def _object(self, schema: Schema, *, depth: int, stack: tuple[str, ...]) -> dict[str, Any]:
        return {
            name: self._value(prop, depth=depth, stack=stack)
            for name, prop in schema.get("properties", {}).items()
        }

    def _scalar(self, schema: Schema) -> Any:
        kind = schema.get("type")
        if kind == "integer":
            return self._bounded(schema, 1 + self._next() % 97)
        if kind == "number":
            return self._bounded(schema, 0.5 + self._next() % 7)
        if kind == "boolean":
            return self._next() % 2 == 0
        if kind == "string":
            return self._string(schema)
        return _TEXT  # untyped values: the API sends text

    def _bounded(self, schema: Schema, value: Any) -> Any:
        if "minimum" in schema:
            value = max(value, schema["minimum"])
        if "maximum" in schema:
            value = min(value, schema["maximum"])
        return value

    def _string(self, schema: Schema) -> str:
        text = _STRINGS_BY_FORMAT.get(schema.get("format", ""))
        if text is None:
            text = _COLOR if schema.get("pattern") else f"{_TEXT} {self._next()}"
        max_length = schema.get("maxLength")
        if isinstance(max_length, int):
            text = text[:max_length]
        min_length = schema.get("minLength")
        if isinstance(min_length, int) and len(text) < min_length:
            text = text.ljust(min_length, "x")
        return text
