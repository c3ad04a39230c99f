"""Helpers for the transport-policy tests: policies with fresh keys, clients wired like the factory's."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx2

from dastra.policies.transport import (
    TransportPolicy,
    async_response_hooks,
    build_async_transport,
    build_transport,
    response_hooks,
)

#: Short timeouts so that "slow" answers are quick to provoke.
TEST_TIMEOUT = httpx2.Timeout(connect=2.0, read=0.25, write=2.0, pool=2.0)


class RecordedSleeps:
    """Stands in for ``time.sleep`` / ``anyio.sleep``: remembers each wait, never waits."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)


def make_policy(api_url: str, **overrides: Any) -> TransportPolicy:
    """A policy with a key no other test uses (limiters are shared per key) and no rate limits."""
    options: dict[str, Any] = {
        "api_url": api_url,
        "rate_limit_key": f"test-key-{uuid.uuid4()}",
        "timeout": TEST_TIMEOUT,
        "rate_limits": (),
        "backoff_initial": 0.01,
        "backoff_max": 0.05,
        "backoff_jitter": 0.01,
    }
    options.update(overrides)
    return TransportPolicy(**options)


def sync_client(policy: TransportPolicy, sleep: Callable[[float], None] | None = None) -> httpx2.Client:
    """An ``httpx2.Client`` wired exactly as the client factory wires it."""
    transport = build_transport(policy) if sleep is None else build_transport(policy, sleep=sleep)
    return httpx2.Client(
        base_url=policy.api_url,
        timeout=policy.timeout,
        transport=transport,
        event_hooks={"response": response_hooks(policy)},
    )


def async_client(policy: TransportPolicy, sleeps: RecordedSleeps | None = None) -> httpx2.AsyncClient:
    transport = (
        build_async_transport(policy)
        if sleeps is None
        else build_async_transport(policy, sleep=sleeps.asleep)
    )
    return httpx2.AsyncClient(
        base_url=policy.api_url,
        timeout=policy.timeout,
        transport=transport,
        event_hooks={"response": async_response_hooks(policy)},
    )
