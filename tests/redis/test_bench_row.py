"""Smoke test of benchmark row 7 (tiny sizes): only counts are asserted, never timings."""

from __future__ import annotations

import pytest

from benchmarks import redis_cost
from dastra_sandbox.redis_server import RedisServer


def test_redis_row_counts_requests_and_shares_one_token() -> None:
    if not RedisServer.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    result = redis_cost.run(rounds=2, calls=3)
    # A first call per client, one warm-up call per variant, then rounds * calls per variant.
    assert result.details["api_requests"] == 2 + 3 + 2 * 3 * 3
    assert result.details["token_requests"] == 2  # one for the Redis-shared client, one in-process
    assert result.details["redis_commands"] > 0
    assert [check.label for check in result.checks] == [
        "Redis-shared full stack / raw httpx2",
        "Redis-shared / in-process full stack",
    ]
    assert [m.stats.samples for m in result.measurements] == [2, 2, 2]
