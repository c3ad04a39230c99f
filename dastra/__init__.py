"""The Dastra client for services: one object, one attribute per resource, one method per operation.

::

    from dastra import Dastra, F

    with Dastra() as dastra:  # DASTRA_CLIENT_ID / DASTRA_CLIENT_SECRET (or DASTRA_API_KEY)
        ws = dastra.workspace("42")
        for breach in ws.data_breachs.list(filters=F("label").contains("phishing")):
            print(breach.id, breach.label)

Where things live: :mod:`dastra.client` (``Dastra``, ``AsyncDastra``), :mod:`dastra.settings`,
:mod:`dastra.errors`, :mod:`dastra.types`, :mod:`dastra.filters`, :mod:`dastra.webhooks`,
:mod:`dastra.policies` (retries, rate limits), :mod:`dastra.testing` (a fake Dastra and pytest
fixtures). Authentication itself is :mod:`dastra_auth`; the generated API and its models are
``dastra_client`` (``dastra_client.models``).

Names are imported on first use, so ``import dastra`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dastra.client import AsyncDastra as AsyncDastra
    from dastra.client import Dastra as Dastra
    from dastra.errors import APIConnectionError as APIConnectionError
    from dastra.errors import APIError as APIError
    from dastra.errors import APIResponseValidationError as APIResponseValidationError
    from dastra.errors import APIStatusError as APIStatusError
    from dastra.errors import APITimeoutError as APITimeoutError
    from dastra.errors import AuthenticationError as AuthenticationError
    from dastra.errors import ConfigError as ConfigError
    from dastra.errors import DastraError as DastraError
    from dastra.errors import NotFoundError as NotFoundError
    from dastra.errors import RateLimitError as RateLimitError
    from dastra.filters import F as F
    from dastra.settings import DastraSettings as DastraSettings
    from dastra.types import UNSET as UNSET
    from dastra.types import APIResponse as APIResponse
    from dastra.types import AsyncPager as AsyncPager
    from dastra.types import RequestOptions as RequestOptions
    from dastra.types import SyncPager as SyncPager
    from dastra.webhooks import Webhooks as Webhooks

_MODULE_OF: dict[str, str] = {
    "Dastra": "client",
    "AsyncDastra": "client",
    "DastraSettings": "settings",
    "F": "filters",
    "Webhooks": "webhooks",
    **dict.fromkeys(("UNSET", "APIResponse", "AsyncPager", "RequestOptions", "SyncPager"), "types"),
    **dict.fromkeys(
        (
            "APIConnectionError",
            "APIError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "ConfigError",
            "DastraError",
            "NotFoundError",
            "RateLimitError",
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
