"""Hypothesis strategies of JSON values that do NOT fit a property's schema (for the type-rule fuzz test).

``misfits(schemas, schema)`` gives values of another JSON type than the schema declares (``"many"`` for
an integer, ``1`` for a boolean, a list for an object, an object for a list...), unparsable dates and
UUIDs, and lists holding one such value; ``None`` when the schema accepts any value. Tolerated values
(null where nullable, unknown enum strings, integers for numbers) are never produced.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

from tests.contract.spec_schemas import SpecSchemas

__all__ = ["effective", "misfits", "nullable"]

Schema = Mapping[str, Any]

_GARBAGE_DATES = st.sampled_from(["not a date", "2024-13-45", "", "yesterday", "12/31/2024"])
_GARBAGE_UUIDS = st.sampled_from(["abc", "not-a-uuid", "", "1234", "3fa85f64-5717-4562-b3fc"])
_TEXT = st.text(max_size=8)
_INTEGERS = st.integers(-1000, 1000)
_FRACTIONS = st.floats(allow_nan=False, allow_infinity=False).filter(lambda number: not number.is_integer())
_LISTS = st.lists(_INTEGERS, max_size=2)
_OBJECTS = st.dictionaries(st.text(max_size=4), _INTEGERS, max_size=2)


def nullable(schemas: SpecSchemas, schema: Schema) -> bool:
    """Whether ``null`` is a valid value (``nullable``, on the property or what it refers to)."""
    if schema.get("nullable"):
        return True
    resolved = schemas.resolve(schema)
    if resolved.get("nullable"):
        return True
    for key in ("anyOf", "oneOf"):
        if any(member.get("type") == "null" for member in resolved.get(key, [])):
            return True
    return False


def effective(schemas: SpecSchemas, schema: Schema) -> Schema | None:
    """The schema that types the value: ``$ref``, one-part ``allOf``, ``anyOf``/``oneOf`` of one type and
    null, and open enums (an enum or a string) resolved. ``None`` for several types or none."""
    schema = schemas.resolve(schema)
    if "allOf" in schema:
        parts = schema["allOf"]
        return effective(schemas, parts[0]) if len(parts) == 1 else None
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = [member for member in schema[key] if member.get("type") != "null"]
            if len(members) == 1:
                return effective(schemas, members[0])
            resolved = [schemas.resolve(member) for member in members]
            enums = [member for member in resolved if "enum" in member]
            if len(members) == 2 and len(enums) == 1 and any(m.get("type") == "string" for m in resolved):
                return enums[0]
            return None
    if "enum" in schema or "type" in schema or "properties" in schema:
        return schema
    return None


def misfits(schemas: SpecSchemas, schema: Schema) -> st.SearchStrategy[Any] | None:
    """Values that do not fit ``schema``; ``None`` when every value fits (an untyped schema)."""
    typed = effective(schemas, schema)
    if typed is None:
        return None
    if "enum" in typed:
        if typed.get("type", "string") == "string":
            return st.one_of(_INTEGERS, st.booleans(), _LISTS, _OBJECTS)
        return st.one_of(_TEXT, st.booleans(), _LISTS, _OBJECTS)
    kind = typed.get("type")
    if kind == "object" or "properties" in typed:
        return st.one_of(_TEXT, _INTEGERS, _LISTS)
    if kind == "array":
        item = misfits(schemas, typed.get("items", {}))
        shapes = [_TEXT, _INTEGERS, _OBJECTS]
        if item is not None:
            shapes.append(st.lists(item, min_size=1, max_size=1))
        return st.one_of(shapes)
    if kind == "string":
        fmt = typed.get("format")
        if fmt == "binary":
            return None  # files travel in request bodies only
        not_strings = st.one_of(_INTEGERS, st.booleans(), _LISTS, _OBJECTS, _FRACTIONS)
        if fmt in ("date-time", "date"):
            return st.one_of(_GARBAGE_DATES, not_strings)
        if fmt == "uuid":
            return st.one_of(_GARBAGE_UUIDS, not_strings)
        return not_strings
    if kind == "integer":
        return st.one_of(st.just("many"), _TEXT, st.booleans(), _FRACTIONS, _LISTS, _OBJECTS)
    if kind == "number":
        return st.one_of(st.just("1.5"), st.booleans(), _LISTS, _OBJECTS)
    if kind == "boolean":
        return st.one_of(st.sampled_from([0, 1]), st.sampled_from(["true", "false"]), _LISTS, _OBJECTS)
    return None
