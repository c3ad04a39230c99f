"""The one home of this package's Redis connections: clients with timeouts, hashed key names, outages.

Redis is optional (``pip install "dastra-client[redis]"``, redis-py >= 5, Redis server >= 6.0). This
module imports redis-py only when a :class:`RedisLink` is made, so a client configured without
``DASTRA_REDIS_URL`` (or a ``redis=`` client) never loads it.

* :class:`RedisLink`: one Redis server for this process. A sync ``redis.Redis`` and one
  ``redis.asyncio.Redis`` per event loop (asyncio connections belong to the loop that made them), built
  from a URL or from a client passed in. Every call has a timeout: ``socket_timeout`` and
  ``socket_connect_timeout`` are 1 s unless the URL (``?socket_timeout=0.5``) or the client sets them,
  and clients built here retry a failed connection once, at once (redis-py's default retry backs off
  for seconds). A client passed in that has both timeouts is used as it is; one without them is only
  the source of the connection settings of a client built here.
* :func:`key_prefix`: ``dastra:{<hash>}``, a SHA-256 of the identity (client id, API key): never the
  identity. The braces are a Redis Cluster hash tag, so every key of one identity is in one slot, as
  the scripts that touch several of them at once require.
* :class:`RedisHealth`: an outage starts with the first failed call. Then one WARNING is logged
  (per link, i.e. per Redis server and process), calls fail fast without touching Redis and Redis is
  tried again ``probe_interval`` (1 s) after the last failure; the first call that succeeds ends the outage
  (logged at INFO). What a failure means, a :class:`~dastra_auth.errors.RedisUnavailableError` or the
  in-process fallback, is each caller's choice from :attr:`RedisLink.fallback`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

from dastra_auth.errors import ConfigError, RedisUnavailableError
from dastra_auth.redact import Secret

if TYPE_CHECKING:
    from redis.asyncio.client import Redis as AsyncRedis
    from redis.client import Redis as SyncRedis

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_PROBE_INTERVAL",
    "DEFAULT_SOCKET_TIMEOUT",
    "RedisClient",
    "RedisHealth",
    "RedisLink",
    "key_prefix",
    "redis_link",
]

# Under the client's `dastra` logger tree (a name, not an import), so one handler sees every record.
logger: logging.Logger = logging.getLogger("dastra.redis")

T = TypeVar("T")

#: Seconds a Redis command may take, and a connection may take to open, unless the URL or client says.
DEFAULT_SOCKET_TIMEOUT: Final = 1.0
DEFAULT_CONNECT_TIMEOUT: Final = 1.0
#: During an outage, Redis is tried again at most this often (seconds); other calls fail fast.
DEFAULT_PROBE_INTERVAL: Final = 1.0
NAMESPACE: Final = "dastra"


class RedisClient(Protocol):
    """A redis-py client passed in (``redis.Redis`` or ``redis.asyncio.Redis``), as signatures name it.

    A protocol rather than redis-py's classes, so that a signature taking a client is fully known to
    type checkers whether the ``redis`` extra is installed or not; :class:`RedisLink` checks at run
    time that it is one of the two (``ConfigError`` otherwise).
    """

    @property
    def connection_pool(self) -> object: ...


def key_prefix(identity: str, *, namespace: str = NAMESPACE) -> str:
    """``dastra:{<32 hex>}``: the namespace of ``identity``'s keys (a one-way hash, never the identity)."""
    digest = hashlib.sha256(b"dastra-client\x00" + identity.encode()).hexdigest()[:32]
    return f"{namespace}:{{{digest}}}"


class RedisHealth:
    """Whether Redis is reachable, as the last calls saw it; logs one WARNING per outage."""

    def __init__(
        self,
        *,
        fallback: bool,
        probe_interval: float = DEFAULT_PROBE_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.fallback = fallback
        self.probe_interval = probe_interval
        self._clock = clock
        self._lock = threading.Lock()
        self._down_since: float | None = None
        self._last_failure = 0.0
        #: Outages seen by this process (for tests and metrics).
        self.outages: int = 0

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def check(self) -> None:
        """Raise at once, without touching Redis, for ``probe_interval`` after a failure in an outage."""
        if self._down_since is None:
            return
        if self._clock() < self._last_failure + self.probe_interval:
            raise RedisUnavailableError(_MESSAGE.format(cause="still unreachable"))

    def failed(self, error: BaseException) -> RedisUnavailableError:
        """Record a failed call; the first of an outage logs the WARNING. Returns the error to raise."""
        with self._lock:
            now = self._clock()
            first = self._down_since is None
            if first:
                self._down_since = now
                self.outages += 1
            self._last_failure = now
        if first:
            if self.fallback:
                logger.warning(
                    "Redis is unreachable (%s): falling back to in-process rate limiting (each process"
                    " keeps to its share of the key's budget) and tokens until it answers again",
                    type(error).__name__,
                )
            else:
                logger.warning(
                    "Redis is unreachable (%s): API requests fail with RedisUnavailableError until it"
                    " answers again (DASTRA_REDIS_FALLBACK is off)",
                    type(error).__name__,
                )
        return RedisUnavailableError(_MESSAGE.format(cause=type(error).__name__))

    def succeeded(self) -> None:
        """Record a successful call; ends an outage."""
        if self._down_since is None:
            return
        with self._lock:
            since, self._down_since = self._down_since, None
        if since is not None:
            logger.info(
                "Redis answers again after %.1fs: the shared rate limit and token are back",
                self._clock() - since,
            )


_MESSAGE: Final = "Redis is unreachable ({cause}): the shared rate limit and token are unavailable"


class RedisLink:
    """One Redis server for this process: its clients, its health, and calls that time out.

    ``target`` is a URL (``str`` or :class:`~dastra_auth.redact.Secret`), a ``redis.Redis`` or a
    ``redis.asyncio.Redis``. ``fallback`` is the ``DASTRA_REDIS_FALLBACK`` setting.
    """

    def __init__(
        self,
        target: str | Secret | RedisClient,
        *,
        fallback: bool = False,
        probe_interval: float = DEFAULT_PROBE_INTERVAL,
    ) -> None:
        try:
            import redis
            import redis.asyncio
            import redis.exceptions
        except ImportError:  # pragma: no cover - the extra is installed wherever the tests run
            raise ConfigError('DASTRA_REDIS_URL needs redis-py: pip install "dastra-client[redis]"') from None
        self.health: RedisHealth = RedisHealth(fallback=fallback, probe_interval=probe_interval)
        self._errors: tuple[type[BaseException], ...] = (redis.exceptions.RedisError, OSError)
        self._url: Secret | None = None
        self._sync: SyncRedis | None = None
        self._given_async: AsyncRedis | None = None
        self._settings: dict[str, Any] = {}
        if isinstance(target, str | Secret):
            self._url = target if isinstance(target, Secret) else Secret(target)
        elif isinstance(target, redis.asyncio.Redis):
            self._settings = _connection_settings(target.connection_pool)
            if _has_timeouts(self._settings):
                self._given_async = target
        elif isinstance(target, redis.Redis):
            self._settings = _connection_settings(target.connection_pool)
            if _has_timeouts(self._settings):
                self._sync = target
        else:
            raise ConfigError(
                f"redis= must be a redis.Redis, a redis.asyncio.Redis or a URL, not {type(target).__name__}"
            )
        self._guard = threading.Lock()
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncRedis] = (
            weakref.WeakKeyDictionary()
        )
        self._scripts: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()
        _LINKS.add(self)

    @property
    def fallback(self) -> bool:
        """True: fall back to the in-process limiter and token during an outage; False: fail closed."""
        return self.health.fallback

    def __repr__(self) -> str:
        return f"RedisLink(fallback={self.fallback}, down={self.health.down})"

    # --- clients -----------------------------------------------------------------------------------

    def sync_client(self) -> SyncRedis:
        """The process's sync client (thread-safe, pooled)."""
        client = self._sync
        if client is None:
            with self._guard:
                if self._sync is None:
                    self._sync = self._build_sync()
                client = self._sync
        return client

    def async_client(self) -> AsyncRedis:
        """The client of the running event loop (a client passed in is used in every loop)."""
        if self._given_async is not None:
            return self._given_async
        loop = asyncio.get_running_loop()
        client = self._async.get(loop)
        if client is None:
            with self._guard:
                client = self._async.get(loop)
                if client is None:
                    client = self._async[loop] = self._build_async()
        return client

    def script(self, source: str) -> Any:
        """``source`` registered on the sync client (EVALSHA, loaded again if Redis restarted empty)."""
        client = self.sync_client()
        return self._registered(client, source)

    def async_script(self, source: str) -> Any:
        """``source`` registered on the running loop's async client."""
        return self._registered(self.async_client(), source)

    def _registered(self, client: Any, source: str) -> Any:
        scripts = self._scripts.get(client)
        if scripts is None:
            with self._guard:
                scripts = self._scripts.setdefault(client, {})
        script = scripts.get(source)
        if script is None:
            script = scripts[source] = client.register_script(source)
        return script

    def _build_sync(self) -> SyncRedis:
        import redis
        import redis.exceptions
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        retry = Retry(NoBackoff(), 1, supported_errors=(redis.exceptions.ConnectionError,))
        if self._url is not None:
            return redis.Redis.from_url(self._url.reveal(), **_defaults(), retry=retry)
        return redis.Redis(**{**_defaults(), **_constructor_arguments(self._settings)}, retry=retry)

    def _build_async(self) -> AsyncRedis:
        import redis
        import redis.asyncio
        import redis.exceptions
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        retry = Retry(NoBackoff(), 1, supported_errors=(redis.exceptions.ConnectionError,))
        if self._url is not None:
            return redis.asyncio.Redis.from_url(self._url.reveal(), **_defaults(), retry=retry)
        return redis.asyncio.Redis(**{**_defaults(), **_constructor_arguments(self._settings)}, retry=retry)

    async def aclose_loop_client(self) -> None:
        """Close the running loop's connections (built here; a client passed in is the caller's).

        The client stays usable: it reconnects if another session of the loop uses it again.
        """
        client = self._async.get(asyncio.get_running_loop())
        if client is not None:
            await client.aclose()

    def forget_async_clients(self) -> None:
        """Drop the per-loop clients (after a fork: their connections belong to the parent)."""
        with self._guard:
            self._async = weakref.WeakKeyDictionary()

    # --- calls -------------------------------------------------------------------------------------

    def run(self, operation: Callable[[], T]) -> T:
        """``operation()`` (sync Redis calls), its failures turned into :class:`RedisUnavailableError`."""
        self.health.check()
        try:
            result = operation()
        except self._errors as error:
            raise self.health.failed(error) from error
        self.health.succeeded()
        return result

    async def arun(self, operation: Callable[[], Awaitable[T]]) -> T:
        """The async twin of :meth:`run`."""
        self.health.check()
        try:
            result = await operation()
        except self._errors as error:
            raise self.health.failed(error) from error
        self.health.succeeded()
        return result


def _defaults() -> dict[str, Any]:
    return {"socket_timeout": DEFAULT_SOCKET_TIMEOUT, "socket_connect_timeout": DEFAULT_CONNECT_TIMEOUT}


#: Connection settings copied from a client passed in to the clients built here (its twin for the
#: other flavour, or a copy with timeouts): where, who, TLS, timeouts.
_COPIED: Final = (
    "host",
    "port",
    "path",
    "db",
    "username",
    "password",
    "credential_provider",
    "client_name",
    "socket_timeout",
    "socket_connect_timeout",
    "socket_keepalive",
    "socket_keepalive_options",
    "ssl_keyfile",
    "ssl_certfile",
    "ssl_cert_reqs",
    "ssl_ca_certs",
    "ssl_ca_path",
    "ssl_ca_data",
    "ssl_check_hostname",
    "ssl_password",
    "ssl_min_version",
    "ssl_ciphers",
)


def _connection_settings(pool: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = dict(pool.connection_kwargs)
    settings = {name: kwargs[name] for name in _COPIED if kwargs.get(name) is not None}
    settings["ssl"] = "SSL" in pool.connection_class.__name__
    return settings


def _has_timeouts(settings: dict[str, Any]) -> bool:
    return settings.get("socket_timeout") is not None and settings.get("socket_connect_timeout") is not None


def _constructor_arguments(settings: dict[str, Any]) -> dict[str, Any]:
    arguments = dict(settings)
    if "path" in arguments:
        arguments["unix_socket_path"] = arguments.pop("path")
        arguments.pop("ssl", None)
    if not arguments.get("ssl"):
        arguments = {name: value for name, value in arguments.items() if not name.startswith("ssl")}
    return arguments


_LINKS: weakref.WeakSet[RedisLink] = weakref.WeakSet()
_registry: dict[tuple[str, bool], RedisLink] = {}
_registry_lock = threading.Lock()


def redis_link(target: str | Secret | RedisClient, *, fallback: bool) -> RedisLink:
    """The process-wide link of ``target`` (same URL or same client object: same link)."""
    if isinstance(target, str | Secret):
        url = target.reveal() if isinstance(target, Secret) else target
        identity = "url:" + hashlib.sha256(url.encode()).hexdigest()
    else:
        identity = f"client:{id(target)}"  # the link keeps the client alive: the id is not reused
    with _registry_lock:
        link = _registry.get((identity, fallback))
        if link is None:
            link = _registry[(identity, fallback)] = RedisLink(target, fallback=fallback)
        return link


def _after_fork_in_child() -> None:
    for link in list(_LINKS):
        link.forget_async_clients()


os.register_at_fork(after_in_child=_after_fork_in_child)
