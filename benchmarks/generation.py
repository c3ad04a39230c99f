"""Benchmark 6: ``nox -s generate`` wall time against the bare generator on the same snapshot.

Ours: ``dastra_codegen.generate.generate(openapi/, TMP)`` (generator with our templates,
post-generation steps, ruff fix + format, the every-operation check) in a fresh interpreter.
Baseline: ``openapi-python-client generate --path openapi/dastra-api.json --meta none
--output-path TMP --config generator_config.yml``, also a fresh interpreter. Both write into
temporary folders; ``generated/`` is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Final

from benchmarks.report import BenchmarkResult

__all__ = ["GOAL", "run"]

GOAL: Final = 1.5
ROOT: Final = Path(__file__).resolve().parent.parent

_OURS = (
    "import sys; from pathlib import Path; from dastra_codegen.generate import generate; "
    "print(generate(Path(sys.argv[1]), Path(sys.argv[2])).render())"
)


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(ROOT), str(ROOT / "generated"), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def _count_operations(package: Path) -> int:
    return sum(1 for path in (package / "api").rglob("*.py") if path.name != "__init__.py")


def run(*, rounds: int = 5) -> BenchmarkResult:
    result = BenchmarkResult("generation", "6. nox -s generate wall time vs bare openapi-python-client")
    env = _environment()
    spec = ROOT / "openapi" / "dastra-api.json"
    samples: dict[str, list[float]] = {"ours": [], "bare": []}
    operations: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="dastra-bench-generate-") as scratch:
        commands = {
            "ours": lambda out: [sys.executable, "-c", _OURS, str(ROOT / "openapi"), str(out)],
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
        for round_number in range(rounds):
            order = ["ours", "bare"] if round_number % 2 == 0 else ["bare", "ours"]
            for name in order:
                out = Path(scratch) / f"{name}-{round_number}"
                samples[name].append(_timed(commands[name](out), env))
                operations[name] = _count_operations(out / "dastra_client")
                shutil.rmtree(out)
    result.measure("bare openapi-python-client generate", "s", samples["bare"])
    result.measure("dastra_codegen generate (nox -s generate)", "s", samples["ours"])
    result.ratio("dastra_codegen / bare generator", samples["ours"], samples["bare"], at_most=GOAL)
    result.details = {"operation_modules": operations}
    result.notes.append(
        "ours adds post-generation steps, ruff fix + format and the every-operation check; "
        "both run in a fresh interpreter"
    )
    return result
