"""Fixtures for the Redis tests: a real ``redis-server`` on 127.0.0.1 (skipped when it is not installed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
import redis

from dastra_sandbox.redis_server import RedisServer


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    """A fresh, empty ``redis-server`` on a free loopback port, stopped after the test."""
    if not RedisServer.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


class RedisInspector:
    """Typed reads and writes of the test's Redis (redis-py types its sync replies as ``Awaitable | Any``)."""

    def __init__(self, port: int) -> None:
        self._client = redis.Redis(port=port, socket_timeout=5, socket_connect_timeout=5)

    def keys(self, pattern: str = "*") -> list[str]:
        return [name.decode() for name in cast(list[bytes], self._client.keys(pattern))]

    def zcard(self, key: str) -> int:
        return cast(int, self._client.zcard(key))

    def members(self, key: str) -> list[tuple[bytes, float]]:
        return cast(list[tuple[bytes, float]], self._client.zrange(key, 0, -1, withscores=True))

    def pttl(self, key: str) -> int:
        return cast(int, self._client.pttl(key))

    def get(self, key: str) -> bytes | None:
        return cast("bytes | None", self._client.get(key))

    def set(self, key: str, value: str, *, px: int) -> None:
        self._client.set(key, value, px=px)

    def now_us(self) -> int:
        seconds, microseconds = cast(tuple[int, int], self._client.time())
        return int(seconds) * 10**6 + int(microseconds)

    def reset_stats(self) -> None:
        self._client.config_resetstat()

    def script_calls(self) -> int:
        stats = cast(dict[str, Any], self._client.info("commandstats"))
        return int(stats.get("cmdstat_evalsha", {}).get("calls", 0))

    def close(self) -> None:
        self._client.close()


@pytest.fixture
def inspect(redis_server: RedisServer) -> Iterator[RedisInspector]:
    inspector = RedisInspector(redis_server.port)
    yield inspector
    inspector.close()


@pytest.fixture(autouse=True)
def fresh_links() -> Iterator[None]:
    """Each test gets new process-wide links: a port reused by a later server must not inherit an outage."""
    from dastra_auth import redis_link

    with redis_link._registry_lock:
        redis_link._registry.clear()
    yield
