"""Benchmark 3: parsing a 500-item page into the generated attrs models.

``XxxPagedList.from_json(raw)`` (what every operation does: msgspec's wire structs, ``_wire.py``) against
``json.loads(raw)`` alone and against pydantic v2 ``model_validate_json(raw)`` on datamodel-code-generator
models of the same spec, on the same bytes; ``from_dict(json.loads(raw))`` is the path without msgspec.

The generated models parse their optional nested values on first access (``_lazy.py``), so two
figures are kept apart: *page* (decode, build the page and its 500 item models: what a loop over
``page.items`` costs) and *every field* (also read every field of every nested object, recursively:
what an export pays), the latter both lazily (the default) and with ``eager_parsing()``.

Each path is measured as the client takes it with the ``speed`` extra (``from_json``: msgspec wire
structs) and without it (``from_dict`` over the standard library's ``json``); ``from_dict`` over the
dict decoders (``dastra_client._json``'s choice, and orjson) is measured too, as the other candidates.
The cost of the type checks of the rule (``_lazy.py``, on the ``from_dict`` path) is measured against
the same models rendered without them (``benchmarks/unchecked.py``).
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import time
from collections.abc import Callable
from typing import Any, Final

from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.pydantic_baseline import generate_pydantic_models
from benchmarks.report import BenchmarkResult
from benchmarks.timing import interleaved
from benchmarks.unchecked import unchecked_models
from benchmarks.walk import field_names, read_every_field

__all__ = [
    "GOAL_CHECKS",
    "GOAL_VS_JSON",
    "GOAL_VS_PYDANTIC",
    "MODELS",
    "count_lazy_loads",
    "read_every_field",
    "run",
]

MODELS: Final = ("ActorDto", "DataSubjectRequestDto", "DataProcessingDto")
GOAL_VS_JSON: Final = 1.5
GOAL_VS_PYDANTIC: Final = 1.0
#: What the type checks may cost, as a ratio to the same models without them.
GOAL_CHECKS: Final = 1.10
#: The type-check pairs are measured in this many times the rounds of the other figures.
CHECK_ROUNDS: Final = 3

Loads = Callable[[bytes], Any]


def count_lazy_loads(value: object) -> int:
    """How many lazy fields a full read of ``value`` (freshly parsed) parses on first access."""
    loads = 0
    stack = [value]
    while stack:
        current = stack.pop()
        if type(current) is list:
            stack.extend(current)
            continue
        lazy = getattr(type(current), "_LAZY_FIELDS", {})
        for name in field_names(type(current)):
            if name in lazy:
                try:
                    object.__getattribute__(current, name)
                except AttributeError:
                    loads += 1
            stack.append(getattr(current, name))
    return loads


def _lazy_access(raw: bytes, attrs_class: Any, *, rounds: int) -> tuple[str, list[float], list[float]]:
    """Seconds per item of the first read of one lazy field (a nested list or model) of every item.

    Returns the field, and per round: the first read (``item.field``: the loader runs behind
    ``__getattr__``), and the same loader called directly (the parse alone, no dispatch).
    """
    from dastra_client._lazy import WIRE_LOADERS

    items = attrs_class.from_json(raw).items
    item_class = type(items[0])
    lazy = item_class._LAZY_FIELDS
    name = next(field for field in lazy if getattr(items[0], field))  # a field holding a value
    # The loader the item's source calls for: its wire struct's (the fast path), else the dict one.
    loaders = WIRE_LOADERS.get(type(items[0]._source))
    load = (lazy if loaders is None else loaders)[name]
    first_reads: list[float] = []
    direct_loads: list[float] = []
    for _ in range(rounds):
        fresh = attrs_class.from_json(raw).items
        other = attrs_class.from_json(raw).items
        gc.collect()
        start = time.perf_counter()
        for item in fresh:
            getattr(item, name)
        first_reads.append((time.perf_counter() - start) / len(fresh))
        gc.collect()
        start = time.perf_counter()
        for item in other:
            load(item, item._source)
        direct_loads.append((time.perf_counter() - start) / len(other))
    return f"{item_class.__name__}.{name}", first_reads, direct_loads


def _decoders() -> dict[str, Loads]:
    """stdlib json, the client's choice (``_json.loads``), and the other candidates that are installed."""
    from dastra_client import _json

    decoders: dict[str, Loads] = {"json": json.loads, "chosen": _json.loads}
    try:
        import msgspec
    except ImportError:
        pass
    else:
        decoders["msgspec"] = msgspec.json.Decoder().decode
    try:
        import orjson
    except ImportError:
        pass
    else:
        decoders["orjson"] = orjson.loads
    decoders.pop(_json.DECODER, None)  # measured once, as "chosen"
    return decoders


def _page(raw: bytes, attrs_class: Any, loads: Loads | None = None) -> object:
    """The page, by ``from_json`` (the client's path), or by ``from_dict`` over ``loads``."""
    page = attrs_class.from_json(raw) if loads is None else attrs_class.from_dict(loads(raw))
    for _ in page.items:
        pass
    return page


def _eager_page(raw: bytes, attrs_class: Any, loads: Loads | None = None) -> object:
    """A page built with ``eager_parsing()`` (of the package ``attrs_class`` comes from): every value parsed.

    Reading the fields afterwards reads slots, as reading pydantic's models does: no walk to subtract.
    """
    package = attrs_class.__module__.split(".", 1)[0]
    eager_parsing = importlib.import_module(f"{package}._lazy").eager_parsing
    with eager_parsing():
        return _page(raw, attrs_class, loads)


def _parsers(
    raw: bytes, attrs_class: Any, unchecked_class: Any, pydantic_class: Any
) -> dict[str, Callable[[], object]]:
    decoders = _decoders()
    chosen, stdlib = decoders["chosen"], decoders["json"]
    unknown = _with_an_unknown_key(raw)
    materialized = attrs_class.from_json(raw)
    read_every_field(materialized)  # every lazy value parsed: walking it again costs the walk alone
    parsers: dict[str, Callable[[], object]] = {
        "json": lambda: stdlib(raw),
        "pydantic": lambda: pydantic_class.model_validate_json(raw),
        "page": lambda: _page(raw, attrs_class),
        "page_json": lambda: _page(raw, attrs_class, stdlib),
        "page_dict": lambda: _page(raw, attrs_class, chosen),
        "page_unchecked": lambda: _page(raw, unchecked_class, chosen),
        "eager": lambda: _eager_page(raw, attrs_class),
        "eager_json": lambda: _eager_page(raw, attrs_class, stdlib),
        "eager_dict": lambda: _eager_page(raw, attrs_class, chosen),
        "eager_unchecked": lambda: _eager_page(raw, unchecked_class, chosen),
        "full": lambda: read_every_field(attrs_class.from_json(raw)),
        "walk_only": lambda: read_every_field(materialized),
        # A key a newer spec added, in every item: the fast path refuses the page and from_dict reads it.
        "newer_spec": lambda: _page(unknown, attrs_class),
        "newer_spec_dict": lambda: _page(unknown, attrs_class, chosen),
    }
    for name, loads in decoders.items():
        if name not in ("json", "chosen"):
            parsers[f"page_{name}_dict"] = functools.partial(_page, raw, attrs_class, loads)
            parsers[f"eager_{name}_dict"] = functools.partial(_eager_page, raw, attrs_class, loads)
    return parsers


def _with_an_unknown_key(raw: bytes) -> bytes:
    """The same page with one key the snapshot does not know in every item (what a newer spec sends)."""
    document = json.loads(raw)
    for item in document["items"]:
        item["fieldFromANewerSpec"] = 1
    return json.dumps(document).encode()


def _less(samples: list[float], walk: list[float]) -> list[float]:
    return [full - alone for full, alone in zip(samples, walk, strict=True)]


def run(*, items: int = 500, rounds: int = 7, models: tuple[str, ...] = MODELS) -> BenchmarkResult:
    import dastra_client.models as attrs_models
    from dastra_client import _json, _wire

    result = BenchmarkResult(
        "parsing", f"3. Parsing a {items}-item page (attrs models vs json.loads, pydantic)"
    )
    pydantic_models = generate_pydantic_models()
    unchecked = unchecked_models()
    builder = PayloadBuilder(load_spec())
    details: dict[str, dict[str, int]] = {}
    chosen = "from_json" if _wire.AVAILABLE else f"from_json = from_dict(_json: {_json.DECODER})"
    dict_path = f"from_dict(_json: {_json.DECODER})"
    for name in models:
        raw = builder.page_bytes(name, items=items)
        attrs_class: Any = getattr(attrs_models, f"{name}PagedList")
        unchecked_class: Any = getattr(unchecked, f"{name}PagedList")
        pydantic_class: Any = getattr(pydantic_models, f"{name}PagedList")
        details[name] = {
            "bytes": len(raw),
            "attrs_items": len(attrs_class.from_dict(json.loads(raw)).items),
            "attrs_values_read": read_every_field(attrs_class.from_dict(json.loads(raw))),
            "lazy_loads_in_a_full_read": count_lazy_loads(attrs_class.from_dict(json.loads(raw))),
            "pydantic_items": len(pydantic_class.model_validate_json(raw).items),
        }
        parsers = _parsers(raw, attrs_class, unchecked_class, pydantic_class)
        samples = interleaved(parsers, rounds=rounds, calls=1)
        walk = samples["walk_only"]
        size = f"{len(raw) / 2**20:.1f} MiB"
        result.measure(f"{name}: json.loads ({size})", "s", samples["json"])
        result.measure(f"{name}: pydantic v2 model_validate_json", "s", samples["pydantic"])
        result.measure(f"{name}: page ({chosen})", "s", samples["page"])
        result.measure(f"{name}: page (stdlib json)", "s", samples["page_json"])
        result.measure(f"{name}: every field, lazy ({chosen}), walked", "s", samples["full"])
        result.measure(f"{name}: the walk alone, over an already-read page", "s", walk)
        result.measure(f"{name}: every field, eager_parsing() ({chosen})", "s", samples["eager"])
        field, first_reads, direct_loads = _lazy_access(raw, attrs_class, rounds=rounds)
        result.measure(f"{name}: first read of a lazy field ({field})", "s", first_reads)
        result.measure(
            f"{name}: ... of which the lazy dispatch (vs its loader called directly)",
            "s",
            _less(first_reads, direct_loads),
        )

        result.ratio(
            f"{name}: page ({chosen}) / json.loads", samples["page"], samples["json"], at_most=GOAL_VS_JSON
        )
        result.ratio(
            f"{name}: page ({dict_path}) / json.loads",
            samples["page_dict"],
            samples["json"],
            at_most=None,
        )
        result.ratio(
            f"{name}: page (stdlib json) / json.loads",
            samples["page_json"],
            samples["json"],
            at_most=GOAL_VS_JSON,
        )
        result.ratio(
            f"{name}: page / pydantic v2", samples["page"], samples["pydantic"], at_most=GOAL_VS_PYDANTIC
        )
        # Every value parsed: eagerly (nothing left to parse on reading), or lazily less the walker's own
        # Python (the reads that parse the nested values on first access).
        result.ratio(
            f"{name}: every field, eager_parsing() / pydantic",
            samples["eager"],
            samples["pydantic"],
            at_most=GOAL_VS_PYDANTIC,
        )
        result.ratio(
            f"{name}: every field less the walk, lazy / pydantic",
            _less(samples["full"], walk),
            samples["pydantic"],
            at_most=GOAL_VS_PYDANTIC,
        )
        result.ratio(
            f"{name}: every field, eager_parsing(), {dict_path} / pydantic",
            samples["eager_dict"],
            samples["pydantic"],
            at_most=None,
        )
        result.ratio(
            f"{name}: every field, eager_parsing(), stdlib json / pydantic",
            samples["eager_json"],
            samples["pydantic"],
            at_most=None,
        )
        result.ratio(
            f"{name}: lazy nested values pay: page with eager_parsing() / page",
            samples["eager"],
            samples["page"],
            at_most=None,
        )
        for other in [
            "dict",
            *sorted(
                key[5:-5]
                for key in samples
                if key.startswith("page_") and key.endswith("_dict") and key != "page_dict"
            ),
        ]:
            label = dict_path if other == "dict" else f"from_dict({other})"
            suffix = "dict" if other == "dict" else f"{other}_dict"
            result.ratio(
                f"{name}: decoder: page ({label}) / page ({chosen})",
                samples[f"page_{suffix}"],
                samples["page"],
                at_most=None,
            )
            result.ratio(
                f"{name}: decoder: every field, eager ({label}) / ({chosen})",
                samples[f"eager_{suffix}"],
                samples["eager"],
                at_most=None,
            )
        # What the checks cost is a few per cent, well inside one round's noise on a shared machine: the
        # two pairs get rounds of their own, three times as many, so that the median settles.
        result.ratio(
            f"{name}: page with a key from a newer spec in every item, {chosen} / {dict_path}",
            samples["newer_spec"],
            samples["newer_spec_dict"],
            at_most=None,
        )
        # The checks are from_dict's (the fast path leaves them to msgspec, in C).
        pairs = ("page_dict", "page_unchecked", "eager_dict", "eager_unchecked")
        checks = interleaved({key: parsers[key] for key in pairs}, rounds=rounds * CHECK_ROUNDS, calls=1)
        result.ratio(
            f"{name}: type checks: page / page without them ({dict_path})",
            checks["page_dict"],
            checks["page_unchecked"],
            at_most=GOAL_CHECKS,
        )
        result.ratio(
            f"{name}: type checks: every field, eager / without them ({dict_path})",
            checks["eager_dict"],
            checks["eager_unchecked"],
            at_most=GOAL_CHECKS,
        )
    result.details = {"pages": details, "decoder": _json.DECODER, "path": chosen}
    result.notes.append(
        "payloads: every property present, nested objects filled one level down, 2 items per nested list "
        "(benchmarks/payloads.py); goal vs pydantic: faster, i.e. ratio <= 1x; 'page' reads the items, "
        "'every field' parses every nested value too: with eager_parsing() (all in from_dict), or lazily (the "
        "default: on first access), then less the walk that reads them; 'without them': the same models "
        "rendered without the type checks (benchmarks/unchecked.py), measured in rounds of their own, "
        f"{CHECK_ROUNDS}x as many"
    )
    return result
