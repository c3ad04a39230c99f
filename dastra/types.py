"""The public types a service annotates with: answers, pagers, pages, per-call options, ``UNSET``.

::

    from dastra.types import APIResponse, SyncPager, RequestOptions

    def open_breaches(dastra: Dastra) -> SyncPager[DataBreachDto]:
        return dastra.workspace("42").data_breachs.list()

They are defined in the generated package's runtime (which imports nothing of ours); this module is
their one public home. Models live in ``dastra_client.models``.
"""

from __future__ import annotations

from dastra_client._lazy import eager_parsing
from dastra_client._options import ClientOptions, RequestOptions
from dastra_client._paging import MAX_PAGE_SIZE, AsyncPager, PageLike, SyncPager
from dastra_client._response import Answer, APIResponse, BinaryAnswer, JSONValue
from dastra_client.types import UNSET, Unset

__all__ = [
    "MAX_PAGE_SIZE",
    "UNSET",
    "APIResponse",
    "Answer",
    "AsyncPager",
    "BinaryAnswer",
    "ClientOptions",
    "JSONValue",
    "PageLike",
    "RequestOptions",
    "SyncPager",
    "Unset",
    "eager_parsing",
]
