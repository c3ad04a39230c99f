"""Every model parses what a loose server sends: nulls in optional fields, enum values it has never seen,
fields it does not know, and values that do not fit their type (which never land in their fields).
Payloads are built from the pinned snapshot's component schemas (no Node needed)."""

from __future__ import annotations

import json
import pickle
import re
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dastra_client.models
from dastra_client._lazy import eager_parsing
from dastra_codegen import paths
from tests.contract.misfits import effective, misfits, nullable
from tests.contract.spec_schemas import SpecSchemas, load_spec
from tests.contract.type_check import check_model

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
        _same_from_json(model, payload, parsed)
        _read_every_field(parsed)

    parses()


def _same_from_json(model: Any, payload: dict[str, Any], parsed: Any) -> None:
    """``from_json`` of the payload's bytes gives the model ``from_dict`` gave, lazily and eagerly."""
    raw = json.dumps(payload).encode()
    for eager in (False, True):
        with eager_parsing(eager):
            again = model.from_json(raw)
        assert type(again) is model
        assert again == parsed
        assert repr(again) == repr(parsed)
        assert again.to_dict() == parsed.to_dict()


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


# -- values that do not fit their type (the rule of dastra_client._lazy) -----------------------------------

_ABSENT = object()


def _model_schema(schema_name: str) -> tuple[dict[str, Any], set[str]]:
    """The properties and required names of a component object schema (``allOf`` parts merged)."""
    schema = _SCHEMAS.resolve(_SCHEMAS.components[schema_name])
    parts = [_SCHEMAS.resolve(part) for part in schema.get("allOf", [])] or [schema]
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in parts:
        properties.update(part.get("properties", {}))
        required.update(part.get("required", []))
    return properties, required


def _corrupted(schema_name: str) -> st.SearchStrategy[tuple[dict[str, Any], dict[str, Any]]]:
    """A loose payload in which one to three properties got a value that does not fit (or lost a required
    one); also returns what each corrupted key now holds (``_ABSENT`` when removed)."""
    properties, required = _model_schema(schema_name)
    choices: dict[str, st.SearchStrategy[Any]] = {}
    for name, property_schema in properties.items():
        options = []
        wrong = misfits(_SCHEMAS, property_schema)
        if wrong is not None:
            options.append(wrong)
        if name in required:
            options.append(st.just(_ABSENT))
            if not nullable(_SCHEMAS, property_schema):
                options.append(st.none())
        if options:
            choices[name] = st.one_of(options)
    base = _SCHEMAS.payloads({"$ref": f"#/components/schemas/{schema_name}"}).filter(
        lambda value: isinstance(value, dict)
    )
    keys = st.lists(st.sampled_from(sorted(choices)), min_size=1, max_size=3, unique=True)

    def corrupt(
        pair: tuple[dict[str, Any], list[str]],
    ) -> st.SearchStrategy[tuple[dict[str, Any], dict[str, Any]]]:
        payload, names = pair
        return st.fixed_dictionaries({name: choices[name] for name in names}).map(
            lambda wrong: (
                {
                    **{k: v for k, v in payload.items() if k not in wrong},
                    **{k: v for k, v in wrong.items() if v is not _ABSENT},
                },
                wrong,
            )
        )

    return st.tuples(base, keys).flatmap(corrupt)


CORRUPTIBLE_SCHEMAS = [
    name
    for name in OBJECT_SCHEMAS
    if any(
        misfits(_SCHEMAS, schema) is not None or key in _model_schema(name)[1]
        for key, schema in _model_schema(name)[0].items()
    )
]


def test_every_model_with_typed_fields_is_fuzzed_with_values_that_do_not_fit() -> None:
    assert len(CORRUPTIBLE_SCHEMAS) > 0.9 * len(OBJECT_SCHEMAS)


@pytest.mark.parametrize("schema_name", CORRUPTIBLE_SCHEMAS)
def test_values_that_do_not_fit_never_land_in_their_fields(schema_name: str) -> None:
    model = model_class(schema_name)

    @FUZZ_SETTINGS
    @given(case=_corrupted(schema_name))
    def parses(case: tuple[dict[str, Any], dict[str, Any]]) -> None:
        payload, wrong = case
        parsed = model.from_dict(payload)  # never raises: the model always parses
        assert isinstance(parsed, model)
        _same_from_json(model, payload, parsed)
        found = check_model(parsed)  # every read: a value of its declared type, or FieldValidationError
        assert found.problems == []
        assert found.top_level_paths(model.__name__) == set(wrong)  # exactly the corrupted fields
        properties = _model_schema(schema_name)[0]
        assert set(parsed.additional_properties) == {key for key in payload if key not in properties}
        assert {name for name, _, _ in found.errors} <= {model.__name__}  # nested models are intact
        out = parsed.to_dict()
        for key, value in wrong.items():  # each bad value round-trips as received
            assert out.get(key, _ABSENT) is value or out.get(key, _ABSENT) == value
        assert type(parsed).from_dict(out) == parsed
        assert pickle.loads(pickle.dumps(parsed)) == parsed
        repr(parsed)

    parses()


@pytest.mark.parametrize("schema_name", OBJECT_SCHEMAS)
def test_random_payloads_hold_only_values_of_their_declared_types(schema_name: str) -> None:
    model = model_class(schema_name)

    @FUZZ_SETTINGS
    @given(payload=_SCHEMAS.payloads({"$ref": f"#/components/schemas/{schema_name}"}))
    def parses(payload: Any) -> None:
        if not isinstance(payload, dict):
            return
        parsed = model.from_dict(payload)
        _same_from_json(model, payload, parsed)
        found = check_model(parsed)
        assert found.problems == []
        assert found.errors == []
        properties = _model_schema(schema_name)[0]
        assert set(parsed.additional_properties) == {key for key in payload if key not in properties}

    parses()


# -- never a plain dict where a model is typed (issue 11) --------------------------------------------------

_WITH_REQUIRED = [name for name in OBJECT_SCHEMAS if _model_schema(name)[1] & set(_model_schema(name)[0])]


def _without(payload: dict[str, Any], key: str) -> dict[str, Any]:
    return {name: value for name, value in payload.items() if name != key}


def _item_lists() -> list[tuple[str, str, str]]:
    """Every (schema, property, item schema) where the property is a list of objects with required fields."""
    found = []
    for name in OBJECT_SCHEMAS:
        for key, schema in _model_schema(name)[0].items():
            typed = effective(_SCHEMAS, schema)
            if typed is None or typed.get("type") != "array":
                continue
            ref = typed.get("items", {}).get("$ref", "")
            item = ref.rsplit("/", 1)[-1]
            if item in _WITH_REQUIRED:
                found.append((name, key, item))
    return found


ITEM_LISTS = _item_lists()


def test_models_with_required_fields_and_lists_of_them_are_covered() -> None:
    assert len(_WITH_REQUIRED) > 50
    assert ("DataBreachDtoPagedList", "items", "DataBreachDto") in ITEM_LISTS
    assert len(ITEM_LISTS) > 20


@pytest.mark.parametrize("schema_name", _WITH_REQUIRED)
def test_a_model_missing_a_required_field_parses_and_names_the_field(schema_name: str) -> None:
    model = model_class(schema_name)
    payload = _SCHEMAS.example({"$ref": f"#/components/schemas/{schema_name}"})
    properties, required = _model_schema(schema_name)
    for key in sorted(required & set(properties)):
        parsed = model.from_dict(_without(payload, key))
        assert type(parsed) is model
        found = check_model(parsed)
        assert found.problems == []
        assert found.top_level_paths(model.__name__) == {key}
        ((_, _, error),) = [error for error in found.errors if error[0] == model.__name__]
        assert (error.model, error.path, error.received) == (model.__name__, key, "<missing>")
        out = parsed.to_dict()
        assert key not in out
        assert model.from_dict(out) == parsed


@pytest.mark.parametrize(("schema_name", "key", "item_schema"), ITEM_LISTS)
def test_a_list_item_missing_a_required_field_is_its_model_not_a_dict(
    schema_name: str, key: str, item_schema: str
) -> None:
    model, item_model = model_class(schema_name), model_class(item_schema)
    item = _SCHEMAS.example({"$ref": f"#/components/schemas/{item_schema}"})
    missing = sorted(_model_schema(item_schema)[1] & set(item))[0]
    parent = _SCHEMAS.example({"$ref": f"#/components/schemas/{schema_name}"})
    parsed = model.from_dict({**parent, key: [item, _without(item, missing)]})
    found = check_model(parsed)
    assert found.problems == []
    assert [type(value) for value in _list_field(parsed, key)] == [item_model, item_model]
    errors = [error for name, _, error in found.errors if name == item_model.__name__]
    assert [(error.model, error.path) for error in errors] == [(item_model.__name__, missing)]
    out = parsed.to_dict()
    assert missing not in out[key][1]  # still absent: round-trips as received
    assert model.from_dict(out) == parsed


def _list_field(parsed: Any, key: str) -> list[Any]:
    """The value of the field that the JSON key ``key`` fills: the one list whose items write ``key``'s."""
    written = parsed.to_dict()[key]
    for field in attrs.fields(type(parsed)):
        value = getattr(parsed, field.name)
        if (
            isinstance(value, list)
            and len(value) == len(written)
            and all(
                attrs.has(type(item)) and item.to_dict() == out
                for item, out in zip(value, written, strict=True)
            )
        ):
            return value
    raise AssertionError(f"no list field for {key}")
