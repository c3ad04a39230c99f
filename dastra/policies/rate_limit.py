"""Client-side rate limiting: keep one API key under Dastra's limits (500/min, 10,000/10 min).

A :class:`RateLimiter` hands out a :class:`RateLimitTicket` per request (``acquire()`` blocks the
thread, ``await aacquire()`` waits without blocking the event loop) and the ticket is released
when the answer arrives. :func:`shared_limiter` keeps ONE limiter per key and rates in the
process, so every client object of the same key, sync or async, draws from the same windows.

Why not a library. We looked at aiolimiter (asyncio only, one window), limits (no blocking
acquire, and its sync and async storages are separate, so sync and async clients could not share
one budget) and pyrate-limiter (both paths, but it counts a request when it is *acquired*). The
server counts a request when it *arrives*; with many threads, network jitter lets two requests
acquired just over a window apart arrive just under it, and the server answers 429. So our
:class:`SlidingWindowLimiter` holds each request's slot from acquisition until its answer, and
lets the slot expire one window after the answer: whatever the latency, the server never sees
more than N requests in any window of its own. It is ~80 lines behind the :class:`RateLimiter`
protocol, which :class:`~dastra.policies.redis_rate_limit.RedisRateLimiter` also implements: the same
windows shared through Redis by many processes behind one key (``DASTRA_REDIS_URL``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Final, Protocol

import anyio
import httpx2

from dastra.log import fingerprint, get_logger

__all__ = [
    "AsyncRateLimitTransport",
    "RateLimitTicket",
    "RateLimitTransport",
    "RateLimiter",
    "SlidingWindowLimiter",
    "Unlimited",
    "shared_limiter",
]

logger: logging.Logger = get_logger("rate_limit")

#: How long to wait before looking again when every slot of a window is held by a request in flight.
_POLL_SECONDS: Final = 0.005
#: Added to each computed wait so that a slot has surely expired when we look again.
_MARGIN_SECONDS: Final = 0.001


class RateLimitTicket(Protocol):
    """One request's slot. Release it once the answer (or the failure) is in."""

    def release(self) -> None: ...


class RateLimiter(Protocol):
    """What the rate-limit transport needs. Implementations must be safe across threads and loops."""

    def acquire(self) -> RateLimitTicket:
        """Block the calling thread until a request may be sent."""
        ...

    async def aacquire(self) -> RateLimitTicket:
        """Wait, without blocking the event loop, until a request may be sent."""
        ...


class _NoTicket:
    def release(self) -> None:
        return None


class Unlimited:
    """A limiter that never waits (rate limiting disabled)."""

    def acquire(self) -> RateLimitTicket:
        return _NoTicket()

    async def aacquire(self) -> RateLimitTicket:
        return _NoTicket()


class _Window:
    __slots__ = ("answered", "period", "requests")

    def __init__(self, requests: int, period: float) -> None:
        self.requests = requests
        self.period = period
        self.answered: deque[float] = deque()  # answer times, oldest first

    def wait_seconds(self, in_flight: int, now: float) -> float:
        """0 when one more request fits, else how long until it may (or a short poll)."""
        excess = in_flight + len(self.answered) + 1 - self.requests
        if excess <= 0:
            return 0.0
        if excess <= len(self.answered):
            return self.answered[excess - 1] + self.period - now + _MARGIN_SECONDS
        return _POLL_SECONDS


class _Ticket:
    __slots__ = ("_limiter", "_released")

    def __init__(self, limiter: SlidingWindowLimiter) -> None:
        self._limiter = limiter
        self._released = False

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._limiter._release()


class SlidingWindowLimiter:
    """At most ``requests`` per ``period`` seconds, for every ``(requests, period)`` in ``rates``.

    A request holds its slot from :meth:`acquire` until its ticket is released, then for one more
    ``period``. Thread-safe; the async path sleeps with :func:`anyio.sleep`. ``clock``, ``sleep``
    and ``async_sleep`` are injectable for tests.
    """

    def __init__(
        self,
        rates: Sequence[tuple[int, float]],
        *,
        label: str = "",
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        if not rates:
            raise ValueError("a SlidingWindowLimiter needs at least one (requests, period) rate")
        for requests, period in rates:
            if requests < 1 or period <= 0:
                raise ValueError(
                    f"a rate must allow >= 1 request per > 0 seconds, got {(requests, period)!r}"
                )
        self._windows = [_Window(requests, float(period)) for requests, period in rates]
        self._label = label
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._in_flight = 0

    def __repr__(self) -> str:
        rates = ", ".join(f"{w.requests}/{w.period:g}s" for w in self._windows)
        return f"SlidingWindowLimiter({rates}, label={self._label!r})"

    def acquire(self) -> RateLimitTicket:
        wait = self._try_take()
        if wait <= 0:  # a slot at once: the common case
            return _Ticket(self)
        waited = 0.0
        while wait > 0:
            if not waited:
                self._log_wait(wait)
            waited += wait
            self._sleep(wait)
            wait = self._try_take()
        return _Ticket(self)

    async def aacquire(self) -> RateLimitTicket:
        wait = self._try_take()
        if wait <= 0:
            return _Ticket(self)
        waited = 0.0
        while wait > 0:
            if not waited:
                self._log_wait(wait)
            waited += wait
            await self._async_sleep(wait)
            wait = self._try_take()
        return _Ticket(self)

    def _try_take(self) -> float:
        """Take a slot and return 0, or return how long to wait before trying again."""
        with self._lock:
            now = self._clock()
            in_flight = self._in_flight
            wait = 0.0
            for window in self._windows:
                # Forget the answers older than the window (inline: every request pays this).
                answered, period = window.answered, window.period
                while answered and answered[0] + period <= now:
                    answered.popleft()
                if in_flight + len(answered) + 1 > window.requests:  # the window is full
                    wait = max(wait, window.wait_seconds(in_flight, now))
            if wait == 0.0:
                self._in_flight = in_flight + 1
            return wait

    def _release(self) -> None:
        with self._lock:
            now = self._clock()
            self._in_flight -= 1
            for window in self._windows:
                window.answered.append(now)

    def _log_wait(self, wait: float) -> None:
        logger.info("rate limit reached for key %s: waiting %.3fs", self._label, wait)


_registry: dict[tuple[str, tuple[tuple[int, float], ...]], SlidingWindowLimiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(key: str, rates: Sequence[tuple[int, float]]) -> RateLimiter:
    """The process-wide limiter of ``key`` (a client id or API key identity) for ``rates``.

    Every call with the same key and rates returns the same object, so all clients of one key
    share one budget. The key is kept only as a hash. An empty ``rates`` disables limiting.
    """
    if not rates:
        return Unlimited()
    label = fingerprint(key)
    registry_key = (label, tuple((int(n), float(p)) for n, p in rates))
    with _registry_lock:
        limiter = _registry.get(registry_key)
        if limiter is None:
            limiter = SlidingWindowLimiter(registry_key[1], label=label)
            _registry[registry_key] = limiter
        return limiter


def _applies_to_all(request: httpx2.Request) -> bool:
    return True


class RateLimitTransport(httpx2.BaseTransport):
    """Waits for the limiter before each request that ``applies_to`` (API requests), then sends it."""

    def __init__(
        self,
        transport: httpx2.BaseTransport,
        limiter: RateLimiter,
        *,
        applies_to: Callable[[httpx2.Request], bool] = _applies_to_all,
    ) -> None:
        self._transport = transport
        self._limiter = limiter
        self._applies_to = applies_to

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not self._applies_to(request):
            return self._transport.handle_request(request)
        ticket = self._limiter.acquire()
        try:
            return self._transport.handle_request(request)
        finally:
            ticket.release()

    def close(self) -> None:
        self._transport.close()


class AsyncRateLimitTransport(httpx2.AsyncBaseTransport):
    """The async twin of :class:`RateLimitTransport` (the wait never blocks the event loop)."""

    def __init__(
        self,
        transport: httpx2.AsyncBaseTransport,
        limiter: RateLimiter,
        *,
        applies_to: Callable[[httpx2.Request], bool] = _applies_to_all,
    ) -> None:
        self._transport = transport
        self._limiter = limiter
        self._applies_to = applies_to

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if not self._applies_to(request):
            return await self._transport.handle_async_request(request)
        ticket = await self._limiter.aacquire()
        try:
            return await self._transport.handle_async_request(request)
        finally:
            ticket.release()

    async def aclose(self) -> None:
        await self._transport.aclose()
        close_limiter = getattr(self._limiter, "aclose", None)  # a limiter holding connections (Redis)
        if close_limiter is not None:
            await close_limiter()
