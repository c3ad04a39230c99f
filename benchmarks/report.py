"""Results of the benchmarks: statistics over samples, ratios against a baseline, goals, output.

Every figure keeps its median, min and max over the samples of one run; ratios are computed
sample by sample against a baseline measured in the same run (interleaved), then summarized.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

__all__ = ["BenchmarkResult", "Check", "Measurement", "Stats", "render_table", "write_json"]

Unit = Literal["s", "bytes", "x", "count"]


@dataclass(frozen=True)
class Stats:
    """Median, min and max of a list of samples."""

    median: float
    minimum: float
    maximum: float
    samples: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Stats:
        if not values:
            raise ValueError("no samples")
        return cls(statistics.median(values), min(values), max(values), len(values))

    @classmethod
    def ratios(cls, subject: Sequence[float], baseline: Sequence[float]) -> Stats:
        """Sample-by-sample ratios ``subject[i] / baseline[i]`` (both measured in the same rounds)."""
        if len(subject) != len(baseline):
            raise ValueError("ratios need as many subject samples as baseline samples")
        return cls.of([s / b for s, b in zip(subject, baseline, strict=True)])


@dataclass(frozen=True)
class Measurement:
    label: str
    unit: Unit
    stats: Stats


@dataclass(frozen=True)
class Check:
    """A figure compared with its goal. ``value`` is the median for ratios (see ``stats``)."""

    label: str
    value: float
    unit: Unit
    goal: str
    met: bool
    stats: Stats | None = None


@dataclass
class BenchmarkResult:
    key: str
    title: str
    measurements: list[Measurement] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def measure(self, label: str, unit: Unit, samples: Sequence[float]) -> Stats:
        stats = Stats.of(samples)
        self.measurements.append(Measurement(label, unit, stats))
        return stats

    def ratio(
        self, label: str, subject: Sequence[float], baseline: Sequence[float], *, at_most: float | None
    ) -> Stats:
        """Record ``subject / baseline`` (median of per-round ratios) against the goal ``<= at_most``."""
        stats = Stats.ratios(subject, baseline)
        goal = "informational" if at_most is None else f"<= {at_most:g}x"
        met = True if at_most is None else stats.median <= at_most
        self.checks.append(Check(label, stats.median, "x", goal, met, stats))
        return stats

    def count(self, label: str, value: int, *, goal: int | None, at_most: bool = False) -> None:
        """Record a count; the goal is ``== goal`` (or ``<= goal`` with ``at_most``)."""
        if goal is None:
            self.checks.append(Check(label, value, "count", "informational", True))
            return
        met = value <= goal if at_most else value == goal
        self.checks.append(Check(label, value, "count", f"{'<=' if at_most else '=='} {goal}", met))

    @property
    def goals_met(self) -> bool:
        return all(check.met for check in self.checks)


def _format(value: float, unit: Unit) -> str:
    if unit == "s":
        for scale, suffix in ((1.0, "s"), (1e-3, "ms"), (1e-6, "us")):
            if abs(value) >= scale:
                return f"{value / scale:.3g} {suffix}"
        return f"{value / 1e-9:.3g} ns"
    if unit == "bytes":
        for scale, suffix in ((2**30, "GiB"), (2**20, "MiB"), (2**10, "KiB")):
            if abs(value) >= scale:
                return f"{value / scale:.3g} {suffix}"
        return f"{value:.0f} B"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:g}"


def render_table(results: Sequence[BenchmarkResult]) -> str:
    """The results as a plain-text table, one block per benchmark."""
    lines: list[str] = []
    for result in results:
        lines.append(f"== {result.title} ==")
        lines.append(f"  {'figure':<64} {'median':>11} {'min':>11} {'max':>11} {'n':>4}")
        for m in result.measurements:
            s = m.stats
            lines.append(
                f"  {m.label:<64} {_format(s.median, m.unit):>11} {_format(s.minimum, m.unit):>11}"
                f" {_format(s.maximum, m.unit):>11} {s.samples:>4}"
            )
        for c in result.checks:
            verdict = "" if c.goal == "informational" else ("goal met" if c.met else "GOAL NOT MET")
            if c.stats is not None:
                s = c.stats
                span = f"{_format(s.minimum, c.unit):>11} {_format(s.maximum, c.unit):>11} {s.samples:>4}"
            else:
                span = f"{'':>11} {'':>11} {'':>4}"
            lines.append(
                f"  {c.label:<64} {_format(c.value, c.unit):>11} {span}  [{c.goal}] {verdict}".rstrip()
            )
        lines.extend(f"  - {note}" for note in result.notes)
        lines.append("")
    return "\n".join(lines)


def write_json(path: Path, results: Sequence[BenchmarkResult], environment: dict[str, Any]) -> None:
    """All results (and the machine they ran on) as one JSON document."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "environment": environment,
        "all_goals_met": all(r.goals_met for r in results),
        "benchmarks": {r.key: {**asdict(r), "goals_met": r.goals_met} for r in results},
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
