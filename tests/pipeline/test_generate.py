"""``nox -s generate``: complete, deterministic, httpx2-only, and loud about anything it cannot generate."""

from __future__ import annotations

import ast
import filecmp
import json
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_codegen.fetch import read_file
from dastra_codegen.generate import ENDPOINT_FUNCTIONS, GenerationError, generate
from dastra_codegen.normalize import iter_operations
from dastra_codegen.update_spec import update_spec
from tests.conftest import REFERENCE_2021, reference_file

PACKAGE = paths.GENERATED_DIR / paths.PACKAGE_NAME


def _pin(spec: Path, openapi_dir: Path) -> None:
    update_spec(read_file(spec), openapi_dir, paths.OVERLAY)


def _tree(root: Path) -> list[Path]:
    return sorted(
        p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )


def test_committed_package_is_what_the_pinned_snapshot_generates(pinned_document: dict[str, Any]) -> None:
    result = generate(paths.OPENAPI_DIR, paths.GENERATED_DIR, check=True)
    assert result.changed is False
    assert (
        result.operations == result.generated_operations == len(list(iter_operations(pinned_document))) == 324
    )


def test_two_runs_produce_identical_bytes(tmp_path: Path) -> None:
    # The generator itself, not a build it cached; the gate on these bytes is test_committed_package_...'s.
    generate(paths.OPENAPI_DIR, tmp_path, cache=False, gate=False)
    fresh = tmp_path / paths.PACKAGE_NAME
    assert _tree(fresh) == _tree(PACKAGE)
    different = [
        str(name) for name in _tree(fresh) if not filecmp.cmp(fresh / name, PACKAGE / name, shallow=False)
    ]
    assert different == []
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir()), "staging folder left behind"


def test_every_operation_has_four_functions_and_every_schema_a_model(pinned_document: dict[str, Any]) -> None:
    modules = [p for p in (PACKAGE / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == 324
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        assert names >= ENDPOINT_FUNCTIONS, module
    import dastra_client.models as models

    schemas = pinned_document["components"]["schemas"]
    exported = {name.lower() for name in models.__all__}
    missing = [name for name in schemas if name.replace("_", "").lower() not in exported]
    assert missing == []


def test_generated_code_uses_httpx2_only() -> None:
    offenders = []
    for module in PACKAGE.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "httpx" for a in node.names):
                offenders.append(str(module))
            if isinstance(node, ast.ImportFrom) and node.module == "httpx":
                offenders.append(str(module))
    assert offenders == []
    assert "import httpx2" in (PACKAGE / "client.py").read_text(encoding="utf-8")


def test_the_2021_spec_generates_all_121_operations_without_warnings(tmp_path: Path) -> None:
    spec = reference_file(REFERENCE_2021)
    _pin(spec, tmp_path / "openapi")
    result = generate(tmp_path / "openapi", tmp_path / "out")
    assert result.operations == result.generated_operations == 121


def test_an_operation_the_generator_cannot_handle_fails_the_run_by_name(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "v1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "Things_Create",
                    "requestBody": {"content": {"application/xml": {"schema": {"type": "object"}}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    source = tmp_path / "spec.json"
    source.write_text(json.dumps(spec), encoding="utf-8")
    _pin(source, tmp_path / "openapi")
    output = tmp_path / "out"
    with pytest.raises(GenerationError, match=r"POST /things") as caught:
        generate(tmp_path / "openapi", output)
    assert "application/xml" in str(caught.value)
    assert not (output / paths.PACKAGE_NAME).exists()


SMALL_SPEC = {
    "openapi": "3.0.1",
    "info": {"title": "t", "version": "v1"},
    "paths": {
        "/v1/things/{id}": {
            "get": {
                "operationId": "Things_Get",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "properties": {"label": {"type": "string"}}},
            "WorkSpaceDto": {"type": "object", "properties": {"id": {"type": "integer"}}},  # the overlay's
        }
    },
}


def test_a_build_reused_for_the_same_document_carries_this_snapshots_identity(tmp_path: Path) -> None:
    """One document pinned from two sources: the second run reuses the first's build, and its package is
    byte for byte what an uncached run of its own snapshot writes (its source in ``_snapshot.py``)."""
    cache = tmp_path / "cache"
    first, second = tmp_path / "openapi-first", tmp_path / "openapi-second"
    for name, openapi_dir in (("first.json", first), ('it\'s "second".json', second)):
        (tmp_path / name).write_text(json.dumps(SMALL_SPEC), encoding="utf-8")
        _pin(tmp_path / name, openapi_dir)
    generate(first, tmp_path / "a", gate=False, cache_dir=cache)
    generate(second, tmp_path / "b", gate=False, cache_dir=cache)
    generate(second, tmp_path / "c", gate=False, cache=False)
    built, expected = tmp_path / "b" / paths.PACKAGE_NAME, tmp_path / "c" / paths.PACKAGE_NAME
    assert _tree(built) == _tree(expected)
    assert all(filecmp.cmp(built / name, expected / name, shallow=False) for name in _tree(expected))
    assert "second" in (built / "_snapshot.py").read_text(encoding="utf-8")
    assert [entry.name.startswith("build-") for entry in (cache / "stages").iterdir()] == [True]  # one build


def test_hand_edited_snapshot_is_refused(tmp_path: Path) -> None:
    openapi_dir = tmp_path / "openapi"
    openapi_dir.mkdir()
    for name in ("snapshot.json", "dastra-api.json"):
        (openapi_dir / name).write_bytes((paths.OPENAPI_DIR / name).read_bytes())
    with (openapi_dir / "dastra-api.json").open("a", encoding="utf-8") as stream:
        stream.write(" ")
    with pytest.raises(GenerationError, match="was edited"):
        generate(openapi_dir, tmp_path / "out")


def test_generate_without_a_pinned_snapshot_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match="update_spec"):
        generate(tmp_path, tmp_path / "out")


def test_package_exposes_its_snapshot() -> None:
    import dastra_client

    metadata = json.loads((paths.OPENAPI_DIR / "snapshot.json").read_text(encoding="utf-8"))
    assert dastra_client.__version__ == metadata["client_version"]
    assert dastra_client.__spec_sha256__ == metadata["sha256"]
    assert dastra_client.__spec_version__ == metadata["info_version"] == "v1"
