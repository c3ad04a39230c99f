"""Fixtures of the client-object tests: a fault server as the API, and the same test run on both clients.

``both`` is parametrized ``sync`` / ``async``: ``both.client(...)`` builds a ``Dastra`` or an ``AsyncDastra``
on the fault server (API-key mode unless told otherwise), ``both.run(fn)`` calls ``fn(client)`` and awaits
what it returns on the async side (one event loop per test), ``both.items(pager)`` walks a pager.
"""

from __future__ import annotations

import asyncio
import inspect
import uuid
from collections.abc import Callable, Iterator
from typing import Any, Literal

import pytest

from dastra import AsyncDastra, Dastra
from dastra.settings import DastraSettings
from tests.servers.faults import FaultServer

Kind = Literal["sync", "async"]
BREACH_ID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")


def breach(n: int = 1, **fields: Any) -> dict[str, Any]:
    """A valid ``DataBreachDto`` JSON object."""
    return {"id": str(uuid.UUID(int=n)), "label": f"breach {n}", "startDate": "2024-01-01T00:00:00", **fields}


def settings_for(server: FaultServer, **overrides: Any) -> DastraSettings:
    """API-key settings on ``server``: never the caller's environment, no client-side rate limit in the way."""
    values: dict[str, Any] = {
        "api_key": "test-api-key",
        "api_url": server.url,
        "timeout": 5.0,
        "rate_limit_per_minute": 100_000,
        "rate_limit_per_10_minutes": 1_000_000,
    }
    values.update(overrides)
    return DastraSettings(**values)


class Both:
    """One test, run on the sync or on the async client."""

    def __init__(self, kind: Kind, server: FaultServer) -> None:
        self.kind = kind
        self.server = server
        self._loop = asyncio.new_event_loop() if kind == "async" else None
        self._clients: list[Dastra | AsyncDastra] = []

    @property
    def cls(self) -> type[Dastra] | type[AsyncDastra]:
        return Dastra if self.kind == "sync" else AsyncDastra

    def client(self, **overrides: Any) -> Any:
        mode = overrides.pop("mode", "api_key")
        client = self.cls(settings_for(self.server, **overrides), mode=mode)
        self._clients.append(client)
        return client

    def run(self, function: Callable[[Any], Any], client: Any = None) -> Any:
        """``function(client)``; awaited when it returns an awaitable (async side)."""
        target = client if client is not None else self.client()
        if self._loop is None:
            return function(target)

        async def call() -> Any:
            result = function(target)
            return await result if inspect.isawaitable(result) else result

        return self._loop.run_until_complete(call())

    def items(self, pager: Any) -> list[Any]:
        """Every item of a pager, with ``for`` or ``async for``."""
        if self._loop is None:
            return list(pager)

        async def walk() -> list[Any]:
            return [item async for item in pager]

        return self._loop.run_until_complete(walk())

    def close(self) -> None:
        for client in self._clients:
            if isinstance(client, Dastra):
                client.close()
            elif self._loop is not None:
                self._loop.run_until_complete(client.aclose())
        if self._loop is not None:
            self._loop.close()


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def both(request: pytest.FixtureRequest, server: FaultServer) -> Iterator[Both]:
    runner = Both(request.param, server)
    try:
        yield runner
    finally:
        runner.close()
