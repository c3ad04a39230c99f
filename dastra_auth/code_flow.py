"""Authorization-code flow (with PKCE S256) for acting on behalf of a Dastra user.

1. :func:`start_authorization` builds the URL to send the browser to, with a fresh random
   ``state`` and PKCE verifier; keep the returned :class:`PendingAuthorization` (e.g. in the web
   session, via :meth:`PendingAuthorization.to_dict`). It records the issuer the callback must
   come from.
2. When the browser comes back, :meth:`AuthorizationCodeSession.exchange_code` checks the callback
   (``iss`` per RFC 9207 when present, ``error=``, ``state``) *before* any token request, exchanges
   the code and saves the token.
3. From then on the session refreshes the token with its refresh token (scope ``offline_access``),
   storing each rotated refresh token, single-flighted like the client-credentials session.
"""

from __future__ import annotations

import hmac
import secrets
from collections import Counter
from collections.abc import Mapping
from typing import Final
from urllib.parse import parse_qsl, urlencode, urlsplit

import attrs
from authlib.oauth2.rfc7636 import create_s256_code_challenge  # type: ignore[import-untyped]

from dastra_auth.errors import AuthenticationError, AuthorizationCallbackError, ConfigError
from dastra_auth.redact import Secret
from dastra_auth.session import AsyncOAuth2Session, OAuth2Session, Token

__all__ = [
    "CODE_FLOW_SCOPE",
    "PROTOCOL_PARAMETERS",
    "AsyncAuthorizationCodeSession",
    "AuthorizationCodeSession",
    "PendingAuthorization",
    "default_issuer",
    "read_callback",
    "start_authorization",
]

#: ``api1`` for the API, ``offline_access`` for a refresh token.
CODE_FLOW_SCOPE: Final = "api1 offline_access"
#: Authorize-URL parameters :func:`start_authorization` sets itself: ``extra_params`` cannot set them.
PROTOCOL_PARAMETERS: Final = frozenset(
    {"response_type", "client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method"}
)
#: Parameters with their own argument of :func:`start_authorization`.
_ARGUMENT_PARAMETERS: Final = {"scope": "scope=", "prompt": "prompt="}
_DEFAULT_PORTS: Final = {"https": 443, "http": 80}


@attrs.frozen(kw_only=True)
class PendingAuthorization:
    """An authorization started for one browser: the URL to visit and what the callback must match."""

    url: str
    state: str
    code_verifier: Secret
    redirect_uri: str
    #: The ``iss`` a callback may carry (RFC 9207), fixed when the request was built: the issuer is
    #: the server the browser was sent to, so it travels with the request it belongs to.
    #: ``None`` (a pending saved by an older version): the session's token URL origin is expected.
    issuer: str | None = None

    def to_dict(self) -> dict[str, str]:
        """A JSON-able form to keep server-side (or in a signed, encrypted session) until the callback."""
        data = {
            "url": self.url,
            "state": self.state,
            "code_verifier": self.code_verifier.reveal(),
            "redirect_uri": self.redirect_uri,
        }
        if self.issuer is not None:
            data["issuer"] = self.issuer
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, str]) -> PendingAuthorization:
        """The inverse of :meth:`to_dict`; a dict without ``issuer`` (older versions) is accepted."""
        return cls(
            url=data["url"],
            state=data["state"],
            code_verifier=Secret(data["code_verifier"]),
            redirect_uri=data["redirect_uri"],
            issuer=data.get("issuer"),
        )


def start_authorization(
    *,
    client_id: str,
    authorize_url: str,
    redirect_uri: str,
    issuer: str | None = None,
    token_url: str | None = None,
    scope: str = CODE_FLOW_SCOPE,
    prompt: str | None = None,
    extra_params: Mapping[str, str] | None = None,
) -> PendingAuthorization:
    """The authorize URL (``response_type=code``, ``state``, PKCE S256) and what to keep for the callback.

    Takes plain, already validated values (``dastra.connect.start_authorization`` reads them from the
    settings). ``issuer`` is the issuer the callback must come from; unset, it is ``token_url``'s origin
    (:func:`default_issuer`). ``prompt`` is sent as is (``"consent"``: stock OpenID providers grant
    ``offline_access``, so a refresh token, only to a login that asked for consent). ``extra_params``
    are further parameters (``login_hint``, ``ui_locales``...); one that would replace a
    :data:`PROTOCOL_PARAMETERS` entry, ``scope`` or ``prompt`` raises :class:`ConfigError` (nothing is
    silently overridden).
    """
    extra = _extra_parameters(prompt, extra_params)
    state = secrets.token_urlsafe(32)
    verifier = secrets.token_urlsafe(64)  # 86 characters of [A-Za-z0-9_-], within PKCE's 43..128
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "scope": scope,
            "state": state,
            "code_challenge": create_s256_code_challenge(verifier),
            "code_challenge_method": "S256",
            **extra,
        }
    )
    separator = "&" if urlsplit(authorize_url).query else "?"
    if issuer is None and token_url is not None:
        issuer = default_issuer(token_url)
    return PendingAuthorization(
        url=f"{authorize_url}{separator}{query}",
        state=state,
        code_verifier=Secret(verifier),
        redirect_uri=redirect_uri,
        issuer=issuer,
    )


def default_issuer(token_url: str) -> str:
    """The issuer expected when ``DASTRA_ISSUER`` is unset: the token URL's origin (scheme, host, port).

    ``https://account.dastra.eu/connect/token`` -> ``https://account.dastra.eu``; a default port is left out.
    """
    parts = urlsplit(token_url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{port}"
    return f"{parts.scheme}://{host}"


def _extra_parameters(prompt: str | None, extra_params: Mapping[str, str] | None) -> dict[str, str]:
    extra: dict[str, str] = {}
    if prompt is not None:
        if not isinstance(prompt, str) or not prompt.strip():
            raise ConfigError(f"prompt must be a non-empty string such as 'consent', got {prompt!r}")
        extra["prompt"] = prompt.strip()
    for name, value in (extra_params or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigError(f"extra_params must map str to str, got {name!r}: {type(value).__name__}")
        key = name.strip().lower()
        if not key:
            raise ConfigError("extra_params has an empty parameter name")
        if key in PROTOCOL_PARAMETERS:
            raise ConfigError(
                f"extra_params cannot set {name!r}: start_authorization sets the protocol parameters itself"
            )
        if key in _ARGUMENT_PARAMETERS:
            raise ConfigError(f"extra_params cannot set {name!r}: pass {_ARGUMENT_PARAMETERS[key]} instead")
        extra[name] = value
    return extra


def read_callback(
    callback: str | Mapping[str, str], pending: PendingAuthorization, *, issuer: str | None = None
) -> str:
    """The authorization code in ``callback`` (the full callback URL, or its query parameters).

    Raises :class:`AuthorizationCallbackError` on an ``iss`` that is not the expected issuer
    (RFC 9207: ``pending.issuer``, else ``issuer``; a callback without ``iss`` is accepted),
    ``error=``, a missing or different ``state``, a repeated parameter, or no ``code``: then no
    token must be requested.
    """
    if isinstance(callback, str):
        pairs = parse_qsl(urlsplit(callback).query, keep_blank_values=True)
        repeated = sorted(name for name, count in Counter(name for name, _ in pairs).items() if count > 1)
        if repeated:
            raise AuthorizationCallbackError(f"callback repeats the parameter {repeated[0][:100]!r}")
        params = dict(pairs)
    else:
        params = dict(callback)
    _check_issuer(params.get("iss"), pending.issuer if pending.issuer is not None else issuer)
    error = params.get("error")
    if error:
        raise AuthorizationCallbackError(
            f"authorization server answered error={error[:100]}", error=error[:100]
        )
    state = params.get("state")
    if not state or not hmac.compare_digest(state.encode(), pending.state.encode()):
        raise AuthorizationCallbackError("callback state does not match the authorization request")
    code = params.get("code")
    if not code:
        raise AuthorizationCallbackError("callback has no authorization code")
    return code


def _check_issuer(received: str | None, expected: str | None) -> None:
    """RFC 9207 section 2.4: an ``iss`` in the callback must be, character for character, the expected one."""
    if received is None:
        return  # the server does not send iss (Dastra's identity server today): nothing to compare
    if expected is None:
        raise AuthorizationCallbackError(
            "callback carries iss but no expected issuer is known to compare it with"
        )
    if received != expected:
        raise AuthorizationCallbackError(
            f"callback iss {received[:200]!r} is not the expected issuer {expected!r} "
            "(RFC 9207: the answer comes from another authorization server)"
        )


def _no_token() -> AuthenticationError:
    return AuthenticationError(
        "no usable token: complete the authorization-code flow (exchange_code) or load a token store"
    )


class AuthorizationCodeSession(OAuth2Session):
    """An :class:`OAuth2Session` whose tokens come from the authorization-code flow.

    Tokens are renewed with the refresh token (one request for all threads) and saved in the
    token store, rotated refresh token included. Before refreshing, a newer token saved in the
    store by another process is adopted instead.
    """

    grant_type = "authorization_code"

    def exchange_code(self, callback: str | Mapping[str, str], pending: PendingAuthorization) -> Token:
        """Check ``callback`` against ``pending``, then trade its code for a token (saved in the store)."""
        code = read_callback(callback, pending, issuer=default_issuer(self.metadata["token_endpoint"]))
        with self._token_lock, self._token_request():
            token = self.fetch_token(
                self.metadata["token_endpoint"],
                grant_type="authorization_code",
                code=code,
                redirect_uri=pending.redirect_uri,
                code_verifier=pending.code_verifier.reveal(),
            )
            return self._remember(token)

    def _renew_token(self) -> Token:
        adopted = self._adopt_stored_token()
        if adopted is not None and not self._is_expired(adopted):
            return adopted
        return super()._renew_token()

    def _fetch_new_token(self) -> Token:
        raise _no_token()


class AsyncAuthorizationCodeSession(AsyncOAuth2Session):
    """The async twin of :class:`AuthorizationCodeSession`."""

    grant_type = "authorization_code"

    async def exchange_code(self, callback: str | Mapping[str, str], pending: PendingAuthorization) -> Token:
        """Check ``callback`` against ``pending``, then trade its code for a token (saved in the store)."""
        code = read_callback(callback, pending, issuer=default_issuer(self.metadata["token_endpoint"]))
        async with self._token_lock():
            with self._token_request():
                token = await self.fetch_token(
                    self.metadata["token_endpoint"],
                    grant_type="authorization_code",
                    code=code,
                    redirect_uri=pending.redirect_uri,
                    code_verifier=pending.code_verifier.reveal(),
                )
            return self._remember(token)

    async def _renew_token(self) -> Token:
        adopted = self._adopt_stored_token()
        if adopted is not None and not self._is_expired(adopted):
            return adopted
        return await super()._renew_token()

    async def _fetch_new_token(self) -> Token:
        raise _no_token()
