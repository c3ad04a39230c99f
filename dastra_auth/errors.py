"""The exceptions an authenticated session raises: settings, the token endpoint, the code flow, HTTP answers.

One hierarchy, rooted at :class:`DastraError` (from the generated runtime). Users catch them from
:mod:`dastra.errors`, which re-exports every one under its own name.

Messages are one line and never carry a secret: no client secret, token, API key or
Authorization header ever reaches ``str(error)`` or ``repr(error)``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import attrs
import httpx2

# The root error and the errors about answers the generated code raises itself live in the generated
# package (which never imports dastra_auth); they are the same classes here.
from dastra_client._errors import (
    APIResponseValidationError,
    DastraError,
    FieldValidationError,
    PagingError,
    WorkspaceRequiredError,
    request_id_of,
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
    "WorkspaceRequiredError",
]

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
    """The authorization-code callback is unusable: ``state`` or ``iss`` mismatch, ``error=`` or no ``code``."""

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
    ``BODY_EXCERPT_CHARS`` characters), ``request_id`` (when the server sent one), ``response``
    (the raw :class:`httpx2.Response`, for anything else) and ``problem`` (the parsed
    :class:`Problem` when the body is a problem document, else ``None``; parsed on first access).
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

    @functools.cached_property
    def problem(self) -> Problem | None:
        """The answer's problem document (RFC 9457, ASP.NET's ``ProblemDetails``), or ``None`` if it is not one."""
        return Problem.from_response(self.response)

    @classmethod
    def from_response(cls, response: httpx2.Response) -> APIStatusError:
        """Build the most specific error for ``response`` (which must have been read)."""
        if 300 <= response.status_code < 400:
            return APIRedirectError.from_redirect(response)
        error_class = _STATUS_ERRORS.get(response.status_code)
        if error_class is None:
            error_class = InternalServerError if response.status_code >= 500 else APIStatusError
        request = response.request
        path = request.url.path
        request_id = request_id_of(response.headers)
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


def _without_query(location: str) -> str:
    """``location`` without its query string, fragment or user info (they may hold secrets)."""
    parts = urlsplit(location)
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))


class APIRedirectError(APIStatusError):
    """3xx from the API (often a gateway sending a login page): never followed, and its body never parsed.

    ``location`` is the ``Location`` header as received (``None`` when absent); messages show it
    without its query string, fragment or user info.
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
        location: str | None,
    ) -> None:
        super().__init__(
            message,
            method=method,
            path=path,
            status_code=status_code,
            body=body,
            request_id=request_id,
            response=response,
        )
        self.location = location

    @classmethod
    def from_redirect(cls, response: httpx2.Response) -> APIRedirectError:
        """Build the error for the redirect ``response`` (which must have been read)."""
        request = response.request
        path = request.url.path
        request_id = request_id_of(response.headers)
        location = response.headers.get("location")
        message = f"{request.method} {path} answered {response.status_code}"
        message += (
            f", a redirect to {_without_query(location)}" if location else ", a redirect without Location"
        )
        message += " (not followed)"
        if request_id:
            message += f" (request id {request_id})"
        return cls(
            message,
            location=location,
            method=request.method,
            path=path,
            status_code=response.status_code,
            body=_excerpt(response),
            request_id=request_id,
            response=response,
        )


_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: APIAuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


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


# --- problem documents ----------------------------------------------------------------------------

#: Problem documents larger than this are not parsed (``problem`` is then ``None``; ``body`` still holds
#: an excerpt).
PROBLEM_MAX_BYTES = 1 << 20
_PROBLEM_MEMBERS = ("type", "title", "status", "detail", "instance", "errors")


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@attrs.frozen
class Problem:
    """A problem document (RFC 9457, formerly 7807), as ASP.NET's ``ProblemDetails`` writes error bodies.

    ``type``, ``title``, ``status``, ``detail`` and ``instance`` are the standard members (``None`` when
    absent or of the wrong JSON type, as the RFC asks readers to treat them); ``errors`` holds the
    field messages of a ``ValidationProblemDetails`` (``{"Label": ["The Label field is required."]}``);
    ``extensions`` every other member (``traceId``...) and any standard member of the wrong type,
    exactly as received.
    """

    type: str | None = None
    title: str | None = None
    status: int | None = None
    detail: str | None = None
    instance: str | None = None
    errors: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    extensions: Mapping[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_json(cls, document: Any) -> Problem | None:
        """The problem in a decoded JSON body, or ``None`` when it is not a problem document."""
        if not isinstance(document, dict):
            return None
        status = document.get("status")
        if isinstance(status, bool) or not isinstance(status, int):
            status = None
        errors, malformed = _field_errors(document.get("errors"))
        extensions = {key: value for key, value in document.items() if key not in _PROBLEM_MEMBERS}
        for key in _PROBLEM_MEMBERS:
            value = document.get(key)
            if key in document and value is not None and not _member_fits(key, value, malformed):
                extensions[key] = value
        return cls(
            type=_text_or_none(document.get("type")),
            title=_text_or_none(document.get("title")),
            status=status,
            detail=_text_or_none(document.get("detail")),
            instance=_text_or_none(document.get("instance")),
            errors=errors,
            extensions=extensions,
        )

    @classmethod
    def from_response(cls, response: httpx2.Response) -> Problem | None:
        """The problem in ``response`` (which must have been read), or ``None``.

        A body is a problem document when it is a JSON object and either its ``Content-Type`` is
        ``application/problem+json`` or it carries a string ``title`` or ``type`` (ASP.NET sends
        ``application/json`` for some of them).
        """
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if not content_type.endswith("json") or len(response.content) > PROBLEM_MAX_BYTES:
            return None
        from dastra_client._json import loads  # the decoder (msgspec) loads with the first error body

        try:
            document = loads(response.content)
        except ValueError:
            return None
        problem = cls.from_json(document)
        if problem is None or content_type == "application/problem+json":
            return problem
        return problem if problem.title is not None or problem.type is not None else None


def _field_errors(value: Any) -> tuple[dict[str, tuple[str, ...]], bool]:
    """``errors`` as field -> messages, and whether anything in it did not fit that shape."""
    if value is None:
        return {}, False
    if not isinstance(value, dict):
        return {}, True
    errors: dict[str, tuple[str, ...]] = {}
    malformed = False
    for field, messages in value.items():
        if isinstance(messages, str):
            errors[str(field)] = (messages,)
        elif isinstance(messages, list) and all(isinstance(message, str) for message in messages):
            errors[str(field)] = tuple(messages)
        else:
            malformed = True
    return errors, malformed


def _member_fits(key: str, value: Any, errors_malformed: bool) -> bool:
    if key == "status":
        return isinstance(value, int) and not isinstance(value, bool)
    if key == "errors":
        return not errors_malformed
    return isinstance(value, str)


# --- shared state across processes (Redis) --------------------------------------------------------


class RedisUnavailableError(DastraError):
    """Redis, which holds the rate-limit budget and the token shared by every process of a key, could
    not be reached (or did not answer in time) and ``DASTRA_REDIS_FALLBACK`` is off: the request is not
    sent. The Redis error is ``__cause__``; the message names its type only (never a URL or password).
    """
