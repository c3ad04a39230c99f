"""OAuth2 sessions: httpx2 clients that get, renew and attach bearer tokens by themselves.

:class:`OAuth2Session` (sync) and :class:`AsyncOAuth2Session` extend Authlib's
``OAuth2Client`` / ``AsyncOAuth2Client`` with the token lifecycle Dastra needs:

* the first request fetches a token lazily (client credentials, ``client_secret_basic``);
* a token is renewed ``leeway`` seconds before it expires (capped at half its lifetime, so a
  short-lived token is not renewed on every request);
* **single flight**: however many threads (or tasks) need a token at once, one token request
  is made; the others wait for it and reuse it;
* a 401 from the API drops the token, gets a new one and replays the request once; a second
  401 raises :class:`~dastra_auth.errors.APIAuthenticationError`;
* token endpoint failures become :class:`~dastra_auth.errors.TokenEndpointError` (or
  :class:`~dastra_auth.errors.TokenEndpointTimeout`) with a one-line message and no secret.

Tokens are :class:`Token` mappings whose ``repr`` hides the token values.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final, Protocol, runtime_checkable

import httpx2

if TYPE_CHECKING:
    # Authlib ships no type information, and its httpx clients subclass httpx2's through a try/except
    # import that type checkers do not follow. These stand-ins say what its classes are at run time
    # (their MRO has httpx2.Client / httpx2.AsyncClient; a token is a dict), with the members this
    # package uses, so that the sessions' public types are fully known to mypy and pyright.
    class OAuth2Token(dict[str, Any]):
        def __init__(self, params: Mapping[str, Any]) -> None: ...

    class OAuth2Client(httpx2.Client):
        client_id: str
        redirect_uri: str | None
        metadata: dict[str, Any]

        def __init__(self, **kwargs: Any) -> None: ...
        def fetch_token(self, url: str | None = None, **kwargs: Any) -> Any: ...
        def refresh_token(self, url: str | None = None, **kwargs: Any) -> Any: ...

    class AsyncOAuth2Client(httpx2.AsyncClient):
        client_id: str
        redirect_uri: str | None
        metadata: dict[str, Any]

        def __init__(self, **kwargs: Any) -> None: ...
        async def fetch_token(self, url: str | None = None, **kwargs: Any) -> Any: ...
        async def refresh_token(self, url: str | None = None, **kwargs: Any) -> Any: ...

    class OAuth2ClientAuth(httpx2.Auth):
        def __init__(self, client_id: str, client_secret: str | None, auth_method: Any = None) -> None: ...
else:
    from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuth2Client, OAuth2ClientAuth
    from authlib.oauth2.rfc6749.wrappers import OAuth2Token

from dastra_auth.errors import (
    APIAuthenticationError,
    APIConnectionError,
    APIStatusError,
    DastraError,
    TokenEndpointError,
    TokenEndpointTimeout,
)
from dastra_auth.extensions import BEARER_EXTENSION, TOKEN_REQUEST_EXTENSION, handled_by_session
from dastra_auth.redact import MASK, Secret, redact
from dastra_auth.token_store import TokenStore

__all__ = [
    "BEARER_EXTENSION",
    "TOKEN_REQUEST_EXTENSION",
    "AsyncOAuth2Session",
    "OAuth2Session",
    "SharedToken",
    "Token",
    "handled_by_session",
]

logger: logging.Logger = logging.getLogger(__name__)

_SECRET_TOKEN_FIELDS: Final = frozenset({"access_token", "refresh_token", "id_token"})
_DESCRIPTION_CHARS: Final = 200


class Token(OAuth2Token):
    """An OAuth2 token (a dict) whose ``repr`` and ``str`` hide the token values.

    ``expires_at`` is a float timestamp on the session's clock (``time.time`` unless a test
    clock is given).
    """

    def __init__(self, params: Mapping[str, Any]) -> None:
        dict.__init__(self, params)

    def __repr__(self) -> str:
        shown = {key: (MASK if key in _SECRET_TOKEN_FIELDS else value) for key, value in self.items()}
        return f"Token({shown!r})"

    __str__ = __repr__


@runtime_checkable
class SharedToken(Protocol):
    """A token several processes share (e.g. :class:`~dastra_auth.redis_token.RedisTokenStore`).

    A session given one (or a token store that is one) renews through it: one renewal for every
    process, and a refused token is dropped once for all of them.
    """

    def renew(self, session: OAuth2Session) -> Token:
        """A usable token for ``session`` (another process's, or one the session fetches)."""
        ...

    async def arenew(self, session: AsyncOAuth2Session) -> Token:
        """The async twin of :meth:`renew`."""
        ...

    def discard(self, token: Mapping[str, Any]) -> None:
        """The API refused ``token``: forget it for every process (if it is still the shared one)."""
        ...

    async def adiscard(self, token: Mapping[str, Any]) -> None:
        """The async twin of :meth:`discard`."""
        ...


def parse_token_response(response: httpx2.Response, *, now: float, secrets: tuple[Secret, ...] = ()) -> Token:
    """The token in a token endpoint ``response``, or :class:`TokenEndpointError` saying what is wrong."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        error = body["error"][:100]
        message = f"token endpoint refused the request: {error} (HTTP {status})"
        description = body.get("error_description")
        if isinstance(description, str) and description.strip():
            description = " ".join(description.split())[:_DESCRIPTION_CHARS]
            message += f": {redact(description, *secrets)}"
        raise TokenEndpointError(message, error=error, status_code=status)
    if not 200 <= status < 300:
        raise TokenEndpointError(f"token endpoint answered HTTP {status}", status_code=status)
    if not isinstance(body, dict):
        raise TokenEndpointError(
            f"token endpoint answered HTTP {status} with a body that is not a JSON object", status_code=status
        )
    access_token = body.get("access_token")
    if not isinstance(access_token, str) or not access_token:
        raise TokenEndpointError(
            f"token endpoint answered HTTP {status} without an access_token", status_code=status
        )
    token_type = body.get("token_type", "Bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise TokenEndpointError(f"token endpoint issued an unsupported token_type {token_type!r}")
    token = dict(body)
    token["token_type"] = "Bearer"
    expires_in = body.get("expires_in")
    if expires_in is not None:
        try:
            lifetime = float(expires_in)
        except (TypeError, ValueError):
            raise TokenEndpointError(
                f"token endpoint answered an invalid expires_in {expires_in!r}", status_code=status
            ) from None
        token["expires_in"] = lifetime
        token["expires_at"] = now + lifetime
    return Token(token)


def _sign(request: httpx2.Request, token: Mapping[str, Any]) -> None:
    request.headers["Authorization"] = f"Bearer {token['access_token']}"
    request.extensions[BEARER_EXTENSION] = True


class _TokenLifecycle:
    """State and rules shared by the sync and async sessions (no I/O here)."""

    token: Token | None
    grant_type: str
    _clock: Callable[[], float]
    _leeway: float
    _client_secret: Secret
    _token_store: TokenStore | None
    _shared_token: SharedToken | None

    def _setup_lifecycle(
        self,
        *,
        client_secret: Secret | str,
        leeway: float,
        clock: Callable[[], float],
        token_store: TokenStore | None,
        shared_token: SharedToken | None = None,
    ) -> None:
        self._client_secret = client_secret if isinstance(client_secret, Secret) else Secret(client_secret)
        self._leeway = float(leeway)
        self._clock = clock
        self._token_store = token_store
        # Renewals go through a token shared by several processes (e.g. Redis) when there is one.
        if shared_token is None and isinstance(token_store, SharedToken):
            shared_token = token_store
        self._shared_token = shared_token
        #: Token requests this session made (successful or not), for tests and metrics.
        self.token_requests: int = 0
        if token_store is not None:
            stored = token_store.load()
            if stored is not None:
                self.token = Token(stored)

    def _is_expired(self, token: Mapping[str, Any]) -> bool:
        expires_at = token.get("expires_at")
        if expires_at is None:
            return False
        leeway = self._leeway
        lifetime = token.get("expires_in")
        if isinstance(lifetime, int | float) and lifetime > 0:
            leeway = min(leeway, lifetime / 2)
        return bool(self._clock() >= float(expires_at) - leeway)

    def _usable_token(self) -> Token | None:
        token = self.token
        if token is None or self._is_expired(token):
            return None
        return token

    def _mark_rejected(self, rejected: Token) -> None:
        """Make ``rejected`` (if still current) count as expired; its refresh token stays usable."""
        if self.token is rejected:
            self.token = Token({**rejected, "expires_at": float("-inf")})

    def _remember(self, token: Token) -> Token:
        logger.debug("obtained an access token (expires_in=%s)", token.get("expires_in"))
        if self._token_store is not None:
            self._token_store.save(token)
        return token

    def _refresh_token_of(self, token: Token | None) -> str | None:
        if token is None:
            return None
        refresh_token = token.get("refresh_token")
        return refresh_token if isinstance(refresh_token, str) and refresh_token else None

    def _adopt_stored_token(self) -> Token | None:
        """A token another process (or an earlier run) saved, when it is newer than ours."""
        if self._token_store is None:
            return None
        stored = self._token_store.load()
        current = self.token
        if stored is None or (
            current is not None and stored.get("access_token") == current.get("access_token")
        ):
            return None
        self.token = Token(stored)
        return self.token

    def parse_response_token(self, resp: httpx2.Response) -> Token:
        """Authlib hook: parse and keep the token in a token endpoint answer."""
        token = parse_token_response(resp, now=self._clock(), secrets=(self._client_secret,))
        self.token = token
        return token

    def client_auth(self, auth_method: Any) -> Any:
        """Authlib hook: client authentication, with the secret revealed only here."""
        return OAuth2ClientAuth(
            client_id=self.client_id,  # type: ignore[attr-defined]
            client_secret=self._client_secret.reveal(),
            auth_method=auth_method,
        )

    def _token_endpoint_failure(self, error: Exception) -> TokenEndpointError:
        if isinstance(error, TokenEndpointError):
            return error
        if isinstance(error, httpx2.TimeoutException):
            return TokenEndpointTimeout(f"token endpoint did not answer in time ({type(error).__name__})")
        if isinstance(error, httpx2.TransportError | APIConnectionError):
            return TokenEndpointTimeout(f"token endpoint could not be reached ({type(error).__name__})")
        if isinstance(error, APIStatusError):  # an error-raising hook got there first
            try:
                parse_token_response(error.response, now=self._clock(), secrets=(self._client_secret,))
            except TokenEndpointError as parsed:
                return parsed
        return TokenEndpointError(f"token request failed ({type(error).__name__})")

    @contextmanager
    def _token_request(self) -> Iterator[None]:
        self.token_requests += 1
        try:
            yield
        except (httpx2.HTTPError, DastraError, ValueError) as error:
            failure = self._token_endpoint_failure(error)
            if failure is error:
                raise  # already typed; ``raise error from error`` would make it its own cause (a cycle)
            raise failure from error

    def _mark_token_request(self, auth: Any, kwargs: dict[str, Any]) -> None:
        if isinstance(auth, OAuth2ClientAuth):
            kwargs["extensions"] = {**(kwargs.get("extensions") or {}), TOKEN_REQUEST_EXTENSION: True}


class OAuth2Session(_TokenLifecycle, OAuth2Client):
    """A thread-safe ``httpx2.Client`` that signs every request with a bearer token it manages.

    This class implements the client-credentials grant; :mod:`dastra_auth.code_flow` extends it
    for the authorization-code grant. ``client_options`` are ``httpx2.Client`` arguments
    (``base_url``, ``timeout``, ``limits``, ``transport``, ``event_hooks``...).
    """

    grant_type = "client_credentials"

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: Secret | str,
        token_endpoint: str,
        scope: str | None,
        leeway: float = 60.0,
        clock: Callable[[], float] = time.time,
        token_store: TokenStore | None = None,
        redirect_uri: str | None = None,
        shared_token: SharedToken | None = None,
        **client_options: Any,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=None,  # kept as a Secret, revealed only in client_auth
            token_endpoint_auth_method="client_secret_basic",
            scope=scope,
            redirect_uri=redirect_uri,
            token_endpoint=token_endpoint,
            grant_type=self.grant_type,
            **client_options,
        )
        self._token_lock = threading.Lock()
        self._setup_lifecycle(
            client_secret=client_secret,
            leeway=leeway,
            clock=clock,
            token_store=token_store,
            shared_token=shared_token,
        )
        self.auth = _BearerAuth(self)

    # --- token lifecycle -------------------------------------------------------------------------

    def active_token(self) -> Token:
        """A token valid for at least the leeway, fetched or refreshed once however many threads ask."""
        token = self._usable_token()
        if token is not None:
            return token
        with self._token_lock:
            token = self._usable_token()  # another thread may have renewed it while we waited
            if token is None:
                shared = self._shared_token
                token = self._renew_token() if shared is None else shared.renew(self)
            return token

    def discard_token(self, token: Token) -> None:
        """The API refused ``token``: the next :meth:`active_token` renews it (once for all threads)."""
        with self._token_lock:
            self._mark_rejected(token)
        if self._shared_token is not None:
            self._shared_token.discard(token)  # once for every process

    def _renew_token(self) -> Token:
        refresh_token = self._refresh_token_of(self.token)
        if refresh_token is not None:
            with self._token_request():
                token = self.refresh_token(self.metadata["token_endpoint"], refresh_token=refresh_token)
            return self._remember(token)
        return self._fetch_new_token()

    def _fetch_new_token(self) -> Token:
        with self._token_request():
            token = self.fetch_token(self.metadata["token_endpoint"], grant_type="client_credentials")
        return self._remember(token)

    # --- httpx2.Client ---------------------------------------------------------------------------

    def request(
        self,
        method: str,
        url: httpx2.URL | str,
        withhold_token: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        **kwargs: Any,
    ) -> httpx2.Response:
        if withhold_token and auth is httpx2.USE_CLIENT_DEFAULT:
            auth = None
        self._mark_token_request(auth, kwargs)
        return httpx2.Client.request(self, method, url, auth=auth, **kwargs)

    def stream(
        self,
        method: str,
        url: httpx2.URL | str,
        withhold_token: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        **kwargs: Any,
    ) -> Any:
        if withhold_token and auth is httpx2.USE_CLIENT_DEFAULT:
            auth = None
        self._mark_token_request(auth, kwargs)
        return httpx2.Client.stream(self, method, url, auth=auth, **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, token_endpoint={self.metadata['token_endpoint']!r})"


class AsyncOAuth2Session(_TokenLifecycle, AsyncOAuth2Client):
    """The ``httpx2.AsyncClient`` twin of :class:`OAuth2Session`: one token request for N tasks.

    The single-flight lock is an ``asyncio.Lock`` created lazily for each event loop that uses
    the session.
    """

    grant_type = "client_credentials"

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: Secret | str,
        token_endpoint: str,
        scope: str | None,
        leeway: float = 60.0,
        clock: Callable[[], float] = time.time,
        token_store: TokenStore | None = None,
        redirect_uri: str | None = None,
        shared_token: SharedToken | None = None,
        **client_options: Any,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=None,
            token_endpoint_auth_method="client_secret_basic",
            scope=scope,
            redirect_uri=redirect_uri,
            leeway=leeway,
            token_endpoint=token_endpoint,
            grant_type=self.grant_type,
            **client_options,
        )
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()
        self._setup_lifecycle(
            client_secret=client_secret,
            leeway=leeway,
            clock=clock,
            token_store=token_store,
            shared_token=shared_token,
        )
        self.auth = _BearerAuth(self)

    def _token_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    async def active_token(self) -> Token:
        """A valid token; concurrent tasks share one token request."""
        token = self._usable_token()
        if token is not None:
            return token
        async with self._token_lock():
            token = self._usable_token()
            if token is None:
                shared = self._shared_token
                token = await (self._renew_token() if shared is None else shared.arenew(self))
            return token

    async def discard_token(self, token: Token) -> None:
        """The API refused ``token``: the next :meth:`active_token` renews it."""
        async with self._token_lock():
            self._mark_rejected(token)
        if self._shared_token is not None:
            await self._shared_token.adiscard(token)

    async def _renew_token(self) -> Token:
        refresh_token = self._refresh_token_of(self.token)
        if refresh_token is not None:
            with self._token_request():
                token = await self.refresh_token(self.metadata["token_endpoint"], refresh_token=refresh_token)
            return self._remember(token)
        return await self._fetch_new_token()

    async def _fetch_new_token(self) -> Token:
        with self._token_request():
            token = await self.fetch_token(self.metadata["token_endpoint"], grant_type="client_credentials")
        return self._remember(token)

    async def request(
        self,
        method: str,
        url: httpx2.URL | str,
        withhold_token: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        **kwargs: Any,
    ) -> httpx2.Response:
        if withhold_token and auth is httpx2.USE_CLIENT_DEFAULT:
            auth = None
        self._mark_token_request(auth, kwargs)
        return await httpx2.AsyncClient.request(self, method, url, auth=auth, **kwargs)

    def stream(
        self,
        method: str,
        url: httpx2.URL | str,
        withhold_token: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        **kwargs: Any,
    ) -> Any:
        if withhold_token and auth is httpx2.USE_CLIENT_DEFAULT:
            auth = None
        self._mark_token_request(auth, kwargs)
        return httpx2.AsyncClient.stream(self, method, url, auth=auth, **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, token_endpoint={self.metadata['token_endpoint']!r})"


class _BearerAuth(httpx2.Auth):
    """Signs a request with the session's token; on 401 renews it and replays the request once."""

    requires_request_body = True  # the body is buffered so that the one replay can resend it

    def __init__(self, session: OAuth2Session | AsyncOAuth2Session) -> None:
        self._session = session

    def sync_auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        session = self._session
        assert isinstance(session, OAuth2Session)
        token = session.active_token()
        _sign(request, token)
        response = yield request
        if response.status_code != 401:
            return
        logger.debug("API answered 401 to %s %s; renewing the token once", request.method, request.url.path)
        session.discard_token(token)
        _sign(request, session.active_token())
        response = yield request
        if response.status_code == 401:
            response.read()
            raise _authentication_error(response)

    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        session = self._session
        assert isinstance(session, AsyncOAuth2Session)
        token = await session.active_token()
        _sign(request, token)
        response = yield request
        if response.status_code != 401:
            return
        logger.debug("API answered 401 to %s %s; renewing the token once", request.method, request.url.path)
        await session.discard_token(token)
        _sign(request, await session.active_token())
        response = yield request
        if response.status_code == 401:
            await response.aread()
            raise _authentication_error(response)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _authentication_error(response: httpx2.Response) -> APIStatusError:
    error = APIStatusError.from_response(response)  # an APIAuthenticationError for a 401
    assert isinstance(error, APIAuthenticationError)
    return error
