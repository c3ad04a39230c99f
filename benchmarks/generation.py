"""Benchmark 6: ``nox -s generate`` wall time against the bare generator on the same snapshot.

Ours: ``dastra_codegen.generate.generate(openapi/, TMP)`` (generator with our templates,
post-generation steps, ruff fix + format, the every-operation check, then the generation gate:
imports, ``mypy --strict``, every answer parsed) in a fresh interpreter, twice per round: *warm*, with
the caches an earlier run with the same inputs left (``dastra_codegen/stage_cache.py``: the build and
the gate's passing verdict are reused; the mypy cache), and *cold*, with an empty cache folder (a fresh
clone, or the first run after any change to the spec, the templates, the pipeline or the toolchain).
The gate's own share is the gate's wall time over the whole run's.
Baseline: ``openapi-python-client generate --path openapi/dastra-api.json --meta none
--output-path TMP --config generator_config.yml``, also a fresh interpreter. All write into
temporary folders (the caches too); ``generated/`` is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Final

from benchmarks.report import BenchmarkResult

__all__ = ["GOAL", "GOAL_NO_GATE", "run"]

#: With the gate (warm caches), and without it (the pipeline's own cost, as before the gate).
GOAL: Final = 1.6
GOAL_NO_GATE: Final = 1.3
ROOT: Final = Path(__file__).resolve().parent.parent

_OURS = (
    "import json, sys; from pathlib import Path; from dastra_codegen.generate import generate; "
    "result = generate(Path(sys.argv[1]), Path(sys.argv[2]), cache_dir=Path(sys.argv[3])); "
    "print(json.dumps({'gate': result.gate.seconds, 'mypy': result.gate.check('mypy').seconds}))"
)


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(ROOT), str(ROOT / "generated"), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Wall time of ``command``, and the JSON object it printed last (empty for the bare generator)."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    last = done.stdout.strip().splitlines()[-1:] or ["{}"]
    printed: dict[str, float] = json.loads(last[0]) if last[0].startswith("{") else {}
    return elapsed, printed


def _count_operations(package: Path) -> int:
    return sum(1 for path in (package / "api").rglob("*.py") if path.name != "__init__.py")


def run(*, rounds: int = 5, snapshot: Path = ROOT / "openapi") -> BenchmarkResult:
    """``snapshot``: the pinned folder to generate from (the repository's; the smoke test pins a slice)."""
    result = BenchmarkResult("generation", "6. nox -s generate (with the gate) vs bare openapi-python-client")
    env = _environment()
    spec = snapshot / "dastra-api.json"
    samples: dict[str, list[float]] = {
        name: [] for name in ("ours", "cold", "bare", "gate", "gate_cold", "no_gate", "no_gate_cold")
    }
    operations: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="dastra-bench-generate-") as scratch:
        warm_cache = Path(scratch) / "warm-cache"

        def ours(out: Path, cache: Path) -> list[str]:
            return [sys.executable, "-c", _OURS, str(snapshot), str(out), str(cache)]

        commands = {
            "ours": lambda out: ours(out, warm_cache),
            "cold": lambda out: ours(out, out.parent / f"cold-cache-{out.name}"),
            "bare": lambda out: [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(spec),
                "--meta",
                "none",
                "--output-path",
                str(out / "dastra_client"),
                "--config",
                str(ROOT / "generator_config.yml"),
            ],
        }
        # The first run fills the (empty) warm cache: it is the first cold sample.
        elapsed, printed = _timed(commands["ours"](Path(scratch) / "prime"), env)
        samples["cold"].append(elapsed)
        samples["gate_cold"].append(printed["gate"])
        samples["no_gate_cold"].append(elapsed - printed["gate"])
        shutil.rmtree(Path(scratch) / "prime")
        for round_number in range(rounds):
            order = ["ours", "bare", "cold"] if round_number % 2 == 0 else ["cold", "bare", "ours"]
            if round_number == 0:
                order.remove("cold")
            for name in order:
                out = Path(scratch) / f"{name}-{round_number}"
                elapsed, printed = _timed(commands[name](out), env)
                samples[name].append(elapsed)
                if name == "ours":
                    samples["gate"].append(printed["gate"])
                    samples["no_gate"].append(elapsed - printed["gate"])
                elif name == "cold":
                    samples["gate_cold"].append(printed["gate"])
                    samples["no_gate_cold"].append(elapsed - printed["gate"])
                operations[name] = _count_operations(out / "dastra_client")
                shutil.rmtree(out)
                shutil.rmtree(out.parent / f"cold-cache-{out.name}", ignore_errors=True)
    result.measure("bare openapi-python-client generate", "s", samples["bare"])
    result.measure("dastra_codegen generate with the gate, warm caches", "s", samples["ours"])
    result.measure("dastra_codegen generate with the gate, cold (empty cache folder)", "s", samples["cold"])
    result.measure(
        "the gate alone, warm caches (imports + mypy + answers, side by side)", "s", samples["gate"]
    )
    result.measure("the gate alone, cold", "s", samples["gate_cold"])
    result.ratio(
        "generate with gate (warm caches) / bare generator", samples["ours"], samples["bare"], at_most=GOAL
    )
    result.ratio(
        "generate without its gate (warm caches) / bare generator",
        samples["no_gate"],
        samples["bare"],
        at_most=GOAL_NO_GATE,
    )
    cold_baseline = samples["bare"][: len(samples["cold"])]
    result.ratio("generate with gate (cold) / bare generator", samples["cold"], cold_baseline, at_most=None)
    result.ratio(
        "generate without its gate (cold) / bare generator",
        samples["no_gate_cold"],
        cold_baseline,
        at_most=None,
    )
    result.ratio("gate's share of generate (cold)", samples["gate_cold"], samples["cold"], at_most=None)
    result.details = {"operation_modules": {"ours": operations["ours"], "bare": operations["bare"]}}
    result.notes.append(
        "ours adds post-generation steps, ruff fix + format, the every-operation check and the gate; "
        "each run is a fresh interpreter; 'without its gate' is the same run less the gate's wall time; "
        "warm: an earlier run had the very same inputs, so the build and the gate's verdict are reused "
        "(stage_cache.py); cold: an empty cache folder, what any change to an input costs"
    )
    return result
