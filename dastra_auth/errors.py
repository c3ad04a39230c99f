"""Every exception this package raises. One hierarchy, rooted at :class:`DastraError`.

Messages are one line and never carry a secret: no client secret, token, API key or
Authorization header ever reaches ``str(error)`` or ``repr(error)``.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx2

# The root error and the errors about answers the generated code raises itself live in the generated
# package (which never imports dastra_auth); they are the same classes here.
from dastra_client._errors import APIResponseValidationError, DastraError, FieldValidationError

__all__ = [
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
]

#: Response headers that may carry a request id, in the order we look for them.
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "traceparent")
#: How much of an error body we keep on the exception (characters).
BODY_EXCERPT_CHARS = 500


class ConfigError(DastraError, ValueError):
    """A setting is missing or malformed. The message names the setting (e.g. ``DASTRA_CLIENT_ID``)."""


# --- authentication -------------------------------------------------------------------------------


class AuthenticationError(DastraError):
    """The API refused our credentials (401), even after one fresh token."""


class TokenEndpointError(AuthenticationError):
    """The token endpoint refused to issue a token, or answered something that is not a token.

    ``error`` is the OAuth2 error code when the server sent one (``invalid_client``,
    ``invalid_scope``, ``invalid_grant``...), ``status_code`` the HTTP status when there was an answer.
    """

    def __init__(self, message: str, *, error: str | None = None, status_code: int | None = None) -> None:
        super().__init__(message)
        self.error = error
        self.status_code = status_code


class TokenEndpointTimeout(TokenEndpointError):
    """The token endpoint did not answer in time, or could not be reached."""


class AuthorizationCallbackError(AuthenticationError):
    """The authorization-code callback is unusable: ``state`` mismatch, ``error=`` or no ``code``."""

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        self.error = error


# --- API answers ----------------------------------------------------------------------------------


class APIError(DastraError):
    """An API request failed. ``method`` and ``path`` say which; the query string is never kept."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APIConnectionError(APIError):
    """The request never got an HTTP answer (DNS, refused connection, reset, protocol error)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes: ``status_code``, ``method``, ``path``, ``body`` (an excerpt, at most
    ``BODY_EXCERPT_CHARS`` characters), ``request_id`` (when the server sent one) and ``response``
    (the raw :class:`httpx2.Response`, for anything else).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        status_code: int,
        body: str,
        request_id: str | None,
        response: httpx2.Response,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.response = response

    @classmethod
    def from_response(cls, response: httpx2.Response) -> APIStatusError:
        """Build the most specific error for ``response`` (which must have been read)."""
        error_class = _STATUS_ERRORS.get(response.status_code)
        if error_class is None:
            error_class = InternalServerError if response.status_code >= 500 else APIStatusError
        request = response.request
        path = request.url.path
        request_id = _request_id(response.headers)
        body = _excerpt(response)
        message = f"{request.method} {path} answered {response.status_code}"
        if request_id:
            message += f" (request id {request_id})"
        if body:
            message += f": {body}"
        return error_class(
            message,
            method=request.method,
            path=path,
            status_code=response.status_code,
            body=body,
            request_id=request_id,
            response=response,
        )


class BadRequestError(APIStatusError):
    """400: the API rejected the request's content."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (workspace permissions)."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the resource changed or already exists."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests, and retries (if any) did not get through."""


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


class APIAuthenticationError(APIStatusError, AuthenticationError):
    """401 from the API: the credentials were refused even after one fresh token."""


_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: APIAuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _request_id(headers: httpx2.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value[:200]
    return None


def _excerpt(response: httpx2.Response) -> str:
    """The start of the body on one line. Undecodable bytes are replaced, never raised on."""
    try:
        text = response.content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # an unknown charset in Content-Type
        text = response.content.decode("utf-8", errors="replace")
    one_line = " ".join(text.split())
    if len(one_line) > BODY_EXCERPT_CHARS:
        return one_line[: BODY_EXCERPT_CHARS - 1] + "…"
    return one_line


# --- shared state across processes (Redis) --------------------------------------------------------


class RedisUnavailableError(DastraError):
    """Redis, which holds the rate-limit budget and the token shared by every process of a key, could
    not be reached (or did not answer in time) and ``DASTRA_REDIS_FALLBACK`` is off: the request is not
    sent. The Redis error is ``__cause__``; the message names its type only (never a URL or password).
    """
