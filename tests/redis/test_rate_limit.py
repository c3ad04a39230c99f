"""The Redis-shared limiter against a real Redis: the in-process limiter's semantics, across limiters.

Two :class:`RedisRateLimiter` objects of one key stand for two processes here: they share nothing but
Redis (each has its own process id, reservations and lock). Durations are real (Redis's clock) and
short; lower bounds are exact, upper bounds generous (two loaded cores).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
import threading
import time
import uuid
from collections.abc import Callable, Sequence

import pytest

from dastra.policies.redis_rate_limit import RedisRateLimiter, _Call, redis_limiter
from dastra_auth.redis_link import RedisLink
from tests.redis.conftest import RedisInspector


class WouldWait(Exception):
    """Raised by the sleep of a limiter that must not wait."""


def refuse_to_wait(seconds: float) -> None:
    raise WouldWait(seconds)


async def refuse_to_wait_async(seconds: float) -> None:
    raise WouldWait(seconds)


def recording_sleep(waits: list[float]) -> Callable[[float], None]:
    """A real sleep that notes each wait in ``waits``."""

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    return sleep


@pytest.fixture
def link(redis_url: str) -> RedisLink:
    return RedisLink(redis_url)


@pytest.fixture
def key() -> str:
    return f"api_key:secret-{uuid.uuid4()}"


def test_a_full_window_waits_until_the_oldest_answer_is_a_period_old(link: RedisLink, key: str) -> None:
    waits: list[float] = []
    sleep = recording_sleep(waits)
    limiter = RedisRateLimiter(link, key, [(3, 0.4)], sleep=sleep)
    started = time.monotonic()
    for _ in range(3):
        limiter.acquire().release()
    assert waits == []
    asked = time.monotonic()
    limiter.acquire().release()
    assert 0.4 <= time.monotonic() - started < 1.5
    assert len(waits) == 1  # told how long to wait, not polling
    assert 0.4 - (asked - started) - 0.05 <= waits[0] <= 0.41


def test_a_release_stamped_ahead_of_redis_clock_does_not_look_in_flight(link: RedisLink, key: str) -> None:
    # Regression (a flaky poll of 2 x linger before the exact wait): under load a call waits before Redis
    # runs it, so the clock offset read from its reply, an upper bound, runs ahead; the releases stamped
    # with it then lay in Redis's future and the script took the oldest one for a slot still in flight.
    waits: list[float] = []
    sleep = recording_sleep(waits)
    limiter = RedisRateLimiter(link, key, [(3, 0.4)], sleep=sleep)
    stamp = limiter._slots.redis_microseconds
    limiter._slots.redis_microseconds = lambda local: stamp(local) + 300_000  # type: ignore[method-assign]
    started = time.monotonic()
    for _ in range(3):
        limiter.acquire().release()
    asked = time.monotonic()
    limiter.acquire().release()
    assert len(waits) == 1, waits  # told how long to wait, not polling
    assert 0.4 - (asked - started) - 0.05 <= waits[0] <= 0.41


def test_an_acquisition_that_overtakes_the_flushers_releases_still_waits_the_exact_time(
    link: RedisLink, key: str
) -> None:
    # Regression (a flaky wait of 2 x linger, then the rest): the flusher thread's releases were on the
    # wire while the caller's reservation reached Redis first, which then saw the slot still in flight.
    waits: list[float] = []
    sleep = recording_sleep(waits)
    limiter = RedisRateLimiter(link, key, [(3, 0.6)], sleep=sleep)
    send = limiter._send
    flusher_holds = threading.Event()
    overtaken = threading.Event()

    def send_late_from_the_flusher(call: _Call) -> Sequence[int]:
        if threading.current_thread().name == "dastra-rate-limit-flush" and call.releases:
            flusher_holds.set()
            overtaken.wait(timeout=2.0)  # the caller's script calls go first
        return send(call)

    limiter._send = send_late_from_the_flusher  # type: ignore[method-assign]
    started = time.monotonic()
    limiter.acquire().release()
    assert flusher_holds.wait(timeout=2.0), "the flusher never sent the release"
    time.sleep(0.2)  # the next slots are answered 0.2 s later than the first
    for _ in range(2):
        limiter.acquire().release()  # these script calls reach Redis before the flusher's
    assert waits == []
    asked = time.monotonic()
    limiter.acquire().release()
    overtaken.set()
    # The wait ends a period after the first answer: Redis learnt it from the caller's calls too (the
    # flusher's call has not arrived), else it would wait for the second slot, 0.2 s longer.
    assert len(waits) == 1, waits
    assert 0.6 - (asked - started) - 0.05 <= waits[0] <= 0.6 - (asked - started) + 0.1


def test_a_slot_is_held_until_its_answer_then_for_one_period(link: RedisLink, key: str) -> None:
    limiter = RedisRateLimiter(link, key, [(2, 0.3)])
    held = [limiter.acquire(), limiter.acquire()]
    answered: list[float] = []

    def answer_late() -> None:
        time.sleep(0.5)  # longer than the period: the slot must still count while in flight
        answered.append(time.monotonic())
        held[0].release()

    other_process = RedisRateLimiter(link, key, [(2, 0.3)])
    thread = threading.Thread(target=answer_late)
    thread.start()
    other_process.acquire().release()
    granted = time.monotonic()
    thread.join(timeout=5)
    assert answered, "the slot was granted before the request in flight was answered"
    assert granted - answered[0] >= 0.3


def test_every_window_is_enforced_at_once(link: RedisLink, key: str) -> None:
    limiter = RedisRateLimiter(link, key, [(2, 0.2), (3, 1.0)])
    started = time.monotonic()
    limiter.acquire().release()
    limiter.acquire().release()
    limiter.acquire().release()  # the short window: 0.2 s after the first answer
    assert 0.2 <= time.monotonic() - started < 1.0
    limiter.acquire().release()  # the long window: 1 s after the first answer
    assert 1.0 <= time.monotonic() - started < 2.5


def test_sync_and_async_limiters_of_one_key_share_the_budget(link: RedisLink, key: str) -> None:
    sync_process = RedisRateLimiter(link, key, [(3, 30.0)], sleep=refuse_to_wait)
    async_process = RedisRateLimiter(link, key, [(3, 30.0)], async_sleep=refuse_to_wait_async)
    other_key = RedisRateLimiter(link, key + "-other", [(3, 30.0)], sleep=refuse_to_wait)
    sync_process.acquire().release()
    sync_process.acquire()  # still in flight

    async def take_one() -> None:
        try:
            (await async_process.aacquire()).release()
        finally:
            await async_process.aclose()

    asyncio.run(take_one())
    with pytest.raises(WouldWait):
        sync_process.acquire()
    with pytest.raises(WouldWait):
        asyncio.run(take_one())
    for _ in range(3):
        other_key.acquire()  # another key has its own budget


def test_slots_are_reserved_a_few_at_a_time_and_unused_ones_given_back(
    link: RedisLink, key: str, inspect: RedisInspector
) -> None:
    limiter = RedisRateLimiter(link, key, [(10**6, 60.0)])
    inspect.reset_stats()
    for _ in range(200):
        limiter.acquire().release()
    calls = inspect.script_calls()
    assert calls < 200 / 4  # one script call reserves several slots and carries several releases
    time.sleep(0.3)  # the flusher sends the last releases and gives back what was not used
    window = limiter.keys[0]
    assert inspect.zcard(window) == 200
    now_us = inspect.now_us()
    latest = max(score for _, score in inspect.members(window))
    assert latest < now_us + 61 * 10**6  # every slot released (in flight would be lease + period)


def test_the_slots_of_a_dead_process_expire_after_lease_and_period(link: RedisLink, key: str) -> None:
    dead = RedisRateLimiter(link, key, [(2, 0.2)], lease=0.3)
    started = time.monotonic()
    dead.acquire()
    dead.acquire()  # never released: the process died with both requests in flight
    RedisRateLimiter(link, key, [(2, 0.2)]).acquire()
    assert 0.5 <= time.monotonic() - started < 2.0


def test_keys_are_namespaced_by_a_hash_of_the_key(link: RedisLink, key: str, inspect: RedisInspector) -> None:
    limiter = redis_limiter(link, key, [(5, 1.0), (50, 10.0)])
    assert redis_limiter(link, key, [(5, 1.0), (50, 10.0)]) is limiter  # one per process
    limiter.acquire().release()
    names = inspect.keys("*")
    assert len(names) == 3
    assert all(re.fullmatch(r"dastra:\{[0-9a-f]{32}\}:(rl:1s|rl:10s|processes)", name) for name in names)
    members = [member for name in names for member, _ in inspect.members(name)]
    assert not any(key.encode() in value for value in [*map(str.encode, names), *members])
    assert key not in repr(limiter)


def test_a_forked_child_takes_slots_of_its_own(link: RedisLink, key: str, inspect: RedisInspector) -> None:
    limiter = redis_limiter(link, key, [(100, 30.0)])
    assert isinstance(limiter, RedisRateLimiter)
    limiter.acquire().release()
    child = multiprocessing.get_context("fork").Process(target=_use_and_flush, args=(limiter,))
    child.start()
    child.join(timeout=30)
    assert child.exitcode == 0
    limiter.acquire().release()
    time.sleep(0.2)  # the parent's flusher sends its last release
    members = [member.decode() for member, _ in inspect.members(limiter.keys[0])]
    assert len(members) == 3
    assert len({member.split(":")[0] for member in members}) == 2  # the child had its own process id


def _use_and_flush(limiter: RedisRateLimiter) -> None:
    limiter.acquire().release()
    limiter.flush()
