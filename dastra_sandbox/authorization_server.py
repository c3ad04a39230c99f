# Authlib ships no type information: pyright infers its base classes from their source, where the
# overridden methods and class variables have other (inferred) shapes. These checks cannot hold here.
# pyright: reportIncompatibleMethodOverride=false, reportIncompatibleVariableOverride=false
# pyright: reportAttributeAccessIssue=false, reportArgumentType=false, reportAssignmentType=false
"""A real OAuth2 authorization server on loopback, built from Authlib's server components.

It mimics Dastra's identity server closely enough to test the client for real:

* ``POST /connect/token``: grants ``client_credentials``, ``authorization_code`` (PKCE S256
  required) and ``refresh_token`` with refresh-token rotation (the old one stops working);
  one confidential client authenticated with ``client_secret_basic``; scopes ``api1`` and
  ``offline_access`` (the latter yields a refresh token).
* ``GET /connect/authorize``: browserless login, ``...&login=alice`` approves at once for a
  configured user and redirects to ``redirect_uri`` with ``code`` and ``state``; an unknown
  login is denied (``error=access_denied``).
* opt-in behaviours of standards-compliant OpenID providers (off by default):
  :attr:`~AuthorizationServer.callback_issuer` adds an RFC 9207 ``iss`` to every authorization
  response; :attr:`~AuthorizationServer.offline_access_needs_consent` grants ``offline_access`` (a
  refresh token) only to logins sent with ``prompt=consent``, as panva's oidc-provider does.

Test hooks: :attr:`AuthorizationServer.token_requests` (per grant type, thread-safe),
:meth:`~AuthorizationServer.introspect`, :meth:`~AuthorizationServer.revoke_all`,
:meth:`~AuthorizationServer.expire_access_tokens`, a settable token lifetime and clock.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import attrs
from authlib.integrations.flask_oauth2 import (  # type: ignore[import-untyped]
    AuthorizationServer as FlaskAuthorizationServer,
)
from authlib.oauth2.rfc6749 import (  # type: ignore[import-untyped]
    AuthorizationCodeMixin,
    ClientMixin,
    OAuth2Error,
    TokenMixin,
    grants,
)
from authlib.oauth2.rfc7636 import CodeChallenge  # type: ignore[import-untyped]
from authlib.oauth2.rfc9207 import IssuerParameter  # type: ignore[import-untyped]
from flask import Flask, Response, request

from dastra_sandbox.serving import LoopbackApp, LoopbackServer

__all__ = ["AuthorizationServer"]

SCOPES = ("api1", "offline_access")
AUTHORIZATION_CODE_LIFETIME = 120.0
REFRESH_TOKEN_LIFETIME = 30 * 24 * 3600.0


class _HiddenDict(dict[str, Any]):
    """A token response whose repr hides its values: Authlib logs ``"Issue token %r"`` at DEBUG."""

    def __repr__(self) -> str:
        return f"<token response with fields {sorted(self)}>"

    __str__ = __repr__


@attrs.define
class User:
    username: str

    def get_user_id(self) -> str:
        return self.username


@attrs.define
class RegisteredClient(ClientMixin):  # type: ignore[misc]
    client_id: str
    client_secret: str = attrs.field(repr=False)
    redirect_uris: tuple[str, ...] = ()
    grant_types: tuple[str, ...] = ("client_credentials", "authorization_code", "refresh_token")

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return self.redirect_uris[0] if self.redirect_uris else None

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return "api1"
        return " ".join(s for s in scope.split() if s in SCOPES)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return hmac.compare_digest(client_secret.encode(), self.client_secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "client_secret_basic"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


@attrs.define(eq=False)
class IssuedToken(TokenMixin):  # type: ignore[misc]
    access_token: str = attrs.field(repr=False)
    refresh_token: str | None = attrs.field(repr=False)
    client_id: str
    scope: str
    user: User | None
    issued_at: float
    expires_in: float
    clock: Callable[[], float] = attrs.field(repr=False)
    access_revoked: bool = False
    refresh_revoked: bool = False

    def check_client(self, client: RegisteredClient) -> bool:
        return client.client_id == self.client_id

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> float:
        return self.expires_in

    def is_expired(self) -> bool:
        return self.clock() >= self.issued_at + self.expires_in

    def is_revoked(self) -> bool:
        return self.access_revoked

    def get_user(self) -> User | None:
        return self.user

    def refresh_usable(self) -> bool:
        return (
            self.refresh_token is not None
            and not self.refresh_revoked
            and self.clock() < self.issued_at + REFRESH_TOKEN_LIFETIME
        )


@attrs.define(eq=False)
class AuthorizationCode(AuthorizationCodeMixin):  # type: ignore[misc]
    code: str = attrs.field(repr=False)
    client_id: str
    redirect_uri: str
    scope: str
    user: User
    code_challenge: str | None
    code_challenge_method: str | None
    issued_at: float

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope


def _sandbox(grant: Any) -> AuthorizationServer:
    sandbox: AuthorizationServer = grant.server.sandbox
    return sandbox


class _AuthorizationCodeGrant(grants.AuthorizationCodeGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["client_secret_basic"]

    def save_authorization_code(self, code: str, oauth_request: Any) -> None:
        data = oauth_request.payload.data
        scope = oauth_request.scope or ""
        prompt = data.get("prompt") or ""
        if _sandbox(self).offline_access_needs_consent and "consent" not in prompt.split():
            scope = " ".join(s for s in scope.split() if s != "offline_access")
        record = AuthorizationCode(
            code=code,
            client_id=oauth_request.client.client_id,
            redirect_uri=oauth_request.payload.redirect_uri,
            scope=scope,
            user=oauth_request.user,
            code_challenge=data.get("code_challenge"),
            code_challenge_method=data.get("code_challenge_method"),
            issued_at=_sandbox(self).clock(),
        )
        _sandbox(self)._save_code(record)

    def query_authorization_code(self, code: str, client: RegisteredClient) -> AuthorizationCode | None:
        return _sandbox(self)._find_code(code, client.client_id)

    def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
        _sandbox(self)._delete_code(authorization_code)

    def authenticate_user(self, authorization_code: AuthorizationCode) -> User:
        return authorization_code.user


class _RefreshTokenGrant(grants.RefreshTokenGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["client_secret_basic"]
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotation: every refresh issues a new refresh token

    def authenticate_refresh_token(self, refresh_token: str) -> IssuedToken | None:
        return _sandbox(self)._find_refresh_token(refresh_token)

    def authenticate_user(self, credential: IssuedToken) -> User | None:
        return credential.user

    def revoke_old_credential(self, credential: IssuedToken) -> None:
        _sandbox(self)._revoke_refresh_token(credential)


class _ClientCredentialsGrant(grants.ClientCredentialsGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["client_secret_basic"]


class _SandboxIssuer(IssuerParameter):  # type: ignore[misc]
    """RFC 9207: Authlib adds ``iss`` to authorization responses (error ones too) when this names one."""

    def __init__(self, sandbox: AuthorizationServer) -> None:
        self._sandbox = sandbox

    def get_issuer(self) -> str | None:
        return self._sandbox.callback_issuer


class AuthorizationServer(LoopbackApp):
    """The sandbox authorization server. Use as a context manager, or :meth:`start` / :meth:`stop`.

    ``token_lifetime`` (seconds) can be changed at any time; ``clock`` decides expiry (tests pass a
    controllable one). ``users`` are the logins the authorize endpoint approves.
    :attr:`callback_issuer` and :attr:`offline_access_needs_consent` can be set at any time too.
    """

    #: The ``iss`` added to authorization responses (RFC 9207); ``None`` (the default) adds none.
    #: :attr:`issuer` is this server's own identifier; any other value plays a mix-up attack.
    callback_issuer: str | None = None
    #: Drop ``offline_access`` from logins not sent with ``prompt=consent`` (no refresh token then).
    offline_access_needs_consent: bool = False

    def __init__(
        self,
        *,
        client_id: str = "sandbox-public-key",
        client_secret: str | None = None,
        redirect_uris: Iterable[str] = ("http://127.0.0.1/callback",),
        users: Iterable[str] = ("alice",),
        token_lifetime: float = 3600.0,
        clock: Callable[[], float] = time.time,
        port: int = 0,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret if client_secret is not None else secrets.token_urlsafe(24)
        self.token_lifetime = token_lifetime
        self.clock = clock
        self.users = {name: User(name) for name in users}
        self.client = RegisteredClient(
            client_id=self.client_id, client_secret=self.client_secret, redirect_uris=tuple(redirect_uris)
        )
        self._lock = threading.Lock()
        self._token_requests: Counter[str] = Counter()
        self._authorize_requests = 0
        self._tokens: dict[str, IssuedToken] = {}
        self._refresh_tokens: dict[str, IssuedToken] = {}
        self._codes: dict[str, AuthorizationCode] = {}
        self._app = self._create_app()
        self._http = LoopbackServer(self._app, port=port, name="sandbox-authorization-server")

    # --- lifecycle ---------------------------------------------------------------------------------

    @property
    def token_url(self) -> str:
        return f"{self.url}/connect/token"

    @property
    def authorize_url(self) -> str:
        return f"{self.url}/connect/authorize"

    @property
    def issuer(self) -> str:
        """This server's issuer identifier: its origin, as a client derives it from the token URL."""
        return self.url

    # --- test hooks --------------------------------------------------------------------------------

    @property
    def token_requests(self) -> Counter[str]:
        """A copy of the number of ``/connect/token`` requests per ``grant_type``, failed ones included."""
        with self._lock:
            return Counter(self._token_requests)

    @property
    def total_token_requests(self) -> int:
        with self._lock:
            return sum(self._token_requests.values())

    @property
    def authorize_requests(self) -> int:
        with self._lock:
            return self._authorize_requests

    def reset_counts(self) -> None:
        with self._lock:
            self._token_requests.clear()
            self._authorize_requests = 0

    def introspect(self, access_token: str) -> bool:
        """True when ``access_token`` was issued here and is neither expired nor revoked."""
        with self._lock:
            token = self._tokens.get(access_token)
        return token is not None and not token.is_expired() and not token.is_revoked()

    def issued_access_tokens(self) -> list[str]:
        """Every access token issued so far (for tests that look for leaks)."""
        with self._lock:
            return list(self._tokens)

    def issued_refresh_tokens(self) -> list[str]:
        with self._lock:
            return list(self._refresh_tokens)

    def revoke_all(self) -> None:
        """Revoke every access and refresh token issued so far."""
        with self._lock:
            for token in self._tokens.values():
                token.access_revoked = True
                token.refresh_revoked = True

    def expire_access_tokens(self) -> None:
        """Revoke every access token issued so far; refresh tokens keep working."""
        with self._lock:
            for token in self._tokens.values():
                token.access_revoked = True

    # --- storage used by the grants ----------------------------------------------------------------

    def _save_code(self, record: AuthorizationCode) -> None:
        with self._lock:
            self._codes[record.code] = record

    def _find_code(self, code: str, client_id: str) -> AuthorizationCode | None:
        with self._lock:
            record = self._codes.get(code)
        if record is None or record.client_id != client_id:
            return None
        if self.clock() >= record.issued_at + AUTHORIZATION_CODE_LIFETIME:
            return None
        return record

    def _delete_code(self, record: AuthorizationCode) -> None:
        with self._lock:
            self._codes.pop(record.code, None)

    def _find_refresh_token(self, refresh_token: str) -> IssuedToken | None:
        with self._lock:
            token = self._refresh_tokens.get(refresh_token)
        return token if token is not None and token.refresh_usable() else None

    def _revoke_refresh_token(self, token: IssuedToken) -> None:
        with self._lock:
            token.refresh_revoked = True

    def _save_token(self, token: dict[str, Any], oauth_request: Any) -> None:
        issued = IssuedToken(
            access_token=token["access_token"],
            refresh_token=token.get("refresh_token"),
            client_id=oauth_request.client.client_id,
            scope=token.get("scope", ""),
            user=oauth_request.user,
            issued_at=self.clock(),
            expires_in=float(token["expires_in"]),
            clock=self.clock,
        )
        with self._lock:
            self._tokens[issued.access_token] = issued
            if issued.refresh_token is not None:
                self._refresh_tokens[issued.refresh_token] = issued

    def _generate_token(
        self,
        grant_type: str,
        client: RegisteredClient,
        user: User | None = None,
        scope: str | None = None,
        expires_in: float | None = None,
        include_refresh_token: bool = True,
    ) -> _HiddenDict:
        scope = scope or "api1"
        lifetime = expires_in if expires_in is not None else self.token_lifetime
        token = _HiddenDict(
            token_type="Bearer",
            access_token=secrets.token_urlsafe(32),
            # Whole seconds go out as a JSON integer, as Dastra's identity server sends them.
            expires_in=int(lifetime) if float(lifetime).is_integer() else lifetime,
            scope=scope,
        )
        if include_refresh_token and "offline_access" in scope.split():
            token["refresh_token"] = secrets.token_urlsafe(32)
        return token

    # --- the Flask app -----------------------------------------------------------------------------

    def _create_app(self) -> Flask:
        app = Flask("dastra_sandbox.authorization_server")
        app.config["OAUTH2_SCOPES_SUPPORTED"] = list(SCOPES)
        server = FlaskAuthorizationServer(
            app,
            query_client=lambda client_id: self.client if client_id == self.client_id else None,
            save_token=self._save_token,
        )
        server.sandbox = self
        server.register_token_generator("default", self._generate_token)
        server.register_grant(_ClientCredentialsGrant)
        server.register_grant(_AuthorizationCodeGrant, [CodeChallenge(required=True)])
        server.register_grant(_RefreshTokenGrant)
        server.register_extension(_SandboxIssuer(self))

        @app.post("/connect/token")
        def token_endpoint() -> Response:
            with self._lock:
                self._token_requests[request.form.get("grant_type", "")] += 1
            response: Response = server.create_token_response()
            return response

        @app.get("/connect/authorize")
        def authorize_endpoint() -> Response:
            with self._lock:
                self._authorize_requests += 1
            login = request.args.get("login")
            if login is None:
                return Response("login required: add login=<user> to the query", status=401)
            user = self.users.get(login)
            try:
                grant = server.get_consent_grant(end_user=user)
            except OAuth2Error as error:  # bad client, redirect_uri, scope or PKCE parameters
                invalid: Response = server.handle_error_response(None, error)
                return invalid
            response: Response = server.create_authorization_response(grant_user=user, grant=grant)
            return response

        return app

    def __repr__(self) -> str:
        return f"AuthorizationServer(client_id={self.client_id!r}, started={self._http._server is not None})"
