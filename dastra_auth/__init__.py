"""The Dastra client for services: ``Dastra`` / ``AsyncDastra``, on authenticated, policy-wrapped sessions.

Data flows one way: settings (``config``) -> auth session (``session``, ``code_flow``, ``api_key``)
-> transport policies (``transport``: retry, rate limit, typed errors) -> the generated
``dastra_client`` (functions and resources), wrapped by the client objects (``facade``)::

    from dastra_auth import Dastra

    with Dastra() as dastra:  # DASTRA_CLIENT_ID / DASTRA_CLIENT_SECRET
        for breach in dastra.workspace("42").data_breachs.list():
            print(breach.label)

The generated functions take a client from ``create_client()`` / ``create_async_client()``.

Names are imported on first use, so ``import dastra_auth`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dastra_auth.client import (
        AsyncSessionClient as AsyncSessionClient,
    )
    from dastra_auth.client import (
        SyncSessionClient as SyncSessionClient,
    )
    from dastra_auth.client import (
        complete_authorization as complete_authorization,
    )
    from dastra_auth.client import (
        complete_authorization_async as complete_authorization_async,
    )
    from dastra_auth.client import (
        create_async_client as create_async_client,
    )
    from dastra_auth.client import (
        create_client as create_client,
    )
    from dastra_auth.code_flow import (
        PendingAuthorization as PendingAuthorization,
    )
    from dastra_auth.code_flow import (
        start_authorization as start_authorization,
    )
    from dastra_auth.config import DastraSettings as DastraSettings
    from dastra_auth.errors import (
        APIAuthenticationError as APIAuthenticationError,
    )
    from dastra_auth.errors import (
        APIConnectionError as APIConnectionError,
    )
    from dastra_auth.errors import (
        APIError as APIError,
    )
    from dastra_auth.errors import (
        APIRedirectError as APIRedirectError,
    )
    from dastra_auth.errors import (
        APIResponseValidationError as APIResponseValidationError,
    )
    from dastra_auth.errors import (
        APIStatusError as APIStatusError,
    )
    from dastra_auth.errors import (
        APITimeoutError as APITimeoutError,
    )
    from dastra_auth.errors import (
        AuthenticationError as AuthenticationError,
    )
    from dastra_auth.errors import (
        AuthorizationCallbackError as AuthorizationCallbackError,
    )
    from dastra_auth.errors import (
        BadRequestError as BadRequestError,
    )
    from dastra_auth.errors import (
        ConfigError as ConfigError,
    )
    from dastra_auth.errors import (
        ConflictError as ConflictError,
    )
    from dastra_auth.errors import (
        DastraError as DastraError,
    )
    from dastra_auth.errors import (
        FieldValidationError as FieldValidationError,
    )
    from dastra_auth.errors import (
        InternalServerError as InternalServerError,
    )
    from dastra_auth.errors import (
        NotFoundError as NotFoundError,
    )
    from dastra_auth.errors import (
        PagingError as PagingError,
    )
    from dastra_auth.errors import (
        PermissionDeniedError as PermissionDeniedError,
    )
    from dastra_auth.errors import Problem as Problem
    from dastra_auth.errors import (
        RateLimitError as RateLimitError,
    )
    from dastra_auth.errors import (
        RedisUnavailableError as RedisUnavailableError,
    )
    from dastra_auth.errors import (
        TokenEndpointError as TokenEndpointError,
    )
    from dastra_auth.errors import (
        TokenEndpointTimeout as TokenEndpointTimeout,
    )
    from dastra_auth.errors import (
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from dastra_auth.errors import (
        WebhookError as WebhookError,
    )
    from dastra_auth.errors import (
        WebhookPayloadError as WebhookPayloadError,
    )
    from dastra_auth.errors import (
        WebhookSignatureError as WebhookSignatureError,
    )
    from dastra_auth.errors import (
        WorkspaceRequiredError as WorkspaceRequiredError,
    )
    from dastra_auth.facade import AsyncDastra as AsyncDastra
    from dastra_auth.facade import Dastra as Dastra
    from dastra_auth.filters import F as F
    from dastra_auth.paging import apaginate as apaginate
    from dastra_auth.paging import paginate as paginate
    from dastra_auth.redact import Secret as Secret
    from dastra_auth.redis_token import RedisTokenStore as RedisTokenStore
    from dastra_auth.token_store import (
        FileTokenStore as FileTokenStore,
    )
    from dastra_auth.token_store import (
        MemoryTokenStore as MemoryTokenStore,
    )
    from dastra_auth.token_store import (
        TokenStore as TokenStore,
    )
    from dastra_auth.webhooks import Webhooks as Webhooks
    from dastra_auth.webhooks import parse_webhook as parse_webhook
    from dastra_auth.webhooks import verify_signature as verify_signature

_MODULE_OF: dict[str, str] = {
    "Dastra": "facade",
    "AsyncDastra": "facade",
    "SyncSessionClient": "client",
    "AsyncSessionClient": "client",
    "create_client": "client",
    "create_async_client": "client",
    "complete_authorization": "client",
    "complete_authorization_async": "client",
    "start_authorization": "code_flow",
    "PendingAuthorization": "code_flow",
    "DastraSettings": "config",
    "F": "filters",
    "paginate": "paging",
    "apaginate": "paging",
    "Secret": "redact",
    "RedisTokenStore": "redis_token",
    "TokenStore": "token_store",
    "MemoryTokenStore": "token_store",
    "FileTokenStore": "token_store",
    "Webhooks": "webhooks",
    "parse_webhook": "webhooks",
    "verify_signature": "webhooks",
    "Problem": "errors",
    **dict.fromkeys(
        (
            "APIAuthenticationError",
            "APIConnectionError",
            "APIError",
            "APIRedirectError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "AuthorizationCallbackError",
            "BadRequestError",
            "ConfigError",
            "ConflictError",
            "DastraError",
            "FieldValidationError",
            "InternalServerError",
            "NotFoundError",
            "PagingError",
            "PermissionDeniedError",
            "RateLimitError",
            "RedisUnavailableError",
            "TokenEndpointError",
            "TokenEndpointTimeout",
            "UnprocessableEntityError",
            "WebhookError",
            "WebhookPayloadError",
            "WebhookSignatureError",
            "WorkspaceRequiredError",
        ),
        "errors",
    ),
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
