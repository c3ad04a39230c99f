"""The model template on the shapes a newer document may bring: unions of models, integer enums, nested
lists, dicts of models, dates, closed enums. A tiny package is generated with our template, type-checked
with mypy --strict, and its models follow the type rule of ``_lazy.py`` on every shape."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_codegen.postprocess import RUNTIME_DIR

openapi_python_client = pytest.importorskip("openapi_python_client")

DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "shapes", "version": "1"},
    "paths": {
        "/owners": {
            "get": {
                "operationId": "getOwner",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "age": {"type": "integer", "nullable": True}},
            },
            "Car": {"type": "object", "required": ["wheels"], "properties": {"wheels": {"type": "integer"}}},
            "Level": {"type": "integer", "enum": [1, 2, 3]},
            # Variants of a discriminated oneOf, as the discriminated-one-of normalization rule leaves them.
            "Cat": {
                "type": "object",
                "required": ["kind", "name"],
                "properties": {"kind": {"type": "string", "enum": ["cat"]}, "name": {"type": "string"}},
            },
            "Dog": {
                "type": "object",
                "required": ["kind", "name"],
                "properties": {"kind": {"type": "string", "enum": ["dog"]}, "name": {"type": "string"}},
            },
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Owner": {
                "type": "object",
                "required": ["thing", "kind"],
                "properties": {
                    "thing": {
                        "oneOf": [{"$ref": "#/components/schemas/Pet"}, {"$ref": "#/components/schemas/Car"}]
                    },
                    "maybe": {
                        "oneOf": [{"$ref": "#/components/schemas/Pet"}, {"$ref": "#/components/schemas/Car"}],
                        "nullable": True,
                    },
                    "level": {
                        "anyOf": [{"$ref": "#/components/schemas/Level"}, {"type": "integer"}],
                        "nullable": True,
                    },
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "grid": {
                        "type": "array",
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
                        "nullable": True,
                    },
                    "either": {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
                    "day": {"type": "string", "format": "date", "nullable": True},
                    "days": {
                        "type": "array",
                        "items": {"type": "string", "format": "date"},
                        "nullable": True,
                    },
                    "ratio": {"type": "number", "nullable": True},
                    "animal": {
                        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                        "nullable": True,
                    },
                    "cats": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Cat"},
                        "nullable": True,
                    },
                    "pets": {
                        "type": "object",
                        "additionalProperties": {"$ref": "#/components/schemas/Pet"},
                        "nullable": True,
                    },
                },
            },
        }
    },
}


#: The runtime modules the models need (the rest serve the operations).
RUNTIME_FOR_MODELS = ("_lazy.py", "_errors.py", "_state.py", "_wire.py", "_json.py")


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    from openapi_python_client.config import Config, ConfigFile, MetaType

    folder = tmp_path_factory.mktemp("shapes")
    spec = folder / "shapes.json"
    spec.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    config_file = folder / "config.yml"
    config_file.write_text(
        "project_name_override: shapes-client\npackage_name_override: shapes_client\n"
        "post_hooks: []\nliteral_enums: false\nfield_prefix: field_\n",
        encoding="utf-8",
    )
    package = folder / "shapes_client"
    config = Config.from_sources(
        ConfigFile.load_from_path(config_file),
        MetaType.NONE,
        spec,
        "utf-8",
        overwrite=True,
        output_path=package,
    )
    errors = openapi_python_client.generate(config=config, custom_template_path=paths.TEMPLATES_DIR)
    assert not errors, errors
    for name in RUNTIME_FOR_MODELS:
        (package / name).write_bytes((RUNTIME_DIR / name).read_bytes())
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("shapes_client.models")
    finally:
        sys.path.remove(str(folder))
        for name in [module for module in sys.modules if module.startswith("shapes_client")]:
            del sys.modules[name]


def _fails(model: Any, field: str) -> Any:
    errors = importlib.import_module("shapes_client._errors")  # the tiny package's own error class
    with pytest.raises(errors.FieldValidationError) as caught:
        getattr(model, field)
    return caught.value


def test_the_generated_shapes_type_check(shapes: ModuleType) -> None:
    package = Path(str(shapes.__file__)).parent.parent
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            str(package / "models"),
            *(str(package / name) for name in RUNTIME_FOR_MODELS),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=package.parent,
    )
    assert done.returncode == 0, done.stdout[-3000:]


def test_unions_of_models_pick_the_model_whose_required_keys_are_there(shapes: ModuleType) -> None:
    owner = shapes.Owner.from_dict({"thing": {"wheels": 4}, "kind": "a", "maybe": {"name": "Rex"}})
    assert type(owner.thing) is shapes.Car
    assert owner.thing.wheels == 4
    assert type(owner.maybe) is shapes.Pet
    assert _fails(shapes.Owner.from_dict({"thing": [1], "kind": "a"}), "thing").path == "thing"


def test_integer_enums_keep_unknown_values_and_closed_enums_do_not(shapes: ModuleType) -> None:
    owner = shapes.Owner.from_dict({"thing": {"name": "x"}, "kind": "b", "level": 2})
    assert owner.level is shapes.Level.VALUE_2
    assert owner.kind is shapes.Kind.B
    assert shapes.Owner.from_dict({"thing": {}, "kind": "a", "level": 9}).level == 9
    odd = shapes.Owner.from_dict({"thing": {}, "kind": "c", "level": "2"})
    assert _fails(odd, "level").expected == "int | Level | None"
    assert _fails(odd, "kind").path == "kind"


def test_nested_lists_dates_numbers_and_scalar_unions(shapes: ModuleType) -> None:
    import datetime

    owner = shapes.Owner.from_dict(
        {
            "thing": {"name": "x"},
            "kind": "a",
            "grid": [[{"name": "a"}], []],
            "either": 3,
            "day": "2024-05-06",
            "days": ["2024-05-06"],
            "ratio": 2,
        }
    )
    assert type(owner.grid[0][0]) is shapes.Pet
    assert owner.either == 3
    assert owner.day == datetime.date(2024, 5, 6)
    assert owner.days == [datetime.date(2024, 5, 6)]
    assert owner.ratio == 2
    bad = shapes.Owner.from_dict(
        {
            "thing": {},
            "kind": "a",
            "grid": [[{}], ["x"]],
            "either": [],
            "days": ["2024-05-06", "soon"],
            "ratio": "2",
        }
    )
    assert _fails(bad, "grid").path == "grid[1][0]"
    assert _fails(bad, "either").path == "either"
    assert _fails(bad, "days").path == "days[1]"
    assert _fails(bad, "ratio").path == "ratio"
    assert bad.to_dict()["grid"] == [[{}], ["x"]]


def test_dicts_of_models(shapes: ModuleType) -> None:
    owner = shapes.Owner.from_dict({"thing": {}, "kind": "a", "pets": {"rex": {"name": "Rex"}}})
    pets = owner.pets
    assert type(pets["rex"]) is shapes.Pet
    bad = shapes.Owner.from_dict({"thing": {}, "kind": "a", "pets": {"rex": "Rex"}})
    assert bad.pets.to_dict() == {"rex": "Rex"}
    assert _fails(bad.pets, "additional_properties").model == type(bad.pets).__name__


def test_a_discriminated_one_of_takes_the_variant_its_discriminator_names(shapes: ModuleType) -> None:
    errors = importlib.import_module("shapes_client._errors")
    owner = shapes.Owner.from_dict({"thing": {}, "kind": "a", "animal": {"kind": "dog", "name": "Rex"}})
    assert type(owner.animal) is shapes.Dog
    assert (
        type(
            shapes.Owner.from_dict(
                {"thing": {}, "kind": "a", "animal": {"kind": "cat", "name": "Tom"}}
            ).animal
        )
        is shapes.Cat
    )
    with pytest.raises(errors.VariantMismatchError) as caught:  # a dog is not a Cat at all
        shapes.Cat.from_dict({"kind": "dog", "name": "Rex"})
    error: Any = caught.value
    assert (error.model, error.path) == ("Cat", "kind")
    assert isinstance(error, errors.FieldValidationError)
    assert isinstance(error, ValueError)
    mixed = shapes.Owner.from_dict(
        {"thing": {}, "kind": "a", "cats": [{"kind": "cat", "name": "Tom"}, {"kind": "dog"}]}
    )
    assert _fails(mixed, "cats").path == "cats[1]"  # where one model is expected, the field does not fit
    neither = shapes.Owner.from_dict({"thing": {}, "kind": "a", "animal": {"kind": "cow"}})
    assert _fails(neither, "animal").path == "animal"


SHAPE_DOCUMENTS: list[tuple[str, dict[str, Any]]] = [
    ("Owner", {"thing": {"wheels": 4}, "kind": "a", "maybe": {"name": "Rex"}}),
    ("Owner", {"thing": [1], "kind": "a"}),
    ("Owner", {"thing": {}, "kind": "c", "level": "2"}),
    ("Owner", {"thing": {"name": "x"}, "kind": "a", "grid": [[{"name": "a"}], []], "days": ["2024-05-06"]}),
    ("Owner", {"thing": {}, "kind": "a", "pets": {"rex": "Rex"}}),
    ("Owner", {"thing": {}, "kind": "a", "cats": [{"kind": "cat", "name": "Tom"}, {"kind": "dog"}]}),
    ("Pet", {"name": "Rex", "age": 3}),
    ("Pet", {"name": "Rex", "age": None}),
    ("Pet", {"name": "Rex"}),
    ("Pet", {"name": 3, "age": "old"}),
    ("Pet", {"age": 3}),
    ("Pet", {"name": "Rex", "color": "brown"}),
    ("Car", {"wheels": True}),
    ("Cat", {"kind": "cat", "name": "Tom"}),
]


@pytest.mark.parametrize("eager", [False, True], ids=["lazy", "eager"])
@pytest.mark.parametrize(("model", "document"), SHAPE_DOCUMENTS)
def test_from_json_gives_the_model_from_dict_gives_on_every_shape(
    shapes: ModuleType, model: str, document: dict[str, Any], eager: bool
) -> None:
    lazy_module = importlib.import_module("shapes_client._lazy")
    cls = getattr(shapes, model)
    with lazy_module.eager_parsing(eager):
        expected = cls.from_dict(document)
        parsed = cls.from_json(json.dumps(document).encode())
    assert type(parsed) is cls
    assert parsed == expected
    assert repr(parsed) == repr(expected)
    assert parsed.to_dict() == expected.to_dict()


def test_shapes_the_wire_does_not_describe_are_parsed_by_from_dict(shapes: ModuleType) -> None:
    wire = importlib.import_module("shapes_client._wire")
    if not wire.AVAILABLE:
        pytest.skip("msgspec (the speed extra) is not installed")
    assert wire.wire_type(shapes.Pet) is not None
    assert wire.wire_type(shapes.Car) is not None
    assert wire.wire_type(shapes.Owner) is None  # unions of models: from_dict tries each in turn
    assert wire.wire_type(shapes.Cat) is None  # a closed enum: the tag of a oneOf variant
    assert wire.parse_fitting(shapes.Pet, b'{"name": "Rex", "color": "brown"}') is None  # an unknown key
    assert wire.parse_fitting(shapes.Pet, b'{"age": 3}') is None  # a required key absent
    assert wire.parse_fitting(shapes.Pet, b'{"name": "Rex", "age": 3}') == shapes.Pet.from_dict(
        {"name": "Rex", "age": 3}
    )
