"""Benchmark 7: the per-call cost of the full stack when the rate limit and token are shared in Redis.

Subject: ``work_spaces_list.sync`` through ``create_client(redis_url=...)`` (the Redis-shared rate
limiter, with a budget high enough never to wait, and the Redis-shared client-credentials token, cached)
against a ``redis-server`` on loopback. Baseline: a raw ``httpx2.Client.get()`` + ``.json()`` of the
same bytes from the same loopback server; the in-process full stack is measured beside it. Without a
``redis-server`` binary the row is skipped, with a note.
"""

from __future__ import annotations

from typing import Any, Final, cast

import httpx2

from benchmarks.clients import bench_settings
from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.report import BenchmarkResult
from benchmarks.servers import JSONServer
from benchmarks.timing import interleaved

__all__ = ["GOAL", "run"]

GOAL: Final = 1.5
PAGE_ITEMS: Final = 20


def run(*, rounds: int = 15, calls: int = 200) -> BenchmarkResult:
    from dastra.connect import create_client
    from dastra_client.api.work_spaces import work_spaces_list
    from dastra_sandbox.authorization_server import AuthorizationServer
    from dastra_sandbox.redis_server import RedisServer

    result = BenchmarkResult(
        "redis",
        f"7. Per-call cost with the Redis-shared rate limit and token, {PAGE_ITEMS}-item page, loopback",
    )
    if not RedisServer.available():
        result.notes.append("skipped: redis-server is not installed (apt-get install redis-server)")
        return result
    body = PayloadBuilder(load_spec()).page_bytes("WorkSpaceDto", items=PAGE_ITEMS)
    params = {"page": 1, "size": PAGE_ITEMS}
    with RedisServer() as redis_server, AuthorizationServer() as auth, JSONServer.fixed(body) as api:
        settings = bench_settings(auth, api.url)
        shared = create_client(settings.replace(redis_url=redis_server.url))
        local = create_client(settings)
        raw = httpx2.Client(base_url=api.url)
        with shared, local, raw:

            def raw_call() -> object:
                return raw.get("/v1/WorkSpaces", params=params).json()

            def local_call() -> object:
                return work_spaces_list.sync(client=local, page=1, size=PAGE_ITEMS)

            def shared_call() -> object:
                return work_spaces_list.sync(client=shared, page=1, size=PAGE_ITEMS)

            shared_call()  # fetches the token and publishes it in Redis
            local_call()
            samples = interleaved(
                {"raw": raw_call, "local": local_call, "shared": shared_call}, rounds=rounds, calls=calls
            )
        result.details = {
            "api_requests": api.requests,
            "token_requests": auth.total_token_requests,
            "redis_commands": _commands_processed(redis_server.port),
        }
    result.measure("raw httpx2.Client.get() + .json()", "s", samples["raw"])
    result.measure("generated op, create_client() full stack, in-process limiter", "s", samples["local"])
    result.measure("generated op, create_client(redis_url=...) full stack", "s", samples["shared"])
    result.ratio("Redis-shared full stack / raw httpx2", samples["shared"], samples["raw"], at_most=GOAL)
    result.ratio("Redis-shared / in-process full stack", samples["shared"], samples["local"], at_most=None)
    result.notes.append(
        "Redis-shared: slots reserved a few at a time and releases sent in batches (see"
        " dastra/policies/redis_rate_limit.py); the token is read from Redis only when it must be renewed"
    )
    return result


def _commands_processed(port: int) -> int:
    import redis

    with redis.Redis(port=port, socket_timeout=5) as client:
        info = cast(dict[str, Any], client.info("stats"))
    return int(info["total_commands_processed"])
