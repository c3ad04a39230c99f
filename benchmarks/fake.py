"""Benchmark: the fake Dastra of ``dastra.testing``, in-process against loopback, and the cost of building one.

The same call, ``dastra.work_spaces.find(id)`` through the whole client (token, retry, rate limit, typed
errors, parsing), answered by the same fake: once through its in-process transport (no socket), once by its
loopback server. Goal: in-process takes at most a fifth of the loopback time (>= 5x faster). Then the time
to build a seeded fake as a test fixture does (the spec and the seeded collections cached by the process),
the first seeding of every collection in a process, and one read of the fake's seeded data.
"""

from __future__ import annotations

import time
from typing import Final

import httpx2

from benchmarks.report import BenchmarkResult
from benchmarks.timing import interleaved

__all__ = ["GOAL", "run"]

#: In-process time / loopback time, at most (in-process >= 5x faster).
GOAL: Final = 0.2


def _seconds(function: object, rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return samples


def run(*, rounds: int = 11, calls: int = 200, seed_everything: bool = True) -> BenchmarkResult:
    """``seed_everything=False`` leaves out the rows that seed every collection (about a second)."""
    from dastra.testing import FakeDastra
    from dastra.testing._state import _PRISTINE

    result = BenchmarkResult(
        "fake", "8. dastra.testing: in-process fake vs loopback fake; building a seeded fake"
    )
    fake = FakeDastra(seed=0, rate_limits=())
    unlimited = {"rate_limit_per_minute": 10**7, "rate_limit_per_10_minutes": 10**8}
    workspace = int(fake.workspace_id)
    with fake.serve() as served, fake.client(**unlimited) as in_process:
        loopback_settings = fake.settings(api_url=served.url, token_url=served.token_url, **unlimited)
        from dastra import Dastra

        headers = {"X-API-Key": fake.api_key}
        path = f"/v1/WorkSpaces/{workspace}"
        with (
            Dastra(loopback_settings) as loopback,
            httpx2.Client(
                base_url=fake.api_url, transport=fake.transport(), headers=headers
            ) as raw_in_process,
            httpx2.Client(base_url=served.url, headers=headers) as raw_loopback,
        ):
            in_process.work_spaces.find(workspace)  # tokens fetched, sessions built
            loopback.work_spaces.find(workspace)
            samples = interleaved(
                {
                    "in_process": lambda: in_process.work_spaces.find(workspace),
                    "loopback": lambda: loopback.work_spaces.find(workspace),
                    "raw_in_process": lambda: raw_in_process.get(path).json(),
                    "raw_loopback": lambda: raw_loopback.get(path).json(),
                },
                rounds=rounds,
                calls=calls,
            )
    result.measure("dastra.work_spaces.find(id), in-process transport", "s", samples["in_process"])
    result.measure("dastra.work_spaces.find(id), loopback server", "s", samples["loopback"])
    result.measure(
        "httpx2 GET + .json() of the same answer, in-process transport", "s", samples["raw_in_process"]
    )
    result.measure("httpx2 GET + .json() of the same answer, loopback server", "s", samples["raw_loopback"])
    result.ratio(
        "Dastra call, in-process / loopback (goal: >= 5x faster)",
        samples["in_process"],
        samples["loopback"],
        at_most=GOAL,
    )
    result.ratio(
        "httpx2 call, in-process / loopback (goal: >= 5x faster)",
        samples["raw_in_process"],
        samples["raw_loopback"],
        at_most=GOAL,
    )
    result.notes.append(
        "the Dastra call includes the client's own work (token, retry and rate-limit transports, typed-error "
        "hooks, parsing), the same on both sides; the httpx2 call isolates the two ways of serving the fake"
    )

    def every_collection(target: FakeDastra) -> int:
        return sum(
            len(target.items(tag, workspace_id))
            for tag in target.resources()
            for workspace_id in (
                target.workspace_ids if target.catalog.resources[tag.lower()].scoped else [None]
            )
        )

    per_test = _seconds(lambda: FakeDastra(seed=1).items("DataBreachs"), len(samples["loopback"]))
    result.measure("FakeDastra(seed) + its seeded data breaches (what a fixture does)", "s", per_test)
    result.ratio("fixture fake / one loopback call", per_test, samples["loopback"], at_most=None)
    result.details = {"calls_per_sample": calls}
    if seed_everything:
        for key in [key for key in _PRISTINE if key[1] == 2]:
            del _PRISTINE[key]  # seed 2 is made nowhere else: its first seeding is measured from scratch
        first_seed = _seconds(lambda: every_collection(FakeDastra(seed=2)), 1)
        items = every_collection(FakeDastra(seed=2))
        cached = _seconds(lambda: every_collection(FakeDastra(seed=2)), max(rounds // 3, 1))
        result.measure(f"first seeding of every collection in a process ({items} items)", "s", first_seed)
        result.measure("a new fake reading every collection (seeding cached by the process)", "s", cached)
        result.details["seeded_items"] = items
    return result
