"""Schema shapes in words, and the comparison of two schema nodes (properties, enums, nullability)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from dastra_codegen.changes.model import Change
from dastra_codegen.changes.refs import Usage, ref_name

Formats = Literal["all", "python", "none"]

#: String formats that change the Python type openapi-python-client generates (others stay ``str``).
PYTHON_STRING_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})


def unwrap_all_of(schema: Mapping[str, Any]) -> Any:
    """The member of ``allOf: [x]`` used as a wrapper (to add ``nullable`` to a ``$ref``), else None."""
    members = schema.get("allOf")
    if (
        isinstance(members, list)
        and len(members) == 1
        and "properties" not in schema
        and "type" not in schema
    ):
        return members[0]
    return None


def _type_of(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1 style: ["string", "null"]
        named = sorted(str(item) for item in kind if item != "null")
        return "|".join(named) if named else None
    return kind if isinstance(kind, str) else None


def describe(schema: Any, formats: Formats = "all") -> str:
    """A schema's type in words: ``WorkspaceDto``, ``array of string (uuid)``, ``integer (int32)``.

    References stay names (a named schema's own changes are reported under that schema). ``formats``
    drops formats (``"none"``), keeps only those that change the generated Python type
    (``"python"``), or keeps all of them (``"all"``). Descriptions, examples and limits are ignored.
    """
    if not isinstance(schema, Mapping):
        return "any"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref_name(ref)
    wrapped = unwrap_all_of(schema)
    if wrapped is not None:
        return describe(wrapped, formats)
    for combinator in ("allOf", "anyOf", "oneOf"):
        members = schema.get(combinator)
        if isinstance(members, list) and members:
            return f"{combinator}({', '.join(describe(member, formats) for member in members)})"
    kind = _type_of(schema)
    if kind == "array":
        return f"array of {describe(schema.get('items'), formats)}"
    if kind == "object" or (kind is None and "properties" in schema):
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and not schema.get("properties"):
            return f"map of {describe(extra, formats)}"
        return "object"
    if kind is None:
        return "any"
    enum = " enum" if isinstance(schema.get("enum"), list) else ""
    shown = _shown_format(kind, schema.get("format"), formats)
    return f"{kind} ({shown}){enum}" if shown else f"{kind}{enum}"


def _shown_format(kind: str, value: Any, formats: Formats) -> str | None:
    if not isinstance(value, str) or formats == "none":
        return None
    if formats == "python" and not (kind == "string" and value in PYTHON_STRING_FORMATS):
        return None
    return value


#: Keywords that restrict which values a schema accepts; a schema with none of them accepts null too.
_RESTRICTING = frozenset({"type", "$ref", "allOf", "anyOf", "oneOf", "enum", "const", "not", "properties"})


def is_nullable(schema: Any) -> bool:
    """Whether ``null`` is a valid value, however it is spelt.

    ``nullable: true``, a ``type`` list with ``"null"``, ``null`` among the ``enum`` values, or no
    restriction at all: an untyped ``{}`` accepts ``null`` in OpenAPI 3.0 and 3.1 alike (3.0 writes
    it ``{"nullable": true}``, 3.1 ``{}``).
    """
    if not isinstance(schema, Mapping):
        return False
    kind = schema.get("type")
    if schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind):
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    if not _RESTRICTING & schema.keys():
        return True
    wrapped = unwrap_all_of(schema)
    return isinstance(wrapped, Mapping) and "$ref" not in wrapped and is_nullable(wrapped)


def inline_enum(schema: Any) -> list[Any] | None:
    """Enum values written in the node itself (through a wrapper or array items), not behind a ``$ref``."""
    if not isinstance(schema, Mapping) or "$ref" in schema:
        return None
    wrapped = unwrap_all_of(schema)
    if wrapped is not None:
        return inline_enum(wrapped)
    if _type_of(schema) == "array":
        return inline_enum(schema.get("items"))
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def enum_value_text(value: Any) -> str:
    return f"`{value}`" if isinstance(value, str) else f"`{json.dumps(value)}`"


def enum_difference(old: list[Any], new: list[Any]) -> tuple[list[Any], list[Any]]:
    """``(added, removed)`` values, each in a stable order; ``null`` is nullability, not a value."""
    old_keys = {json.dumps(value, sort_keys=True): value for value in old if value is not None}
    new_keys = {json.dumps(value, sort_keys=True): value for value in new if value is not None}
    added = [new_keys[key] for key in sorted(new_keys.keys() - old_keys.keys())]
    removed = [old_keys[key] for key in sorted(old_keys.keys() - new_keys.keys())]
    return added, removed


def type_change_is_breaking(old: Any, new: Any) -> bool | None:
    """``None`` when the types are the same; else whether the change breaks generated Python code.

    A different type (or reference, or enum-ness) breaks; a format change breaks only when it changes
    the Python type (``date-time`` -> ``date`` does, ``int32`` -> ``int64`` does not).
    """
    if describe(old) == describe(new):
        return None
    if describe(old, "none") != describe(new, "none"):
        return True
    return describe(old, "python") != describe(new, "python")


def _properties(schema: Any) -> Mapping[str, Any]:
    if not isinstance(schema, Mapping):
        return {}
    properties = schema.get("properties")
    return properties if isinstance(properties, Mapping) else {}


def _required(schema: Any) -> set[str]:
    if not isinstance(schema, Mapping):
        return set()
    required = schema.get("required")
    return {str(name) for name in required} if isinstance(required, list) else set()


def _required_word(name: str, required: set[str]) -> str:
    return "required" if name in required else "optional"


@attrs.define
class SchemaComparer:
    """Compares two schema nodes of the same place, appending :class:`Change` objects to ``changes``.

    ``root_kind`` names root-level changes of schemas inside operations (``request-body-schema-changed``);
    without it the root is a named component schema (``schema-type-changed``...).
    """

    usage: Usage
    operation_id: str | None = None
    root_kind: str | None = None
    changes: list[Change] = attrs.Factory(list)

    def compare(self, old: Any, new: Any, location: str) -> list[Change]:
        self._node(old, new, location, root=True)
        return self.changes

    def _add(self, kind: str, location: str, detail: str, breaking: bool) -> None:
        self.changes.append(Change(kind, location, detail, breaking, self.operation_id))

    def _kind(self, root: bool, suffix: str) -> str:
        if root and self.root_kind is not None:
            return self.root_kind
        return f"{'schema' if root else 'property'}-{suffix}"

    def _node(self, old: Any, new: Any, location: str, *, root: bool) -> None:
        breaking = type_change_is_breaking(old, new)
        if breaking is not None:
            suffix = "type-changed" if describe(old, "none") != describe(new, "none") else "format-changed"
            self._add(
                self._kind(root, suffix), location, f"type {describe(old)} -> {describe(new)}", breaking
            )
        old_nullable, new_nullable = is_nullable(old), is_nullable(new)
        if new_nullable and not old_nullable:
            # Code that reads the value may not expect None.
            self._add(self._kind(root, "now-nullable"), location, "now nullable", self.usage.read)
        elif old_nullable and not new_nullable:
            # Code that sends None is now refused.
            self._add(
                self._kind(root, "no-longer-nullable"), location, "no longer nullable", self.usage.written
            )
        if breaking is not None or not isinstance(old, Mapping) or not isinstance(new, Mapping):
            return
        if "$ref" in old or "$ref" in new:
            return
        old_inner, new_inner = unwrap_all_of(old) or old, unwrap_all_of(new) or new
        self._enum(old_inner, new_inner, location, root=root)
        self._properties(old_inner, new_inner, location)
        if describe(old_inner, "none").startswith("array of "):
            self._node(old_inner.get("items"), new_inner.get("items"), f"{location}[]", root=False)
        elif describe(old_inner, "none").startswith("map of "):
            self._node(
                old_inner.get("additionalProperties"),
                new_inner.get("additionalProperties"),
                f"{location}{{}}",
                root=False,
            )

    def _enum(self, old: Mapping[str, Any], new: Mapping[str, Any], location: str, *, root: bool) -> None:
        old_values, new_values = old.get("enum"), new.get("enum")
        if not isinstance(old_values, list) or not isinstance(new_values, list):
            return
        added, removed = enum_difference(old_values, new_values)
        for value in added:
            self._add(
                self._enum_kind(root, "added"), location, f"enum value {enum_value_text(value)} added", False
            )
        for value in removed:
            self._add(
                self._enum_kind(root, "removed"),
                location,
                f"enum value {enum_value_text(value)} removed",
                True,
            )

    def _enum_kind(self, root: bool, suffix: str) -> str:
        if root and self.root_kind is not None:
            return self.root_kind
        return f"enum-value-{suffix}"

    def _properties(self, old: Mapping[str, Any], new: Mapping[str, Any], location: str) -> None:
        old_properties, new_properties = _properties(old), _properties(new)
        old_required, new_required = _required(old), _required(new)
        for name in sorted(old_properties.keys() - new_properties.keys()):
            what = f"{_required_word(name, old_required)} {describe(old_properties[name])}"
            self._add("property-removed", f"{location}.{name}", f"removed (was {what})", True)
        for name in sorted(new_properties.keys() - old_properties.keys()):
            required = name in new_required
            what = f"{_required_word(name, new_required)} {describe(new_properties[name])}"
            # A new required property must be sent by callers; readers just get one more field.
            self._add(
                "property-added", f"{location}.{name}", f"added ({what})", required and self.usage.written
            )
        for name in sorted(old_properties.keys() & new_properties.keys()):
            where = f"{location}.{name}"
            if name in new_required and name not in old_required:
                self._add("property-now-required", where, "now required", self.usage.written)
            elif name in old_required and name not in new_required:
                # Readers may now get no value (Unset) where they always had one.
                self._add("property-no-longer-required", where, "no longer required", self.usage.read)
            self._node(old_properties[name], new_properties[name], where, root=False)
