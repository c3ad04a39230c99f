"""The ASP.NET shapes of :mod:`tests.regen.shapes` regenerate into a client that type-checks and parses
real-shaped answers: 3.1 spelling, text/plain first, problem+json errors, a schema named ``Client``,
integer enums with names, a discriminated ``oneOf``, maps, ``allOf`` with a single ``$ref``."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen.generate import GenerationResult
from tests.regen.shapes import SHAPES_31, pin_and_generate, run_in_package


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GenerationResult]:
    root = tmp_path_factory.mktemp("shapes")
    return root / "out", pin_and_generate(SHAPES_31, root)


def _answers(out: Path, body: str) -> Any:
    """Run ``body`` with ``parse(module, status, payload, content_type)`` defined; it sets ``result``."""
    prelude = textwrap.dedent(
        """
        import json, typing
        import httpx2
        from dastra_client import Client
        from dastra_client.api.clients import clients_find, clients_label, clients_list
        from dastra_client.api.pets import pets_list
        from dastra_client.api.counters import counters_get
        from dastra_client.api.teams import teams_by_code
        from dastra_client.api.breaches import breaches_find
        import dastra_client.models as models

        CLIENT = Client(base_url="http://127.0.0.1:9", raise_on_unexpected_status=True)

        def parse(module, payload, content_type="application/json; charset=utf-8", status=200):
            content = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
            request = httpx2.Request("GET", "http://127.0.0.1:9/v1/x")
            answer = httpx2.Response(status, content=content, headers={"Content-Type": content_type}, request=request)
            return module._build_response(client=CLIENT, response=answer).parsed

        result = {}
        """
    )
    code = prelude + textwrap.dedent(body) + "\nprint(json.dumps(result, default=str))\n"
    return run_in_package(out, code)


def test_the_gate_passes_and_reports_every_rule(shapes: tuple[Path, GenerationResult]) -> None:
    out, result = shapes
    assert result.gate is not None and result.gate.passed and result.gate.typechecked
    assert result.operations == result.generated_operations == 8
    normalization = json.loads((out.parent / "openapi" / "snapshot.json").read_text())["normalization"]
    for rule in (
        "openapi-3.1-version", "openapi-3.1-type-null", "openapi-3.1-null-member", "openapi-3.1-numeric-strings",
        "openapi-3.1-const", "openapi-3.1-examples", "openapi-3.1-ref-siblings", "openapi-3.1-exclusive-bounds",
        "openapi-3.1-content-keywords", "openapi-3.1-webhooks", "openapi-3.1-json-schema-dialect",
        "error-responses", "response-content-types", "schema-name-collisions", "integer-enum-names",
        "discriminated-one-of", "open-enums",
    ):  # fmt: skip
        assert normalization.get(rule, 0) > 0, rule
    document = json.loads((out.parent / "openapi" / "dastra-api.json").read_text())
    assert document["openapi"] == "3.0.3"
    assert "webhooks" not in document and "jsonSchemaDialect" not in document


def test_text_plain_first_json_answers_parse_as_models(shapes: tuple[Path, GenerationResult]) -> None:
    out, _ = shapes
    result = _answers(
        out,
        """
        ada = {"id": 7, "name": "Ada", "email": None, "parent": {"id": "8", "name": "Bob"}, "status": 1,
               "score": 12.5, "tags": ["vip"], "kind": "client", "visits": None, "logo": "c2FtcGxl"}
        parsed = parse(clients_find, ada, content_type="text/plain; charset=utf-8")
        result["type"] = type(parsed).__name__
        result["status"] = repr(parsed.status)
        result["parent"] = type(parsed.parent).__name__
        result["unknown_status"] = parse(clients_find, {**ada, "status": 9}).status
        listed = parse(clients_list, [ada, ada])
        result["listed"] = [type(item).__name__ for item in listed]
        result["returns"] = str(typing.get_type_hints(clients_find.sync)["return"])
        result["label"] = parse(clients_label, "Ada Lovelace", content_type="text/plain; charset=utf-8")
        """,
    )
    assert result["type"] == "ClientModel"  # the schema named Client, renamed
    assert result["status"] == "<ClientStatus.ON_HOLD: 1>"  # x-enumNames -> named members
    assert result["parent"] == "ClientModel"
    assert result["unknown_status"] == 9  # an integer the snapshot does not know parses as itself
    assert result["listed"] == ["ClientModel", "ClientModel"]
    assert "ProblemDetails" not in result["returns"] and "ClientModel" in result["returns"]
    assert result["label"] == "Ada Lovelace"  # a real text answer stays text


def test_discriminated_one_of_picks_each_variant(shapes: tuple[Path, GenerationResult]) -> None:
    out, _ = shapes
    result = _answers(
        out,
        """
        pets = parse(pets_list, [{"petType": "dog", "name": "Rex", "packSize": 3},
                                 {"petType": "cat", "name": "Tom", "indoor": True}])
        result["types"] = [type(pet).__name__ for pet in pets]
        result["pack"] = pets[0].pack_size
        """,
    )
    assert result == {"types": ["Dog", "Cat"], "pack": 3}


def test_maps_and_single_ref_all_of(shapes: tuple[Path, GenerationResult]) -> None:
    out, _ = shapes
    result = _answers(
        out,
        """
        counters = parse(counters_get, {"open": 3, "closed": 12})
        result["counters"] = dict(counters.additional_properties)
        teams = parse(teams_by_code, {"paris": {"label": "Paris", "members": [{"id": 1, "name": "Ada"}]}})
        result["team"] = [type(teams["paris"]).__name__, type(teams["paris"].members[0]).__name__]
        breach = parse(breaches_find, {"label": "Lost laptop", "owner": {"id": 1, "name": "Ada"}, "reviewer": None,
                                      "counts": {"a": 1, "b": None}})
        result["owner"] = type(breach.owner).__name__
        result["reviewer"] = breach.reviewer
        result["counts"] = dict(breach.counts.additional_properties)
        """,
    )
    assert result["counters"] == {"open": 3, "closed": 12}
    assert result["team"] == ["Team", "ClientModel"]
    assert result["owner"] == "ClientModel"
    assert result["reviewer"] is None
    assert result["counts"] == {"a": 1, "b": None}
