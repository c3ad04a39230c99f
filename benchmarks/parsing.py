"""Benchmark 3: parsing a 500-item page into the generated attrs models.

``XxxPagedList.from_dict(json.loads(raw))`` and a walk over the page's items, against
``json.loads(raw)`` alone and against pydantic v2 ``model_validate_json(raw)`` on
datamodel-code-generator models of the same spec.

The generated models parse their optional nested values on first access (``_lazy.py``), so two
figures are kept apart: *page* (decode, build the page and its 500 item models: what a loop over
``page.items`` costs) and *every field* (also read every field of every nested object, recursively:
what an eager parser pays up front, and the most reading the page can ever cost).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

import attrs

from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.pydantic_baseline import generate_pydantic_models
from benchmarks.report import BenchmarkResult
from benchmarks.timing import interleaved

__all__ = ["GOAL_VS_JSON", "GOAL_VS_PYDANTIC", "MODELS", "run"]

MODELS: Final = ("ActorDto", "DataSubjectRequestDto", "DataProcessingDto")
GOAL_VS_JSON: Final = 3.0
GOAL_VS_PYDANTIC: Final = 1.0


def read_every_field(value: object) -> int:
    """Read every field of ``value``, recursively; returns how many values were read."""
    if isinstance(value, list):
        return sum(read_every_field(item) for item in value)
    if not attrs.has(type(value)):
        return 0
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(type(value))  # type: ignore[arg-type]
    return sum(1 + read_every_field(getattr(value, field.name)) for field in fields)


def _page(raw: bytes, attrs_class: Any) -> object:
    page = attrs_class.from_dict(json.loads(raw))
    for _ in page.items:
        pass
    return page


def _parsers(raw: bytes, attrs_class: Any, pydantic_class: Any) -> dict[str, Callable[[], object]]:
    materialized = attrs_class.from_dict(json.loads(raw))
    read_every_field(materialized)  # every lazy value parsed: walking it again costs the walk alone
    return {
        "json": lambda: json.loads(raw),
        "attrs": lambda: _page(raw, attrs_class),
        "attrs_full": lambda: read_every_field(attrs_class.from_dict(json.loads(raw))),
        "walk_only": lambda: read_every_field(materialized),
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
            "attrs_values_read": read_every_field(attrs_class.from_dict(json.loads(raw))),
            "pydantic_items": len(pydantic_class.model_validate_json(raw).items),
        }
        samples = interleaved(_parsers(raw, attrs_class, pydantic_class), rounds=rounds, calls=1)
        size = f"{len(raw) / 2**20:.1f} MiB"
        result.measure(f"{name}: json.loads ({size})", "s", samples["json"])
        result.measure(f"{name}: page: from_dict(json.loads()) + items", "s", samples["attrs"])
        result.measure(f"{name}: every field read, recursively", "s", samples["attrs_full"])
        result.measure(f"{name}: pydantic v2 model_validate_json", "s", samples["pydantic"])
        result.ratio(f"{name}: page / json.loads", samples["attrs"], samples["json"], at_most=GOAL_VS_JSON)
        result.ratio(
            f"{name}: page / pydantic v2",
            samples["attrs"],
            samples["pydantic"],
            at_most=GOAL_VS_PYDANTIC,
        )
        result.measure(f"{name}: the walk alone, over an already-read page", "s", samples["walk_only"])
        # Reading every value, less the walker's own Python: what an eager parse of the page costs.
        parse_all = [
            full - walk for full, walk in zip(samples["attrs_full"], samples["walk_only"], strict=True)
        ]
        result.ratio(
            f"{name}: every field less the walk / json.loads", parse_all, samples["json"], at_most=None
        )
        result.ratio(
            f"{name}: every field less the walk / pydantic", parse_all, samples["pydantic"], at_most=None
        )
    result.details = {"pages": parsed_items}
    result.notes.append(
        "payloads: every property present, nested objects filled one level down, 2 items per nested list "
        "(benchmarks/payloads.py); goal vs pydantic: faster, i.e. ratio <= 1x; 'page' reads the items, "
        "'every field' reads every nested value too (the models parse optional nested values lazily)"
    )
    return result
