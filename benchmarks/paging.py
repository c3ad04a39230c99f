"""Benchmark 5: walking 10,000 items at size 500 with ``dastra.paging.paginate``.

Through the full stack (``create_client``) against a loopback server that serves
``DataBreachDto`` pages by ``page`` / ``size``: requests made (goal: 20), wall time, and the
peak of traced memory (tracemalloc) while walking every item, compared with fetching and holding
one page. The items are consumed and dropped, as a streaming export would do.
"""

from __future__ import annotations

import gc
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

from benchmarks.clients import bench_settings
from benchmarks.payloads import PayloadBuilder, load_spec
from benchmarks.report import BenchmarkResult
from benchmarks.servers import JSONServer

__all__ = ["MEMORY_GOAL", "PagedAnswers", "run"]

ITEM_SCHEMA: Final = "DataBreachDto"
#: Walking every page must cost about what holding one page costs, not grow with the page count.
MEMORY_GOAL: Final = 3.0


class PagedAnswers:
    """``{items, total, size, page}`` bodies for a list of ``total`` items alike but for their ``id``.

    Item ``n`` (from 1) has id ``n`` (a UUID ending in ``n`` when the item's id is a string): a
    walk refuses a page whose items repeat the previous page's, as a server ignoring ``page`` does.
    """

    def __init__(self, item: dict[str, Any], total: int) -> None:
        rest = {key: value for key, value in item.items() if key != "id"}
        body = json.dumps(rest, separators=(",", ":"), ensure_ascii=False).encode()
        self._tail = b"," + body[1:] if rest else b"}"
        self._uuid_ids = isinstance(item.get("id"), str)
        self.total = total

    def _item(self, n: int) -> bytes:
        key = b'"00000000-0000-4000-8000-%012d"' % n if self._uuid_ids else b"%d" % n
        return b'{"id":' + key + self._tail

    def __call__(self, method: str, target: str) -> bytes:
        query = parse_qs(urlsplit(target).query)
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("size", ["20"])[0])
        first = (page - 1) * size + 1
        count = max(0, min(size, self.total - first + 1))
        items = b",".join([self._item(n) for n in range(first, first + count)])
        return b'{"items":[%s],"total":%d,"size":%d,"page":%d}' % (items, self.total, size, page)


def _traced_peak(work: Callable[[], object]) -> tuple[int, object]:
    """Peak traced bytes while ``work`` runs and its result is still held."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        kept = work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, kept


def run(*, total: int = 10_000, size: int = 500, rounds: int = 3, memory_rounds: int = 2) -> BenchmarkResult:
    from dastra.connect import create_client
    from dastra.paging import paginate
    from dastra_client.api.data_breachs import data_breachs_list
    from dastra_sandbox.authorization_server import AuthorizationServer

    result = BenchmarkResult("paging", f"5. Paging {total:,} items at size {size} with paginate()")
    answers = PagedAnswers(PayloadBuilder(load_spec()).instance(ITEM_SCHEMA), total)
    walk_seconds: list[float] = []
    walk_peaks: list[float] = []
    page_peaks: list[float] = []
    requests_per_walk: list[int] = []
    items_per_walk: list[int] = []
    with AuthorizationServer() as auth, JSONServer(answers) as api:
        client = create_client(bench_settings(auth, api.url))
        with client:

            def walk() -> int:
                seen = 0
                for _ in paginate(data_breachs_list.sync, client=client, workspace_id="1", size=size):
                    seen += 1
                return seen

            def one_page() -> object:
                return data_breachs_list.sync(client=client, workspace_id="1", page=1, size=size)

            one_page()  # token fetched and connection opened before anything is measured
            for _ in range(rounds):
                before = api.requests
                gc.collect()
                start = time.perf_counter()
                items_per_walk.append(walk())
                walk_seconds.append(time.perf_counter() - start)
                requests_per_walk.append(api.requests - before)
            for _ in range(memory_rounds):
                page_peak, page = _traced_peak(one_page)
                del page
                walk_peak, _ = _traced_peak(walk)
                page_peaks.append(page_peak)
                walk_peaks.append(walk_peak)
        token_requests = auth.total_token_requests
    result.measure(f"walk {total:,} items (wall time)", "s", walk_seconds)
    result.measure("peak traced memory: fetch and hold one page", "bytes", page_peaks)
    result.measure(f"peak traced memory: walk all {total:,} items", "bytes", walk_peaks)
    expected_requests = -(-total // size)
    result.count("requests per walk (worst)", max(requests_per_walk), goal=expected_requests)
    result.count("items per walk (fewest)", min(items_per_walk), goal=total)
    result.ratio("peak memory: walk all / hold one page", walk_peaks, page_peaks, at_most=MEMORY_GOAL)
    result.details = {
        "requests_per_walk": requests_per_walk,
        "items_per_walk": items_per_walk,
        "token_requests": token_requests,
        "item_schema": ITEM_SCHEMA,
    }
    result.notes.append(
        f"{ITEM_SCHEMA} items; memory goal: walking all pages peaks at <= {MEMORY_GOAL:g}x one held page "
        "(the previous page is still referenced while the next one is fetched and parsed)"
    )
    return result
