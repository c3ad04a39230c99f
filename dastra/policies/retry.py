"""Retries: which failures are retried, how long to wait, and the transports that do it.

What is retried (at most ``max_retries`` times after the first attempt; 0 disables):

* a connection that could not be made (connect error or timeout, no free pooled connection):
  the request was never sent, so any method is retried;
* other transport failures (reset, read/write timeout, truncated answer) and the statuses
  408, 429, 500, 502, 503, 504: only for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE,
  TRACE), since a POST or PATCH may already have been acted on, unless ``retry_non_idempotent``.

A request may carry its own ``max_retries`` in ``request.extensions[MAX_RETRIES_EXTENSION]`` (set by
the per-call options of ``dastra_client._options``); it replaces the policy's for that request only.

Waits grow exponentially with jitter (``backoff_initial * 2**n + uniform(0, backoff_jitter)``,
at most ``backoff_max``). A ``Retry-After`` header (seconds or HTTP-date) replaces that wait when
it is at most ``retry_after_cap``; a longer one is not waited for: the answer is returned at once
(and becomes a typed error), rather than holding the caller for minutes.

Library choice: tenacity drives the loop. stamina (built on tenacity) is the friendlier API for
application code, but its waits and test mode are process-global and its sleep cannot be
injected; a transport needs per-client settings, retrying on *results* (status codes) as well
as exceptions, a wait computed from the answer (``Retry-After``) and an injectable sleep, which
tenacity's ``Retrying``/``AsyncRetrying`` give directly.

The transports read each API answer's body inside the attempt, so a connection reset in the
middle of a body is retried like any other transport failure.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import time
from collections.abc import Awaitable, Callable
from email.utils import parsedate_to_datetime
from typing import Final, TypeVar

import anyio
import attrs
import httpx2
import tenacity

from dastra.errors import APIConnectionError, APITimeoutError
from dastra.log import get_logger, safe_target
from dastra_client._options import MAX_RETRIES_EXTENSION

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
    "to_api_error",
]

logger: logging.Logger = get_logger("http")

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})

#: Failures that happen before the request leaves this machine: safe to retry for any method.
_NEVER_SENT: Final = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)
#: Failures after the request may have reached the server.
_MAYBE_SENT: Final = (httpx2.TimeoutException, httpx2.NetworkError, httpx2.RemoteProtocolError)


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry. All durations are in seconds."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    retry_non_idempotent: bool = False
    retry_after_cap: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    backoff_initial: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_max: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    backoff_jitter: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))

    def may_resend(self, method: str) -> bool:
        """Whether a request that may have reached the server can be sent again."""
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP-date); ``None`` if unusable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    current = now if now is not None else dt.datetime.now(dt.UTC)
    return max(0.0, (when - current).total_seconds())


def to_api_error(error: httpx2.TransportError, request: httpx2.Request) -> APIConnectionError:
    """The typed error for a transport failure: :class:`APITimeoutError` or :class:`APIConnectionError`.

    The message names the method, the path and the failure's kind; never the query string.
    """
    target = safe_target(request)
    kind = type(error).__name__
    if isinstance(error, httpx2.TimeoutException):
        return APITimeoutError(f"{target} timed out ({kind})", method=request.method, path=request.url.path)
    return APIConnectionError(f"{target} failed: {kind}", method=request.method, path=request.url.path)


def _for_request(policy: RetryPolicy, request: httpx2.Request) -> RetryPolicy:
    """``policy``, with the request's own ``max_retries`` when it carries one."""
    max_retries = request.extensions.get(MAX_RETRIES_EXTENSION)
    if max_retries is None or max_retries == policy.max_retries:
        return policy
    return attrs.evolve(policy, max_retries=max_retries)


class _Plan:
    """The retry decisions for one request, shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx2.Request) -> None:
        self.policy = _for_request(policy, request)
        self.request = request
        self.target = safe_target(request)
        self._backoff = tenacity.wait_exponential_jitter(
            multiplier=policy.backoff_initial,
            max=policy.backoff_max,
            exp_base=2,
            jitter=policy.backoff_jitter,
        )

    def retrying(self, sleep: Callable[[float], None]) -> tenacity.Retrying:
        return tenacity.Retrying(
            sleep=sleep,
            stop=tenacity.stop_after_attempt(self.policy.max_retries + 1),
            wait=self.wait,
            retry=self.should_retry,
            before_sleep=self.log_retry,
            retry_error_callback=_last_outcome,
        )

    def async_retrying(self, sleep: Callable[[float], Awaitable[None]]) -> tenacity.AsyncRetrying:
        return tenacity.AsyncRetrying(
            sleep=sleep,
            stop=tenacity.stop_after_attempt(self.policy.max_retries + 1),
            wait=self.wait,
            retry=self.should_retry,
            before_sleep=self.log_retry,
            retry_error_callback=_last_outcome,
        )

    def _retry_after(self, response: httpx2.Response) -> float | None:
        return parse_retry_after(response.headers.get("retry-after"))

    def should_retry(self, state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        if outcome is None:
            return False
        error = outcome.exception()
        if error is not None:
            if isinstance(error, _NEVER_SENT):
                return True
            return isinstance(error, _MAYBE_SENT) and self.policy.may_resend(self.request.method)
        response: httpx2.Response = outcome.result()
        if response.status_code not in RETRY_STATUSES or not self.policy.may_resend(self.request.method):
            return False
        retry_after = self._retry_after(response)
        if retry_after is not None and retry_after > self.policy.retry_after_cap:
            logger.info(
                "%s answered %d with Retry-After %.0fs, over the %.0fs cap: not retried",
                self.target,
                response.status_code,
                retry_after,
                self.policy.retry_after_cap,
            )
            return False
        return True

    def wait(self, state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and outcome.exception() is None:
            retry_after = self._retry_after(outcome.result())
            if retry_after is not None:
                return min(retry_after, self.policy.retry_after_cap)
        return float(self._backoff(state))

    def log_retry(self, state: tenacity.RetryCallState) -> None:
        outcome = state.outcome
        if outcome is None:  # pragma: no cover - tenacity always sets it before sleeping
            return
        error = outcome.exception()
        reason = type(error).__name__ if error is not None else str(outcome.result().status_code)
        wait = state.next_action.sleep if state.next_action is not None else 0.0
        logger.info(
            "retrying %s in %.2fs (attempt %d of %d failed: %s)",
            self.target,
            wait,
            state.attempt_number,
            self.policy.max_retries + 1,
            reason,
        )


def _last_outcome(state: tenacity.RetryCallState) -> httpx2.Response:
    """When retries run out: the last answer, or the last error raised again."""
    assert state.outcome is not None
    response: httpx2.Response = state.outcome.result()
    return response


def _log_answer(request: httpx2.Request, attempt: int, response: httpx2.Response, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):  # the line's values are not even computed otherwise
        logger.debug(
            "%s -> %d (%.1f ms, attempt %d)",
            safe_target(request),
            response.status_code,
            (time.perf_counter() - started) * 1000,
            attempt,
        )


def _log_failure(request: httpx2.Request, attempt: int, error: Exception, started: float) -> None:
    logger.debug(
        "%s -> %s (%.1f ms, attempt %d)",
        safe_target(request),
        type(error).__name__,
        (time.perf_counter() - started) * 1000,
        attempt,
    )


_T = TypeVar("_T")
_Attempt = Callable[[httpx2.Request, "itertools.count[int]"], _T]


class _Replay:
    """The attempt function handed to the retry loop once a first attempt was made outside it: its
    first call gives back that attempt's outcome (the answer, or the error raised again), every later
    call makes a new attempt."""

    __slots__ = ("_attempt", "_first")

    def __init__(self, first: httpx2.Response | Exception, attempt: _Attempt[httpx2.Response]) -> None:
        self._first: httpx2.Response | Exception | None = first
        self._attempt = attempt

    def __call__(self, request: httpx2.Request, attempts: itertools.count[int]) -> httpx2.Response:
        first, self._first = self._first, None
        if first is None:
            return self._attempt(request, attempts)
        if isinstance(first, Exception):
            raise first
        return first


class _AsyncReplay:
    """The async twin of :class:`_Replay`."""

    __slots__ = ("_attempt", "_first")

    def __init__(
        self, first: httpx2.Response | Exception, attempt: _Attempt[Awaitable[httpx2.Response]]
    ) -> None:
        self._first: httpx2.Response | Exception | None = first
        self._attempt = attempt

    async def __call__(self, request: httpx2.Request, attempts: itertools.count[int]) -> httpx2.Response:
        first, self._first = self._first, None
        if first is None:
            return await self._attempt(request, attempts)
        if isinstance(first, Exception):
            raise first
        return first


def _applies_to_all(request: httpx2.Request) -> bool:
    return True


class RetryTransport(httpx2.BaseTransport):
    """Retries API requests per ``policy`` and turns transport failures into typed errors.

    Requests that ``applies_to`` rejects (e.g. the token endpoint's) pass through untouched.
    ``sleep`` is injectable so tests never wait for real backoff.
    """

    def __init__(
        self,
        transport: httpx2.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        applies_to: Callable[[httpx2.Request], bool] = _applies_to_all,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._transport = transport
        self._policy = policy if policy is not None else RetryPolicy()
        self._applies_to = applies_to
        self._sleep = sleep

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not self._applies_to(request):
            started = time.perf_counter()
            response = self._transport.handle_request(request)
            _log_answer(request, 1, response, started)
            return response
        attempts = itertools.count(1)
        # The first attempt runs outside tenacity: an answer whose status is never retried (nearly every
        # answer) is returned at once, without building the retry loop. Any other outcome, the answer or
        # the error, is handed to the loop as its first attempt (_Replay): same decisions, waits, logs.
        first: httpx2.Response | Exception
        try:
            response = self._attempt(request, attempts)
        except Exception as error:
            first = error
        else:
            if response.status_code not in RETRY_STATUSES:
                return response
            first = response
        plan = _Plan(self._policy, request)
        try:
            return plan.retrying(self._sleep)(_Replay(first, self._attempt), request, attempts)
        except httpx2.TransportError as error:
            raise to_api_error(error, request) from error

    def _attempt(self, request: httpx2.Request, attempts: itertools.count[int]) -> httpx2.Response:
        attempt = next(attempts)
        started = time.perf_counter()
        try:
            response = self._transport.handle_request(request)
            try:
                response.read()
            finally:
                response.close()
        except Exception as error:
            _log_failure(request, attempt, error, started)
            raise
        _log_answer(request, attempt, response, started)
        return response

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx2.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`; ``sleep`` defaults to :func:`anyio.sleep`."""

    def __init__(
        self,
        transport: httpx2.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        applies_to: Callable[[httpx2.Request], bool] = _applies_to_all,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._transport = transport
        self._policy = policy if policy is not None else RetryPolicy()
        self._applies_to = applies_to
        self._sleep = sleep

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if not self._applies_to(request):
            started = time.perf_counter()
            response = await self._transport.handle_async_request(request)
            _log_answer(request, 1, response, started)
            return response
        attempts = itertools.count(1)
        first: httpx2.Response | Exception
        try:  # the first attempt outside tenacity, as in RetryTransport.handle_request
            response = await self._attempt(request, attempts)
        except Exception as error:
            first = error
        else:
            if response.status_code not in RETRY_STATUSES:
                return response
            first = response
        plan = _Plan(self._policy, request)
        try:
            answer: httpx2.Response = await plan.async_retrying(self._sleep)(
                _AsyncReplay(first, self._attempt), request, attempts
            )
        except httpx2.TransportError as error:
            raise to_api_error(error, request) from error
        return answer

    async def _attempt(self, request: httpx2.Request, attempts: itertools.count[int]) -> httpx2.Response:
        attempt = next(attempts)
        started = time.perf_counter()
        try:
            response = await self._transport.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
        except Exception as error:
            _log_failure(request, attempt, error, started)
            raise
        _log_answer(request, attempt, response, started)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()
