"""Pagination helpers: fake generated-shaped functions, then a real generated list function."""

from __future__ import annotations

import asyncio
from uuid import UUID

import attrs
import pytest

from dastra.paging import aiter_pages, apaginate, iter_pages, paginate
from dastra_client.types import UNSET, Unset
from tests.policies.helpers import RecordedSleeps, async_client, make_policy, sync_client
from tests.servers.faults import FaultServer


@attrs.define
class Thing:
    id: int


@attrs.define
class ThingPagedList:
    """Shaped like a generated ``*PagedList`` model."""

    items: list[Thing] | Unset | None = UNSET
    total: int | Unset | None = UNSET
    size: int | Unset | None = UNSET
    page: int | Unset | None = UNSET


class FakeList:
    """A generated-shaped ``sync`` list function over ``count`` things, recording its calls."""

    def __init__(self, count: int, *, report_total: bool = True) -> None:
        self.count = count
        self.report_total = report_total
        self.calls: list[dict[str, object]] = []

    def __call__(
        self, workspace_id: str, *, client: object, page: int | Unset = UNSET, size: int | Unset = UNSET
    ) -> ThingPagedList | None:
        self.calls.append({"workspace_id": workspace_id, "client": client, "page": page, "size": size})
        assert isinstance(page, int)
        assert isinstance(size, int)
        start = (page - 1) * size
        items = [Thing(n) for n in range(start + 1, min(start + size, self.count) + 1)]
        return ThingPagedList(
            items=items, total=self.count if self.report_total else UNSET, size=size, page=page
        )

    async def asyncio(
        self, workspace_id: str, *, client: object, page: int | Unset = UNSET, size: int | Unset = UNSET
    ) -> ThingPagedList | None:
        return self(workspace_id, client=client, page=page, size=size)


def test_paginate_yields_every_item_and_stops_at_total() -> None:
    fake = FakeList(1001)
    things = list(paginate(fake, "ws", client="c", size=500))
    assert [t.id for t in things] == list(range(1, 1002))
    assert [c["page"] for c in fake.calls] == [1, 2, 3]
    assert {c["size"] for c in fake.calls} == {500}
    assert {(c["workspace_id"], c["client"]) for c in fake.calls} == {("ws", "c")}


def test_paginate_stops_exactly_at_total_on_a_full_last_page() -> None:
    fake = FakeList(1000)
    assert len(list(paginate(fake, "ws", client="c"))) == 1000
    assert len(fake.calls) == 2  # no third request for an empty page


def test_paginate_without_total_stops_on_a_short_page() -> None:
    fake = FakeList(7, report_total=False)
    assert len(list(paginate(fake, "ws", client="c", size=5))) == 7
    assert [c["page"] for c in fake.calls] == [1, 2]  # 2 of 5 on page 2: the last page


def test_paginate_without_total_stops_on_empty_page() -> None:
    fake = FakeList(10, report_total=False)
    assert len(list(paginate(fake, "ws", client="c", size=5))) == 10
    assert [c["page"] for c in fake.calls] == [1, 2, 3]


def test_paginate_max_pages_and_max_items() -> None:
    fake = FakeList(100)
    assert len(list(paginate(fake, "ws", client="c", size=10, max_pages=2))) == 20
    assert len(fake.calls) == 2
    assert [t.id for t in paginate(fake, "ws", client="c", size=10, max_items=15)] == list(range(1, 16))
    assert len(fake.calls) == 4
    with pytest.raises(ValueError, match="max_items"):
        paginate(fake, "ws", client="c", max_items=0)


def test_paginate_is_lazy() -> None:
    fake = FakeList(100)
    things = paginate(fake, "ws", client="c", size=10)
    assert fake.calls == []
    assert next(things).id == 1
    assert len(fake.calls) == 1


@pytest.mark.parametrize("items", [None, UNSET, []])
def test_paginate_stops_when_items_missing(items: list[Thing] | Unset | None) -> None:
    calls = 0

    def listing(*, page: int, size: int) -> ThingPagedList:
        nonlocal calls
        calls += 1
        return ThingPagedList(items=items, total=50)

    assert list(paginate(listing)) == []
    assert calls == 1


def test_paginate_stops_when_the_function_answers_none() -> None:
    def listing(*, page: int, size: int) -> ThingPagedList | None:
        return None

    assert list(paginate(listing)) == []


@pytest.mark.parametrize("size", [0, -1, 501, 10_000])
def test_page_size_is_checked_at_once(size: int) -> None:
    fake = FakeList(1)
    with pytest.raises(ValueError, match="size"):
        paginate(fake, "ws", client="c", size=size)
    with pytest.raises(ValueError, match="size"):
        apaginate(fake.asyncio, "ws", client="c", size=size)
    assert fake.calls == []


def test_page_argument_is_refused() -> None:
    with pytest.raises(TypeError, match="page"):
        paginate(FakeList(1), "ws", client="c", page=2)


def test_iter_pages_yields_page_objects() -> None:
    pages = list(iter_pages(FakeList(25), "ws", client="c", size=10))
    assert [p.page for p in pages] == [1, 2, 3]
    assert [len(p.items) if isinstance(p.items, list) else None for p in pages] == [10, 10, 5]


def test_apaginate_and_aiter_pages() -> None:
    fake = FakeList(1001)

    async def collect() -> tuple[list[int], list[int | Unset | None]]:
        ids = [thing.id async for thing in apaginate(fake.asyncio, "ws", client="c")]
        pages = [page.page async for page in aiter_pages(fake.asyncio, "ws", client="c", size=500)]
        return ids, pages

    ids, pages = asyncio.run(collect())
    assert ids == list(range(1, 1002))
    assert pages == [1, 2, 3]


# --- against a generated list function ---------------------------------------------------------


def test_generated_list_function_10000_items_in_20_requests(
    server: FaultServer, sleeps: RecordedSleeps
) -> None:
    pytest.importorskip("dastra_client.api.data_breachs.data_breachs_list", reason="generated client absent")
    from dastra_client.api.data_breachs import data_breachs_list
    from dastra_client.client import Client

    def breach(n: int) -> dict[str, object]:  # DataBreachDto.id is a UUID: an int would not fit its type
        return {"id": str(UUID(int=n)), "label": f"item {n}", "startDate": "2024-01-01T00:00:00"}

    server.paged("/v1/ws/1/DataBreachs", 10_000, item=breach)
    with sync_client(make_policy(server.url), sleeps) as http, Client(base_url=server.url) as client:
        client.set_httpx_client(http)
        ids = [
            breach.id
            for breach in paginate(data_breachs_list.sync, client=client, workspace_id="1", size=500)
        ]
    assert ids == [UUID(int=n) for n in range(1, 10_001)]
    requests = server.requests_to("/v1/ws/1/DataBreachs")
    assert len(requests) == 20
    assert [r.query["page"] for r in requests] == [[str(n)] for n in range(1, 21)]
    assert {r.query["size"][0] for r in requests} == {"500"}


def test_generated_async_list_function(server: FaultServer, sleeps: RecordedSleeps) -> None:
    pytest.importorskip("dastra_client.api.data_breachs.data_breachs_list", reason="generated client absent")
    from dastra_client.api.data_breachs import data_breachs_list
    from dastra_client.client import Client

    server.paged("/v1/ws/1/DataBreachs", 1_234)

    async def collect() -> list[str]:
        async with async_client(make_policy(server.url), sleeps) as http:
            client = Client(base_url=server.url).set_async_httpx_client(http)
            return [breach.label async for breach in apaginate(data_breachs_list.asyncio, "1", client=client)]

    assert asyncio.run(collect()) == [f"item {n}" for n in range(1, 1_235)]
    assert len(server.requests_to("/v1/ws/1/DataBreachs")) == 3
