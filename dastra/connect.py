"""The one place that builds authenticated sessions, and the generated clients bound to them.

``create_client()`` / ``create_async_client()`` return generated ``dastra_client.Client`` subclasses
(``SyncSessionClient`` / ``AsyncSessionClient``) bound to one session: each is refused by the other
kind of generated function with a ``TypeError``, and their ``with_headers``/``with_timeout`` keep the
session and every policy. ``dastra.client`` (``Dastra``, ``AsyncDastra``) builds on the same
sessions::

    from dastra.connect import create_client
    from dastra_client.api.work_spaces import work_spaces_list

    with create_client() as client:  # DASTRA_CLIENT_ID / DASTRA_CLIENT_SECRET from the environment
        page = work_spaces_list.sync(client=client)
"""

from __future__ import annotations

import platform
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, Unpack, cast

import httpx2

from dastra.errors import ConfigError
from dastra.settings import DastraSettings, SettingsOverrides, check_setting_names
from dastra_auth.api_key import APIKeyAuth
from dastra_auth.token_store import MemoryTokenStore, TokenStore
from dastra_client import Client
from dastra_client._resource import AsyncSessionClient, SyncSessionClient

if TYPE_CHECKING:
    from dastra_auth.code_flow import PendingAuthorization
    from dastra_auth.redis_link import RedisClient, RedisLink
    from dastra_auth.session import Token

# The OAuth2 sessions (and so Authlib, joserfc and cryptography, ~40 ms) are imported by the
# functions that build them: a service pays for them when it connects, not when it imports us.

__all__ = [
    "AsyncSessionClient",
    "Mode",
    "SyncSessionClient",
    "complete_authorization",
    "complete_authorization_async",
    "create_async_client",
    "create_client",
    "start_authorization",
    "user_agent",
]

Mode: TypeAlias = Literal["client_credentials", "authorization_code", "api_key"]
_MODES: Final = ("client_credentials", "authorization_code", "api_key")


def create_client(
    settings: DastraSettings | None = None,
    *,
    mode: Mode | None = None,
    token_store: TokenStore | None = None,
    redis: RedisClient | None = None,
    transport: httpx2.BaseTransport | None = None,
    **overrides: Unpack[SettingsOverrides],
) -> SyncSessionClient:
    """A generated ``Client`` whose requests are authenticated according to ``mode``, for ``sync`` functions.

    ``settings`` defaults to :meth:`DastraSettings.from_env`; ``overrides`` are settings fields
    (``client_id=...``, ``api_url=...``) applied on top. ``mode`` defaults to ``"api_key"`` when
    only an API key is configured, else ``"client_credentials"``. ``"authorization_code"`` uses
    ``token_store`` (memory by default); finish the login with :func:`complete_authorization`.
    ``redis`` (or ``DASTRA_REDIS_URL``) shares the rate-limit budget and the client-credentials
    token with every process of the key (see :mod:`dastra.policies.redis_rate_limit`). ``transport``
    replaces the network under the policies (``dastra.testing.FakeDastra().transport()``: no socket).
    """
    settings = _settings(settings, overrides, "create_client")
    session = _sync_session(settings, _mode(settings, mode), token_store, redis=redis, network=transport)
    return SyncSessionClient(session)


def create_async_client(
    settings: DastraSettings | None = None,
    *,
    mode: Mode | None = None,
    token_store: TokenStore | None = None,
    redis: RedisClient | None = None,
    transport: httpx2.AsyncBaseTransport | None = None,
    **overrides: Unpack[SettingsOverrides],
) -> AsyncSessionClient:
    """Like :func:`create_client`, for the generated ``asyncio`` functions (``async with client:``)."""
    settings = _settings(settings, overrides, "create_async_client")
    session = _async_session(settings, _mode(settings, mode), token_store, redis=redis, network=transport)
    return AsyncSessionClient(session)


def complete_authorization(
    client: Client, callback: str | Mapping[str, str], pending: PendingAuthorization
) -> Token:
    """Finish the authorization-code login of a client from ``create_client(mode="authorization_code")``."""
    from dastra_auth.code_flow import AuthorizationCodeSession

    session = client.session if isinstance(client, SyncSessionClient) else client.get_httpx_client()
    if not isinstance(session, AuthorizationCodeSession):
        raise TypeError("complete_authorization needs a client created with mode='authorization_code'")
    return session.exchange_code(callback, pending)


async def complete_authorization_async(
    client: Client, callback: str | Mapping[str, str], pending: PendingAuthorization
) -> Token:
    """Async twin of :func:`complete_authorization`, for :func:`create_async_client`."""
    from dastra_auth.code_flow import AsyncAuthorizationCodeSession

    session = client.session if isinstance(client, AsyncSessionClient) else client.get_async_httpx_client()
    if not isinstance(session, AsyncAuthorizationCodeSession):
        raise TypeError("complete_authorization_async needs a client created with mode='authorization_code'")
    return await session.exchange_code(callback, pending)


def start_authorization(
    settings: DastraSettings | None = None,
    *,
    redirect_uri: str | None = None,
    scope: str | None = None,
    prompt: str | None = None,
    extra_params: Mapping[str, str] | None = None,
) -> PendingAuthorization:
    """Start an authorization-code login: the authorize URL and what to keep until the callback.

    ``settings`` defaults to :meth:`DastraSettings.from_env`; ``redirect_uri`` replaces
    ``DASTRA_REDIRECT_URI`` (validated like every URL setting). The rest is
    :func:`dastra_auth.code_flow.start_authorization`: scope ``api1 offline_access``, a random ``state``,
    PKCE S256, and the issuer the callback must come from.
    """
    from dastra_auth.code_flow import CODE_FLOW_SCOPE
    from dastra_auth.code_flow import start_authorization as start

    if settings is None:
        settings = DastraSettings.from_env()
    if redirect_uri is not None:
        settings = settings.replace(redirect_uri=redirect_uri)
    if settings.redirect_uri is None:
        raise ConfigError("DASTRA_REDIRECT_URI is not set (needed by the authorization-code flow)")
    return start(
        client_id=settings.require_client_credentials()[0],
        authorize_url=settings.authorize_url,
        redirect_uri=settings.redirect_uri,
        issuer=settings.issuer,
        token_url=settings.token_url,
        scope=CODE_FLOW_SCOPE if scope is None else scope,
        prompt=prompt,
        extra_params=extra_params,
    )


#: The keywords of the client constructors besides the settings.
_CLIENT_KEYWORDS: Final = ("settings", "mode", "token_store", "redis", "transport")


def _settings(settings: DastraSettings | None, overrides: SettingsOverrides, where: str) -> DastraSettings:
    """``settings`` (else the environment's) with ``overrides`` applied; ``where`` names the caller in the
    ``TypeError`` of a keyword that is no setting (``did you mean 'client_id'?``)."""
    check_setting_names(where, overrides, *_CLIENT_KEYWORDS)
    if settings is None:
        return DastraSettings.from_env(**overrides)
    return settings.replace(**overrides) if overrides else settings


def _mode(settings: DastraSettings, mode: Mode | None) -> Mode:
    if mode is None:
        only_api_key = settings.api_key is not None and settings.client_id is None
        return "api_key" if only_api_key else "client_credentials"
    if mode not in _MODES:
        raise ConfigError(f"mode must be one of {', '.join(_MODES)}, got {mode!r}")
    return mode


def _check_credentials(settings: DastraSettings, mode: Mode) -> None:
    """Raise the ``ConfigError`` a session of ``mode`` would, without building it."""
    if mode == "api_key":
        settings.require_api_key()
    else:
        settings.require_client_credentials()


def _redis_link(settings: DastraSettings, redis: RedisClient | None) -> RedisLink | None:
    """The process's link to the Redis shared by every process of the key, or None (in-process only)."""
    target = redis if redis is not None else settings.redis_url
    if target is None:
        return None
    from dastra_auth.redis_link import redis_link

    return redis_link(target, fallback=settings.redis_fallback)


def _oauth2_arguments(
    settings: DastraSettings, mode: Mode, token_store: TokenStore | None, link: RedisLink | None = None
) -> dict[str, Any]:
    client_id, client_secret = settings.require_client_credentials()
    arguments: dict[str, Any] = {
        "client_id": client_id,
        "client_secret": client_secret,
        "token_endpoint": settings.token_url,
        "leeway": settings.token_leeway,
        "token_store": token_store,
    }
    if mode == "authorization_code":
        arguments["scope"] = None  # the scope was granted at authorization; refreshes keep it
        arguments["redirect_uri"] = settings.redirect_uri
        arguments["token_store"] = token_store if token_store is not None else MemoryTokenStore()
    else:
        arguments["scope"] = settings.scope
        if link is not None:  # one client-credentials token for every process of the key
            from dastra_auth.redis_token import RedisTokenStore

            arguments["shared_token"] = RedisTokenStore(
                link,
                name=f"client_credentials\x00{settings.token_url}\x00{client_id}\x00{settings.scope}",
                expire=True,
                leeway=settings.token_leeway,
            )
    return arguments


def _sync_session(
    settings: DastraSettings,
    mode: Mode,
    token_store: TokenStore | None,
    *,
    redis: RedisClient | None = None,
    network: httpx2.BaseTransport | None = None,
) -> httpx2.Client:
    link = _redis_link(settings, redis)
    options = _session_options(settings, mode, asynchronous=False, link=link, network=network)
    if mode == "api_key":
        return httpx2.Client(auth=APIKeyAuth(settings.require_api_key()), **options)
    from dastra_auth.code_flow import AuthorizationCodeSession
    from dastra_auth.session import OAuth2Session

    session_class = AuthorizationCodeSession if mode == "authorization_code" else OAuth2Session
    return session_class(**_oauth2_arguments(settings, mode, token_store, link), **options)


def _async_session(
    settings: DastraSettings,
    mode: Mode,
    token_store: TokenStore | None,
    *,
    redis: RedisClient | None = None,
    network: httpx2.AsyncBaseTransport | None = None,
) -> httpx2.AsyncClient:
    link = _redis_link(settings, redis)
    options = _session_options(settings, mode, asynchronous=True, link=link, network=network)
    if mode == "api_key":
        return httpx2.AsyncClient(auth=APIKeyAuth(settings.require_api_key()), **options)
    from dastra_auth.code_flow import AsyncAuthorizationCodeSession
    from dastra_auth.session import AsyncOAuth2Session

    session_class = AsyncAuthorizationCodeSession if mode == "authorization_code" else AsyncOAuth2Session
    return cast(
        httpx2.AsyncClient, session_class(**_oauth2_arguments(settings, mode, token_store, link), **options)
    )


def _session_options(
    settings: DastraSettings,
    mode: Mode,
    *,
    asynchronous: bool,
    link: RedisLink | None = None,
    network: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None,
) -> dict[str, Any]:
    """Every ``httpx2.Client`` / ``AsyncClient`` construction argument, for all modes.

    The one spot where the transport policies meet the session: ``Retry(RateLimit(HTTPTransport))``
    as the transport (pool limits included) and response hooks that turn non-2xx API answers into
    typed errors. The policies leave alone what the session handles itself (token endpoint answers,
    the one re-authentication after a 401); see :mod:`dastra.policies.transport`.
    """
    from dastra.policies import transport

    key = (
        settings.require_api_key().reveal() if mode == "api_key" else settings.require_client_credentials()[0]
    )
    policy = transport.TransportPolicy(
        api_url=settings.api_url,
        rate_limit_key=f"{mode}:{key}",
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        retry_non_idempotent=settings.retry_non_idempotent,
        rate_limits=((settings.rate_limit_per_minute, 60.0), (settings.rate_limit_per_10_minutes, 600.0)),
    )
    limiter = None
    if link is not None:  # the key's budget shared by every process, through Redis
        from dastra.policies.redis_rate_limit import redis_limiter

        limiter = redis_limiter(link, policy.rate_limit_key, policy.rate_limits)
    if asynchronous:
        return _client_options(
            settings,
            transport.build_async_transport(
                policy, limiter=limiter, network=cast("httpx2.AsyncBaseTransport | None", network)
            ),
            transport.async_response_hooks(policy),
        )
    return _client_options(
        settings,
        transport.build_transport(
            policy, limiter=limiter, network=cast("httpx2.BaseTransport | None", network)
        ),
        transport.response_hooks(policy),
    )


def user_agent(product: str | None = None) -> str:
    """The ``User-Agent`` of every request: this client, the spec it was generated from, its runtime.

    ``dastra-client/1.0.0 (spec 55670264) python/3.11.7 httpx2/2.16.0``, then ``product`` (the
    service's own tokens, ``DASTRA_USER_AGENT``) when given.
    """
    from dastra_client import _snapshot

    agent = (
        f"dastra-client/{_snapshot.CLIENT_VERSION} (spec {_snapshot.SPEC_SHA256[:8]}) "
        f"python/{platform.python_version()} httpx2/{httpx2.__version__}"
    )
    return agent if product is None else f"{agent} {product}"


def _client_options(settings: DastraSettings, transport: object, hooks: list[Any]) -> dict[str, Any]:
    return {
        "base_url": settings.api_url,
        "headers": {"User-Agent": user_agent(settings.user_agent)},
        "timeout": settings.timeout,
        "transport": transport,
        "follow_redirects": False,
        "event_hooks": {"request": [], "response": hooks},
    }
