"""Benchmark 2: the cost of one generated operation call through the full stack, and of one facade call.

Full stack = ``dastra.connect.create_client`` (client-credentials session holding a cached token from
the sandbox's real Authlib authorization server, retry and rate-limit transports, error hooks)
+ ``work_spaces_list.sync`` parsing a 20-item ``WorkSpaceDtoPagedList``. Facade = the same session
under ``Dastra``: ``list(dastra.work_spaces.list(size=20))`` (per-call client and session view,
options, the pager; the one page holds every item). Baseline: a raw ``httpx2.Client.get()`` +
``.json()`` of the same bytes from the same loopback server.
"""

from __future__ import annotations

from typing import Final

import httpx2

from benchmarks.clients import bench_settings
from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.report import BenchmarkResult
from benchmarks.servers import JSONServer
from benchmarks.timing import interleaved

__all__ = ["GOAL", "PAGE_ITEMS", "run"]

GOAL: Final = 1.3
PAGE_ITEMS: Final = 20


def run(*, rounds: int = 15, calls: int = 200) -> BenchmarkResult:
    from dastra import Dastra
    from dastra.connect import create_client
    from dastra_client import Client
    from dastra_client.api.work_spaces import work_spaces_list
    from dastra_sandbox.authorization_server import AuthorizationServer

    result = BenchmarkResult(
        "call_cost", f"2. Per-call cost: work_spaces_list.sync, {PAGE_ITEMS}-item page, loopback"
    )
    body = PayloadBuilder(load_spec()).page_bytes("WorkSpaceDto", items=PAGE_ITEMS)
    params = {"page": 1, "size": PAGE_ITEMS}
    with AuthorizationServer() as auth, JSONServer.fixed(body) as api:
        full = create_client(bench_settings(auth, api.url))
        facade = Dastra(bench_settings(auth, api.url))
        plain = Client(base_url=api.url).set_httpx_client(httpx2.Client(base_url=api.url))
        raw = httpx2.Client(base_url=api.url)
        with full, facade, plain, raw:

            def raw_call() -> object:
                return raw.get("/v1/WorkSpaces", params=params).json()

            def plain_call() -> object:
                return work_spaces_list.sync(client=plain, page=1, size=PAGE_ITEMS)

            def full_call() -> object:
                return work_spaces_list.sync(client=full, page=1, size=PAGE_ITEMS)

            def facade_call() -> object:
                return list(facade.work_spaces.list(size=PAGE_ITEMS))

            page = full_call()  # fetches and caches the token
            items = getattr(page, "items", None)
            facade_items = len(list(facade.work_spaces.list(size=PAGE_ITEMS)))  # its own token, one page
            samples = interleaved(
                {"raw": raw_call, "plain": plain_call, "full": full_call, "facade": facade_call},
                rounds=rounds,
                calls=calls,
            )
        result.details = {
            "api_requests": api.requests,
            "token_requests": auth.total_token_requests,
            "items_parsed_per_call": len(items) if isinstance(items, list) else 0,
            "facade_items_per_call": facade_items,
            "body_bytes": len(body),
        }
    result.measure("raw httpx2.Client.get() + .json()", "s", samples["raw"])
    result.measure("generated op, plain Client + httpx2.Client (no auth/policies)", "s", samples["plain"])
    result.measure("generated op, create_client() full stack", "s", samples["full"])
    result.measure(
        "facade: list(dastra.work_spaces.list(size=20)), same session stack", "s", samples["facade"]
    )
    result.ratio("full stack / raw httpx2", samples["full"], samples["raw"], at_most=GOAL)
    result.ratio("facade call / raw httpx2", samples["facade"], samples["raw"], at_most=GOAL)
    result.ratio("plain generated client / raw httpx2", samples["plain"], samples["raw"], at_most=None)
    result.notes.append(
        "full stack: create_client() client-credentials session (token cached), Retry(RateLimit(HTTP)) "
        "transports with the limiter's budget raised so that it never waits, typed error hooks"
    )
    return result
