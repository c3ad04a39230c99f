"""Client-side rate limiting: the limiter's arithmetic on a fake clock, then a real burst."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx2
import pytest

from dastra.errors import RateLimitError
from dastra.policies.rate_limit import RateLimitTicket, SlidingWindowLimiter, Unlimited, shared_limiter
from dastra.policies.transport import TransportPolicy
from tests.policies.helpers import async_client, make_policy, sync_client
from tests.servers.faults import FaultServer, Reply


class FakeClock:
    """A clock that only moves when slept on; ``on_sleep`` runs before each sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self.on_sleep: Callable[[], None] | None = None

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if self.on_sleep is not None:
            self.on_sleep()
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def limiter_on(clock: FakeClock, rates: list[tuple[int, float]]) -> SlidingWindowLimiter:
    return SlidingWindowLimiter(rates, clock=clock, sleep=clock.sleep, async_sleep=clock.asleep)


def test_full_window_waits_until_the_oldest_answer_is_a_period_old() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, [(3, 10.0)])
    for _ in range(3):
        limiter.acquire().release()
    assert clock.slept == []
    limiter.acquire()
    assert clock.now == pytest.approx(10.0, abs=0.01)


def test_every_window_is_enforced() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, [(2, 1.0), (3, 10.0)])
    for _ in range(2):
        limiter.acquire().release()
    limiter.acquire().release()  # the short window makes it wait one second
    assert clock.now == pytest.approx(1.0, abs=0.01)
    limiter.acquire().release()  # the long window: ten seconds after the first answer
    assert clock.now == pytest.approx(10.0, abs=0.01)


def test_requests_in_flight_hold_their_slot_until_answered() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, [(2, 10.0)])
    held = [limiter.acquire(), limiter.acquire()]
    clock.now = 5.0

    def answer_one() -> None:
        if held:
            held.pop().release()  # answered at t=5: its slot is free again at t=15

    clock.on_sleep = answer_one
    limiter.acquire()
    assert clock.now == pytest.approx(15.0, abs=0.02)


def test_async_acquire_waits_with_the_async_sleep() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, [(1, 2.0)])

    async def scenario() -> None:
        (await limiter.aacquire()).release()
        (await limiter.aacquire()).release()

    asyncio.run(scenario())
    assert clock.now == pytest.approx(2.0, abs=0.01)


def test_release_is_idempotent() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, [(1, 1.0)])
    ticket: RateLimitTicket = limiter.acquire()
    ticket.release()
    ticket.release()
    limiter.acquire()
    assert clock.now == pytest.approx(1.0, abs=0.01)


@pytest.mark.parametrize("rates", [[], [(0, 1.0)], [(1, 0.0)]])
def test_bad_rates_are_refused(rates: list[tuple[int, float]]) -> None:
    with pytest.raises(ValueError, match="rate"):
        SlidingWindowLimiter(rates)


def test_one_limiter_per_key_and_rates() -> None:
    rates = [(5, 1.0)]
    first = shared_limiter("client-a-registry", rates)
    assert shared_limiter("client-a-registry", rates) is first
    assert shared_limiter("client-b-registry", rates) is not first
    assert "client-a-registry" not in repr(first)
    assert isinstance(shared_limiter("client-a-registry", []), Unlimited)


def test_policy_hides_the_key_and_checks_rates() -> None:
    policy = TransportPolicy(
        api_url="http://127.0.0.1:1", rate_limit_key="PRIVATE-KEY", timeout=httpx2.Timeout(1)
    )
    assert "PRIVATE-KEY" not in repr(policy)
    assert policy.rate_limits == ((500, 60.0), (10_000, 600.0))
    with pytest.raises(ValueError, match="rate_limits"):
        TransportPolicy(
            api_url="http://127.0.0.1:1", rate_limit_key="k", timeout=httpx2.Timeout(1), rate_limits=((0, 1),)
        )


# --- a real burst ------------------------------------------------------------------------------

#: Dastra's two windows scaled down so that a 1,000-request burst takes a few seconds.
SCALED_WINDOWS: tuple[tuple[int, float], ...] = ((100, 0.25), (300, 1.0))
BURST = 1000
#: A loaded server on two cores answers slowly: the burst is about counts, not speed.
BURST_TIMEOUT = httpx2.Timeout(10.0)


def _burst(server: FaultServer, policy: TransportPolicy, *, sync_calls: int, async_calls: int) -> list[int]:
    """Send the burst from two sync clients (16 threads) and one async client at once; return the statuses."""
    statuses: list[int] = []
    lock = threading.Lock()

    def record(status: int) -> None:
        with lock:
            statuses.append(status)

    def one_sync_call(client: httpx2.Client) -> None:
        try:
            record(client.get("/v1/burst").status_code)
        except RateLimitError as error:
            record(error.status_code)

    async def async_burst() -> None:
        async with async_client(policy) as client:

            async def one() -> None:
                try:
                    record((await client.get("/v1/burst")).status_code)
                except RateLimitError as error:
                    record(error.status_code)

            await asyncio.gather(*(one() for _ in range(async_calls)))

    async_thread = threading.Thread(target=asyncio.run, args=(async_burst(),))
    with sync_client(policy) as client_a, sync_client(policy) as client_b:
        async_thread.start()
        with ThreadPoolExecutor(max_workers=16) as pool:
            list(pool.map(one_sync_call, [client_a, client_b] * (sync_calls // 2)))
        async_thread.join(timeout=60)
    assert len(statuses) == sync_calls + async_calls
    assert len(server.requests_to("/v1/burst")) == sync_calls + async_calls
    return statuses


def test_burst_within_limits_gets_no_429(server: FaultServer) -> None:
    server.script("/v1/burst", then=Reply(200, json={}))
    server_limit = server.limit_rate(SCALED_WINDOWS)
    policy = make_policy(server.url, rate_limits=SCALED_WINDOWS, max_retries=0, timeout=BURST_TIMEOUT)
    statuses = _burst(server, policy, sync_calls=700, async_calls=300)
    assert server_limit.rejected == 0
    assert statuses.count(200) == BURST


def test_burst_without_client_limits_gets_429s(server: FaultServer) -> None:
    """The control: the same burst with client-side limiting off is refused by the server."""
    server.script("/v1/burst", then=Reply(200, json={}))
    server_limit = server.limit_rate(SCALED_WINDOWS)
    policy = make_policy(server.url, rate_limits=(), max_retries=0, timeout=BURST_TIMEOUT)
    statuses = _burst(server, policy, sync_calls=700, async_calls=300)
    assert server_limit.rejected > 0
    assert statuses.count(429) == server_limit.rejected
