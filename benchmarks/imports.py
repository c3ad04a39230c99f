"""Benchmark 1: cold import time of ``dastra_client`` + ``dastra`` against ``import httpx2``, and of
``import dastra`` + building a ``Dastra`` client object (its resources and session load on first use).

Each sample is a fresh interpreter: the wall clock of ``python -c "import ..."`` minus that of
``python -c "pass"`` in the same round. ``-X importtime`` runs then say which modules dominate.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Final

from benchmarks.report import BenchmarkResult

__all__ = ["GOAL", "GOAL_FACADE", "STATEMENTS", "importtime_by_package", "run"]

GOAL: Final = 1.5
#: ``import dastra`` and building a ``Dastra`` (what a service does at start), against ``import httpx2``.
GOAL_FACADE: Final = 1.3
ROOT: Final = Path(__file__).resolve().parent.parent
STATEMENTS: Final = {
    "empty": "pass",
    "httpx2": "import httpx2",
    "ours": "import dastra_client, dastra",
    "service": (
        "from dastra.connect import create_client; from dastra.paging import paginate; "
        "from dastra_client.api.work_spaces import work_spaces_list"
    ),
    "facade": (
        "import dastra; "
        "dastra.Dastra(client_id='bench', client_secret='bench', api_url='https://api.dastra.eu')"
    ),
}


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(ROOT), str(ROOT / "generated"), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # Our modules' bytecode is cached like httpx2's (installed with its .pyc): without this, a shell with
    # PYTHONDONTWRITEBYTECODE=1 would time the compilation of our sources against httpx2's cached imports.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _wall_clock(statement: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], env=env, check=True)
    return time.perf_counter() - start


def importtime_by_package(statement: str) -> tuple[dict[str, float], dict[str, float]]:
    """One ``-X importtime`` run: (self seconds summed per top-level package, cumulative seconds
    of each top-level package's own import, everything it pulls in included)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    by_package: dict[str, float] = defaultdict(float)
    cumulative: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, self_us, cumulative_us, name = (part for part in line.replace("import time:", "|", 1).split("|"))
        module = name.strip()
        by_package[module.split(".")[0]] += int(self_us) / 1e6
        if "." not in module:
            cumulative[module] = int(cumulative_us) / 1e6
    return dict(by_package), cumulative


def run(*, rounds: int = 15, importtime_runs: int = 3, top: int = 10) -> BenchmarkResult:
    result = BenchmarkResult("imports", "1. Cold import time (fresh interpreter per sample)")
    env = _environment()
    for statement in STATEMENTS.values():  # warm the bytecode caches and the disk cache
        _wall_clock(statement, env)
    net: dict[str, list[float]] = {name: [] for name in STATEMENTS if name != "empty"}
    for round_number in range(rounds):
        names = list(STATEMENTS)
        order = names if round_number % 2 == 0 else names[::-1]
        times = {name: _wall_clock(STATEMENTS[name], env) for name in order}
        for name in net:
            net[name].append(max(times[name] - times["empty"], 1e-6))
    result.measure("import httpx2 (minus python -c pass)", "s", net["httpx2"])
    result.measure("import dastra_client, dastra", "s", net["ours"])
    result.measure("service start: create_client, paginate, work_spaces_list", "s", net["service"])
    result.ratio("dastra_client + dastra / httpx2", net["ours"], net["httpx2"], at_most=GOAL)
    result.measure("import dastra + Dastra(...)", "s", net["facade"])
    result.ratio("service start imports / httpx2", net["service"], net["httpx2"], at_most=None)
    result.ratio("import dastra + Dastra(...) / httpx2", net["facade"], net["httpx2"], at_most=GOAL_FACADE)

    offenders: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for key in ("ours", "service", "facade"):
        packages: dict[str, list[float]] = defaultdict(list)
        modules: dict[str, list[float]] = defaultdict(list)
        for _ in range(importtime_runs):
            by_package, cumulative = importtime_by_package(STATEMENTS[key])
            for name, seconds in by_package.items():
                packages[name].append(seconds)
            for name, seconds in cumulative.items():
                modules[name].append(seconds)
        offenders[key] = {
            "self_time_by_package": _top(packages, top),
            "cumulative_by_package": _top(modules, top),
        }
    result.details = {"statements": STATEMENTS, "importtime": offenders}
    for key, label in (
        ("ours", "import dastra_client, dastra"),
        ("service", "service start"),
        ("facade", "import dastra + Dastra(...)"),
    ):
        shown = ", ".join(
            f"{name} {seconds * 1e3:.1f} ms" for name, seconds in offenders[key]["self_time_by_package"][:6]
        )
        result.notes.append(f"-X importtime, self time by package ({label}): {shown}")
        shown = ", ".join(
            f"{name} {seconds * 1e3:.1f} ms" for name, seconds in offenders[key]["cumulative_by_package"][:6]
        )
        result.notes.append(f"-X importtime, cumulative by package ({label}): {shown}")
    return result


def _top(values: dict[str, list[float]], count: int) -> list[tuple[str, float]]:
    medians = {name: statistics.median(samples) for name, samples in values.items()}
    return sorted(medians.items(), key=lambda item: item[1], reverse=True)[:count]
