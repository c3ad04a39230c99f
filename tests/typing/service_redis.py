"""Service code that passes its own redis-py client (checked only where the ``redis`` extra is installed):
the ``RedisClient`` protocol of ``Dastra(redis=...)`` takes both of redis-py's clients as they are typed
(built by their constructors: redis-py leaves ``from_url``'s ``**kwargs`` untyped, which strict pyright reports)."""

from __future__ import annotations

import redis
import redis.asyncio

from dastra import AsyncDastra, Dastra
from dastra.connect import create_async_client, create_client


def shared_budget() -> None:
    client = redis.Redis(host="localhost", port=6379, socket_timeout=0.5, socket_connect_timeout=0.5)
    with Dastra(redis=client) as dastra, create_client(redis=client) as functional:
        print(dastra, functional)


async def shared_budget_async() -> None:
    client = redis.asyncio.Redis(host="localhost", socket_timeout=0.5, socket_connect_timeout=0.5)
    async with AsyncDastra(redis=client) as dastra, create_async_client(redis=client) as functional:
        print(dastra, functional)
