"""Checked by mypy --strict only (never run): paging keeps the item type, and sync/async do not mix.

Every ``# type: ignore[...]`` below is an expected error: with ``warn_unused_ignores`` (strict), mypy
fails if the misuse it marks ever type-checks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from dastra.filters import Condition, F, RuleSet
from dastra.paging import aiter_pages, apaginate, iter_pages, paginate
from dastra_client import Client
from dastra_client._filters import encode_filters
from dastra_client._paging import AsyncPager, PageLike, SyncPager
from dastra_client.api.data_breachs import data_breachs_list
from dastra_client.models import DataBreachDto, DataBreachDtoPagedList
from dastra_client.types import UNSET, Unset


def sync_paging(client: Client) -> None:
    assert_type(paginate(data_breachs_list.sync, client=client, workspace_id="1"), Iterator[DataBreachDto])
    assert_type(
        iter_pages(data_breachs_list.sync, client=client, workspace_id="1"), Iterator[DataBreachDtoPagedList]
    )

    def fetch(page: int, size: int) -> DataBreachDtoPagedList:
        return DataBreachDtoPagedList()

    pager = SyncPager(fetch)
    assert_type(pager, SyncPager[DataBreachDto])
    for breach in pager:
        assert_type(breach, DataBreachDto)
    assert_type(pager.pages(), Iterator[PageLike[DataBreachDto]])
    assert_type(pager.total, int | None)
    pager.__aiter__()  # type: ignore[attr-defined]


async def async_paging(client: Client) -> None:
    items = apaginate(data_breachs_list.asyncio, client=client, workspace_id="1")
    assert_type(items, AsyncIterator[DataBreachDto])
    pages = aiter_pages(data_breachs_list.asyncio, client=client, workspace_id="1")
    assert_type(pages, AsyncIterator[DataBreachDtoPagedList])

    async def fetch(page: int, size: int) -> DataBreachDtoPagedList:
        return DataBreachDtoPagedList()

    pager = AsyncPager(fetch)
    async for breach in pager:
        assert_type(breach, DataBreachDto)
    assert_type(await pager.total(), int | None)
    for _ in pager:  # type: ignore[attr-defined]
        pass


def filters(value: str | Unset = UNSET) -> None:  # a parameter: checkers narrow a local on assignment
    assert_type(F("state") == "New", Condition)
    assert_type((F("a") == 1) & F("b").is_null(), RuleSet)
    assert_type(encode_filters(F("a") > 2), str)
    assert_type(encode_filters("raw"), str)
    assert_type(encode_filters(value), str | Unset)
    encode_filters(3)  # type: ignore[call-overload]
