"""Authentication for Dastra's API: OAuth2 sessions, API keys, the authorization-code flow, token stores.

Each piece takes what it needs as arguments and knows nothing of the client built on it (``dastra``):

- :mod:`~dastra_auth.session`: ``OAuth2Session`` / ``AsyncOAuth2Session`` (client credentials on
  Authlib's httpx2 integration): one token fetch however many threads or tasks need it, renewal before
  expiry, one fresh token and one replay on a 401;
- :mod:`~dastra_auth.code_flow`: the authorization-code flow with PKCE, refresh tokens;
- :mod:`~dastra_auth.api_key`: ``X-API-Key`` authentication;
- :mod:`~dastra_auth.token_store` (memory, file) and :mod:`~dastra_auth.redis_token` (shared by every
  process of a key); :mod:`~dastra_auth.redis_link` (the Redis connection they use);
- :mod:`~dastra_auth.redact`: ``Secret``, a value that never shows in a ``repr``, log or message;
- :mod:`~dastra_auth.errors`: what these raise (re-exported by :mod:`dastra.errors`).

Services use them through ``dastra.Dastra``; names are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dastra_auth.api_key import APIKeyAuth as APIKeyAuth
    from dastra_auth.code_flow import AsyncAuthorizationCodeSession as AsyncAuthorizationCodeSession
    from dastra_auth.code_flow import AuthorizationCodeSession as AuthorizationCodeSession
    from dastra_auth.code_flow import PendingAuthorization as PendingAuthorization
    from dastra_auth.code_flow import start_authorization as start_authorization
    from dastra_auth.redact import Secret as Secret
    from dastra_auth.redis_token import RedisTokenStore as RedisTokenStore
    from dastra_auth.session import AsyncOAuth2Session as AsyncOAuth2Session
    from dastra_auth.session import OAuth2Session as OAuth2Session
    from dastra_auth.session import SharedToken as SharedToken
    from dastra_auth.session import Token as Token
    from dastra_auth.token_store import FileTokenStore as FileTokenStore
    from dastra_auth.token_store import MemoryTokenStore as MemoryTokenStore
    from dastra_auth.token_store import TokenStore as TokenStore

_MODULE_OF: dict[str, str] = {
    "APIKeyAuth": "api_key",
    "AsyncAuthorizationCodeSession": "code_flow",
    "AuthorizationCodeSession": "code_flow",
    "PendingAuthorization": "code_flow",
    "start_authorization": "code_flow",
    "Secret": "redact",
    "RedisTokenStore": "redis_token",
    "AsyncOAuth2Session": "session",
    "OAuth2Session": "session",
    "SharedToken": "session",
    "Token": "session",
    "FileTokenStore": "token_store",
    "MemoryTokenStore": "token_store",
    "TokenStore": "token_store",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
