"""The one place where transport policies are put together.

``Retry(RateLimit(HTTPTransport))``: every attempt, retries included, waits for the key's rate
limiter; the retry layer reads each answer, retries what may be retried and turns transport
failures into :class:`~dastra.errors.APIConnectionError` / ``APITimeoutError``. The response
hooks turn every non-2xx API answer into an :class:`~dastra.errors.APIStatusError` subclass
(a 3xx into :class:`~dastra.errors.APIRedirectError`, never followed).

Only requests to ``api_url`` are subject to these policies. Token endpoint requests (even on the
same host) and anything the OAuth2 session handles itself (see
:func:`dastra_auth.extensions.handled_by_session`) pass through untouched.

Wiring, for a client built from a :class:`TransportPolicy` ``p``::

    httpx2.Client(base_url=p.api_url, timeout=p.timeout, transport=build_transport(p),
                  event_hooks={"response": response_hooks(p)})
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Final

import anyio
import attrs
import httpx2

from dastra.errors import APIStatusError
from dastra.log import configure_from_env
from dastra.policies.rate_limit import (
    AsyncRateLimitTransport,
    RateLimiter,
    RateLimitTransport,
    shared_limiter,
)
from dastra.policies.retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from dastra_auth.extensions import TOKEN_REQUEST_EXTENSION, handled_by_session

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_RATE_LIMITS",
    "TransportPolicy",
    "api_request_matcher",
    "async_response_hooks",
    "build_async_transport",
    "build_transport",
    "raise_for_api_status",
    "response_hooks",
]

#: Dastra's documented limits per key: 500 requests a minute and 10,000 per 10 minutes.
DEFAULT_RATE_LIMITS: Final[tuple[tuple[int, float], ...]] = ((500, 60.0), (10_000, 600.0))
#: Connection pool used by :func:`build_transport` (the client's own ``limits`` is ignored when a
#: transport is given).
DEFAULT_CONNECTION_LIMITS: Final = httpx2.Limits(
    max_connections=32, max_keepalive_connections=16, keepalive_expiry=30.0
)


def _check_rates(
    instance: object,
    attribute: attrs.Attribute[tuple[tuple[int, float], ...]],
    value: tuple[tuple[int, float], ...],
) -> None:
    for rate in value:
        if len(rate) != 2 or rate[0] < 1 or rate[1] <= 0:
            raise ValueError(f"rate_limits entries are (requests >= 1, period_seconds > 0), got {rate!r}")


def _to_rates(value: object) -> tuple[tuple[int, float], ...]:
    return tuple((int(requests), float(period)) for requests, period in value)  # type: ignore[attr-defined]


@attrs.frozen
class TransportPolicy:
    """Everything the transport layer needs to know, built by the client factory from settings.

    ``rate_limit_key`` identifies the credential whose budget requests draw from (client id or API
    key identity); it is hashed before any use and never shown (not even in ``repr``). An empty
    ``rate_limits`` disables client-side rate limiting. Durations are in seconds.
    """

    api_url: str
    rate_limit_key: str = attrs.field(repr=False)
    timeout: httpx2.Timeout = attrs.field(hash=False)
    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    retry_non_idempotent: bool = False
    retry_after_cap: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    rate_limits: tuple[tuple[int, float], ...] = attrs.field(
        default=DEFAULT_RATE_LIMITS, converter=_to_rates, validator=_check_rates
    )
    backoff_initial: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_max: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    backoff_jitter: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    connection_limits: httpx2.Limits = attrs.field(default=DEFAULT_CONNECTION_LIMITS, hash=False)

    def retry_policy(self) -> RetryPolicy:
        """The retry part of this policy."""
        return RetryPolicy(
            max_retries=self.max_retries,
            retry_non_idempotent=self.retry_non_idempotent,
            retry_after_cap=self.retry_after_cap,
            backoff_initial=self.backoff_initial,
            backoff_max=self.backoff_max,
            backoff_jitter=self.backoff_jitter,
        )


def api_request_matcher(api_url: str) -> Callable[[httpx2.Request], bool]:
    """A predicate: is this request an API request (under ``api_url``, not a token request)?"""
    base = httpx2.URL(api_url)
    prefix = base.path.rstrip("/")

    origin = (base.scheme, base.host, base.port)
    # The retry and rate-limit transports ask about the same request, one after the other: the verdict on
    # the last URL seen is kept (one reference to one URL object, replaced atomically: thread-safe).
    last: list[tuple[httpx2.URL, bool] | None] = [None]

    def is_api_request(request: httpx2.Request) -> bool:
        if request.extensions.get(TOKEN_REQUEST_EXTENSION):
            return False
        url = request.url
        seen = last[0]
        if seen is not None and seen[0] is url:
            return seen[1]
        if (url.scheme, url.host, url.port) != origin:
            verdict = False
        else:
            verdict = not prefix or url.path == prefix or url.path.startswith(prefix + "/")
        last[0] = (url, verdict)
        return verdict

    return is_api_request


def build_transport(
    policy: TransportPolicy,
    *,
    sleep: Callable[[float], None] = time.sleep,
    limiter: RateLimiter | None = None,
    network: httpx2.BaseTransport | None = None,
) -> httpx2.BaseTransport:
    """``Retry(RateLimit(HTTPTransport))`` for a sync ``httpx2.Client``. ``sleep`` is for tests.

    ``limiter`` replaces the process-wide limiter of the policy's key (e.g. the Redis-shared one);
    ``network`` replaces the ``HTTPTransport`` under the policies (e.g. ``dastra.testing``'s in-process fake).
    """
    configure_from_env()
    is_api = api_request_matcher(policy.api_url)
    if limiter is None:
        limiter = shared_limiter(policy.rate_limit_key, policy.rate_limits)
    if network is None:
        network = httpx2.HTTPTransport(limits=policy.connection_limits)
    limited = RateLimitTransport(network, limiter, applies_to=is_api)
    return RetryTransport(limited, policy.retry_policy(), applies_to=is_api, sleep=sleep)


def build_async_transport(
    policy: TransportPolicy,
    *,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    limiter: RateLimiter | None = None,
    network: httpx2.AsyncBaseTransport | None = None,
) -> httpx2.AsyncBaseTransport:
    """``Retry(RateLimit(AsyncHTTPTransport))`` for an ``httpx2.AsyncClient``. ``sleep`` is for tests."""
    configure_from_env()
    is_api = api_request_matcher(policy.api_url)
    if limiter is None:
        limiter = shared_limiter(policy.rate_limit_key, policy.rate_limits)
    if network is None:
        network = httpx2.AsyncHTTPTransport(limits=policy.connection_limits)
    limited = AsyncRateLimitTransport(network, limiter, applies_to=is_api)
    return AsyncRetryTransport(limited, policy.retry_policy(), applies_to=is_api, sleep=sleep)


def _raises_on(response: httpx2.Response, is_api: Callable[[httpx2.Request], bool]) -> bool:
    # Every non-2xx API answer raises, 3xx included: the API never redirects on purpose, so a
    # redirect (a gateway's login page...) is an APIRedirectError, neither followed nor parsed.
    # 200 <= status < 300 is response.is_success, without its property and enum lookups (every answer).
    if 200 <= response.status_code < 300:
        return False
    return not (not is_api(response.request) or handled_by_session(response))


def raise_for_api_status(response: httpx2.Response) -> None:
    """Raise the typed :class:`APIStatusError` for a non-2xx answer (reads the body first)."""
    response.read()
    raise APIStatusError.from_response(response)


def response_hooks(policy: TransportPolicy) -> list[Callable[[httpx2.Response], None]]:
    """``event_hooks["response"]`` for a sync client: non-2xx API answers raise typed errors."""
    is_api = api_request_matcher(policy.api_url)

    def raise_api_errors(response: httpx2.Response) -> None:
        if _raises_on(response, is_api):
            raise_for_api_status(response)

    return [raise_api_errors]


def async_response_hooks(policy: TransportPolicy) -> list[Callable[[httpx2.Response], Awaitable[None]]]:
    """``event_hooks["response"]`` for an ``AsyncClient``: non-2xx API answers raise typed errors."""
    is_api = api_request_matcher(policy.api_url)

    async def raise_api_errors(response: httpx2.Response) -> None:
        if _raises_on(response, is_api):
            await response.aread()
            raise APIStatusError.from_response(response)

    return [raise_api_errors]
