"""Walk every item of any paged list operation, lazily, sync or async.

Dastra lists take ``page`` (from 1) and ``size`` (at most 500) and answer
``{items, total, size, page}``. Pass the generated function itself and its other arguments::

    for breach in paginate(data_breachs_list.sync, client=c, workspace_id="1"):
        ...
    async for breach in apaginate(data_breachs_list.asyncio, client=c, workspace_id="1"):
        ...

Pages are fetched one at a time, only as the items are consumed. The walk stops once ``total``
items have been seen, on an empty page, and when a page has no ``items`` at all (``None`` or
unset), or when the function answers ``None``. The item type is inferred from the function's
return type (``DataBreachDtoPagedList | None`` gives ``DataBreachDto``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Final, Protocol, TypeVar

from dastra_client.types import Unset

__all__ = ["MAX_PAGE_SIZE", "PageLike", "aiter_pages", "apaginate", "iter_pages", "paginate"]

#: The largest page Dastra serves, and our default.
MAX_PAGE_SIZE: Final = 500

T = TypeVar("T")
PageT = TypeVar("PageT", bound="PageLike[Any]")


class PageLike(Protocol[T]):
    """What a generated ``*PagedList`` model looks like to us (``Unset`` counts as absent)."""

    @property
    def items(self) -> list[T] | Unset | None: ...

    @property
    def total(self) -> int | Unset | None: ...


def _check_arguments(size: int, kwargs: dict[str, Any]) -> None:
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_PAGE_SIZE:
        raise ValueError(f"size must be an int from 1 to {MAX_PAGE_SIZE}, got {size!r}")
    if "page" in kwargs:
        raise TypeError("do not pass page: the pagination helpers set it; use start_page")


def _items_of(page: PageLike[T]) -> list[T]:
    items = page.items
    return items if isinstance(items, list) else []


def _is_last(page: PageLike[Any], items: list[Any], seen: int) -> bool:
    """Whether no page should follow this one."""
    if not items:
        return True
    total = page.total
    return isinstance(total, int) and not isinstance(total, bool) and seen >= total


def iter_pages(
    list_function: Callable[..., PageT | None],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    **kwargs: Any,
) -> Iterator[PageT]:
    """Each page answered by ``list_function(*args, page=n, size=size, **kwargs)``, lazily."""
    _check_arguments(size, kwargs)
    return _iter_pages(list_function, args, kwargs, size, start_page)


def _iter_pages(
    list_function: Callable[..., PageT | None],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    size: int,
    page_number: int,
) -> Iterator[PageT]:
    seen = 0
    while True:
        page = list_function(*args, page=page_number, size=size, **kwargs)
        if page is None:
            return
        yield page
        items = _items_of(page)
        seen += len(items)
        if _is_last(page, items, seen):
            return
        page_number += 1


def paginate(
    list_function: Callable[..., PageLike[T] | None],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    **kwargs: Any,
) -> Iterator[T]:
    """Every item of every page of ``list_function`` (a generated ``sync`` list function), lazily.

    ``size`` is the page size (1 to 500, default 500). Other arguments go to ``list_function``.
    Raises ``ValueError`` for a bad ``size`` at once, not at the first iteration.
    """
    _check_arguments(size, kwargs)
    return _paginate(_iter_pages(list_function, args, kwargs, size, start_page))


def _paginate(pages: Iterator[PageLike[T]]) -> Iterator[T]:
    for page in pages:
        yield from _items_of(page)


def aiter_pages(
    list_function: Callable[..., Awaitable[PageT | None]],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    **kwargs: Any,
) -> AsyncIterator[PageT]:
    """Each page answered by ``await list_function(*args, page=n, size=size, **kwargs)``, lazily."""
    _check_arguments(size, kwargs)
    return _aiter_pages(list_function, args, kwargs, size, start_page)


async def _aiter_pages(
    list_function: Callable[..., Awaitable[PageT | None]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    size: int,
    page_number: int,
) -> AsyncIterator[PageT]:
    seen = 0
    while True:
        page = await list_function(*args, page=page_number, size=size, **kwargs)
        if page is None:
            return
        yield page
        items = _items_of(page)
        seen += len(items)
        if _is_last(page, items, seen):
            return
        page_number += 1


def apaginate(
    list_function: Callable[..., Awaitable[PageLike[T] | None]],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    **kwargs: Any,
) -> AsyncIterator[T]:
    """Every item of every page of ``list_function`` (a generated ``asyncio`` list function), lazily."""
    _check_arguments(size, kwargs)
    return _apaginate(_aiter_pages(list_function, args, kwargs, size, start_page))


async def _apaginate(pages: AsyncIterator[PageLike[T]]) -> AsyncIterator[T]:
    async for page in pages:
        for item in _items_of(page):
            yield item
