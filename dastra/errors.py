"""Every exception the client raises, in one place: ``except dastra.errors.NotFoundError``.

One hierarchy, rooted at :class:`DastraError`::

    DastraError
    ├── ConfigError                   a setting is missing or malformed (names the variable)
    ├── AuthenticationError           credentials refused
    │   ├── TokenEndpointError        the token endpoint refused or answered garbage (.error, .status_code)
    │   │   └── TokenEndpointTimeout
    │   ├── AuthorizationCallbackError
    │   └── APIAuthenticationError    401 from the API even after one fresh token
    ├── APIError                      .method, .path
    │   ├── APIConnectionError / APITimeoutError
    │   └── APIStatusError            .status_code, .problem, .request_id (+ one class per status)
    ├── APIResponseValidationError    a 2xx answer that is not the JSON the spec promises
    ├── FieldValidationError          a field whose value does not fit its type (raised on read)
    ├── PagingError, WorkspaceRequiredError, RedisUnavailableError
    └── WebhookError                  WebhookSignatureError, WebhookPayloadError

The classes are defined where they are raised (the generated runtime for answers and paging,
:mod:`dastra_auth` for sessions and HTTP answers, this module for webhooks); this module gives each
of them its public name, and tracebacks and ``repr`` show that name (``dastra.errors.NotFoundError``).
Messages are one line and never carry a secret.
"""

from __future__ import annotations

from dastra_auth.errors import (
    APIAuthenticationError,
    APIConnectionError,
    APIError,
    APIRedirectError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthorizationCallbackError,
    BadRequestError,
    ConfigError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    RedisUnavailableError,
    TokenEndpointError,
    TokenEndpointTimeout,
    UnprocessableEntityError,
)
from dastra_client._errors import (
    APIResponseValidationError,
    DastraError,
    FieldValidationError,
    PagingError,
    VariantMismatchError,
    WorkspaceRequiredError,
)

__all__ = [
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
    "Problem",
    "RateLimitError",
    "RedisUnavailableError",
    "TokenEndpointError",
    "TokenEndpointTimeout",
    "UnprocessableEntityError",
    "VariantMismatchError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WorkspaceRequiredError",
]


class WebhookError(DastraError):
    """A webhook delivery was refused (see :mod:`dastra.webhooks`); answer it with a 4xx.

    Messages never hold the webhook key, the expected signature or the body.
    """


class WebhookSignatureError(WebhookError):
    """The ``Dastra-Signature`` header is missing, malformed, or does not sign the body with the key.

    ``reason`` is ``"missing"``, ``"malformed"`` or ``"mismatch"``.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class WebhookPayloadError(WebhookError):
    """A correctly signed body that is not a JSON object."""


def _publish() -> None:
    """Give every class above its public name, so tracebacks, ``repr`` and pickles say ``dastra.errors``.

    Pickling stays correct: a class is found again under ``dastra.errors.<name>``, which this module is.
    """
    for name in __all__:
        value = globals()[name]
        if isinstance(value, type) and value.__qualname__ == name:
            value.__module__ = __name__


_publish()
