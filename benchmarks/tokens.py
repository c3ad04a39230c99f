"""Benchmark 4: token requests when many callers start together with no token.

64 threads (sync client) and 256 asyncio tasks (async client), each making one generated call,
against the sandbox's real Authlib authorization server, which counts ``/connect/token`` requests.
Baseline: a plain Authlib ``OAuth2Client`` shared by 64 threads, each fetching a token when the
client has none (the straightforward way to use it), then making the same call.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any, Final

from benchmarks.clients import bench_settings
from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.report import BenchmarkResult
from benchmarks.servers import JSONServer

__all__ = ["GOAL", "run"]

GOAL: Final = 1


def _in_threads(count: int, work: Callable[[], object]) -> float:
    """Run ``work`` in ``count`` threads released together; seconds until all are done."""
    barrier = threading.Barrier(count + 1)
    errors: list[BaseException] = []

    def target() -> None:
        barrier.wait()
        try:
            work()
        except BaseException as error:  # reported below, in the caller's thread
            errors.append(error)

    threads = [threading.Thread(target=target, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join(timeout=120)
    elapsed = time.perf_counter() - start
    if errors:
        raise RuntimeError(f"{len(errors)} of {count} threads failed: {errors[0]!r}") from errors[0]
    return elapsed


async def _in_tasks(count: int, work: Callable[[], Any]) -> float:
    """Run ``await work()`` in ``count`` tasks released together; seconds until all are done."""
    go = asyncio.Event()

    async def task() -> object:
        await go.wait()
        return await work()

    tasks = [asyncio.create_task(task()) for _ in range(count)]
    await asyncio.sleep(0)  # let every task reach go.wait()
    start = time.perf_counter()
    go.set()
    await asyncio.gather(*tasks)
    return time.perf_counter() - start


def run(*, threads: int = 64, tasks: int = 256, rounds: int = 3) -> BenchmarkResult:
    from authlib.integrations.httpx_client import OAuth2Client as _OAuth2Client  # type: ignore[import-untyped]

    OAuth2Client: Any = _OAuth2Client  # untyped (no stubs): Any for pyright too, as for mypy

    from dastra.connect import create_async_client, create_client
    from dastra_client.api.work_spaces import work_spaces_list
    from dastra_sandbox.authorization_server import AuthorizationServer

    result = BenchmarkResult(
        "tokens", f"4. Token requests: {threads} threads / {tasks} async tasks starting with no token"
    )
    body = PayloadBuilder(load_spec()).page_bytes("WorkSpaceDto", items=2)
    counts: dict[str, list[int]] = {"sync": [], "async": [], "authlib": []}
    seconds: dict[str, list[float]] = {"sync": [], "async": [], "authlib": []}
    api_requests = 0
    with AuthorizationServer() as auth, JSONServer.fixed(body) as api:
        # Unlimited rates: rounds * (threads + tasks) requests would wait for the 500/min budget.
        settings = bench_settings(auth, api.url)
        for _ in range(rounds):
            auth.reset_counts()
            with create_client(settings) as client:
                seconds["sync"].append(_in_threads(threads, lambda: work_spaces_list.sync(client=client)))
            counts["sync"].append(auth.total_token_requests)

            auth.reset_counts()

            async def all_tasks() -> float:
                async with create_async_client(settings) as async_client:
                    return await _in_tasks(tasks, lambda: work_spaces_list.asyncio(client=async_client))

            seconds["async"].append(asyncio.run(all_tasks()))
            counts["async"].append(auth.total_token_requests)

            auth.reset_counts()
            with OAuth2Client(
                client_id=auth.client_id,
                client_secret=auth.client_secret,
                token_endpoint_auth_method="client_secret_basic",
                scope="api1",
                token_endpoint=auth.token_url,
                grant_type="client_credentials",
            ) as raw_client:

                def authlib_call() -> object:
                    if not raw_client.token:
                        raw_client.fetch_token(auth.token_url, grant_type="client_credentials")
                    return raw_client.get(f"{api.url}/v1/WorkSpaces").json()

                seconds["authlib"].append(_in_threads(threads, authlib_call))
            counts["authlib"].append(auth.total_token_requests)
        api_requests = api.requests
    result.measure(f"{threads} threads, create_client(): all answered", "s", seconds["sync"])
    result.measure(f"{tasks} tasks, create_async_client(): all answered", "s", seconds["async"])
    result.measure(f"{threads} threads, plain Authlib OAuth2Client: all answered", "s", seconds["authlib"])
    result.count(f"token requests, {threads} threads (worst round)", max(counts["sync"]), goal=GOAL)
    result.count(f"token requests, {tasks} async tasks (worst round)", max(counts["async"]), goal=GOAL)
    result.count(
        f"token requests, plain Authlib OAuth2Client, {threads} threads",
        max(counts["authlib"]),
        goal=None,
    )
    result.details = {"token_requests_per_round": counts, "api_requests": api_requests, "rounds": rounds}
    result.notes.append(
        "baseline: each thread calls OAuth2Client.fetch_token() when the shared client has no token yet"
    )
    return result
