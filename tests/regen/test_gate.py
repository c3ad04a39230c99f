"""The generation gate: it passes the pinned snapshot, and a package that fails it never replaces generated/."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dastra_client.models import DataBreachDto, WorkSpaceDto, WorkSpaceDtoPagedList
from dastra_codegen import gate, paths
from dastra_codegen.__main__ import main
from dastra_codegen.gate import run_gate
from dastra_codegen.gate_probe import _conform
from dastra_codegen.generate import GenerationError, generate
from dastra_codegen.pin import METADATA, NORMALIZED, _json_bytes, sha256
from tests.regen.shapes import SHAPES_31, content, pin, ref


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def pin_unnormalized(document: dict[str, Any], openapi_dir: Path) -> Path:
    """Pin ``document`` as it is (no normalization): what the pipeline would do without its rules."""
    openapi_dir.mkdir(parents=True, exist_ok=True)
    data = _json_bytes(document)
    (openapi_dir / NORMALIZED).write_bytes(data)
    metadata = {
        "client_version": "9.9.9",
        "source": "test",
        "retrieved_at": "2026-01-01T00:00:00Z",
        "sha256": sha256(data),
        "normalized_sha256": sha256(data),
        "info_version": "v1",
        "title": "t",
    }
    (openapi_dir / METADATA).write_bytes(_json_bytes(metadata))
    return openapi_dir


#: What the issue's users met: text/plain first (parsed as text), a schema named Client, no normalization.
BAD: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "v1"},
    "paths": {
        "/v1/clients/{id}": {
            "get": {
                "operationId": "Clients_Find",
                "tags": ["Clients"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "OK", "content": content(ref("Client"))}},
            }
        },
        "/v1/labels": {
            "get": {
                "operationId": "Labels_List",
                "tags": ["Labels"],
                "responses": {
                    "200": {"description": "OK", "content": content({"type": "array", "items": ref("Label")})}
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Client": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "Label": {"type": "object", "properties": {"text": {"type": "string"}}},
        }
    },
}


def test_a_failing_package_leaves_the_output_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "out"
    good = generate(pin(SHAPES_31, tmp_path / "good"), out)
    assert good.gate is not None and good.gate.passed
    before = _tree_digest(out)
    with pytest.raises(GenerationError) as caught:
        generate(pin_unnormalized(BAD, tmp_path / "bad"), out)
    assert _tree_digest(out) == before
    assert not any(p.name.startswith(".") for p in out.iterdir()), "staging folder left behind"
    message = str(caught.value)
    assert "generated package fails the gate" in message and "left as it was" in message
    assert "mypy --strict: " in message and "FAILED" in message
    assert "operations at fault: 2 of 2" in message
    assert "GET /v1/clients/{id} (Clients_Find): " in message
    assert "GET /v1/labels (Labels_List): " in message
    assert "schemas at fault: " in message
    assert re.search(r"GET /v1/clients/\{id\} \(Clients_Find\): \d+ \(answers, mypy\); first: ", message)
    assert 'Incompatible import of "Client"' in message  # the shadowing model, found by mypy
    assert "parsing raised FieldValidationError" in message  # the answers check: a str handed to from_dict
    assert "other modules at fault" not in message  # every fault is attributed


def test_the_command_line_says_when_mypy_was_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    openapi_dir = pin(SHAPES_31, tmp_path)
    code = main(
        ["generate", "--no-typecheck", "--openapi-dir", str(openapi_dir), "--output", str(tmp_path / "out")]
    )
    printed = capsys.readouterr().out
    assert code == 0
    assert "mypy --strict: SKIPPED (--no-typecheck)" in printed
    assert "NOT type-checked" in printed
    assert "answers parse into declared types: ok" in printed


def test_the_command_line_fails_loudly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    openapi_dir = pin_unnormalized(BAD, tmp_path / "openapi")
    code = main(["generate", "--openapi-dir", str(openapi_dir), "--output", str(tmp_path / "out")])
    assert code == 1
    assert "operations at fault" in capsys.readouterr().err
    assert not (tmp_path / "out" / paths.PACKAGE_NAME).exists()


def test_a_module_that_does_not_import_is_named_with_its_operation(tmp_path: Path) -> None:
    package = tmp_path / paths.PACKAGE_NAME
    (package / "api" / "things").mkdir(parents=True)
    for init in (package, package / "api", package / "api" / "things"):
        (init / "__init__.py").write_text("", encoding="utf-8")
    (package / "api" / "things" / "things_get.py").write_text(
        '_KWARGS = {"method": "get", "url": "/v1/things"}\nraise RuntimeError("boom at import")\n',
        encoding="utf-8",
    )
    document = copy.deepcopy(BAD)
    document["paths"] = {
        "/v1/things": {"get": {"operationId": "Things_Get", "responses": {"200": {"description": "OK"}}}}
    }
    report = run_gate(package, document, typecheck=False)
    assert not report.passed
    (fault,) = report.check("imports").faults
    assert fault.operation == "GET /v1/things (Things_Get)"
    assert "RuntimeError: boom at import" in fault.detail
    assert report.check("answers").skipped == "the package did not import"
    assert "operations at fault: 1 of 1" in report.failure()


def test_the_answer_check_looks_inside_models() -> None:
    """What the probe calls a failure: a plain dict where a model is typed, a str where a datetime is."""
    page = WorkSpaceDtoPagedList(items=[WorkSpaceDto(label="HQ"), {"label": "raw"}])  # type: ignore[list-item]
    problems = list(_conform(page, WorkSpaceDtoPagedList, "answer", 0))
    assert problems == [
        "answer -> WorkSpaceDtoPagedList.items[1]: {'label': 'raw'} is a dict, not a WorkSpaceDto"
    ]
    breach = DataBreachDto.from_dict({"label": "x", "startDate": "2024-01-01T00:00:00Z", "id": "not-a-uuid"})
    problems = list(_conform(breach, DataBreachDto, "answer", 0))
    assert len(problems) == 1 and "DataBreachDto.id" in problems[0]
    assert (
        list(
            _conform(
                DataBreachDto.from_dict({"label": "x", "startDate": "2024-01-01T00:00:00Z"}),
                DataBreachDto,
                "a",
                0,
            )
        )
        == []
    )


def test_the_samples_of_the_pinned_snapshot_are_schema_valid() -> None:
    """The gate's samples themselves, checked by an independent validator (openapi-schema-validator)."""
    from openapi_schema_validator import OAS30Validator

    from dastra_codegen.gate import _endpoints, build_cases, endpoint_modules  # noqa: F401

    document = json.loads((paths.OPENAPI_DIR / NORMALIZED).read_bytes())
    cases, faults = build_cases(document, _endpoints(document, paths.GENERATED_DIR / paths.PACKAGE_NAME))
    # The normalized document writes a nullable reference {allOf: [ref], nullable: true} (or anyOf),
    # which the generator reads as "ref or null"; spelt so for the validator, which reads it strictly.
    document = _nullable_refs_as_any_of(document)
    assert faults == []
    operations = {(m, p): op for p, item in document["paths"].items() for m, op in item.items()}
    checked = 0
    for case in cases:
        if not (case["content_type"] or "").startswith("application/json"):
            continue
        media = operations[(case["method"], case["path"])]["responses"][str(case["status"])]["content"]
        schema = {**media[case["content_type"]]["schema"], "components": document["components"]}
        OAS30Validator(schema).validate(json.loads(case["body"]))
        checked += 1
    assert checked > 400  # 182 JSON answers, up to three samples each


def _nullable_refs_as_any_of(node: Any) -> Any:
    if isinstance(node, list):
        return [_nullable_refs_as_any_of(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _nullable_refs_as_any_of(value) for key, value in node.items()}
    if node.get("nullable") is True and any(key in node for key in ("allOf", "anyOf", "oneOf")):
        inner = {key: value for key, value in node.items() if key != "nullable"}
        return {"anyOf": [inner, {"nullable": True, "enum": [None]}]}
    return node


def test_endpoint_modules_are_read_again_when_their_source_changes(tmp_path: Path) -> None:
    module = tmp_path / "pkg" / "api" / "things" / "get_thing.py"
    module.parent.mkdir(parents=True)
    source = 'def _get_kwargs():\n    return {"method": "get", "url": "/v1/things/{id}"}\n\ndef sync(): ...\n'
    module.write_text(source, encoding="utf-8")
    before = gate._describe_source.cache_info().hits
    first = gate.endpoint_modules(tmp_path / "pkg")
    again = gate.endpoint_modules(tmp_path / "pkg")
    assert first == again == {("get", "/v1/things/{}"): (module, {"_get_kwargs", "sync"})}
    assert gate._describe_source.cache_info().hits == before + 1  # the same source is parsed once
    module.write_text(source.replace('"get"', '"put"') + "\nasync def asyncio(): ...\n", encoding="utf-8")
    changed = gate.endpoint_modules(tmp_path / "pkg")
    assert changed == {("put", "/v1/things/{}"): (module, {"_get_kwargs", "sync", "asyncio"})}
    changed[("put", "/v1/things/{}")][1].add("mutated")  # callers get a set of their own
    assert gate.endpoint_modules(tmp_path / "pkg")[("put", "/v1/things/{}")][1] == {
        "_get_kwargs",
        "sync",
        "asyncio",
    }
