"""Benchmark 2b: what the client object costs on top of raw httpx2, for one small answer, sync and async.

Subject: ``dastra.workspace("42").tags.find(7)`` on ``Dastra`` (and ``await`` on ``AsyncDastra``): the
workspace view, the per-call options, the generated ``sync_detailed``/``asyncio_detailed``, the
client-credentials session holding a cached token from the sandbox's real Authlib authorization server,
the retry and rate-limit transports (the limiter's budget raised so that it never waits, as in
``call_cost``), the error hooks, and the ``TagDto`` parsed from the answer. Baseline: the same request
through a raw ``httpx2.Client`` / ``httpx2.AsyncClient`` carrying the same bearer header, ``.json()`` of the
same bytes, from the same loopback server. A small answer (a ``TagDto``, under 100 bytes) keeps the
parse out of the figure: what is left is the client object's own per-call work.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any, Final

import httpx2

from benchmarks.clients import bench_settings
from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.report import BenchmarkResult
from benchmarks.servers import JSONServer
from benchmarks.timing import interleaved

__all__ = ["GOAL", "MODEL", "PATH", "run"]

GOAL: Final = 1.1
MODEL: Final = "TagDto"
WORKSPACE: Final = "42"
TAG_ID: Final = 7
PATH: Final = f"/v1/ws/{WORKSPACE}/Tags/{TAG_ID}"


def _find(resource: Any) -> Callable[..., Any]:
    """The resource's read-one method (``find`` in the snapshot's naming, ``get`` where renamed)."""
    method = getattr(resource, "find", None) or getattr(resource, "get", None)
    if method is None:  # pragma: no cover - every resource of the snapshot reads one item
        raise RuntimeError(f"{type(resource).__name__} has no find/get method")
    return method  # type: ignore[no-any-return]


def _many(function: Callable[[], Awaitable[object]], calls: int) -> Callable[[], Awaitable[None]]:
    async def batch() -> None:
        for _ in range(calls):
            await function()

    return batch


def _in_loop(loop: asyncio.AbstractEventLoop, batch: Callable[[], Awaitable[None]]) -> Callable[[], None]:
    def run() -> None:
        loop.run_until_complete(batch())

    return run


def run(*, rounds: int = 15, calls: int = 200) -> BenchmarkResult:
    from dastra import AsyncDastra, Dastra
    from dastra_sandbox.authorization_server import AuthorizationServer

    result = BenchmarkResult(
        "facade", f"2b. Client object: dastra.workspace(...).tags.find(...) vs raw httpx2, {MODEL}, loopback"
    )
    body = json.dumps(PayloadBuilder(load_spec()).instance(MODEL)).encode()
    loop = asyncio.new_event_loop()
    try:
        with AuthorizationServer() as auth, JSONServer.fixed(body) as api:
            settings = bench_settings(auth, api.url)
            sync_client, async_client = Dastra(settings), AsyncDastra(settings)
            sync_find = _find(sync_client.workspace(WORKSPACE).tags)
            async_find = _find(async_client.workspace(WORKSPACE).tags)
            # The bearer header the client sends (one raw-mode call also caches the token).
            answer = _find(sync_client.workspace(WORKSPACE).with_raw_response.tags)(TAG_ID)
            headers = {"Authorization": answer.http_response.request.headers["authorization"]}
            loop.run_until_complete(async_find(TAG_ID))  # the async client's own token
            raw = httpx2.Client(base_url=api.url, headers=headers)
            raw_async = httpx2.AsyncClient(base_url=api.url, headers=headers)
            parsed = sync_find(TAG_ID)

            def raw_call() -> object:
                return raw.get(PATH).json()

            def facade_call() -> object:
                return sync_find(TAG_ID)

            async def raw_async_call() -> object:
                return (await raw_async.get(PATH)).json()

            async def facade_async_call() -> object:
                return await async_find(TAG_ID)

            with sync_client, raw:
                sync_samples = interleaved(
                    {"raw": raw_call, "facade": facade_call}, rounds=rounds, calls=calls
                )
            # One sample: ``calls`` awaits in one run of the loop, for both sides alike.
            async_samples = interleaved(
                {
                    "raw": _in_loop(loop, _many(raw_async_call, calls)),
                    "facade": _in_loop(loop, _many(facade_async_call, calls)),
                },
                rounds=rounds,
                calls=1,
            )
            loop.run_until_complete(async_client.aclose())
            loop.run_until_complete(raw_async.aclose())
            result.details = {
                "api_requests": api.requests,
                "token_requests": auth.total_token_requests,
                "parsed_type": type(parsed).__name__,
                "body_bytes": len(body),
            }
    finally:
        loop.close()
    async_per_call = {name: [s / calls for s in samples] for name, samples in async_samples.items()}
    result.measure("sync: raw httpx2.Client.get() + .json(), same bearer header", "s", sync_samples["raw"])
    result.measure(f"sync: dastra.workspace(...).tags.find(...) -> {MODEL}", "s", sync_samples["facade"])
    result.measure("async: raw httpx2.AsyncClient.get() + .json()", "s", async_per_call["raw"])
    result.measure("async: await dastra.workspace(...).tags.find(...)", "s", async_per_call["facade"])
    result.ratio(
        "sync: dastra.workspace(...).tags.find(...) / raw httpx2",
        sync_samples["facade"],
        sync_samples["raw"],
        at_most=GOAL,
    )
    result.ratio(
        "async: dastra.workspace(...).tags.find(...) / raw httpx2",
        async_per_call["facade"],
        async_per_call["raw"],
        at_most=GOAL,
    )
    result.notes.append(
        "client object: client-credentials session (token cached), Retry(RateLimit(HTTP)) transports with the "
        "limiter's budget raised so that it never waits, typed error hooks, the TagDto parsed; "
        "raw: the same bearer header, .json()"
    )
    return result
