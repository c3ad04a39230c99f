"""The one home of paging: the rules that end a walk over a paged list, and the pagers built on them.

Dastra lists take ``page`` (from 1) and ``size`` (1 to 500) and answer ``{items, total, size,
page}``. :class:`PageWalker` holds every decision of one walk and does no I/O; :func:`walk_pages` and
:func:`awalk_pages` are its thin sync and async drivers, and :class:`SyncPager` / :class:`AsyncPager`
the lazy iterables built on them (``dastra.paging`` and the facade's list methods use these).

A walk always ends. It stops:

- on an empty page, or one without ``items`` (``None`` or unset), or when there is no page at all;
- on a short page (fewer items than ``size``), even when ``total`` says more are to come;
- once ``total`` items were received, when ``total`` is a valid count (an int >= 0); a missing or
  invalid ``total`` leaves only the rules above and below;
- after ``max_pages`` pages, or once ``max_items`` items were handed out (the last page is cut), when
  those guards are given.

A full page whose items equal the previous page's, in order, raises :class:`PagingError`: that is a
server ignoring ``page``, and going on would never end. The comparison stops at the first differing
item, so on an honest server it costs one item, not a page.

This file is copied verbatim into the generated package as ``_paging.py``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar

from ._errors import FieldValidationError, PagingError

if TYPE_CHECKING:  # the generated types module (absolute: this file is checked where it lives, too)
    from dastra_client.types import Unset

__all__ = [
    "MAX_PAGE_SIZE",
    "AsyncPager",
    "PageLike",
    "PageWalker",
    "PagingError",
    "SyncPager",
    "awalk_pages",
    "valid_total",
    "walk_pages",
]

#: The largest page Dastra serves, and the default size of every walk.
MAX_PAGE_SIZE: Final = 500

T = TypeVar("T")
P = TypeVar("P", bound="PageLike[Any]")


class PageLike(Protocol[T]):
    """What a generated ``*PagedList`` model looks like to a walk (``UNSET`` counts as absent).

    ``Unset`` is the generated class itself (falsy by its type), so ``for item in page.items or []``
    iterates ``T`` under both mypy and pyright.
    """

    @property
    def items(self) -> list[T] | Unset | None: ...

    @property
    def total(self) -> int | Unset | None: ...


def valid_total(total: object) -> int | None:
    """``total`` when it is a usable count (an int >= 0, not a bool), else ``None``."""
    if isinstance(total, int) and not isinstance(total, bool) and total >= 0:
        return total
    return None


def _page_total(page: PageLike[Any]) -> int | None:
    """``valid_total(page.total)``; ``None`` too when the total did not fit its type (reading such a
    field raises FieldValidationError: the rule of ``_lazy.py``)."""
    try:
        total = page.total
    except FieldValidationError:
        return None
    return valid_total(total)


def _check_count(name: str, value: object, *, low: int, high: int | None = None) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        bounds = f"from {low} to {high}" if high is not None else f">= {low}"
        raise ValueError(f"{name} must be an int {bounds}, got {value!r}")
    return value


def _item_key(item: object) -> object:
    """What two items are compared by: the JSON object a model was parsed from (``_lazy``'s
    ``_source``: no field is parsed for this), else the model's ``to_dict()``, else the value itself."""
    source = getattr(item, "_source", None)
    if isinstance(source, Mapping):
        return source
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item


def _same_item(a: object, b: object) -> bool:
    if a is b:
        return True
    try:
        return bool(_item_key(a) == _item_key(b))
    except Exception:  # an item that cannot even be compared is not evidence of a repeated page
        return False


def _same_items(previous: list[Any], items: list[Any]) -> bool:
    if previous is items:
        return True
    if len(previous) != len(items):
        return False
    return all(_same_item(a, b) for a, b in zip(previous, items, strict=True))


class PageWalker:
    """The decisions of one walk, without I/O: which page to ask for next, which items to hand out.

    Drive it as: while ``next_page`` is not ``None``, fetch that page (at ``size``) and pass it to
    :meth:`accept`, which returns the items to hand out. Arguments are checked here, so a bad
    ``size`` raises ``ValueError`` before anything is fetched.
    """

    __slots__ = ("_handed", "_max_items", "_max_pages", "_next", "_pages", "_previous", "_received", "size")

    def __init__(
        self,
        *,
        size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        max_pages: int | None = None,
        max_items: int | None = None,
    ) -> None:
        self.size: Final = _check_count("size", size, low=1, high=MAX_PAGE_SIZE)
        self._next: int | None = _check_count("start_page", start_page, low=1)
        self._max_pages = None if max_pages is None else _check_count("max_pages", max_pages, low=1)
        self._max_items = None if max_items is None else _check_count("max_items", max_items, low=1)
        self._pages = 0
        self._received = 0
        self._handed = 0
        self._previous: list[Any] | None = None

    @property
    def next_page(self) -> int | None:
        """The number of the page to fetch next, or ``None`` once the walk is over."""
        return self._next

    def accept(self, page: PageLike[Any] | None) -> list[Any]:
        """Take the answer for page :attr:`next_page` (``None`` for no page) and return its items to hand out.

        Raises :class:`PagingError` when a full page repeats the previous one.
        """
        number = self._next
        if number is None:
            raise RuntimeError("the walk is over: no page was asked for")
        raw_items = None if page is None else page.items
        items: list[Any] = raw_items if isinstance(raw_items, list) else []
        count = len(items)
        if count == 0:
            self._next = None
            return []
        if self._previous is not None and _same_items(self._previous, items):
            self._next = None
            raise PagingError(
                f"page {number} repeats the {count} items of page {number - 1} (size {self.size}): "
                "the server ignores 'page'; stopped",
                page=number,
                size=self.size,
            )
        self._previous = items if count >= self.size else None
        self._pages += 1
        self._received += count
        cut = self._max_items is not None and self._handed + count >= self._max_items
        if cut and self._max_items is not None:
            items = items[: self._max_items - self._handed]
        self._handed += len(items)
        total = _page_total(page) if page is not None else None
        over = (
            cut
            or count < self.size
            or (total is not None and self._received >= total)
            or (self._max_pages is not None and self._pages >= self._max_pages)
        )
        self._next = None if over else number + 1
        return items


def walk_pages(
    fetch: Callable[[int, int], P | None], walker: PageWalker, first: P | None = None
) -> Iterator[tuple[P, list[Any]]]:
    """Each page and the items to hand out from it, fetching ``fetch(page_number, size)`` lazily.

    ``first``, when given, is the answer for the walk's first page (it is not fetched again).
    """
    while (number := walker.next_page) is not None:
        if first is not None:
            page: P | None = first
            first = None
        else:
            page = fetch(number, walker.size)
        items = walker.accept(page)
        if page is None:
            return
        yield page, items


async def awalk_pages(
    fetch: Callable[[int, int], Awaitable[P | None]], walker: PageWalker, first: P | None = None
) -> AsyncIterator[tuple[P, list[Any]]]:
    """:func:`walk_pages` for an async ``fetch``."""
    while (number := walker.next_page) is not None:
        if first is not None:
            page: P | None = first
            first = None
        else:
            page = await fetch(number, walker.size)
        items = walker.accept(page)
        if page is None:
            return
        yield page, items


class _PagerBase(Generic[T]):
    __slots__ = ("_first", "_max_items", "_max_pages", "_size", "_start_page")

    def __init__(
        self,
        *,
        size: int,
        start_page: int,
        max_pages: int | None,
        max_items: int | None,
        first: PageLike[T] | None,
    ) -> None:
        PageWalker(size=size, start_page=start_page, max_pages=max_pages, max_items=max_items)  # checks
        self._size = size
        self._start_page = start_page
        self._max_pages = max_pages
        self._max_items = max_items
        self._first = first

    def _walker(self) -> PageWalker:
        return PageWalker(
            size=self._size, start_page=self._start_page, max_pages=self._max_pages, max_items=self._max_items
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(size={self._size}, start_page={self._start_page}, "
            f"max_pages={self._max_pages}, max_items={self._max_items})"
        )


class SyncPager(_PagerBase[T]):
    """Every item of a paged list, lazily across pages: ``for item in pager``.

    ``fetch(page_number, size)`` answers one page. Iterating again walks the list again (the first
    page, once fetched, is kept and not fetched again). Use ``for``, not ``async for``.
    """

    __slots__ = ("_fetch",)

    def __init__(
        self,
        fetch: Callable[[int, int], PageLike[T]],
        *,
        size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        max_pages: int | None = None,
        max_items: int | None = None,
        first: PageLike[T] | None = None,
    ) -> None:
        super().__init__(
            size=size, start_page=start_page, max_pages=max_pages, max_items=max_items, first=first
        )
        self._fetch = fetch

    def _walk(self) -> Iterator[tuple[PageLike[T], list[T]]]:
        for page, items in walk_pages(self._fetch, self._walker(), self._first):
            if self._first is None:
                self._first = page
            yield page, items

    def __iter__(self) -> Iterator[T]:
        for _page, items in self._walk():
            yield from items

    def pages(self) -> Iterator[PageLike[T]]:
        """Each page, lazily, under the same rules as the items."""
        for page, _items in self._walk():
            yield page

    @property
    def total(self) -> int | None:
        """The first page's ``total`` (``None`` when absent or invalid); fetches that page if needed."""
        if self._first is None:
            self._first = self._fetch(self._start_page, self._size)
        return _page_total(self._first)

    if not TYPE_CHECKING:

        def __aiter__(self):
            raise TypeError(f"{type(self).__name__} is iterated with 'for', not 'async for'")


class AsyncPager(_PagerBase[T]):
    """Every item of a paged list, lazily across pages: ``async for item in pager``.

    ``fetch(page_number, size)`` is awaited for one page. Use ``async for``, not ``for``.
    """

    __slots__ = ("_fetch",)

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[PageLike[T]]],
        *,
        size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        max_pages: int | None = None,
        max_items: int | None = None,
        first: PageLike[T] | None = None,
    ) -> None:
        super().__init__(
            size=size, start_page=start_page, max_pages=max_pages, max_items=max_items, first=first
        )
        self._fetch = fetch

    async def _walk(self) -> AsyncIterator[tuple[PageLike[T], list[T]]]:
        async for page, items in awalk_pages(self._fetch, self._walker(), self._first):
            if self._first is None:
                self._first = page
            yield page, items

    async def __aiter__(self) -> AsyncIterator[T]:
        async for _page, items in self._walk():
            for item in items:
                yield item

    async def pages(self) -> AsyncIterator[PageLike[T]]:
        """Each page, lazily, under the same rules as the items."""
        async for page, _items in self._walk():
            yield page

    async def total(self) -> int | None:
        """The first page's ``total`` (``None`` when absent or invalid); fetches that page if needed."""
        if self._first is None:
            self._first = await self._fetch(self._start_page, self._size)
        return _page_total(self._first)

    if not TYPE_CHECKING:

        def __iter__(self):
            raise TypeError(f"{type(self).__name__} is iterated with 'async for', not 'for'")
