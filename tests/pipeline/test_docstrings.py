"""The spec's prose reaches the docstrings of functions, resource methods, models and enums (editor hover)."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen.docstrings import WIDTH, describe_arguments, describe_enum, escape
from dastra_codegen.fetch import read_file
from dastra_codegen.generate import generate
from dastra_codegen.update_spec import update_spec

_NASTY = 'Returns the thing """ with a backslash \\ and a line ' + "that goes on " * 12 + "  \nSecond line.  "

SPEC: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "T", "version": "v1"},
    "paths": {
        "/v1/ws/{workspaceId}/Things/{id}": {
            "get": {
                "tags": ["Things"],
                "operationId": "Things_Find",
                "summary": "Find one thing.",
                "description": _NASTY,
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "The thing's id.",
                        "schema": {"type": "integer", "format": "int32"},
                    },
                    {
                        "name": "select",
                        "in": "query",
                        "description": "Fields to select, " + "comma separated " * 8,
                        "schema": {"type": "string"},
                    },
                    {"name": "workspaceId", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "Success",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/ThingDto"}}
                        },
                    }
                },
            },
            "put": {
                "tags": ["Things"],
                "operationId": "Things_Update",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "format": "int32"},
                    },
                    {"name": "workspaceId", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "description": "The new thing.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingDto"}}},
                },
                "responses": {
                    "200": {
                        "description": "Success",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/ThingDto"}}
                        },
                    }
                },
            },
        }
    },
    "components": {
        "schemas": {
            "ThingDto": {
                "type": "object",
                "description": "A thing of the register.",
                "required": ["label"],
                "properties": {
                    "label": {"type": "string", "description": "The thing's label."},
                    "kind": {
                        "allOf": [{"$ref": "#/components/schemas/ThingKind"}],
                        "description": "What kind.",
                    },
                },
            },
            "ThingKind": {
                "type": "string",
                "description": 'Kinds of """things""".',
                "enum": ["Big", "Small"],
            },
        }
    },
}

OVERLAY = 'overlay: 1.0.0\ninfo:\n  title: test\n  version: 1.0.0\nactions:\n  - target: "$.info"\n    update:\n      x-test: true\n'


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny spec through the whole pipeline: pinned, generated, and the gate's import check passed."""
    root = tmp_path_factory.mktemp("docstrings")
    (root / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    (root / "overlay.yaml").write_text(OVERLAY, encoding="utf-8")
    update_spec(read_file(root / "spec.json"), root / "openapi", root / "overlay.yaml")
    result = generate(root / "openapi", root / "out", typecheck=False)
    assert result.gate is not None and result.gate.passed
    return root / "out" / "dastra_client"


def _function_doc(path: Path, name: str, cls: str | None = None) -> str:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    scope: list[ast.stmt] = tree.body
    if cls is not None:
        scope = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls).body
    node = next(
        n
        for n in scope
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and n.name == name
    )
    return ast.get_docstring(node) or ""


def test_functions_carry_the_summary_description_and_parameter_descriptions(package: Path) -> None:
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        doc = _function_doc(package / "api" / "things" / "things_find.py", name)
        assert doc.startswith("Find one thing.")
        assert (
            'Returns the thing """ with a backslash \\ and' in doc
        )  # escaped in the source, intact in hover
        assert "id (int): The thing's id." in doc
        assert "select (str | Unset): Fields to select, comma separated" in doc
    doc = _function_doc(package / "api" / "things" / "things_update.py", "sync")
    assert "body (ThingDto | Unset): The new thing." in doc  # the body's description, not its schema's


def test_resource_methods_carry_them_too_sync_and_async(package: Path) -> None:
    for cls in ("Things", "AsyncThings"):
        doc = _function_doc(package / "resources" / "things.py", "find", cls)
        assert "Find one thing." in doc
        assert 'Returns the thing """ with a backslash \\ and' in doc
        assert "id (int): The thing's id." in doc
        assert "body (ThingDto | Unset): The new thing." in _function_doc(
            package / "resources" / "things.py", "update", cls
        )


def test_models_and_enums_carry_their_schema_descriptions(package: Path) -> None:
    doc = _function_doc(package / "models" / "thing_dto.py", "ThingDto")
    assert doc.startswith("A thing of the register.")
    assert "label (str): The thing's label." in doc
    assert _function_doc(package / "models" / "thing_kind.py", "ThingKind") == 'Kinds of """things""".'


def test_lines_written_stay_within_the_width_without_trailing_spaces(package: Path) -> None:
    for path in [*(package / "api").rglob("*.py"), *(package / "resources").rglob("*.py")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert line == line.rstrip(), f"{path.name}:{number} has trailing spaces"
    source = (package / "api" / "things" / "things_find.py").read_text(encoding="utf-8")
    entry = [line for line in source.splitlines() if "Fields to select" in line or "comma separated" in line]
    assert entry and all(len(line) <= WIDTH for line in entry)


def test_escape_keeps_a_docstring_closed_and_its_escapes_valid() -> None:
    text = 'a """ b \\ c \\n d  \n e\x00'
    literal = f'"""{escape(text)}"""'
    assert ast.literal_eval(literal) == 'a """ b \\ c \\n d\n e'


def test_entries_with_a_description_are_left_alone() -> None:
    source = "    Args:\n        id (int): Already said.\n        q (str | Unset):\n"
    operation = {
        "parameters": [{"name": "id", "description": "Other."}, {"name": "q", "description": "Search."}]
    }
    assert (
        describe_arguments(source, operation)
        == "    Args:\n        id (int): Already said.\n        q (str | Unset): Search.\n"
    )


def test_an_enum_without_a_description_is_unchanged() -> None:
    source = "class Kind(StrEnum):\n    BIG = 'Big'\n"
    assert describe_enum(source, {"enum": ["Big"]}) == source
