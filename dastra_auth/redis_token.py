"""A token shared through Redis by every process of one client: one token request per expiry for all.

:class:`RedisTokenStore` is a :class:`~dastra_auth.token_store.TokenStore` (``load``/``save``/``clear``)
and a :class:`~dastra_auth.session.SharedToken`: an OAuth2 session given one renews its token
through it, once for every process.

* Client credentials (``expire=True``; built by the client factory when Redis is configured): the key
  expires with the access token, its TTL ``expires_in`` minus the leeway (the leeway capped at half the
  lifetime, as the session does), and the expiry other processes see is read back from that TTL, so
  hosts' clocks never matter. A 401 deletes the key if it still holds the refused access token
  (compare-and-delete in Lua): the token is dropped once for everyone, not once per process.
* Authorization code (``expire=False``, the default; pass it as ``token_store=``, one ``name`` per
  user): the key holds the refresh token, so it does not expire; a 401 marks the stored access token
  expired (compare-and-set). Every refresh happens under the lock, with the newest refresh token, and
  the rotated one replaces it before the lock is released: no two processes ever spend the same
  refresh token.

Single flight across processes (:meth:`RedisTokenStore.renew`): a process whose token is missing or
expired first looks in Redis; if the token there is not usable it takes the lock (redis-py's ``Lock``:
``SET NX PX`` and an owner-checked release, ``lock_timeout`` 10 s), looks again, and only then asks the
token endpoint and publishes the answer. Processes that find the lock taken poll the key every 20 ms and
adopt the token as soon as it appears. A process that dies holding the lock blocks the others for at
most ``lock_timeout``: the lock expires and the next one takes it. Past ``lock_timeout`` without a token
(the holder is alive but its token endpoint is slow), a process asks for its own token. A process
whose token is valid never calls Redis to use it.

Tokens are secrets in Redis too: key names are hashed (:func:`~dastra_auth.redis_link.key_prefix`),
values are never logged, ``repr`` shows none. Whoever can read the Redis database can read the tokens.

Faults: Redis unreachable with ``fallback`` off raises :class:`~dastra_auth.errors.RedisUnavailableError`
when a token must be renewed (a valid token in hand keeps working); with it on, each process renews its
own token (its in-process single flight still holds) until Redis answers again. A token fetched while a
publish fails is still used by the process that fetched it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import anyio

from dastra_auth.errors import RedisUnavailableError
from dastra_auth.redact import Secret
from dastra_auth.redis_link import RedisClient, RedisLink, key_prefix, redis_link

if TYPE_CHECKING:
    from dastra_auth.session import AsyncOAuth2Session, OAuth2Session, Token

__all__ = ["RedisTokenStore"]

# Under the client's `dastra` logger tree (a name, not an import), so one handler sees every record.
logger: logging.Logger = logging.getLogger("dastra.redis")

#: Seconds a renewal may hold the lock (a process that dies holding it blocks the others this long).
DEFAULT_LOCK_TIMEOUT: Final = 10.0
#: Seconds between two looks at the key while another process renews.
POLL_SECONDS: Final = 0.02

# The token and its remaining TTL (ms, -1 when it has none) in one atomic read.
_LOAD: Final = """
local value = redis.call('GET', KEYS[1])
if not value then
  return false
end
return {value, redis.call('PTTL', KEYS[1])}
"""

# Compare-and-delete (ARGV[2] == 'delete') or compare-and-expire: only if the key still holds ARGV[1].
_DROP: Final = """
local value = redis.call('GET', KEYS[1])
if not value then
  return 0
end
local ok, token = pcall(cjson.decode, value)
if not ok or type(token) ~= 'table' or token['access_token'] ~= ARGV[1] then
  return 0
end
if ARGV[2] == 'delete' then
  return redis.call('DEL', KEYS[1])
end
token['expires_at'] = 0
redis.call('SET', KEYS[1], cjson.encode(token), 'KEEPTTL')
return 1
"""


# --- decisions shared by the sync and async paths (no I/O) -------------------------------------------


def _leeway_of(token: Mapping[str, Any], leeway: float) -> float:
    lifetime = token.get("expires_in")
    if isinstance(lifetime, int | float) and lifetime > 0:
        return min(leeway, lifetime / 2)
    return leeway


def _decode(reply: Any, *, now: float, leeway: float, expire: bool) -> dict[str, Any] | None:
    """The token in a ``_LOAD`` reply; with ``expire``, its expiry taken from the key's TTL."""
    if not reply:
        return None
    raw, ttl_ms = reply
    try:
        token = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(token, dict) or not isinstance(token.get("access_token"), str):
        return None
    if expire and int(ttl_ms) >= 0:
        token["expires_at"] = now + int(ttl_ms) / 1000 + _leeway_of(token, leeway)
    return token


def _ttl_ms(token: Mapping[str, Any], *, now: float, leeway: float) -> int | None:
    """How long the key may live: until the session would renew the token; None: for ever."""
    expires_at = token.get("expires_at")
    if expires_at is None:
        return None
    return math.floor((float(expires_at) - _leeway_of(token, leeway) - now) * 1000)


def _expiry(token: Mapping[str, Any] | None) -> float:
    if token is None:
        return -math.inf
    expires_at = token.get("expires_at")
    return math.inf if expires_at is None else float(expires_at)


def _adoptable(stored: Mapping[str, Any] | None, current: Mapping[str, Any] | None, *, usable: bool) -> bool:
    """Use the stored token instead of renewing: it is usable and is not the token being replaced."""
    if stored is None or not usable:
        return False
    return current is None or stored.get("access_token") != current.get("access_token")


def _reconcile(
    stored: Mapping[str, Any] | None, current: Mapping[str, Any] | None
) -> tuple[Mapping[str, Any] | None, Mapping[str, Any] | None]:
    """Under the lock, before renewing: ``(adopt, write_back)``.

    The newest token is the one to renew from (its refresh token is the only one still valid after
    a rotation): adopt the stored one when it is newer, or write ours back when ours is newer and
    carries a refresh token (it was refreshed while Redis was unreachable).
    """
    if stored is not None and _expiry(stored) > _expiry(current):
        return stored, None
    if current is not None and current.get("refresh_token") and _expiry(current) > _expiry(stored):
        return None, current
    return None, None


class RedisTokenStore:
    """One token in Redis under ``name`` (hashed), shared by every process that uses the same name.

    ``target``: a URL, a ``redis.Redis``, a ``redis.asyncio.Redis`` or a :class:`RedisLink`.
    ``expire``: the key expires with the access token and a 401 deletes it (client credentials);
    otherwise the key keeps the refresh token (authorization code). ``fallback``: see the module.
    ``leeway`` and ``clock`` are the session's (renewals use the session's own).
    """

    def __init__(
        self,
        target: str | Secret | RedisClient | RedisLink,
        *,
        name: str,
        expire: bool = False,
        fallback: bool = False,
        leeway: float = 60.0,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        clock: Any = time.time,
    ) -> None:
        self._link = target if isinstance(target, RedisLink) else redis_link(target, fallback=fallback)
        prefix = key_prefix("token\x00" + name)
        self.key: str = f"{prefix}:token"
        self.lock_key: str = f"{prefix}:token:lock"
        self.expire: bool = expire
        self.leeway: float = float(leeway)
        self.lock_timeout: float = float(lock_timeout)
        self._clock = clock

    def __repr__(self) -> str:
        return f"RedisTokenStore(expire={self.expire}, fallback={self._link.fallback})"

    # --- TokenStore (sync: the protocol is) -------------------------------------------------------------

    def load(self) -> dict[str, Any] | None:
        try:
            return self._load(now=self._clock(), leeway=self.leeway)
        except RedisUnavailableError:
            if not self._link.fallback:
                raise
            return None

    def save(self, token: Mapping[str, Any]) -> None:
        try:
            self._save(token, now=self._clock(), leeway=self.leeway)
        except RedisUnavailableError:
            if not self._link.fallback:
                raise

    def clear(self) -> None:
        try:
            self._link.run(lambda: self._link.sync_client().delete(self.key))
        except RedisUnavailableError:
            if not self._link.fallback:
                raise

    # --- SharedToken: the sync path -----------------------------------------------------------------

    def renew(self, session: OAuth2Session) -> Token:
        """A fresh token for ``session``: another process's if one is there, else one fetched under the lock."""
        try:
            adopted, lock = self._coordinate(session)
        except RedisUnavailableError:
            if not self._link.fallback:
                raise
            return session._renew_token()
        if adopted is not None:
            return adopted
        try:
            token: Token = session._renew_token()
            self._publish(session, token)
            return token
        finally:
            if lock is not None:
                self._unlock(lock)

    def discard(self, token: Mapping[str, Any]) -> None:
        """The API refused ``token``: drop it from Redis if it is still the one there (once for all)."""
        # On failure (logged as an outage) the next renewal decides what to do.
        with contextlib.suppress(RedisUnavailableError):
            self._link.run(
                lambda: self._link.script(_DROP)(keys=[self.key], args=self._drop_arguments(token))
            )

    def _coordinate(self, session: OAuth2Session) -> tuple[Token | None, Any]:
        """``(token, None)`` when another process's token is adopted, else ``(None, lock or None)``."""
        deadline = time.monotonic() + self.lock_timeout + POLL_SECONDS
        lock = self._link.sync_client().lock(self.lock_key, timeout=self.lock_timeout, thread_local=False)
        while True:
            adopted = self._adopt(session, self._load(now=session._clock(), leeway=session._leeway))
            if adopted is not None:
                return adopted, None
            if self._link.run(lambda: lock.acquire(blocking=False)):
                try:
                    stored = self._load(now=session._clock(), leeway=session._leeway)
                    adopted = self._adopt(session, stored)
                    if adopted is None:
                        self._before_renewing(session, stored)
                except BaseException:
                    self._unlock(lock)
                    raise
                if adopted is not None:
                    self._unlock(lock)
                    return adopted, None
                return None, lock
            if time.monotonic() >= deadline:
                self._log_lock_timeout()
                return None, None
            time.sleep(POLL_SECONDS)

    def _load(self, *, now: float, leeway: float) -> dict[str, Any] | None:
        reply = self._link.run(lambda: self._link.script(_LOAD)(keys=[self.key]))
        return _decode(reply, now=now, leeway=leeway, expire=self.expire)

    def _save(self, token: Mapping[str, Any], *, now: float, leeway: float) -> None:
        value, ttl = self._encode(token, now=now, leeway=leeway)
        if ttl is not None and ttl <= 0:
            return  # already due for renewal: nothing worth sharing
        self._link.run(lambda: self._link.sync_client().set(self.key, value, px=ttl))

    def _publish(self, session: OAuth2Session, token: Token) -> None:
        if session._token_store is self:
            return  # the session saved it already (TokenStore.save)
        # On failure this process still uses it; the others renew their own.
        with contextlib.suppress(RedisUnavailableError):
            self._save(token, now=session._clock(), leeway=session._leeway)

    def _before_renewing(self, session: OAuth2Session | AsyncOAuth2Session, stored: Any) -> None:
        adopt, write_back = _reconcile(stored, session.token)
        if adopt is not None:
            session.token = self._token(adopt)
        if write_back is not None:
            self._save(write_back, now=session._clock(), leeway=session._leeway)

    def _unlock(self, lock: Any) -> None:
        from redis.exceptions import LockError

        def release() -> None:
            try:
                lock.release()
            except LockError:  # expired (held past lock_timeout): another process may have it now
                logger.debug("the token lock had expired before its release")

        with contextlib.suppress(RedisUnavailableError):  # else it expires after lock_timeout
            self._link.run(release)

    # --- SharedToken: the async path ----------------------------------------------------------------

    async def arenew(self, session: AsyncOAuth2Session) -> Token:
        """The async twin of :meth:`renew`."""
        try:
            adopted, lock = await self._acoordinate(session)
        except RedisUnavailableError:
            if not self._link.fallback:
                raise
            return await session._renew_token()
        if adopted is not None:
            return adopted
        try:
            token: Token = await session._renew_token()
            await self._apublish(session, token)
            return token
        finally:
            if lock is not None:
                await self._aunlock(lock)

    async def adiscard(self, token: Mapping[str, Any]) -> None:
        """The async twin of :meth:`discard`."""
        with contextlib.suppress(RedisUnavailableError):
            await self._link.arun(
                lambda: self._link.async_script(_DROP)(keys=[self.key], args=self._drop_arguments(token))
            )

    async def _acoordinate(self, session: AsyncOAuth2Session) -> tuple[Token | None, Any]:
        deadline = time.monotonic() + self.lock_timeout + POLL_SECONDS
        lock = self._link.async_client().lock(self.lock_key, timeout=self.lock_timeout, thread_local=False)
        while True:
            adopted = self._adopt(session, await self._aload(now=session._clock(), leeway=session._leeway))
            if adopted is not None:
                return adopted, None
            if await self._link.arun(lambda: lock.acquire(blocking=False)):
                try:
                    stored = await self._aload(now=session._clock(), leeway=session._leeway)
                    adopted = self._adopt(session, stored)
                    if adopted is None:
                        await self._abefore_renewing(session, stored)
                except BaseException:
                    await self._aunlock(lock)
                    raise
                if adopted is not None:
                    await self._aunlock(lock)
                    return adopted, None
                return None, lock
            if time.monotonic() >= deadline:
                self._log_lock_timeout()
                return None, None
            await anyio.sleep(POLL_SECONDS)

    async def _aload(self, *, now: float, leeway: float) -> dict[str, Any] | None:
        reply = await self._link.arun(lambda: self._link.async_script(_LOAD)(keys=[self.key]))
        return _decode(reply, now=now, leeway=leeway, expire=self.expire)

    async def _asave(self, token: Mapping[str, Any], *, now: float, leeway: float) -> None:
        value, ttl = self._encode(token, now=now, leeway=leeway)
        if ttl is not None and ttl <= 0:
            return
        await self._link.arun(lambda: self._link.async_client().set(self.key, value, px=ttl))

    async def _apublish(self, session: AsyncOAuth2Session, token: Token) -> None:
        if session._token_store is self:
            return
        with contextlib.suppress(RedisUnavailableError):
            await self._asave(token, now=session._clock(), leeway=session._leeway)

    async def _abefore_renewing(self, session: AsyncOAuth2Session, stored: Any) -> None:
        adopt, write_back = _reconcile(stored, session.token)
        if adopt is not None:
            session.token = self._token(adopt)
        if write_back is not None:
            await self._asave(write_back, now=session._clock(), leeway=session._leeway)

    async def _aunlock(self, lock: Any) -> None:
        from redis.exceptions import LockError

        async def release() -> None:
            try:
                await lock.release()
            except LockError:
                logger.debug("the token lock had expired before its release")

        with contextlib.suppress(RedisUnavailableError):
            await self._link.arun(release)

    async def aclose(self) -> None:
        """Close the running loop's Redis connections (reopened on demand). Clients made by the factory
        do it when they close; call it for a session built by hand."""
        await self._link.aclose_loop_client()

    # --- shared by both paths -------------------------------------------------------------------------

    def _adopt(
        self, session: OAuth2Session | AsyncOAuth2Session, stored: dict[str, Any] | None
    ) -> Token | None:
        usable = stored is not None and not session._is_expired(stored)
        if not _adoptable(stored, session.token, usable=usable):
            return None
        assert stored is not None
        token = self._token(stored)
        session.token = token
        return token

    def _encode(self, token: Mapping[str, Any], *, now: float, leeway: float) -> tuple[str, int | None]:
        value = json.dumps(dict(token), sort_keys=True)
        return value, _ttl_ms(token, now=now, leeway=leeway) if self.expire else None

    def _drop_arguments(self, token: Mapping[str, Any]) -> list[str]:
        return [str(token.get("access_token", "")), "delete" if self.expire else "expire"]

    @staticmethod
    def _token(stored: Mapping[str, Any]) -> Token:
        from dastra_auth.session import Token

        return Token(stored)

    def _log_lock_timeout(self) -> None:
        logger.warning(
            "no shared token after the token lock's %.1fs timeout: renewing this process's own",
            self.lock_timeout,
        )
