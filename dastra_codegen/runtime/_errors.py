"""The root of every error the Dastra client raises, and the errors about what the API answered.

This module lives in the generated package (copied verbatim as ``dastra_client/_errors.py``) because
the generated code raises these errors itself and never imports ``dastra`` or ``dastra_auth``; ``dastra.errors``
re-exports them, so ``except dastra.errors.DastraError`` catches everything, from either layer.

Messages are one line and never carry a secret (no token, key or Authorization header), and a
value taken from an answer is shown only as a short excerpt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "EXCERPT_CHARS",
    "REQUEST_ID_HEADERS",
    "APIResponseValidationError",
    "DastraError",
    "FieldValidationError",
    "PagingError",
    "VariantMismatchError",
    "WorkspaceRequiredError",
    "excerpt",
    "request_id_of",
]

#: How many characters of a received value or body an error message shows at most.
EXCERPT_CHARS: Final = 80
#: Response headers that may carry a request id, in the order they are looked for.
REQUEST_ID_HEADERS: Final = ("x-request-id", "x-correlation-id", "request-id", "traceparent")


def request_id_of(headers: httpx2.Headers) -> str | None:
    """The request id the server sent (``X-Request-Id``, ``X-Correlation-Id``...), on one line, or ``None``.

    The one place that reads it: the typed errors of both layers and ``APIResponse.request_id`` use it."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return " ".join(value.split())[:200]
    return None


class DastraError(Exception):
    """Base class of every error raised by the Dastra client."""


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A one-line ``repr`` of ``value`` of at most ``limit`` characters."""
    text = " ".join(repr(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FieldValidationError(DastraError):
    """A value in an API answer does not fit the type its model declares, or a required one is missing.

    Raised when the field is read (the model itself always parses; see ``dastra_client._lazy``).
    ``model`` is the model's class name, ``path`` the field's JSON path inside that model
    (``startDate``, ``tags[2]``), ``expected`` the declared type, ``received`` an excerpt of the
    value (``"<missing>"`` when a required value is absent).
    """

    def __init__(self, *, model: str, path: str, expected: str, received: str) -> None:
        self.model = model
        self.path = path
        self.expected = expected
        self.received = received
        super().__init__(f"{model}.{path}: expected {expected}, received {received}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_field_error, (self.model, self.path, self.expected, self.received))


def _rebuild_field_error(model: str, path: str, expected: str, received: str) -> FieldValidationError:
    return FieldValidationError(model=model, path=path, expected=expected, received=received)


class APIResponseValidationError(DastraError):
    """A 2xx answer whose body cannot be read as what the operation declares.

    For example a ``200 text/html`` maintenance page, an empty body, or truncated JSON where a JSON
    document is due. Attributes: ``status_code``, ``content_type``, ``body`` (an excerpt),
    ``request_id`` (when the server sent one), ``method``, ``path`` (never the query string),
    ``reason`` (what was wrong, one line).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content_type: str | None,
        body: str,
        request_id: str | None,
        method: str,
        path: str,
        reason: str,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content_type = content_type
        self.body = body
        self.request_id = request_id
        self.method = method
        self.path = path
        self.reason = reason


class PagingError(DastraError):
    """Walking a paged list cannot go on: the server answered the same items again.

    Raised, for example, by a server that ignores ``page`` and serves its first page for ever.
    ``page`` is the number of the page that repeated the one before it, ``size`` the page size asked.
    """

    def __init__(self, message: str, *, page: int, size: int) -> None:
        super().__init__(message)
        self.page = page
        self.size = size

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_paging_error, (str(self), self.page, self.size))


def _rebuild_paging_error(message: str, page: int, size: int) -> PagingError:
    return PagingError(message, page=page, size=size)


class WorkspaceRequiredError(DastraError, TypeError):
    """A workspace-scoped operation was called with no workspace from any source.

    Raised before any request is sent. Give one with ``workspace_id=``, a ``dastra.workspace("42")``
    view, or the ``DASTRA_WORKSPACE_ID`` setting. A ``TypeError`` too, like any missing argument.
    """


class VariantMismatchError(FieldValidationError, ValueError):
    """An object whose discriminator names another variant of a ``oneOf``: it is not this model at all.

    The one case where ``Model.from_dict`` raises instead of parsing (see ``dastra_client._lazy``): a
    union tries its variants in turn and takes the one whose discriminator matches. A ``ValueError``
    too, which is what a union's parser catches to try the next variant.
    """

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_variant_error, (self.model, self.path, self.expected, self.received))


def _rebuild_variant_error(model: str, path: str, expected: str, received: str) -> VariantMismatchError:
    return VariantMismatchError(model=model, path=path, expected=expected, received=received)
