"""Timing helpers: interleaved rounds so that both sides of a ratio see the same machine state."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping

__all__ = ["interleaved"]


def interleaved(
    functions: Mapping[str, Callable[[], object]], *, rounds: int, calls: int, warmup: int = 1
) -> dict[str, list[float]]:
    """Seconds per call of each function: ``rounds`` samples, each the mean of ``calls`` calls.

    Each round runs every function once (in an order that alternates from round to round), so a
    ratio of two functions can be taken round by round. The garbage collector runs between
    samples; a sample that allocates a lot may still trigger it, as it would in real use.
    """
    names = list(functions)
    for name in names:
        for _ in range(warmup):
            functions[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        order = names if round_number % 2 == 0 else names[::-1]
        for name in order:
            function = functions[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                function()
            samples[name].append((time.perf_counter() - start) / calls)
    return samples
