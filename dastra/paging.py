"""Walk every item of any paged list operation of the functional layer, lazily, sync or async.

Dastra lists take ``page`` (from 1) and ``size`` (at most 500) and answer
``{items, total, size, page}``. Pass the generated function itself and its other arguments::

    for breach in paginate(data_breachs_list.sync, client=c, workspace_id="1"):
        ...
    async for breach in apaginate(data_breachs_list.asyncio, client=c, workspace_id="1"):
        ...

Pages are fetched one at a time, only as the items are consumed, under the rules of
``dastra_client._paging`` (the one walker shared with the facade's lists): the walk stops on an
empty or short page, once ``total`` items were seen (when ``total`` is valid), after ``max_pages``
pages or ``max_items`` items, or when the function answers ``None``; a page repeating the previous
one raises :class:`~dastra_client._errors.PagingError`. The item type is inferred from the
function's return type (``DataBreachDtoPagedList | None`` gives ``DataBreachDto``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from dastra_client._paging import MAX_PAGE_SIZE, PageLike, PageWalker, awalk_pages, walk_pages

__all__ = ["MAX_PAGE_SIZE", "PageLike", "aiter_pages", "apaginate", "iter_pages", "paginate"]

T = TypeVar("T")
PageT = TypeVar("PageT", bound="PageLike[Any]")


def _walker(
    size: int, start_page: int, max_pages: int | None, max_items: int | None, kwargs: dict[str, Any]
) -> PageWalker:
    if "page" in kwargs:
        raise TypeError("do not pass page: the pagination helpers set it; use start_page")
    return PageWalker(size=size, start_page=start_page, max_pages=max_pages, max_items=max_items)


def _bind(
    list_function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Callable[[int, int], Any]:
    def fetch(page: int, size: int) -> Any:
        return list_function(*args, page=page, size=size, **kwargs)

    return fetch


def iter_pages(
    list_function: Callable[..., PageT | None],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> Iterator[PageT]:
    """Each page answered by ``list_function(*args, page=n, size=size, **kwargs)``, lazily."""
    walker = _walker(size, start_page, max_pages, max_items, kwargs)
    return (page for page, _items in walk_pages(_bind(list_function, args, kwargs), walker))


def paginate(
    list_function: Callable[..., PageLike[T] | None],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> Iterator[T]:
    """Every item of every page of ``list_function`` (a generated ``sync`` list function), lazily.

    ``size`` is the page size (1 to 500, default 500). Other arguments go to ``list_function``.
    Raises ``ValueError`` for a bad ``size``, ``max_pages`` or ``max_items`` at once, not at the
    first iteration.
    """
    walker = _walker(size, start_page, max_pages, max_items, kwargs)
    return _items(walk_pages(_bind(list_function, args, kwargs), walker))


def _items(pages: Iterator[tuple[Any, list[T]]]) -> Iterator[T]:
    for _page, items in pages:
        yield from items


def aiter_pages(
    list_function: Callable[..., Awaitable[PageT | None]],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[PageT]:
    """Each page answered by ``await list_function(*args, page=n, size=size, **kwargs)``, lazily."""
    walker = _walker(size, start_page, max_pages, max_items, kwargs)
    return _pages(awalk_pages(_bind(list_function, args, kwargs), walker))


async def _pages(pages: AsyncIterator[tuple[PageT, list[Any]]]) -> AsyncIterator[PageT]:
    async for page, _items in pages:
        yield page


def apaginate(
    list_function: Callable[..., Awaitable[PageLike[T] | None]],
    /,
    *args: Any,
    size: int = MAX_PAGE_SIZE,
    start_page: int = 1,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[T]:
    """Every item of every page of ``list_function`` (a generated ``asyncio`` list function), lazily."""
    walker = _walker(size, start_page, max_pages, max_items, kwargs)
    return _aitems(awalk_pages(_bind(list_function, args, kwargs), walker))


async def _aitems(pages: AsyncIterator[tuple[Any, list[T]]]) -> AsyncIterator[T]:
    async for _page, items in pages:
        for item in items:
            yield item
