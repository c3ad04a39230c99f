"""A worker process for the multi-process Redis tests: ``python -m tests.redis.worker '<json config>'``.

It builds one client, prints ``ready``, then runs the commands it reads on stdin, one JSON object a
line, answering each with one JSON line:

* ``{"calls": n, "concurrency": c, "path": "/v1/x"}``: ``n`` GETs, ``c`` at a time (threads, or tasks
  for an async worker); answers ``{"statuses": {"200": n, ...}, "errors": {"RedisUnavailableError": k},
  "warnings": w}`` (``w``: WARNING records of the ``dastra`` logger since the start);
* ``{"exit": true}``: closes the client and exits.

Configurations: ``{"kind": "limited", "api_url", "key", "rates", "redis_url" (or null), "fallback",
"async"}``, a client wired like the factory's with scaled rate windows and the Redis limiter (or the
in-process one); ``{"kind": "factory", "settings": {...}, "async"}``: ``create_client(...)`` itself.
Every wait is bounded by the parent's timeouts; a worker whose stdin closes exits.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx2

from dastra.connect import create_async_client, create_client
from dastra.errors import APIStatusError
from dastra.policies.redis_rate_limit import redis_limiter
from dastra.policies.transport import (
    TransportPolicy,
    async_response_hooks,
    build_async_transport,
    build_transport,
    response_hooks,
)
from dastra.settings import DastraSettings
from dastra_auth.redis_link import redis_link


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self._lock_count = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock_count:
            self.count += 1


class Outcomes:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.statuses: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()

    def status(self, code: int) -> None:
        with self._lock:
            self.statuses[str(code)] += 1

    def error(self, error: BaseException) -> None:
        if isinstance(error, APIStatusError):
            self.status(error.status_code)
            return
        with self._lock:
            self.errors[type(error).__name__] += 1


def _limited_policy(config: dict[str, Any]) -> TransportPolicy:
    return TransportPolicy(
        api_url=config["api_url"],
        rate_limit_key=config["key"],
        timeout=httpx2.Timeout(10.0),
        max_retries=0,
        rate_limits=tuple(tuple(rate) for rate in config["rates"]),
    )


def _limiter(config: dict[str, Any], policy: TransportPolicy) -> Any:
    if config.get("redis_url") is None:
        return None  # the in-process limiter of the policy's key
    link = redis_link(config["redis_url"], fallback=bool(config.get("fallback")))
    return redis_limiter(link, policy.rate_limit_key, policy.rate_limits)


def sync_client(config: dict[str, Any]) -> httpx2.Client:
    if config["kind"] == "factory":
        return create_client(DastraSettings(**config["settings"])).get_httpx_client()
    policy = _limited_policy(config)
    return httpx2.Client(
        base_url=policy.api_url,
        timeout=policy.timeout,
        transport=build_transport(policy, limiter=_limiter(config, policy)),
        event_hooks={"response": response_hooks(policy)},
    )


def async_client(config: dict[str, Any]) -> httpx2.AsyncClient:
    if config["kind"] == "factory":
        return create_async_client(DastraSettings(**config["settings"])).get_async_httpx_client()
    policy = _limited_policy(config)
    return httpx2.AsyncClient(
        base_url=policy.api_url,
        timeout=policy.timeout,
        transport=build_async_transport(policy, limiter=_limiter(config, policy)),
        event_hooks={"response": async_response_hooks(policy)},
    )


def run_sync(client: httpx2.Client, command: dict[str, Any], outcomes: Outcomes) -> None:
    def one(_: int) -> None:
        try:
            outcomes.status(client.get(command["path"]).status_code)
        except Exception as error:  # counted and reported to the parent
            outcomes.error(error)

    with ThreadPoolExecutor(max_workers=int(command.get("concurrency", 1))) as pool:
        list(pool.map(one, range(int(command["calls"]))))


async def run_async(client: httpx2.AsyncClient, command: dict[str, Any], outcomes: Outcomes) -> None:
    gate = asyncio.Semaphore(int(command.get("concurrency", 1)))

    async def one() -> None:
        async with gate:
            try:
                outcomes.status((await client.get(command["path"])).status_code)
            except Exception as error:  # counted and reported to the parent
                outcomes.error(error)

    await asyncio.gather(*(one() for _ in range(int(command["calls"]))))


def main() -> int:
    config: dict[str, Any] = json.loads(sys.argv[1])
    warnings = _WarningCounter()
    logging.getLogger("dastra").addHandler(warnings)
    is_async = bool(config.get("async"))
    loop = asyncio.new_event_loop() if is_async else None
    aclient = loop.run_until_complete(_in_loop(async_client, config)) if loop is not None else None
    client = sync_client(config) if loop is None else None
    print("ready", flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        if command.get("exit"):
            break
        outcomes = Outcomes()
        if loop is not None and aclient is not None:
            loop.run_until_complete(run_async(aclient, command, outcomes))
        elif client is not None:
            run_sync(client, command, outcomes)
        answer = {"statuses": outcomes.statuses, "errors": outcomes.errors, "warnings": warnings.count}
        print(json.dumps(answer), flush=True)
    if loop is not None and aclient is not None:
        loop.run_until_complete(aclient.aclose())
        loop.close()
    elif client is not None:
        client.close()
    return 0


async def _in_loop(factory: Any, config: dict[str, Any]) -> Any:
    return factory(config)


if __name__ == "__main__":
    raise SystemExit(main())
