"""Smoke test of the benchmarks: each runs with tiny sizes; only counts are asserted, never timings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import httpx2
import pytest

from benchmarks import call_cost, generation, imports, paging, tokens
from benchmarks.__main__ import main
from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.report import BenchmarkResult, Stats
from benchmarks.servers import JSONServer
from dastra_codegen import paths
from dastra_codegen.pin import read_received
from tests.slices import pin, slice_document


def _checks(result: BenchmarkResult) -> dict[str, Any]:
    return {check.label: check.value for check in result.checks}


def _samples(result: BenchmarkResult) -> list[int]:
    return [m.stats.samples for m in result.measurements]


def test_payload_has_every_property_and_two_items_per_nested_list() -> None:
    document = load_spec()
    schema = document["components"]["schemas"]["ActorDto"]
    first = PayloadBuilder(document).instance("ActorDto")
    assert set(first) == set(schema["properties"])
    assert len(first["tags"]) == 2
    assert isinstance(first["creator"], dict)
    assert first == PayloadBuilder(document).instance("ActorDto")  # deterministic


def test_payload_page_parses_into_the_generated_models() -> None:
    from dastra_client.models import DataProcessingDtoPagedList

    raw = PayloadBuilder(load_spec()).page_bytes("DataProcessingDto", items=3)
    page = DataProcessingDtoPagedList.from_dict(json.loads(raw))
    assert isinstance(page.items, list)
    assert len(page.items) == 3


def test_json_server_counts_requests_on_one_kept_alive_connection() -> None:
    with JSONServer.fixed(b'{"ok":true}') as server, httpx2.Client(base_url=server.url) as client:
        answers = [client.get("/x").json() for _ in range(3)]
        answers.append(client.post("/y", content=b"body").json())
        assert server.requests == 4
    assert answers == [{"ok": True}] * 4


def test_paged_answers_serve_the_last_partial_page() -> None:
    answers = paging.PagedAnswers({"id": 1}, total=25)
    body = json.loads(answers("GET", "/v1/ws/1/DataBreachs?page=3&size=10"))
    assert (len(body["items"]), body["total"], body["page"]) == (5, 25, 3)
    assert [item["id"] for item in body["items"]] == [21, 22, 23, 24, 25]
    assert json.loads(answers("GET", "/v1/ws/1/DataBreachs?page=4&size=10"))["items"] == []
    uuids = paging.PagedAnswers({"id": "x", "label": "a"}, total=2)
    assert json.loads(uuids("GET", "/x?page=1&size=2"))["items"] == [
        {"id": "00000000-0000-4000-8000-000000000001", "label": "a"},
        {"id": "00000000-0000-4000-8000-000000000002", "label": "a"},
    ]


def test_ratios_are_taken_round_by_round() -> None:
    stats = Stats.ratios([2.0, 6.0, 3.0], [1.0, 2.0, 3.0])
    assert (stats.median, stats.minimum, stats.maximum, stats.samples) == (2.0, 1.0, 3.0, 3)


def test_imports_takes_one_sample_per_round() -> None:
    result = imports.run(rounds=2, importtime_runs=1, top=3)
    assert _samples(result) == [2, 2, 2, 2]
    assert len(result.details["importtime"]["facade"]["self_time_by_package"]) == 3
    assert len(result.details["importtime"]["ours"]["self_time_by_package"]) == 3


def test_call_cost_requests_and_one_token() -> None:
    result = call_cost.run(rounds=2, calls=3)
    # 1 call caching each client's token, 1 warm-up call per variant, then rounds * calls per variant;
    # a facade call is one request (its one page holds every item).
    assert result.details["api_requests"] == 2 + 4 + 2 * 3 * 4
    assert result.details["token_requests"] == 2  # create_client() and Dastra() each hold a token
    assert result.details["items_parsed_per_call"] == call_cost.PAGE_ITEMS
    assert result.details["facade_items_per_call"] == call_cost.PAGE_ITEMS
    assert _samples(result) == [2, 2, 2, 2]


def test_parsing_parses_every_item() -> None:
    pytest.importorskip("datamodel_code_generator")
    pytest.importorskip("pydantic")
    from benchmarks import parsing

    result = parsing.run(items=4, rounds=1, models=("ActorDto",))
    page = result.details["pages"]["ActorDto"]
    assert page["attrs_items"] == 4
    assert page["pydantic_items"] == 4
    assert page["attrs_values_read"] > 4 * 20  # nested values too
    assert page["lazy_loads_in_a_full_read"] >= 4  # each item has nested values parsed on first access
    labels = [check.label for check in result.checks]
    decoder = result.details["decoder"]
    chosen = result.details["path"]
    assert labels[:6] == [
        f"ActorDto: page ({chosen}) / json.loads",
        f"ActorDto: page (from_dict(_json: {decoder})) / json.loads",
        "ActorDto: page (stdlib json) / json.loads",
        "ActorDto: page / pydantic v2",
        "ActorDto: every field, eager_parsing() / pydantic",
        "ActorDto: every field less the walk, lazy / pydantic",
    ]
    assert labels[-2:] == [
        f"ActorDto: type checks: page / page without them (from_dict(_json: {decoder}))",
        f"ActorDto: type checks: every field, eager / without them (from_dict(_json: {decoder}))",
    ]
    assert (
        f"ActorDto: page with a key from a newer spec in every item, {chosen} / from_dict(_json: {decoder})"
        in labels
    )
    goals = {check.label: check.goal for check in result.checks}
    assert goals[f"ActorDto: page ({chosen}) / json.loads"] == "<= 1.5x"
    assert goals["ActorDto: every field less the walk, lazy / pydantic"] == "<= 1x"
    assert goals[labels[-2]] == "<= 1.1x"


def test_the_walk_reads_every_field_once() -> None:
    from benchmarks.parsing import count_lazy_loads, read_every_field
    from dastra_client.models import UserLightDto, WorkSpaceDto, WorkSpaceDtoPagedList

    page = WorkSpaceDtoPagedList.from_dict({"items": [{"label": "a"}, {"label": "b"}], "total": 2})
    assert count_lazy_loads(WorkSpaceDtoPagedList.from_dict({"items": [{"label": "a"}], "total": 1})) == 1
    per_page, per_workspace = len(attrs.fields(WorkSpaceDtoPagedList)), len(attrs.fields(WorkSpaceDto))
    assert read_every_field(page) == per_page + 2 * per_workspace
    assert read_every_field(UserLightDto(id=1)) == len(attrs.fields(UserLightDto))


@pytest.fixture(scope="session")
def pinned_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A slice of the snapshot (three tags) pinned into its own openapi/: the benchmarks that generate
    run on it, as the others run with tiny sizes."""
    received = json.loads(read_received(paths.OPENAPI_DIR))
    sliced = slice_document(received, ["DataBreachs", "Tags", "WorkSpaces"])
    return pin(sliced, tmp_path_factory.mktemp("bench-slice") / "openapi")


def test_the_unchecked_variant_parses_without_the_type_checks(pinned_slice: Path) -> None:
    pytest.importorskip("openapi_python_client")
    from benchmarks.unchecked import unchecked_models
    from dastra_client._errors import FieldValidationError
    from dastra_client.models import TagDto

    unchecked = unchecked_models(pinned_slice, "_dastra_bench_unchecked_slice")
    assert unchecked.TagDto is not TagDto
    assert unchecked.TagDto.from_dict({"id": "many"}).id == "many"  # no check: the value lands
    with pytest.raises(FieldValidationError):
        _ = TagDto.from_dict({"id": "many"}).id


def test_tokens_single_flight_counts() -> None:
    result = tokens.run(threads=6, tasks=12, rounds=1)
    checks = _checks(result)
    assert checks["token requests, 6 threads (worst round)"] == 1
    assert checks["token requests, 12 async tasks (worst round)"] == 1
    assert 1 <= checks["token requests, plain Authlib OAuth2Client, 6 threads"] <= 6
    assert result.details["api_requests"] == 6 + 12 + 6


def test_paging_requests_and_items() -> None:
    result = paging.run(total=25, size=10, rounds=2, memory_rounds=1)
    assert result.details["requests_per_walk"] == [3, 3]
    assert result.details["items_per_walk"] == [25, 25]
    assert result.details["token_requests"] == 1


def test_generation_generates_every_operation_both_ways(pinned_slice: Path) -> None:
    result = generation.run(rounds=1, snapshot=pinned_slice)
    operations = result.details["operation_modules"]
    expected = len(_operations(load_spec(pinned_slice / "dastra-api.json")))
    assert operations["ours"] == operations["bare"] == expected == 22


def _operations(document: dict[str, Any]) -> list[str]:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return [f"{m} {p}" for p, item in document["paths"].items() for m in item if m in methods]


def test_main_writes_the_json_results(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    assert main(["--quick", "--only", "tokens", "--output", str(output)]) == 0
    document = json.loads(output.read_text(encoding="utf-8"))
    assert list(document["benchmarks"]) == ["tokens"]
    assert document["benchmarks"]["tokens"]["details"]["token_requests_per_round"]["sync"] == [1]
    assert document["environment"]["quick"] is True


def test_the_plain_install_worker_measures_every_figure(tmp_path: Path) -> None:
    pytest.importorskip("datamodel_code_generator")
    pytest.importorskip("pydantic")
    from benchmarks import plain_worker
    from benchmarks.payloads import SPEC_PATH
    from benchmarks.plain_install import ROOT
    from benchmarks.pydantic_baseline import write_pydantic_models

    models = tmp_path / "models.py"
    write_pydantic_models(SPEC_PATH, models)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "ActorDto.json").write_bytes(PayloadBuilder(load_spec()).page_bytes("ActorDto", items=3))
    report = plain_worker.main([str(ROOT), str(models), str(pages), "2"])
    samples = report["samples"]["ActorDto"]
    assert sorted(samples) == ["eager", "full", "json", "page", "pydantic", "walk_only"]
    assert all(len(values) == 2 for values in samples.values())
    assert report["decoder"] == "msgspec"  # a base dependency: the fast path on every install
    assert report["wire_path"] is True
