"""Benchmark 3: parsing a 500-item page into the generated attrs models.

``XxxPagedList.from_dict(json.loads(raw))`` against ``json.loads(raw)`` alone and against pydantic
v2 ``model_validate_json(raw)`` on datamodel-code-generator models of the same spec.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.pydantic_baseline import generate_pydantic_models
from benchmarks.report import BenchmarkResult
from benchmarks.timing import interleaved

__all__ = ["GOAL_VS_JSON", "GOAL_VS_PYDANTIC", "MODELS", "run"]

MODELS: Final = ("ActorDto", "DataSubjectRequestDto", "DataProcessingDto")
GOAL_VS_JSON: Final = 3.0
GOAL_VS_PYDANTIC: Final = 1.0


def _parsers(raw: bytes, attrs_class: Any, pydantic_class: Any) -> dict[str, Callable[[], object]]:
    return {
        "json": lambda: json.loads(raw),
        "attrs": lambda: attrs_class.from_dict(json.loads(raw)),
        "pydantic": lambda: pydantic_class.model_validate_json(raw),
    }


def run(*, items: int = 500, rounds: int = 7, models: tuple[str, ...] = MODELS) -> BenchmarkResult:
    import dastra_client.models as attrs_models

    result = BenchmarkResult(
        "parsing", f"3. Parsing a {items}-item page (attrs models vs json.loads, pydantic)"
    )
    pydantic_models = generate_pydantic_models()
    builder = PayloadBuilder(load_spec())
    parsed_items: dict[str, dict[str, int]] = {}
    for name in models:
        raw = builder.page_bytes(name, items=items)
        attrs_class: Any = getattr(attrs_models, f"{name}PagedList")
        pydantic_class: Any = getattr(pydantic_models, f"{name}PagedList")
        parsed_items[name] = {
            "bytes": len(raw),
            "attrs_items": len(attrs_class.from_dict(json.loads(raw)).items),
            "pydantic_items": len(pydantic_class.model_validate_json(raw).items),
        }
        samples = interleaved(_parsers(raw, attrs_class, pydantic_class), rounds=rounds, calls=1)
        size = f"{len(raw) / 2**20:.1f} MiB"
        result.measure(f"{name}: json.loads ({size})", "s", samples["json"])
        result.measure(f"{name}: PagedList.from_dict(json.loads())", "s", samples["attrs"])
        result.measure(f"{name}: pydantic v2 model_validate_json", "s", samples["pydantic"])
        result.ratio(
            f"{name}: from_dict / json.loads", samples["attrs"], samples["json"], at_most=GOAL_VS_JSON
        )
        result.ratio(
            f"{name}: from_dict / pydantic v2",
            samples["attrs"],
            samples["pydantic"],
            at_most=GOAL_VS_PYDANTIC,
        )
    result.details = {"pages": parsed_items}
    result.notes.append(
        "payloads: every property present, nested objects filled one level down, 2 items per nested list "
        "(benchmarks/payloads.py); goal vs pydantic: faster, i.e. ratio <= 1x"
    )
    return result
