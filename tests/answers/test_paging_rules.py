"""The page walker's rules, through SyncPager and AsyncPager alike (one set of cases, both twins)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from dastra_client._errors import DastraError
from dastra_client._paging import (
    MAX_PAGE_SIZE,
    AsyncPager,
    PageLike,
    PageWalker,
    PagingError,
    SyncPager,
    valid_total,
)
from dastra_client.types import UNSET, Unset


@attrs.define
class Item:
    id: int
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label}


@attrs.define
class Page:
    items: list[Item] | Unset | None = UNSET
    total: int | Unset | None = UNSET


class Server:
    """Answers pages from ``answer(page, size)``; records the calls; refuses to be called forever."""

    def __init__(self, answer: Callable[[int, int], Page], *, limit: int = 50) -> None:
        self.answer = answer
        self.calls: list[tuple[int, int]] = []
        self.limit = limit

    def fetch(self, page: int, size: int) -> Page:
        self.calls.append((page, size))
        assert len(self.calls) <= self.limit, "the walk did not end"
        return self.answer(page, size)

    async def afetch(self, page: int, size: int) -> Page:
        await asyncio.sleep(0)
        return self.fetch(page, size)


def collection(count: int, *, total: object = "count") -> Callable[[int, int], Page]:
    def answer(page: int, size: int) -> Page:
        start = (page - 1) * size
        items = [Item(n) for n in range(start + 1, min(start + size, count) + 1)]
        return Page(items=items, total=count if total == "count" else total)  # type: ignore[arg-type]

    return answer


Run = Callable[..., tuple[list[Any], list[Any], Server]]


def run_sync(server: Server, **options: Any) -> tuple[list[Any], list[Any], Server]:
    pager = SyncPager(server.fetch, **options)
    items = list(pager)
    calls = len(server.calls)
    pages = list(SyncPager(server.fetch, **options).pages())
    del server.calls[calls:]
    return items, pages, server


def run_async(server: Server, **options: Any) -> tuple[list[Any], list[Any], Server]:
    async def go() -> tuple[list[Any], list[Any]]:
        items = [item async for item in AsyncPager(server.afetch, **options)]
        calls = len(server.calls)
        pages = [page async for page in AsyncPager(server.afetch, **options).pages()]
        del server.calls[calls:]
        return items, pages

    items, pages = asyncio.run(asyncio.wait_for(go(), timeout=10))
    return items, pages, server


@pytest.fixture(params=[run_sync, run_async], ids=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Run:
    runner: Run = request.param
    return runner


def ids(items: list[Any]) -> list[int]:
    return [item.id for item in items]


def test_every_item_in_order_and_stop_at_total(run: Run) -> None:
    items, pages, server = run(Server(collection(1001)))
    assert ids(items) == list(range(1, 1002))
    assert len(pages) == 3
    assert server.calls == [(1, 500), (2, 500), (3, 500)]


def test_a_full_last_page_at_total_asks_no_more(run: Run) -> None:
    _, _, server = run(Server(collection(1000)), size=500)
    assert server.calls == [(1, 500), (2, 500)]


def test_a_short_page_stops_even_when_total_says_more(run: Run) -> None:
    items, _, server = run(Server(collection(3, total=1_000_000)))
    assert ids(items) == [1, 2, 3]
    assert server.calls == [(1, 500)]


@pytest.mark.parametrize("total", [UNSET, None, -1, True, "7", 2.5])
def test_missing_or_invalid_total_falls_back_to_the_short_page_rule(run: Run, total: object) -> None:
    items, _, server = run(Server(collection(7, total=total)), size=5)
    assert ids(items) == list(range(1, 8))
    assert server.calls == [(1, 5), (2, 5)]


def test_missing_total_on_a_multiple_of_size_ends_on_the_empty_page(run: Run) -> None:
    items, _, server = run(Server(collection(10, total=None)), size=5)
    assert ids(items) == list(range(1, 11))
    assert server.calls == [(1, 5), (2, 5), (3, 5)]


@pytest.mark.parametrize("empty", [[], None, UNSET])
def test_an_empty_page_stops(run: Run, empty: list[Item] | Unset | None) -> None:
    items, pages, server = run(Server(lambda page, size: Page(items=empty, total=50)))
    assert items == []
    assert len(pages) == 1
    assert server.calls == [(1, 500)]


def test_a_page_repeating_the_previous_one_raises(run: Run) -> None:
    server = Server(lambda page, size: Page(items=[Item(n) for n in range(1, size + 1)], total=10**6))
    with pytest.raises(PagingError) as caught:
        run(server, size=4)
    assert isinstance(caught.value, DastraError)
    assert (caught.value.page, caught.value.size) == (2, 4)
    assert "page 2 repeats" in str(caught.value)
    assert server.calls == [(1, 4), (2, 4)]


def test_the_same_page_object_twice_raises(run: Run) -> None:
    same = Page(items=[Item(1), Item(2)], total=None)
    with pytest.raises(PagingError):
        run(Server(lambda page, size: same), size=2)


def test_repeated_plain_values_raise_too(run: Run) -> None:
    def answer(page: int, size: int) -> Any:
        return Page(items=[{"id": n} for n in range(size)], total=None)  # type: ignore[misc]

    with pytest.raises(PagingError):
        run(Server(answer), size=3)


def test_pages_sharing_some_items_are_not_a_repetition(run: Run) -> None:
    # An item inserted at the front between two requests shifts the list by one: legitimate.
    def answer(page: int, size: int) -> Page:
        start = (page - 1) * size if page == 1 else (page - 1) * size - 1
        return Page(items=[Item(n) for n in range(start, start + size)], total=12)

    items, _, _ = run(Server(answer), size=4)
    assert ids(items) == [0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10]


@pytest.mark.parametrize(("max_pages", "calls"), [(1, 1), (2, 2), (10, 3)])
def test_max_pages(run: Run, max_pages: int, calls: int) -> None:
    items, pages, server = run(Server(collection(25)), size=10, max_pages=max_pages)
    assert len(server.calls) == calls
    assert len(pages) == calls
    assert ids(items) == list(range(1, min(25, 10 * calls) + 1))


@pytest.mark.parametrize(("max_items", "count", "calls"), [(1, 1, 1), (10, 10, 1), (11, 11, 2), (99, 25, 3)])
def test_max_items(run: Run, max_items: int, count: int, calls: int) -> None:
    items, _, server = run(Server(collection(25)), size=10, max_items=max_items)
    assert ids(items) == list(range(1, count + 1))
    assert len(server.calls) == calls


def test_start_page(run: Run) -> None:
    items, _, server = run(Server(collection(25)), size=10, start_page=2)
    assert ids(items) == list(range(11, 26))
    assert server.calls == [(2, 10), (3, 10)]


def test_a_given_first_page_is_not_fetched_again(run: Run) -> None:
    first = collection(25)(1, 10)
    items, _, server = run(Server(collection(25)), size=10, first=first)
    assert ids(items) == list(range(1, 26))
    assert server.calls == [(2, 10), (3, 10)]


def test_a_page_with_more_items_than_size_goes_on(run: Run) -> None:
    # A server ignoring ``size`` (answering 3 where 2 were asked) is not short: the walk goes on.
    answer = collection(6, total=None)
    items, _, server = run(Server(lambda page, size: answer(page, 3)), size=2)
    assert ids(items) == [1, 2, 3, 4, 5, 6]
    assert server.calls == [(1, 2), (2, 2), (3, 2)]


@pytest.mark.parametrize(
    "options",
    [
        {"size": 0},
        {"size": MAX_PAGE_SIZE + 1},
        {"size": True},
        {"size": 10.0},
        {"start_page": 0},
        {"max_pages": 0},
        {"max_items": 0},
        {"max_items": -3},
    ],
)
def test_bad_arguments_raise_value_error_at_construction(options: dict[str, Any]) -> None:
    server = Server(collection(1))
    with pytest.raises(ValueError, match=next(iter(options))):
        SyncPager(server.fetch, **options)
    with pytest.raises(ValueError, match=next(iter(options))):
        AsyncPager(server.afetch, **options)
    assert server.calls == []


def test_pagers_are_lazy_and_total_reuses_the_first_page() -> None:
    server = Server(collection(25, total=25))
    pager = SyncPager(server.fetch, size=10)
    iterator = iter(pager)
    assert server.calls == []
    assert pager.total == 25
    assert server.calls == [(1, 10)]
    assert next(iterator).id == 1
    assert server.calls == [(1, 10)]  # the page fetched for total is the walk's first page
    assert len(list(pager)) == 25  # a second walk, sharing the first page
    assert pager.total == 25
    assert server.calls == [(1, 10), (2, 10), (3, 10)]
    assert len(list(iterator)) == 24
    assert server.calls == [(1, 10), (2, 10), (3, 10), (2, 10), (3, 10)]


@pytest.mark.parametrize("total", [UNSET, None, -5, False])
def test_total_is_none_when_absent_or_invalid(total: object) -> None:
    server = Server(collection(3, total=total))
    assert SyncPager(server.fetch).total is None
    assert asyncio.run(AsyncPager(server.afetch).total()) is None


def test_async_total_reuses_the_first_page() -> None:
    server = Server(collection(25))

    async def go() -> tuple[int | None, list[int]]:
        pager = AsyncPager(server.afetch, size=10)
        total = await pager.total()
        return total, [item.id async for item in pager]

    assert asyncio.run(go()) == (25, list(range(1, 26)))
    assert server.calls == [(1, 10), (2, 10), (3, 10)]


def test_the_sync_pager_refuses_async_for_and_the_async_one_for() -> None:
    server = Server(collection(3))

    async def misuse() -> None:
        async for _ in SyncPager(server.fetch):  # type: ignore[attr-defined]
            pass

    with pytest.raises(TypeError, match="'for', not 'async for'"):
        asyncio.run(misuse())
    with pytest.raises(TypeError, match="'async for', not 'for'"):
        list(AsyncPager(server.afetch))  # type: ignore[call-overload]
    assert server.calls == []


def test_repr_shows_the_settings() -> None:
    pager = SyncPager(Server(collection(1)).fetch, size=20, max_items=5)
    assert repr(pager) == "SyncPager(size=20, start_page=1, max_pages=None, max_items=5)"


def test_the_walker_refuses_a_page_after_the_end() -> None:
    walker = PageWalker(size=2)
    assert walker.accept(Page(items=[Item(1)], total=None)) == [Item(1)]
    assert walker.next_page is None
    with pytest.raises(RuntimeError):
        walker.accept(Page(items=[Item(2)]))


def test_the_walker_treats_no_page_as_the_end() -> None:
    walker = PageWalker()
    assert walker.accept(None) == []
    assert walker.next_page is None


def test_valid_total() -> None:
    assert [valid_total(v) for v in (0, 7, -1, True, None, UNSET, "3", 3.0)] == [0, 7] + [None] * 6


def test_generated_paged_lists_are_page_like() -> None:
    from dastra_client.models import DataBreachDto, DataBreachDtoPagedList

    page: PageLike[DataBreachDto] = DataBreachDtoPagedList.from_dict({"items": [], "total": 0})
    assert SyncPager(lambda n, s: page).total == 0


class Counted:
    """An item counting its ``to_dict`` calls; ``broken`` ones raise there."""

    calls = 0

    def __init__(self, n: int, *, broken: bool = False) -> None:
        self.id = n
        self.broken = broken

    def to_dict(self) -> dict[str, Any]:
        Counted.calls += 1
        if self.broken:
            raise ValueError("cannot serialise")
        return {"id": self.id}


def test_telling_an_honest_page_from_a_repeat_costs_one_item(run: Run) -> None:
    Counted.calls = 0

    def answer(page: int, size: int) -> Any:
        return Page(items=[Counted(n) for n in range((page - 1) * size, page * size)], total=3 * size)  # type: ignore[misc]

    items, _, _ = run(Server(answer), size=500)
    assert len(items) == 1500
    # Two walks (items, then pages), two comparisons each (page 2 vs 1, page 3 vs 2), one pair each.
    assert Counted.calls == 2 * 2 * 2


def test_items_that_cannot_be_compared_are_not_a_repeat(run: Run) -> None:
    def answer(page: int, size: int) -> Any:
        return Page(items=[Counted(n, broken=True) for n in range(size)], total=2 * size)  # type: ignore[misc]

    items, _, server = run(Server(answer), size=3)
    assert len(items) == 6  # ends at total, without a PagingError
    assert server.calls == [(1, 3), (2, 3)]
