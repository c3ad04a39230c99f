"""Authenticated, policy-wrapped sessions for the generated Dastra client.

Data flows one way: settings (``config``) -> auth session (``session``, ``code_flow``, ``api_key``)
-> transport policies (``transport``: retry, rate limit, typed errors) -> the generated
``dastra_client.Client``, built in one place (``client``)::

    from dastra_auth import create_client, paginate
    from dastra_client.api.data_breachs import data_breachs_list

    with create_client() as client:  # DASTRA_CLIENT_ID / DASTRA_CLIENT_SECRET
        for breach in paginate(data_breachs_list.sync, client=client, workspace_id="42"):
            print(breach.label)

Names are imported on first use, so ``import dastra_auth`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
        PermissionDeniedError as PermissionDeniedError,
    )
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

_MODULE_OF: dict[str, str] = {
    "create_client": "client",
    "create_async_client": "client",
    "complete_authorization": "client",
    "complete_authorization_async": "client",
    "start_authorization": "code_flow",
    "PendingAuthorization": "code_flow",
    "DastraSettings": "config",
    "paginate": "paging",
    "apaginate": "paging",
    "Secret": "redact",
    "RedisTokenStore": "redis_token",
    "TokenStore": "token_store",
    "MemoryTokenStore": "token_store",
    "FileTokenStore": "token_store",
    **dict.fromkeys(
        (
            "APIAuthenticationError",
            "APIConnectionError",
            "APIError",
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
            "PermissionDeniedError",
            "RateLimitError",
            "RedisUnavailableError",
            "TokenEndpointError",
            "TokenEndpointTimeout",
            "UnprocessableEntityError",
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
