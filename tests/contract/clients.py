"""Generated clients pointed at the mock API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import httpx2

from dastra_client import Client
from dastra_sandbox.mock_api import MockAPI

TIMEOUT = httpx2.Timeout(30.0)


@contextmanager
def sync_client_for(mock: MockAPI) -> Iterator[Client]:
    client = Client(base_url=mock.url, raise_on_unexpected_status=False)
    client.set_httpx_client(
        httpx2.Client(base_url=mock.url, headers={"Authorization": "Bearer contract-test"}, timeout=TIMEOUT)
    )
    with client:
        yield client


@asynccontextmanager
async def async_client_for(mock: MockAPI) -> AsyncIterator[Client]:
    client = Client(base_url=mock.url, raise_on_unexpected_status=False)
    client.set_async_httpx_client(
        httpx2.AsyncClient(
            base_url=mock.url, headers={"Authorization": "Bearer contract-test"}, timeout=TIMEOUT
        )
    )
    async with client:
        yield client
