"""The rate-limit budget of one key, shared through Redis by every process that uses the key.

:class:`RedisRateLimiter` is a :class:`~dastra.policies.rate_limit.RateLimiter`: sync and async clients,
in any mix of processes and hosts, draw on the same windows (500/min and 10,000/10 min by default).
Its semantics are those of :class:`~dastra.policies.rate_limit.SlidingWindowLimiter`, across processes: a
request's slot is held from acquisition until its answer arrives, then one window more, in every window
at once, so the server, which counts arrivals, never sees more than the limit in any window of its own.

Why a script of ours. ``limits`` 5.x (moving window in Redis by Lua, sync and async storages) has no
blocking acquire, checks one limit per call (two windows are two hits, not atomic) and timestamps each
hit with the client's clock; ``pyrate-limiter`` 4.x (several rates in one Redis bucket, atomically,
blocking acquire, sync and async) and ``throttled-py`` 3.x (several algorithms on Redis, wait-and-retry,
sync and async) fit better, but all three count a request when it is *acquired*: none can hold a slot
until the answer and then expire it one window later, which is the property that keeps 429s away
whatever the latency (see :mod:`dastra.policies.rate_limit`). So one Lua script does it, atomically, on
Redis's clock (``TIME``: hosts' clocks never matter):

* each window is a sorted set of slots scored by the instant the slot stops counting; a new slot is
  scored ``now + lease + period`` (in flight: counted as answered ``lease`` seconds from now at the
  latest, so a process that dies mid-request frees its slots after ``lease + period``), and its
  release re-scores it ``answered + period``;
* a slot is granted only when every window has room; otherwise the script says how long to wait:
  until the blocking slot expires, or a short poll when it is still in flight.

Cost: one round trip per request would cost more than the request (about 100 us with redis-py on
loopback). So a process reserves slots a few at a time (1, doubling while it uses them up within
``linger``, at most 16 and a sixteenth of the smallest limit) and hands them out locally; releases are
timestamped locally on Redis's clock (an upper bound, from the offset seen at the last call, which the
script lowers to its own clock reading: the answer came before the call that reports it) and sent
with the next script call, or by a background thread (sync client) within ``linger`` (20 ms), which gives back
the reserved slots nobody used (they never reached the server, so they are removed, not expired). A
reserved slot counts as in flight from its reservation, before its request leaves, and a release that
is sent late only keeps the slot counted longer: both err on the safe side. News rides on every call
until a reply confirms it (sending it twice changes nothing), so a call never overtakes the news of one
another thread sent just before it: the flusher's releases still on the wire travel with the next
acquisition too, which is then told the exact wait instead of a poll.

Faults (see :mod:`dastra_auth.redis_link`): with ``fallback`` off (the default) an unreachable Redis
raises :class:`~dastra.errors.RedisUnavailableError` and the request is not sent. With it on, the
process limits itself in-process to its *share*: each limit divided by the number of processes that
used the key's budget within the longest window, as Redis last counted them. The processes known
before the outage then stay under the limits together, except in the windows that straddle the
outage's start (slots taken before it are unknown to the in-process limiters), and except for
processes started during the outage (they know of no peers and take the whole limit). In either mode,
a Redis that restarts without its data forgets the slots of the last window. There the server may see
more than the limit and answer 429: those answers are retried and raised as
:class:`~dastra.errors.RateLimitError` like any other, and the outage was announced by its
WARNING: never silently. Fail closed (and persist Redis) where that is not acceptable.
"""

from __future__ import annotations

import atexit
import logging
import math
import os
import secrets
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Final

import anyio
import attrs

from dastra.errors import RedisUnavailableError
from dastra.log import fingerprint, get_logger
from dastra.policies.rate_limit import RateLimiter, RateLimitTicket, SlidingWindowLimiter
from dastra_auth.redis_link import RedisLink, key_prefix

__all__ = ["RedisRateLimiter", "redis_limiter"]

logger: logging.Logger = get_logger("rate_limit")

#: Seconds a slot counts as in flight when its release never arrives (its process died).
DEFAULT_LEASE: Final = 60.0
#: At most this long (seconds) before a release reaches Redis, or an unused reserved slot goes back.
DEFAULT_LINGER: Final = 0.02
#: Most slots reserved at once by one process.
MAX_BATCH: Final = 16
#: Added to each wait, so that the blocking slot has surely expired when we look again.
_MARGIN_SECONDS: Final = 0.001

# KEYS: one sorted set per window, then the registry of processes (scored by their last call).
# ARGV: process id, first sequence number, slots wanted, lease, poll, horizon (microseconds),
#       releases ("<sequence> <answered at>" pairs, space-separated), returns ("<sequence>" list),
#       then (limit, period) per window. Slots are named "<process id>:<sequence>".
# Answers {granted, wait (us), now (us), live processes}.
ACQUIRE_SCRIPT: Final = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local process, first, wanted = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local lease, poll, horizon = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local answers, unused = {}, {}
for sequence, answered in string.gmatch(ARGV[7], '(%d+) (%d+)') do
  -- The upper bound can lie ahead of now when a call waited before Redis ran it, but an answer
  -- reported in this call came before it: one stamped later would look in flight (a needless poll).
  answers[#answers + 1] = {process .. ':' .. sequence, math.min(tonumber(answered), now)}
end
for sequence in string.gmatch(ARGV[8], '%d+') do
  unused[#unused + 1] = process .. ':' .. sequence
end
local function each_chunk(items, action)
  for i = 1, #items, 500 do
    action({unpack(items, i, math.min(i + 499, #items))})
  end
end
local windows = {}
local granted, wait, at = wanted, 0, 9
for w = 1, #KEYS - 1 do
  local key, limit, period = KEYS[w], tonumber(ARGV[at]), tonumber(ARGV[at + 1])
  at = at + 2
  windows[w] = {key, period}
  if #answers > 0 then
    local scored = {}
    for _, answer in ipairs(answers) do
      scored[#scored + 1] = answer[2] + period
      scored[#scored + 1] = answer[1]
    end
    each_chunk(scored, function(chunk) redis.call('ZADD', key, 'XX', unpack(chunk)) end)
  end
  if #unused > 0 then
    each_chunk(unused, function(chunk) redis.call('ZREM', key, unpack(chunk)) end)
  end
  if wanted > 0 then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
    local free = limit - redis.call('ZCARD', key)
    if free < granted then
      granted = math.max(free, 0)
    end
    if free < 1 then
      local excess = 1 - free
      local blocker = redis.call('ZRANGE', key, excess - 1, excess - 1, 'WITHSCORES')
      local expires = tonumber(blocker[2])
      local delay = expires - now
      if expires > now + period then
        delay = poll
      end
      if delay > wait then
        wait = delay
      end
    end
  end
end
if granted > 0 then
  for _, window in ipairs(windows) do
    local score, slots = now + lease + window[2], {}
    for i = 0, granted - 1 do
      slots[#slots + 1] = score
      slots[#slots + 1] = process .. ':' .. (first + i)
    end
    redis.call('ZADD', window[1], unpack(slots))
    redis.call('PEXPIRE', window[1], math.floor((lease + window[2]) / 1000) + 1000)
  end
end
local registry = KEYS[#KEYS]
redis.call('ZADD', registry, now, process)
redis.call('ZREMRANGEBYSCORE', registry, '-inf', now - horizon)
redis.call('PEXPIRE', registry, math.floor(horizon / 1000) + 1000)
return {granted, wait, now, redis.call('ZCARD', registry)}
"""


@attrs.frozen
class _Call:
    """What one script call sends: slots wanted, releases (sequence, answered at in us), unused sequences."""

    wanted: int
    first: int
    releases: tuple[tuple[int, int], ...]
    returns: tuple[int, ...]
    sent_at: float  # local monotonic seconds
    number: int = 0  # its rank among this process's calls: a reply confirms the news of every call up to it


def _sequence_of(member: str) -> int:
    return int(member.rpartition(":")[2])


@attrs.frozen
class _Reply:
    granted: int
    wait: float  # seconds
    now_us: int
    live: int


class _Slots:
    """This process's reserved slots and the news Redis has not heard yet. No I/O; callers lock."""

    def __init__(self, *, cap: int, linger: float, lease: float) -> None:
        self.cap = cap
        self.linger = linger
        self.lease = lease
        self.new_process()

    def new_process(self) -> None:
        """Start afresh under a new process id (a forked child: its parent's slots are not its own)."""
        self.process_id = secrets.token_hex(8)
        self.live = 1
        self._sequence = 0
        self._calls = 0  # never reset by forget(): a reply to an earlier call may still arrive
        self._offset: float | None = None  # Redis clock minus the local clock, an upper bound (s)
        self.forget()

    def forget(self) -> None:
        """Drop the reserved slots and the news (Redis failed: it may have lost them, or will expire them)."""
        self.batch = 1
        self._pool: deque[tuple[str, float]] = deque()  # (member, reserved at)
        self._released: list[tuple[str, float]] = []  # (member, answered at)
        self._returned: list[str] = []
        self._reserved_at = -math.inf
        # News sent but not yet confirmed by a reply, by call number: every call carries it again.
        self._unconfirmed: dict[int, tuple[tuple[tuple[int, int], ...], tuple[int, ...]]] = {}

    def take(self, now: float) -> str | None:
        """A reserved slot, or None (a slot reserved too long ago is given back instead)."""
        while self._pool:
            member, reserved_at = self._pool.popleft()
            if now - reserved_at < self.lease / 2:
                return member
            self._returned.append(member)
        return None

    def reservation(self, now: float) -> _Call:
        """The call that reserves slots (and carries the pending news)."""
        if now - self._reserved_at < self.linger:  # the last batch was used up quickly: ask for more
            self.batch = min(self.batch * 2, self.cap)
        first = self._sequence
        self._sequence += self.batch
        return self._call(self.batch, first, now)

    def flush(self, now: float, *, everything: bool = False) -> _Call:
        """The call that only carries the news: releases, and reserved slots unused for ``linger``
        (``everything``: all of them)."""
        unused = len(self._returned)
        while self._pool and (everything or now - self._pool[0][1] >= self.linger):
            self._returned.append(self._pool.popleft()[0])
        if len(self._returned) > unused:  # more was reserved than used: ask for fewer next time
            self.batch = max(1, self.batch // 2)
        return self._call(0, self._sequence, now)

    def _call(self, wanted: int, first: int, now: float) -> _Call:
        releases = tuple((_sequence_of(member), self.redis_microseconds(at)) for member, at in self._released)
        returns = tuple(_sequence_of(member) for member in self._returned)
        self._released.clear()
        self._returned.clear()
        self._calls += 1
        resent_releases = tuple(item for sent, _ in self._unconfirmed.values() for item in sent)
        resent_returns = tuple(item for _, sent in self._unconfirmed.values() for item in sent)
        if releases or returns:
            self._unconfirmed[self._calls] = (releases, returns)
        return _Call(wanted, first, resent_releases + releases, resent_returns + returns, now, self._calls)

    def redis_microseconds(self, local: float) -> int:
        """A local instant on Redis's clock: never earlier than the truth (see :meth:`answered`)."""
        assert self._offset is not None, "releases are kept only once Redis has answered"
        return math.ceil((local + self._offset) * 1e6)

    def answered(self, call: _Call, reply: _Reply, now: float) -> str | None:
        """Take in a reply: a slot for the caller (the rest go to the pool), or None."""
        # Redis read its clock after the call was sent: now_us - sent_at bounds the offset from above.
        self._offset = reply.now_us / 1e6 - call.sent_at
        self.live = max(1, reply.live)
        for number in [number for number in self._unconfirmed if number <= call.number]:
            del self._unconfirmed[number]  # Redis has it: this call carried it
        if reply.granted <= 0:
            return None
        members = [f"{self.process_id}:{call.first + i}" for i in range(reply.granted)]
        self._reserved_at = now
        self._pool.extend((member, now) for member in members[1:])
        return members[0]

    def release(self, member: str, now: float) -> None:
        if self._offset is not None and member.startswith(self.process_id):
            self._released.append((member, now))
        # else: a slot of a process this one was forked from; it expires after its lease

    def due(self) -> float | None:
        """When the flusher must send news (local monotonic), or None when there is none."""
        if self._returned:
            return -math.inf
        oldest = math.inf
        if self._released:
            oldest = self._released[0][1]
        if self._pool:
            oldest = min(oldest, self._pool[0][1])
        return oldest + self.linger if oldest < math.inf else None

    @property
    def has_news(self) -> bool:
        return bool(self._released or self._returned or self._pool)

    @property
    def synchronized(self) -> bool:
        """True once a reply told the offset between the local clock and Redis's."""
        return self._offset is not None


def _script_arguments(
    call: _Call, process_id: str, rates: Sequence[tuple[int, float]], *, lease: float, poll: float
) -> list[str | int]:
    horizon = max(period for _, period in rates)
    arguments: list[str | int] = [
        process_id,
        call.first,
        call.wanted,
        round(lease * 1e6),
        round(poll * 1e6),
        round(horizon * 1e6),
        " ".join(f"{sequence} {answered}" for sequence, answered in call.releases),
        " ".join(map(str, call.returns)),
    ]
    for limit, period in rates:
        arguments += [limit, round(period * 1e6)]
    return arguments


def _reply(raw: Sequence[int]) -> _Reply:
    granted, wait_us, now_us, live = (int(value) for value in raw)
    return _Reply(granted, wait_us / 1e6, now_us, live)


class _Ticket:
    __slots__ = ("_limiter", "_member", "_released")

    def __init__(self, limiter: RedisRateLimiter, member: str) -> None:
        self._limiter = limiter
        self._member = member
        self._released = False

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._limiter._release(self._member)


class RedisRateLimiter:
    """At most ``requests`` per ``period`` seconds for every ``(requests, period)`` in ``rates``, for
    every process of ``key`` (a client id or API key identity, only ever hashed) that uses ``link``'s
    Redis. ``sleep`` and ``async_sleep`` are injectable for tests.
    """

    def __init__(
        self,
        link: RedisLink,
        key: str,
        rates: Sequence[tuple[int, float]],
        *,
        lease: float = DEFAULT_LEASE,
        linger: float = DEFAULT_LINGER,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._rates = tuple((int(n), float(p)) for n, p in rates)
        SlidingWindowLimiter(self._rates)  # the same validation of the rates
        self._link = link
        prefix = key_prefix(key)
        self.keys: tuple[str, ...] = (
            *(f"{prefix}:rl:{period:g}s" for _, period in self._rates),
            f"{prefix}:processes",
        )
        self._label = fingerprint(key)
        self._lease = lease
        self._poll = 2 * linger
        self._sleep = sleep
        self._async_sleep = async_sleep
        cap = max(1, min(MAX_BATCH, min(n for n, _ in self._rates) // 16))
        self._slots = _Slots(cap=cap, linger=linger, lease=lease)
        self._lock = threading.Lock()
        self._news = threading.Condition(self._lock)
        self._flusher: threading.Thread | None = None
        self._flusher_wakes_at = math.inf
        self._fallback: SlidingWindowLimiter | None = None
        self._fallback_share: tuple[tuple[int, float], ...] = ()
        _LIMITERS.add(self)

    def __repr__(self) -> str:
        rates = ", ".join(f"{n}/{p:g}s" for n, p in self._rates)
        return f"RedisRateLimiter({rates}, label={self._label!r}, fallback={self._link.fallback})"

    # --- RateLimiter ---------------------------------------------------------------------------------

    def acquire(self) -> RateLimitTicket:
        waited = False
        while True:
            call, member = self._next_call()
            if member is not None:
                return _Ticket(self, member)
            assert call is not None
            try:
                raw = self._link.run(partial(self._send, call))
            except RedisUnavailableError:
                self._forget()
                if not self._link.fallback:
                    raise
                return self._fallback_limiter().acquire()
            wait, member = self._take_reply(call, raw)
            if member is not None:
                return _Ticket(self, member)
            if not waited:
                waited = True
                self._log_wait(wait)
            self._sleep(wait)

    async def aacquire(self) -> RateLimitTicket:
        waited = False
        while True:
            call, member = self._next_call()
            if member is not None:
                return _Ticket(self, member)
            assert call is not None
            try:
                raw = await self._link.arun(partial(self._asend, call))
            except RedisUnavailableError:
                self._forget()
                if not self._link.fallback:
                    raise
                return await self._fallback_limiter().aacquire()
            wait, member = self._take_reply(call, raw)
            if member is not None:
                return _Ticket(self, member)
            if not waited:
                waited = True
                self._log_wait(wait)
            await self._async_sleep(wait)

    async def aclose(self) -> None:
        """Called when an async client closes: close the loop's Redis connections (reopened on demand)."""
        await self._link.aclose_loop_client()

    # --- the shared core of both paths (no I/O) -----------------------------------------------------

    def _next_call(self) -> tuple[_Call | None, str | None]:
        with self._lock:
            now = time.monotonic()
            member = self._slots.take(now)
            if member is not None:
                return None, member
            return self._slots.reservation(now), None

    def _take_reply(self, call: _Call, raw: Sequence[int]) -> tuple[float, str | None]:
        reply = _reply(raw)
        with self._lock:
            member = self._slots.answered(call, reply, time.monotonic())
            if self._slots.has_news:
                self._wake_flusher()
        return reply.wait + _MARGIN_SECONDS, member

    def _release(self, member: str) -> None:
        with self._lock:
            first_news = not self._slots.has_news
            self._slots.release(member, time.monotonic())
            if first_news:  # otherwise the flusher is already due no later than this release
                self._wake_flusher()

    def _forget(self) -> None:
        with self._lock:
            self._slots.forget()

    def _fallback_limiter(self) -> SlidingWindowLimiter:
        """The in-process limiter of the outage, at this process's share of the budget."""
        with self._lock:
            live = self._slots.live
            share = tuple((max(1, n // live), period) for n, period in self._rates)
            fallback = self._fallback
            if fallback is None or self._fallback_share != share:
                fallback = self._fallback = SlidingWindowLimiter(
                    share, label=self._label, sleep=self._sleep, async_sleep=self._async_sleep
                )
                self._fallback_share = share
                logger.info(
                    "rate limit for key %s in-process during the Redis outage: %s (1/%d of the key's budget)",
                    self._label,
                    ", ".join(f"{n}/{p:g}s" for n, p in share),
                    live,
                )
            return fallback

    def _log_wait(self, wait: float) -> None:
        logger.info("rate limit reached for key %s (shared): waiting %.3fs", self._label, wait)

    # --- Redis ---------------------------------------------------------------------------------------

    def _arguments(self, call: _Call) -> list[str | int]:
        return _script_arguments(
            call, self._slots.process_id, self._rates, lease=self._lease, poll=self._poll
        )

    def _send(self, call: _Call) -> Sequence[int]:
        reply: Sequence[int] = self._link.script(ACQUIRE_SCRIPT)(keys=self.keys, args=self._arguments(call))
        return reply

    async def _asend(self, call: _Call) -> Sequence[int]:
        script = self._link.async_script(ACQUIRE_SCRIPT)
        reply: Sequence[int] = await script(keys=self.keys, args=self._arguments(call))
        return reply

    # --- the flusher: news reaches Redis within `linger` even when no request follows ------------------

    def _wake_flusher(self) -> None:
        """Called with the lock held: make sure the flusher wakes up when the news is due."""
        if self._flusher is None or not self._flusher.is_alive():
            self._flusher = threading.Thread(
                target=_flush_forever, args=(weakref.ref(self),), name="dastra-rate-limit-flush", daemon=True
            )
            self._flusher_wakes_at = math.inf
            self._flusher.start()
        due = self._slots.due()
        if due is not None and due < self._flusher_wakes_at:  # else it wakes up in time anyway
            self._news.notify()

    def _wait_for_news(self, timeout: float) -> _Call | None:
        """The next flush call once due, or None after ``timeout`` without news."""
        with self._lock:
            deadline = time.monotonic() + timeout
            while True:
                now = time.monotonic()
                due = self._slots.due()
                if due is not None and due <= now:
                    return self._slots.flush(now)
                if due is None and now >= deadline:
                    return None
                self._flusher_wakes_at = due if due is not None else math.inf
                self._news.wait((due if due is not None else deadline) - now)
                self._flusher_wakes_at = -math.inf  # awake: it looks again before sleeping

    def flush(self) -> None:
        """Send every pending release and give back every unused slot now (best effort)."""
        with self._lock:
            if not self._slots.has_news or not self._slots.synchronized:
                return
            call = self._slots.flush(time.monotonic(), everything=True)
        self._send_news(call)

    def _send_news(self, call: _Call) -> None:
        if not call.releases and not call.returns:
            return
        try:
            raw = self._link.run(lambda: self._send(call))
        except RedisUnavailableError:
            self._forget()
            return
        self._take_reply(call, raw)

    def _after_fork(self) -> None:
        """In a forked child: start afresh (the parent's slots, lock state and thread are not its own)."""
        self._lock = threading.Lock()
        self._news = threading.Condition(self._lock)
        self._slots.new_process()
        self._flusher = None


def _flush_forever(limiter_ref: weakref.ref[RedisRateLimiter]) -> None:
    """The flusher thread's loop; it ends when its limiter is gone."""
    while True:
        limiter = limiter_ref()
        if limiter is None:
            return
        call = limiter._wait_for_news(timeout=5.0)
        if call is not None:
            limiter._send_news(call)
        del limiter


_LIMITERS: weakref.WeakSet[RedisRateLimiter] = weakref.WeakSet()
_registry: weakref.WeakKeyDictionary[
    RedisLink, dict[tuple[str, tuple[tuple[int, float], ...]], RedisRateLimiter]
]
_registry = weakref.WeakKeyDictionary()
_registry_lock = threading.Lock()


def redis_limiter(link: RedisLink, key: str, rates: Sequence[tuple[int, float]]) -> RateLimiter:
    """The process-wide shared limiter of ``key`` and ``rates`` on ``link`` (like ``shared_limiter``)."""
    from dastra.policies.rate_limit import Unlimited

    if not rates:
        return Unlimited()
    normalized = tuple((int(n), float(p)) for n, p in rates)
    registry_key = (key_prefix(key), normalized)
    with _registry_lock:
        limiters = _registry.setdefault(link, {})
        limiter = limiters.get(registry_key)
        if limiter is None:
            limiter = limiters[registry_key] = RedisRateLimiter(link, key, normalized)
        return limiter


def _after_fork_in_child() -> None:
    for limiter in list(_LIMITERS):
        limiter._after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)


@atexit.register
def _flush_at_exit() -> None:
    """Give back reserved slots and send releases when the process ends (else they count ~lease longer)."""
    for limiter in list(_LIMITERS):
        limiter.flush()
