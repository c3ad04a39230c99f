"""The fake's benchmark runs (tiny sizes; counts only, never timings)."""

from __future__ import annotations

from benchmarks import fake
from benchmarks.__main__ import BENCHMARKS


def test_the_fake_benchmark_measures_both_ways_of_serving_and_a_fixture() -> None:
    result = fake.run(rounds=1, calls=2, seed_everything=False)
    labels = [measurement.label for measurement in result.measurements]
    assert any("in-process transport" in label for label in labels)
    assert any("loopback server" in label for label in labels)
    goals = {check.label: check.goal for check in result.checks}
    assert goals["Dastra call, in-process / loopback (goal: >= 5x faster)"] == "<= 0.2x"
    assert all(
        measurement.stats is not None and measurement.stats.samples >= 1
        for measurement in result.measurements
    )
    assert "fake" in BENCHMARKS
