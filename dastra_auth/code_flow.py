"""Authorization-code flow (with PKCE S256) for acting on behalf of a Dastra user.

1. :func:`start_authorization` builds the URL to send the browser to, with a fresh random
   ``state`` and PKCE verifier; keep the returned :class:`PendingAuthorization` (e.g. in the web
   session, via :meth:`PendingAuthorization.to_dict`).
2. When the browser comes back, :meth:`AuthorizationCodeSession.exchange_code` checks the callback
   (``error=``, ``state``) *before* any token request, exchanges the code and saves the token.
3. From then on the session refreshes the token with its refresh token (scope ``offline_access``),
   storing each rotated refresh token, single-flighted like the client-credentials session.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from typing import Final
from urllib.parse import parse_qsl, urlencode, urlsplit

import attrs
from authlib.oauth2.rfc7636 import create_s256_code_challenge  # type: ignore[import-untyped]

from dastra_auth.config import DastraSettings
from dastra_auth.errors import AuthenticationError, AuthorizationCallbackError, ConfigError
from dastra_auth.redact import Secret
from dastra_auth.session import AsyncOAuth2Session, OAuth2Session, Token

__all__ = [
    "CODE_FLOW_SCOPE",
    "AsyncAuthorizationCodeSession",
    "AuthorizationCodeSession",
    "PendingAuthorization",
    "read_callback",
    "start_authorization",
]

#: ``api1`` for the API, ``offline_access`` for a refresh token.
CODE_FLOW_SCOPE: Final = "api1 offline_access"


@attrs.frozen(kw_only=True)
class PendingAuthorization:
    """An authorization started for one browser: the URL to visit and what the callback must match."""

    url: str
    state: str
    code_verifier: Secret
    redirect_uri: str

    def to_dict(self) -> dict[str, str]:
        """A JSON-able form to keep server-side (or in a signed, encrypted session) until the callback."""
        return {
            "url": self.url,
            "state": self.state,
            "code_verifier": self.code_verifier.reveal(),
            "redirect_uri": self.redirect_uri,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, str]) -> PendingAuthorization:
        return cls(
            url=data["url"],
            state=data["state"],
            code_verifier=Secret(data["code_verifier"]),
            redirect_uri=data["redirect_uri"],
        )


def start_authorization(
    settings: DastraSettings, *, redirect_uri: str | None = None, scope: str = CODE_FLOW_SCOPE
) -> PendingAuthorization:
    """The authorize URL (``response_type=code``, ``state``, PKCE S256) and what to keep for the callback."""
    client_id = settings.require_client_credentials()[0]
    redirect_uri = _redirect_uri(settings, redirect_uri)
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
        }
    )
    separator = "&" if urlsplit(settings.authorize_url).query else "?"
    return PendingAuthorization(
        url=f"{settings.authorize_url}{separator}{query}",
        state=state,
        code_verifier=Secret(verifier),
        redirect_uri=redirect_uri,
    )


def read_callback(callback: str | Mapping[str, str], pending: PendingAuthorization) -> str:
    """The authorization code in ``callback`` (the full callback URL, or its query parameters).

    Raises :class:`AuthorizationCallbackError` on ``error=``, a missing or different ``state``,
    or no ``code``: then no token must be requested.
    """
    params = dict(parse_qsl(urlsplit(callback).query)) if isinstance(callback, str) else dict(callback)
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


def _redirect_uri(settings: DastraSettings, redirect_uri: str | None) -> str:
    if redirect_uri is not None:
        settings = settings.replace(redirect_uri=redirect_uri)  # validated like every URL setting
    if settings.redirect_uri is None:
        raise ConfigError("DASTRA_REDIRECT_URI is not set (needed by the authorization-code flow)")
    return settings.redirect_uri


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
        code = read_callback(callback, pending)
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
        code = read_callback(callback, pending)
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
