"""Every model parses what a loose server sends: nulls in optional fields, enum values it has never seen,
fields it does not know. Payloads are built from the pinned snapshot's component schemas (no Node needed)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import dastra_client.models
from dastra_codegen import paths
from tests.contract.spec_schemas import SpecSchemas, load_spec

FUZZ_SETTINGS = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_DOCUMENT = load_spec(paths.OPENAPI_DIR / "dastra-api.json")
_SCHEMAS = SpecSchemas(_DOCUMENT)


def _normalized(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_CLASSES = {_normalized(name): name for name in dastra_client.models.__all__}
OBJECT_SCHEMAS = sorted(name for name, schema in _SCHEMAS.components.items() if _SCHEMAS.is_object(schema))


def model_class(schema_name: str) -> Any:
    class_name = _CLASSES.get(_normalized(schema_name))
    assert class_name is not None, f"no generated model for component schema {schema_name}"
    return getattr(dastra_client.models, class_name)


def worst_case_payload(schema_name: str) -> dict[str, Any]:
    """Required properties valid, every optional one null, every enum unknown, an unknown field."""
    schema = _SCHEMAS.resolve(_SCHEMAS.components[schema_name])
    required = set(schema.get("required", []))
    payload: dict[str, Any] = {"someFieldAddedLater": {"nested": [1, "two", None]}}
    for name, property_schema in schema.get("properties", {}).items():
        if name not in required:
            payload[name] = None
        elif "enum" in _SCHEMAS.resolve(property_schema):
            payload[name] = "ValueAddedLater"
        else:
            payload[name] = _SCHEMAS.example(property_schema)
    return payload


def test_every_object_schema_has_a_model() -> None:
    missing = [name for name in OBJECT_SCHEMAS if _normalized(name) not in _CLASSES]
    print(f"models checked: {len(OBJECT_SCHEMAS) - len(missing)} / {len(OBJECT_SCHEMAS)} object schemas")
    assert not missing
    assert len(OBJECT_SCHEMAS) > 100  # the snapshot's ~250 object schemas, not an empty walk


def _read_every_field(parsed: Any) -> None:
    """Models parse optional nested values on first access: read them all, and write them back."""
    repr(parsed)  # reads every field, recursively
    assert type(parsed).from_dict(parsed.to_dict()) == parsed


@pytest.mark.parametrize("schema_name", OBJECT_SCHEMAS)
def test_nulls_unknown_enums_and_unknown_fields(schema_name: str) -> None:
    model = model_class(schema_name)
    payload = worst_case_payload(schema_name)
    parsed = model.from_dict(payload)
    assert isinstance(parsed, model)
    assert parsed.additional_properties.get("someFieldAddedLater") == {"nested": [1, "two", None]}
    _read_every_field(parsed)


@pytest.mark.parametrize("schema_name", OBJECT_SCHEMAS)
def test_unknown_enum_values_everywhere(schema_name: str) -> None:
    """Every property filled (two levels deep), every enum with a value the client does not know."""
    model = model_class(schema_name)
    payload = _SCHEMAS.example(
        {"$ref": f"#/components/schemas/{schema_name}"}, unknown_enum="ValueAddedLater", optional_depth=2
    )
    parsed = model.from_dict(payload)
    assert isinstance(parsed, model)
    _read_every_field(parsed)


@pytest.mark.parametrize("schema_name", OBJECT_SCHEMAS)
def test_random_payloads_parse(schema_name: str) -> None:
    model = model_class(schema_name)
    strategy = _SCHEMAS.payloads({"$ref": f"#/components/schemas/{schema_name}"}).filter(
        lambda value: value is not None
    )

    @FUZZ_SETTINGS
    @given(payload=strategy)
    def parses(payload: dict[str, Any]) -> None:
        parsed = model.from_dict(payload)
        assert isinstance(parsed, model)
        _read_every_field(parsed)

    parses()


def test_the_fuzz_payloads_do_contain_nulls_and_unknown_values() -> None:
    """The strategies really produce the awkward cases (guards against a strategy that never does)."""
    enum_schema = next(
        schema
        for schema in _SCHEMAS.components.values()
        if "enum" in schema and schema.get("type") == "string"
    )
    known = set(enum_schema["enum"])
    seen_unknown: list[bool] = []
    seen_null: list[bool] = []

    @settings(max_examples=60, derandomize=True, database=None, deadline=None)
    @given(value=_SCHEMAS.payloads(enum_schema), document=_SCHEMAS.payloads(_object_with_optional_property()))
    def collect(value: Any, document: dict[str, Any]) -> None:
        seen_unknown.append(value not in known)
        seen_null.append(any(item is None for item in document.values()))

    collect()
    assert any(seen_unknown)
    assert any(seen_null)


def _object_with_optional_property() -> dict[str, Any]:
    return {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}}
