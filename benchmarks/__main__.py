"""``python -m benchmarks [--quick] [--output PATH] [--only NAME ...] [--strict]``.

Runs the benchmarks, prints a table and writes every figure to a JSON file
(``.bench/results.json`` by default). ``--quick`` uses fewer rounds (under a minute);
``--strict`` exits with status 1 when a goal is not met.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parent.parent
if importlib.util.find_spec("dastra_client") is None:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(ROOT / "generated"))

from benchmarks import (  # noqa: E402
    call_cost,
    facade_cost,
    fake,
    generation,
    imports,
    paging,
    parsing,
    plain_install,
    redis_cost,
    tokens,
)
from benchmarks.report import BenchmarkResult, render_table, write_json  # noqa: E402

DEFAULT_OUTPUT: Final = Path(".bench/results.json")

Runner = Callable[..., BenchmarkResult]

#: Benchmark name -> (function, full-run arguments, quick-run arguments).
BENCHMARKS: Final[Mapping[str, tuple[Runner, dict[str, Any], dict[str, Any]]]] = {
    "imports": (imports.run, {"rounds": 15, "importtime_runs": 3}, {"rounds": 5, "importtime_runs": 1}),
    "call_cost": (call_cost.run, {"rounds": 15, "calls": 200}, {"rounds": 5, "calls": 50}),
    "facade": (facade_cost.run, {"rounds": 21, "calls": 200}, {"rounds": 5, "calls": 50}),
    "parsing": (parsing.run, {"rounds": 11}, {"rounds": 3}),
    "plain_install": (plain_install.run, {"rounds": 11}, {"rounds": 3}),
    "tokens": (tokens.run, {"rounds": 3}, {"rounds": 1}),
    "paging": (paging.run, {"rounds": 3, "memory_rounds": 2}, {"rounds": 1, "memory_rounds": 1}),
    "generation": (generation.run, {"rounds": 5}, {"rounds": 2}),
    "redis": (redis_cost.run, {"rounds": 15, "calls": 200}, {"rounds": 5, "calls": 50}),
    "fake": (fake.run, {"rounds": 11, "calls": 200}, {"rounds": 3, "calls": 50}),
}


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _git_commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip()


def environment(*, quick: bool) -> dict[str, Any]:
    """What the figures depend on: interpreter, machine, library versions, commit."""
    import dastra_client

    return {
        "quick": quick,
        "started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "git_commit": _git_commit(),
        "dastra_client": dastra_client.__version__,
        "spec_sha256": dastra_client.__spec_sha256__,
        "versions": {
            name: _version(name)
            for name in ("httpx2", "attrs", "authlib", "pydantic", "datamodel-code-generator")
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=(__doc__ or "").partition("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds: under a minute")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"default {DEFAULT_OUTPUT}")
    parser.add_argument("--only", action="append", choices=list(BENCHMARKS), help="run only these")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is not met")
    options = parser.parse_args(argv)

    env = environment(quick=options.quick)
    results: list[BenchmarkResult] = []
    for name in options.only or list(BENCHMARKS):
        function, full, quick = BENCHMARKS[name]
        print(f"running {name}...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        result = function(**(quick if options.quick else full))
        result.details["benchmark_seconds"] = round(time.perf_counter() - start, 2)
        results.append(result)
        print(render_table([result]), flush=True)
    write_json(options.output, results, env)
    unmet = [f"{r.key}: {c.label}" for r in results for c in r.checks if not c.met]
    print(f"results written to {options.output}")
    print("all goals met" if not unmet else "goals not met:\n  " + "\n  ".join(unmet))
    return 1 if unmet and options.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
