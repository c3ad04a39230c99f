"""Benchmarks of the Dastra client (``python -m benchmarks``; ``nox -s bench``).

One module per benchmark, each with a ``run(quick: bool) -> BenchmarkResult`` function; shared
pieces are :mod:`benchmarks.report` (statistics, table, JSON), :mod:`benchmarks.timing`,
:mod:`benchmarks.servers` (loopback HTTP servers) and :mod:`benchmarks.payloads` (answers built
from the spec). Loopback only; every loop is bounded.
"""
