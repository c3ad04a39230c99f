"""The one home of the object-oriented client's machinery, on top of the generated functions.

Every resource method (``dastra.data_breachs.find(...)``, generated into ``dastra_client.resources``)
calls its generated ``sync_detailed`` / ``asyncio_detailed`` function: one HTTP path, one
serializer. What it gives that function as ``client`` is a per-call :class:`~dastra_client.Client`
whose ``get_httpx_client()`` is a thin view of the ONE shared session (authentication, retries,
rate limit, typed errors all stay on): the view folds the call's options into the request
(:mod:`._options`) and keeps the answer, so that

- a method returns ``T``, never ``T | None``: a 2xx the operation does not declare raises
  ``APIResponseValidationError``; an operation without declared content returns its
  :data:`~._response.Answer`;
- a raw-mode resource (``with_raw_response``) returns :class:`~._response.APIResponse` objects;
- list methods return :class:`~._paging.SyncPager` / :class:`~._paging.AsyncPager`.

Also here: the workspace rule (explicit ``workspace_id=`` > ``workspace(...)`` view > the client's
default), the escape hatch (``get``/``post``/... on paths the snapshot lacks), and the generated
``Client`` subclasses bound to one session (:class:`SyncSessionClient`, :class:`AsyncSessionClient`),
which the factories of ``dastra.connect`` return: each works with its own kind of function only, and
``with_headers``/``with_timeout`` keep the session and all its policies.

Unlike the other runtime modules, this one imports two generated modules, ``dastra_client.client`` and
``dastra_client.types``: the per-call client must be a generated ``Client`` for the generated
functions to take it.

This file is copied verbatim into the generated package as ``_resource.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Generic,
    Protocol,
    Self,
    TypeAlias,
    TypeVar,
    Unpack,
    cast,
)
from urllib.parse import quote

import httpx2

# The one runtime module on top of the generated layer: absolute imports, so that it is checked where it
# lives too (dastra_codegen/runtime has no client.py).
from dastra_client.client import Client

from ._errors import APIResponseValidationError, WorkspaceRequiredError
from ._options import NO_OPTIONS, CallOptions, ClientOptions, RequestOptions
from ._response import Answer, APIResponse, decode_answer, request_id_of, undeclared_answer_error

if TYPE_CHECKING:
    from dastra_client.types import Response, Unset

    from ._paging import AsyncPager, PageLike, SyncPager

__all__ = [
    "AsyncAPI",
    "AsyncContext",
    "AsyncRawAPI",
    "AsyncResource",
    "AsyncResourceHost",
    "AsyncSessionClient",
    "SyncAPI",
    "SyncContext",
    "SyncRawAPI",
    "SyncResource",
    "SyncResourceHost",
    "SyncSessionClient",
]

T = TypeVar("T")
S = TypeVar("S", httpx2.Client, httpx2.AsyncClient)
_Options = Mapping[str, object]

_SYNC_ONLY: Final = (
    "this client is for the sync functions (sync, sync_detailed): build one with "
    "create_async_client() for asyncio functions"
)
_ASYNC_ONLY: Final = (
    "this client is for the asyncio functions (asyncio, asyncio_detailed): build one with "
    "create_client() for sync functions"
)


# --- sessions as the generated functions see them ----------------------------------------------


class SyncSessionView:
    """The shared sync session with one set of options folded into every ``request(...)``.

    Only ``request`` exists: it is all the generated functions use. The last answer is kept in
    :attr:`response`.
    """

    __slots__ = ("_options", "_session", "response")

    def __init__(self, session: httpx2.Client, options: CallOptions) -> None:
        self._session = session
        self._options = options
        self.response: httpx2.Response | None = None

    def request(self, method: str, url: httpx2.URL | str, **kwargs: Any) -> httpx2.Response:
        session = self._session
        response = session.request(method, _joined(session, url), **self._options.apply(kwargs))
        self.response = response
        return response


class AsyncSessionView:
    """The async twin of :class:`SyncSessionView`."""

    __slots__ = ("_options", "_session", "response")

    def __init__(self, session: httpx2.AsyncClient, options: CallOptions) -> None:
        self._session = session
        self._options = options
        self.response: httpx2.Response | None = None

    async def request(self, method: str, url: httpx2.URL | str, **kwargs: Any) -> httpx2.Response:
        session = self._session
        response = await session.request(method, _joined(session, url), **self._options.apply(kwargs))
        self.response = response
        return response


def _joined(session: httpx2.Client | httpx2.AsyncClient, url: httpx2.URL | str) -> httpx2.URL | str:
    """``url`` (a generated function's path, ``/v1/...``) on the session's base URL, as one string.

    The URL httpx2 itself makes of the path (the base URL's path, then the path without its leading
    ``/``), for half its cost: httpx2 parses a relative path, then the joined URL twice over; an absolute
    string it parses once, from its own URL cache when the URL repeats. Anything else (an absolute URL,
    ``//host/...``, a fragment, which httpx2 drops from a relative path, a base URL with a query) goes to
    httpx2 as it came.
    """
    if not isinstance(url, str) or url[:1] != "/" or url[:2] == "//" or "#" in url:
        return url
    base = session.base_url
    if not base.is_absolute_url or base.query or base.fragment:
        return url
    # httpx2 keeps a base URL's path ending in "/" (printed without it when the path is only "/").
    return str(base).removesuffix("/") + url


def _cookies_refused(client: Client) -> TypeError:
    return TypeError(
        f"{type(client).__name__}.with_cookies() is not supported: the Dastra API authenticates with "
        "tokens, not cookies; send a Cookie header with with_headers() if one is really needed"
    )


# The Client subclasses below are plain classes (slots, own __init__), not attrs classes: attrs would
# rebuild the generated class's methods for each of them at import time, and attrs.evolve() (which
# the generated with_* methods use and which loses the session) fails on them instead of copying.


class SyncSessionClient(Client):
    """A generated ``Client`` bound to one authenticated sync session, for the ``sync`` functions.

    ``with_headers()`` and ``with_timeout()`` return clients that share the session (token,
    connection pool, retries, rate limit, typed errors) and add their headers/timeout to each
    request; ``with_cookies()`` raises ``TypeError``. The ``asyncio`` functions refuse this client
    with a ``TypeError`` instead of sending unauthenticated requests.
    """

    __slots__ = ("_defaults",)

    def __init__(self, session: httpx2.Client, *, defaults: CallOptions = NO_OPTIONS) -> None:
        super().__init__(base_url=str(session.base_url))
        self._client = session
        self._defaults = defaults

    @property
    def session(self) -> httpx2.Client:
        """The shared session itself."""
        session = self._client
        if session is None:  # pragma: no cover - set by __init__, never unset
            raise RuntimeError(f"{type(self).__name__} has no session")
        return session

    def get_httpx_client(self) -> httpx2.Client:
        session = self.session
        if self._defaults.empty:
            return session
        # The generated functions only call request(): the view is an httpx2.Client to them.
        return cast(httpx2.Client, SyncSessionView(session, self._defaults))

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        self._client = client
        return self

    def with_headers(self, headers: dict[str, str]) -> SyncSessionClient:
        return SyncSessionClient(self.session, defaults=self._defaults.merge(CallOptions(headers=headers)))

    def with_timeout(self, timeout: httpx2.Timeout) -> SyncSessionClient:
        return SyncSessionClient(self.session, defaults=self._defaults.merge(CallOptions(timeout=timeout)))

    def with_cookies(self, cookies: dict[str, str]) -> SyncSessionClient:
        raise _cookies_refused(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.session.close()

    if not TYPE_CHECKING:

        def get_async_httpx_client(self):
            raise TypeError(_SYNC_ONLY)

        def set_async_httpx_client(self, async_client):
            raise TypeError(_SYNC_ONLY)

        async def __aenter__(self):
            raise TypeError(_SYNC_ONLY + " (use 'with', not 'async with')")

        async def __aexit__(self, *args):
            raise TypeError(_SYNC_ONLY)


class AsyncSessionClient(Client):
    """A generated ``Client`` bound to one authenticated async session, for the ``asyncio`` functions.

    The twin of :class:`SyncSessionClient`: the ``sync`` functions refuse it with a ``TypeError``.
    """

    __slots__ = ("_defaults",)

    def __init__(self, session: httpx2.AsyncClient, *, defaults: CallOptions = NO_OPTIONS) -> None:
        super().__init__(base_url=str(session.base_url))
        self._async_client = session
        self._defaults = defaults

    @property
    def session(self) -> httpx2.AsyncClient:
        """The shared session itself."""
        session = self._async_client
        if session is None:  # pragma: no cover - set by __init__, never unset
            raise RuntimeError(f"{type(self).__name__} has no session")
        return session

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        session = self.session
        if self._defaults.empty:
            return session
        return cast(httpx2.AsyncClient, AsyncSessionView(session, self._defaults))

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        self._async_client = async_client
        return self

    def with_headers(self, headers: dict[str, str]) -> AsyncSessionClient:
        return AsyncSessionClient(self.session, defaults=self._defaults.merge(CallOptions(headers=headers)))

    def with_timeout(self, timeout: httpx2.Timeout) -> AsyncSessionClient:
        return AsyncSessionClient(self.session, defaults=self._defaults.merge(CallOptions(timeout=timeout)))

    def with_cookies(self, cookies: dict[str, str]) -> AsyncSessionClient:
        raise _cookies_refused(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.session.aclose()

    if not TYPE_CHECKING:

        def get_httpx_client(self):
            raise TypeError(_ASYNC_ONLY)

        def set_httpx_client(self, client):
            raise TypeError(_ASYNC_ONLY)

        def __enter__(self):
            raise TypeError(_ASYNC_ONLY + " (use 'async with', not 'with')")

        def __exit__(self, *args):
            raise TypeError(_ASYNC_ONLY)


class _SyncCallClient(Client):
    """The ``client`` of one sync call: its session view."""

    __slots__ = ("_view",)

    def __init__(self, base_url: str, view: SyncSessionView) -> None:
        super().__init__(base_url=base_url)
        self._view = view

    def get_httpx_client(self) -> httpx2.Client:
        return cast(httpx2.Client, self._view)

    if not TYPE_CHECKING:

        def get_async_httpx_client(self):
            raise TypeError(_SYNC_ONLY)


class _AsyncCallClient(Client):
    """The ``client`` of one async call: its session view."""

    __slots__ = ("_view",)

    def __init__(self, base_url: str, view: AsyncSessionView) -> None:
        super().__init__(base_url=base_url)
        self._view = view

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        return cast(httpx2.AsyncClient, self._view)

    if not TYPE_CHECKING:

        def get_httpx_client(self):
            raise TypeError(_ASYNC_ONLY)


class LazySession(Generic[S]):
    """The one session of a client object and all its views, built on first use (once, thread-safe).

    Building a session imports the OAuth2 library and the transport policies: a service pays for them
    at its first call, not when it builds its client.
    """

    __slots__ = ("_build", "_closed", "_lock", "_session")

    def __init__(self, build: Callable[[], S]) -> None:
        self._build: Callable[[], S] = build
        self._lock = threading.Lock()
        self._session: S | None = None
        self._closed = False

    def get(self) -> S:
        session = self._session
        if session is None:
            with self._lock:
                if self._session is None:
                    if self._closed:
                        raise RuntimeError("this client was closed")
                    self._session = self._build()
                session = self._session
        return session

    def close(self) -> S | None:
        """Mark closed; the session to close, if one was built."""
        with self._lock:
            self._closed = True
            return self._session


# --- what a resource knows --------------------------------------------------------------------


def _workspace_number(workspace_id: str) -> int:
    try:
        return int(workspace_id)
    except ValueError:
        raise ValueError(f"this operation takes a numeric workspace id, got {workspace_id!r}") from None


def _check_workspace(workspace_id: object) -> str:
    if isinstance(workspace_id, int) and not isinstance(workspace_id, bool):
        return str(workspace_id)
    if not isinstance(workspace_id, str) or not workspace_id.strip():
        raise ValueError(f"workspace_id must be a non-empty str, got {workspace_id!r}")
    return workspace_id


_KEEP: Final = object()


class _Context(Generic[S]):
    """Shared by every resource of one client object: the session and this view's defaults."""

    __slots__ = ("base_url", "defaults", "raw", "session", "workspace_id")

    def __init__(
        self,
        session: LazySession[S],
        *,
        base_url: str,
        workspace_id: str | None = None,
        defaults: CallOptions = NO_OPTIONS,
        raw: bool = False,
    ) -> None:
        self.session: Final[LazySession[S]] = session
        self.base_url: Final = base_url
        #: The default workspace: the ``workspace(...)`` view's, else the settings'.
        self.workspace_id: Final = workspace_id
        self.defaults: Final = defaults
        #: Methods return ``APIResponse`` objects (``with_raw_response``).
        self.raw: Final = raw

    def replace(
        self, *, workspace_id: object = _KEEP, defaults: CallOptions | None = None, raw: bool | None = None
    ) -> _Context[S]:
        return _Context(
            self.session,
            base_url=self.base_url,
            workspace_id=self.workspace_id if workspace_id is _KEEP else _check_workspace(workspace_id),
            defaults=self.defaults if defaults is None else defaults,
            raw=self.raw if raw is None else raw,
        )

    def workspace(self, explicit: str | int | None) -> str:
        """The workspace of a workspace-scoped call, or :class:`WorkspaceRequiredError`."""
        if explicit is not None:
            return _check_workspace(explicit)
        if self.workspace_id is not None:
            return self.workspace_id
        raise WorkspaceRequiredError(
            "this operation needs a workspace: pass workspace_id=..., use dastra.workspace('42'), "
            "or set DASTRA_WORKSPACE_ID"
        )

    def optional_workspace(self, explicit: str | int | None) -> str | Unset:
        """The workspace of a call where it is an optional filter (``UNSET``: none at all)."""
        if explicit is not None:
            return _check_workspace(explicit)
        if self.workspace_id is not None:
            return self.workspace_id
        from dastra_client.types import UNSET  # the generated types load with the first operation

        return UNSET

    def call_options(self, options: _Options) -> CallOptions:
        if not options:  # most calls pass none: the view's defaults as they are
            return self.defaults
        return self.defaults.merge(CallOptions.for_call(options))


SyncContext: TypeAlias = _Context[httpx2.Client]
AsyncContext: TypeAlias = _Context[httpx2.AsyncClient]


def _parsing(options: CallOptions) -> AbstractContextManager[None]:
    """Where an answer is parsed: inside ``eager_parsing(options.eager)`` when the option is given."""
    if options.eager is None:
        return nullcontext()
    from ._lazy import eager_parsing  # the models' machinery: loaded with the first answer, not at import

    return eager_parsing(options.eager)


#: The methods a generated function calls on a model it sends (JSON body, multipart body).
_BODY_METHODS: Final = frozenset({"to_dict", "to_multipart"})


def _raise_for_plain_body(error: AttributeError) -> None:
    """Raise the ``TypeError`` of a value that is not the model a body must be (a plain ``dict``).

    A body is sent as the model the operation declares: a ``dict`` is not turned into one (which
    model, which key spelling, which checks would be guesses). The generated function finds out
    when it calls ``body.to_dict()``; this names the model its parameter expects instead of saying
    ``'dict' object has no attribute 'to_dict'``. Only the error path looks at the traceback.
    """
    if error.name not in _BODY_METHODS or hasattr(error.obj, "__attrs_attrs__"):
        return
    traceback = error.__traceback__
    while traceback is not None and traceback.tb_next is not None:
        traceback = traceback.tb_next
    if traceback is None:
        return
    frame = traceback.tb_frame
    parameter = next((name for name, value in frame.f_locals.items() if value is error.obj), None)
    function = frame.f_globals.get(frame.f_code.co_name)
    annotation = getattr(function, "__annotations__", {}).get(parameter) if parameter else None
    expected = _model_names(annotation)
    if not expected:
        return
    name = " or ".join(expected)
    raise TypeError(
        f"{parameter} must be a {name}, not {type(error.obj).__name__}: build it with {expected[0]}(...) "
        f"(Python names) or {expected[0]}.from_dict(...) (the API's JSON keys)"
    ) from None


def _model_names(annotation: object) -> list[str]:
    """The model classes an annotation such as ``DataSubjectMessageCreationDto | Unset`` names."""
    if isinstance(annotation, str):
        names = [part.strip() for part in annotation.split("|")]
        return [name for name in names if name not in ("Unset", "None") and name[:1].isupper()]
    members: tuple[object, ...] = getattr(annotation, "__args__", (annotation,))
    return [
        member.__name__
        for member in members
        if isinstance(member, type) and hasattr(member, "__attrs_attrs__")
    ]


def _undeclared(response: httpx2.Response | None) -> APIResponseValidationError:
    """A 2xx answer the operation does not declare (its parsed value is ``None``)."""
    if response is None:  # pragma: no cover - every generated function sends its request
        raise RuntimeError("the generated function sent no request")
    request = response.request
    return undeclared_answer_error(
        status_code=response.status_code,
        headers=response.headers,
        content=response.content,
        method=request.method,
        path=request.url.path,
    )


class _DetailedPage(Protocol[T]):
    """What the ``*_detailed`` function of a list operation answers."""

    @property
    def parsed(self) -> PageLike[T] | None: ...


class SyncResource:
    """Base of the generated sync resources (one per tag): what their methods are made of."""

    __slots__ = ("_context",)

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def _workspace(self, workspace_id: str | int | None) -> str:
        return self._context.workspace(workspace_id)

    def _workspace_number(self, workspace_id: str | int | None) -> int:
        return _workspace_number(self._context.workspace(workspace_id))

    def _optional_workspace(self, workspace_id: str | int | None) -> str | Unset:
        return self._context.optional_workspace(workspace_id)

    def _optional_workspace_number(self, workspace_id: str | int | None) -> int | Unset:
        found = self._context.optional_workspace(workspace_id)
        return _workspace_number(found) if isinstance(found, str) else found

    def _send(
        self, send: Callable[[Client], Response[T]], options: _Options
    ) -> tuple[Response[T], httpx2.Response]:
        context = self._context
        call_options = context.call_options(options)
        view = SyncSessionView(context.session.get(), call_options)
        try:
            with _parsing(call_options):
                detailed = send(_SyncCallClient(context.base_url, view=view))
        except AttributeError as error:
            _raise_for_plain_body(error)
            raise
        assert view.response is not None
        return detailed, view.response

    def _call(self, send: Callable[[Client], Response[T]], options: _Options) -> T:
        """The parsed value of a declared answer; ``APIResponseValidationError`` for an undeclared 2xx."""
        detailed, response = self._send(send, options)
        parsed = detailed.parsed
        if parsed is None:
            raise _undeclared(response)
        if self._context.raw:
            return cast(T, APIResponse(parsed, response))
        return parsed

    def _answer(self, send: Callable[[Client], Response[Answer]], options: _Options) -> Answer:
        """What an operation without declared content answered (``None`` for an empty body)."""
        detailed, response = self._send(send, options)
        parsed = detailed.parsed
        if self._context.raw:
            return cast(Answer, APIResponse(parsed, response))
        return parsed

    def _paged(
        self,
        send: Callable[[Client, int, int], _DetailedPage[T]],
        options: _Options,
        *,
        page: int,
        size: int,
    ) -> SyncPager[T]:
        """The items of every page, fetched lazily (a raw-mode resource fetches the first page now)."""
        from ._paging import SyncPager  # on the first list call: building a client does not need it

        context = self._context
        call_options = context.call_options(options)

        def fetch_answer(number: int, page_size: int) -> tuple[PageLike[T], httpx2.Response]:
            view = SyncSessionView(context.session.get(), call_options)
            try:
                with _parsing(call_options):
                    parsed = send(_SyncCallClient(context.base_url, view=view), number, page_size).parsed
            except AttributeError as error:
                _raise_for_plain_body(error)
                raise
            assert view.response is not None
            if parsed is None:
                raise _undeclared(view.response)
            return parsed, view.response

        def fetch(number: int, page_size: int) -> PageLike[T]:
            return fetch_answer(number, page_size)[0]

        pager = SyncPager(fetch, size=size, start_page=page)  # checks size and page first
        if not context.raw:
            return pager
        first, response = fetch_answer(page, size)
        return cast(
            "SyncPager[T]", APIResponse(SyncPager(fetch, size=size, start_page=page, first=first), response)
        )


class AsyncResource:
    """Base of the generated async resources (one per tag)."""

    __slots__ = ("_context",)

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    def _workspace(self, workspace_id: str | int | None) -> str:
        return self._context.workspace(workspace_id)

    def _workspace_number(self, workspace_id: str | int | None) -> int:
        return _workspace_number(self._context.workspace(workspace_id))

    def _optional_workspace(self, workspace_id: str | int | None) -> str | Unset:
        return self._context.optional_workspace(workspace_id)

    def _optional_workspace_number(self, workspace_id: str | int | None) -> int | Unset:
        found = self._context.optional_workspace(workspace_id)
        return _workspace_number(found) if isinstance(found, str) else found

    async def _send(
        self, send: Callable[[Client], Awaitable[Response[T]]], options: _Options
    ) -> tuple[Response[T], httpx2.Response]:
        context = self._context
        call_options = context.call_options(options)
        view = AsyncSessionView(context.session.get(), call_options)
        try:
            with _parsing(call_options):
                detailed = await send(_AsyncCallClient(context.base_url, view=view))
        except AttributeError as error:
            _raise_for_plain_body(error)
            raise
        assert view.response is not None
        return detailed, view.response

    async def _call(self, send: Callable[[Client], Awaitable[Response[T]]], options: _Options) -> T:
        detailed, response = await self._send(send, options)
        parsed = detailed.parsed
        if parsed is None:
            raise _undeclared(response)
        if self._context.raw:
            return cast(T, APIResponse(parsed, response))
        return parsed

    async def _answer(
        self, send: Callable[[Client], Awaitable[Response[Answer]]], options: _Options
    ) -> Answer:
        detailed, response = await self._send(send, options)
        parsed = detailed.parsed
        if self._context.raw:
            return cast(Answer, APIResponse(parsed, response))
        return parsed

    def _paged(
        self,
        send: Callable[[Client, int, int], Awaitable[_DetailedPage[T]]],
        options: _Options,
        *,
        page: int,
        size: int,
    ) -> AsyncPager[T]:
        """An async pager; a raw-mode resource returns a coroutine answering the first page's
        ``APIResponse`` instead (typed by ``to_async_raw_response_pager``)."""
        from ._paging import AsyncPager  # on the first list call, as SyncResource._paged

        context = self._context
        call_options = context.call_options(options)

        async def fetch_answer(number: int, page_size: int) -> tuple[PageLike[T], httpx2.Response]:
            view = AsyncSessionView(context.session.get(), call_options)
            try:
                with _parsing(call_options):
                    parsed = (
                        await send(_AsyncCallClient(context.base_url, view=view), number, page_size)
                    ).parsed
            except AttributeError as error:
                _raise_for_plain_body(error)
                raise
            assert view.response is not None
            if parsed is None:
                raise _undeclared(view.response)
            return parsed, view.response

        async def fetch(number: int, page_size: int) -> PageLike[T]:
            return (await fetch_answer(number, page_size))[0]

        pager = AsyncPager(fetch, size=size, start_page=page)
        if not context.raw:
            return pager

        async def first_page() -> APIResponse[AsyncPager[T]]:
            first, response = await fetch_answer(page, size)
            return APIResponse(AsyncPager(fetch, size=size, start_page=page, first=first), response)

        return cast("AsyncPager[T]", first_page())


# --- the client objects' own machinery ------------------------------------------------------------


class _Host:
    """Anything resources hang off (a client object, a view of it, its raw side)."""

    #: Instance attributes a derived view (``workspace``, ``with_options``) shares with its origin.
    _SHARED_ATTRIBUTES: ClassVar[tuple[str, ...]] = ()

    def _derive_with(self, context: _Context[Any]) -> Self:
        """A new object of this class on ``context``; cached resources are not carried over."""
        derived = object.__new__(type(self))
        for name in self._SHARED_ATTRIBUTES:
            setattr(derived, name, getattr(self, name))
        derived._context = context  # type: ignore[attr-defined]
        return derived


class SyncResourceHost(_Host):
    """Holds the :class:`SyncContext` of the resources built on it."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context


class AsyncResourceHost(_Host):
    """Holds the :class:`AsyncContext` of the resources built on it."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context


def _api_path(path: str, context: _Context[Any], workspace_id: str | int | None) -> str:
    """``path`` checked to be relative to the API URL, with ``{workspace_id}`` filled in."""
    if not isinstance(path, str) or not path.strip():
        raise ValueError("path must be a non-empty str such as '/v1/ws/{workspace_id}/AiSystems'")
    url = httpx2.URL(path)
    if url.is_absolute_url or url.host or path.startswith("//"):
        raise ValueError(
            "path must be relative to the API URL (such as '/v1/AiSystems'): the client's token is never "
            "sent to another URL"
        )
    if "{workspace_id}" in path:
        path = path.replace("{workspace_id}", quote(context.workspace(workspace_id), safe=""))
    return path


def _json_page(answer: Answer, response: httpx2.Response) -> _JSONPage:
    if isinstance(answer, dict):
        items = answer.get("items")
        if isinstance(items, list) and all(isinstance(item, dict) for item in items):
            total = answer.get("total")
            return _JSONPage(items, total if isinstance(total, int) and not isinstance(total, bool) else None)
    raise APIResponseValidationError(
        f"{response.request.method} {response.request.url.path} answered {response.status_code} with "
        "something that is not a page ({items: [objects], total})",
        status_code=response.status_code,
        content_type=response.headers.get("content-type"),
        body=" ".join(response.content[:200].decode("utf-8", errors="replace").split()),
        request_id=request_id_of(response.headers),
        method=response.request.method,
        path=response.request.url.path,
        reason="not a page of objects",
    )


class _JSONPage:
    """A page answered on the escape hatch: ``{items, total}``."""

    __slots__ = ("items", "total")

    def __init__(self, items: list[dict[str, Any]], total: int | None) -> None:
        self.items = items
        self.total = total


def _page_params(params: Mapping[str, Any] | None) -> dict[str, Any]:
    params = dict(params or {})
    if "page" in params or "size" in params:
        raise TypeError("do not pass page or size in params: get_list() sets them; use start_page= and size=")
    return params


class _SyncEscapeHatch(SyncResourceHost):
    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        workspace_id: str | int | None,
        options: _Options,
        call_options: CallOptions | None = None,
    ) -> tuple[Answer, httpx2.Response]:
        context = self._context
        url = _api_path(path, context, workspace_id)
        kwargs: dict[str, Any] = {"params": dict(params) if params else None}
        if json is not None:
            kwargs["json"] = json
        view = SyncSessionView(context.session.get(), call_options or context.call_options(options))
        response = view.request(method, url, **kwargs)
        return decode_answer(response), response


class SyncAPI(_SyncEscapeHatch):
    """The sync client object beside its resources: views, the escape hatch, closing.

    Views (:meth:`workspace`, :meth:`with_options`) share the session, its token, connection pool and
    rate-limit budget: closing any of them closes that session.
    """

    _context: SyncContext

    @property
    def workspace_id(self) -> str | None:
        """The default workspace of this client object (``None``: every scoped call must name one)."""
        return self._context.workspace_id

    @property
    def client(self) -> SyncSessionClient:
        """The generated ``Client`` on this object's session and options, for the functional layer
        (``data_breachs_find.sync(workspace_id, id, client=dastra.client)``)."""
        return SyncSessionClient(self._context.session.get(), defaults=self._context.defaults)

    def workspace(self, workspace_id: str | int) -> Self:
        """A view of this client whose workspace-scoped calls use ``workspace_id`` by default."""
        return self._derive_with(self._context.replace(workspace_id=workspace_id))

    def with_options(self, **options: Unpack[ClientOptions]) -> Self:
        """A view with other defaults for every call: ``timeout=``, ``max_retries=``, ``headers=``."""
        defaults = self._context.defaults.merge(CallOptions.for_client(options))
        return self._derive_with(self._context.replace(defaults=defaults))

    def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``GET path`` (relative to the API URL; ``{workspace_id}`` is filled in): the decoded answer."""
        return self._request(
            "GET", path, params=params, json=None, workspace_id=workspace_id, options=options
        )[0]

    def post(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``POST path`` with ``json`` as its body: the decoded answer."""
        return self._request(
            "POST", path, params=params, json=json, workspace_id=workspace_id, options=options
        )[0]

    def put(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``PUT path`` with ``json`` as its body: the decoded answer."""
        return self._request(
            "PUT", path, params=params, json=json, workspace_id=workspace_id, options=options
        )[0]

    def patch(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``PATCH path`` with ``json`` as its body: the decoded answer."""
        return self._request(
            "PATCH", path, params=params, json=json, workspace_id=workspace_id, options=options
        )[0]

    def delete(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``DELETE path``: the decoded answer (``None`` for an empty one)."""
        return self._request(
            "DELETE", path, params=params, json=json, workspace_id=workspace_id, options=options
        )[0]

    def get_list(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        size: int = 500,
        start_page: int = 1,
        max_pages: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[dict[str, Any]]:
        """Every item of a paged ``{items, total}`` list at ``path``, fetched lazily (``page``/``size``)."""
        from ._paging import SyncPager

        base = _page_params(params)
        call_options = self._context.call_options(options)
        url = _api_path(path, self._context, workspace_id)  # fails now, not at the first page

        def fetch(number: int, page_size: int) -> _JSONPage:
            answer, response = self._request(
                "GET",
                url,
                params={**base, "page": number, "size": page_size},
                json=None,
                workspace_id=None,
                options={},
                call_options=call_options,
            )
            return _json_page(answer, response)

        return SyncPager(fetch, size=size, start_page=start_page, max_pages=max_pages, max_items=max_items)

    def close(self) -> None:
        """Close the shared session (and its connection pool); every view of this client is closed too."""
        session = self._context.session.close()
        if session is not None:
            session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    if not TYPE_CHECKING:

        async def __aenter__(self):
            raise TypeError(f"{type(self).__name__} is the sync client: use 'with', or the async client")

        async def __aexit__(self, *args):
            raise TypeError(f"{type(self).__name__} is the sync client: use 'with', or the async client")

        def aclose(self):
            raise TypeError(f"{type(self).__name__} is the sync client: call close()")


class SyncRawAPI(_SyncEscapeHatch):
    """The escape hatch of ``with_raw_response``: each answer as an :class:`APIResponse`."""

    _context: SyncContext

    def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``GET path``: the whole answer."""
        return APIResponse(
            *self._request("GET", path, params=params, json=None, workspace_id=workspace_id, options=options)
        )

    def post(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``POST path``: the whole answer."""
        return APIResponse(
            *self._request("POST", path, params=params, json=json, workspace_id=workspace_id, options=options)
        )

    def put(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``PUT path``: the whole answer."""
        return APIResponse(
            *self._request("PUT", path, params=params, json=json, workspace_id=workspace_id, options=options)
        )

    def patch(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``PATCH path``: the whole answer."""
        return APIResponse(
            *self._request(
                "PATCH", path, params=params, json=json, workspace_id=workspace_id, options=options
            )
        )

    def delete(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``DELETE path``: the whole answer."""
        return APIResponse(
            *self._request(
                "DELETE", path, params=params, json=json, workspace_id=workspace_id, options=options
            )
        )


class _AsyncEscapeHatch(AsyncResourceHost):
    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        workspace_id: str | int | None,
        options: _Options,
        call_options: CallOptions | None = None,
    ) -> tuple[Answer, httpx2.Response]:
        context = self._context
        url = _api_path(path, context, workspace_id)
        kwargs: dict[str, Any] = {"params": dict(params) if params else None}
        if json is not None:
            kwargs["json"] = json
        view = AsyncSessionView(context.session.get(), call_options or context.call_options(options))
        response = await view.request(method, url, **kwargs)
        return decode_answer(response), response


class AsyncAPI(_AsyncEscapeHatch):
    """The async client object beside its resources: the twin of :class:`SyncAPI`."""

    _context: AsyncContext

    @property
    def workspace_id(self) -> str | None:
        """The default workspace of this client object (``None``: every scoped call must name one)."""
        return self._context.workspace_id

    @property
    def client(self) -> AsyncSessionClient:
        """The generated ``Client`` on this object's session and options, for the functional layer."""
        return AsyncSessionClient(self._context.session.get(), defaults=self._context.defaults)

    def workspace(self, workspace_id: str | int) -> Self:
        """A view of this client whose workspace-scoped calls use ``workspace_id`` by default."""
        return self._derive_with(self._context.replace(workspace_id=workspace_id))

    def with_options(self, **options: Unpack[ClientOptions]) -> Self:
        """A view with other defaults for every call: ``timeout=``, ``max_retries=``, ``headers=``."""
        defaults = self._context.defaults.merge(CallOptions.for_client(options))
        return self._derive_with(self._context.replace(defaults=defaults))

    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``GET path`` (relative to the API URL; ``{workspace_id}`` is filled in): the decoded answer."""
        answer, _ = await self._request(
            "GET", path, params=params, json=None, workspace_id=workspace_id, options=options
        )
        return answer

    async def post(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``POST path`` with ``json`` as its body: the decoded answer."""
        answer, _ = await self._request(
            "POST", path, params=params, json=json, workspace_id=workspace_id, options=options
        )
        return answer

    async def put(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``PUT path`` with ``json`` as its body: the decoded answer."""
        answer, _ = await self._request(
            "PUT", path, params=params, json=json, workspace_id=workspace_id, options=options
        )
        return answer

    async def patch(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``PATCH path`` with ``json`` as its body: the decoded answer."""
        answer, _ = await self._request(
            "PATCH", path, params=params, json=json, workspace_id=workspace_id, options=options
        )
        return answer

    async def delete(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Answer:
        """``DELETE path``: the decoded answer (``None`` for an empty one)."""
        answer, _ = await self._request(
            "DELETE", path, params=params, json=json, workspace_id=workspace_id, options=options
        )
        return answer

    def get_list(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        size: int = 500,
        start_page: int = 1,
        max_pages: int | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[dict[str, Any]]:
        """Every item of a paged ``{items, total}`` list at ``path``: ``async for item in ...``."""
        from ._paging import AsyncPager

        base = _page_params(params)
        call_options = self._context.call_options(options)
        url = _api_path(path, self._context, workspace_id)

        async def fetch(number: int, page_size: int) -> _JSONPage:
            answer, response = await self._request(
                "GET",
                url,
                params={**base, "page": number, "size": page_size},
                json=None,
                workspace_id=None,
                options={},
                call_options=call_options,
            )
            return _json_page(answer, response)

        return AsyncPager(fetch, size=size, start_page=start_page, max_pages=max_pages, max_items=max_items)

    async def aclose(self) -> None:
        """Close the shared session (and its connection pool); every view of this client is closed too."""
        session = self._context.session.close()
        if session is not None:
            await session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    if not TYPE_CHECKING:

        def __enter__(self):
            raise TypeError(
                f"{type(self).__name__} is the async client: use 'async with', or the sync client"
            )

        def __exit__(self, *args):
            raise TypeError(
                f"{type(self).__name__} is the async client: use 'async with', or the sync client"
            )

        def close(self):
            raise TypeError(f"{type(self).__name__} is the async client: await aclose()")


class AsyncRawAPI(_AsyncEscapeHatch):
    """The escape hatch of ``with_raw_response`` on the async client."""

    _context: AsyncContext

    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``GET path``: the whole answer."""
        return APIResponse(
            *await self._request(
                "GET", path, params=params, json=None, workspace_id=workspace_id, options=options
            )
        )

    async def post(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``POST path``: the whole answer."""
        return APIResponse(
            *await self._request(
                "POST", path, params=params, json=json, workspace_id=workspace_id, options=options
            )
        )

    async def put(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``PUT path``: the whole answer."""
        return APIResponse(
            *await self._request(
                "PUT", path, params=params, json=json, workspace_id=workspace_id, options=options
            )
        )

    async def patch(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``PATCH path``: the whole answer."""
        return APIResponse(
            *await self._request(
                "PATCH", path, params=params, json=json, workspace_id=workspace_id, options=options
            )
        )

    async def delete(
        self,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        workspace_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Answer]:
        """``DELETE path``: the whole answer."""
        return APIResponse(
            *await self._request(
                "DELETE", path, params=params, json=json, workspace_id=workspace_id, options=options
            )
        )
