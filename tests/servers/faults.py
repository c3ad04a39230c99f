"""A scriptable, fault-injecting HTTP/1.1 server on 127.0.0.1 (real sockets, one thread per connection).

Each path answers from a *route*: a script of replies consumed in order (then a default reply),
or a paged collection. Replies can be normal answers, a reset in the middle of the body, or an
answer held back past the client's read timeout. An optional server-side rate limit answers 429
once a window is full. Every request is recorded.

    with FaultServer() as server:
        server.script("/v1/things", Reply(503), Reply(200, json={"ok": True}))
        ... httpx2.get(server.url + "/v1/things") ...
        assert len(server.requests_to("/v1/things")) == 2

The listening socket is bound before :meth:`FaultServer.start` returns (no readiness sleep), and
:meth:`FaultServer.stop` releases every held-back answer so that shutdown never waits on them.
"""

from __future__ import annotations

import json
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

__all__ = [
    "FaultServer",
    "PagedCollection",
    "RecordedRequest",
    "Reply",
    "Reset",
    "Slow",
    "default_item",
]


@attrs.frozen
class Reply:
    """An ordinary answer. ``json`` (when given) is the body, with its Content-Type."""

    status: int = 200
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: bytes = b""
    json: Any = None

    def payload(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if self.json is not None:
            headers.setdefault("Content-Type", "application/json")
            return json.dumps(self.json).encode(), headers
        return self.body, headers


@attrs.frozen
class Reset:
    """Send the status line, headers announcing ``full_length`` bytes and ``sent`` bytes, then RST."""

    status: int = 200
    full_length: int = 1000
    sent: int = 100


@attrs.frozen
class Slow:
    """Hold the answer back ``delay`` seconds (or until the server stops), then send ``reply``."""

    delay: float
    reply: Reply = Reply(200, json={})


Action = Reply | Reset | Slow


@attrs.frozen
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


class _Route:
    def answer(self, request: RecordedRequest) -> Action:
        raise NotImplementedError


class _Scripted(_Route):
    def __init__(self, actions: Sequence[Action], default: Action) -> None:
        self._actions = deque(actions)
        self._default = default
        self._lock = threading.Lock()

    def answer(self, request: RecordedRequest) -> Action:
        with self._lock:
            return self._actions.popleft() if self._actions else self._default


def default_item(n: int) -> dict[str, Any]:
    """Item ``n`` (from 1): an id plus the fields most generated DTOs require (label, startDate)."""
    return {"id": n, "label": f"item {n}", "startDate": "2024-01-01T00:00:00"}


class PagedCollection(_Route):
    """``total`` items (``item(n)`` for n from 1) served as ``{items,total,size,page}`` (page from 1)."""

    def __init__(
        self, total: int, *, max_size: int = 500, item: Callable[[int], dict[str, Any]] = default_item
    ) -> None:
        self.total = total
        self.max_size = max_size
        self._item = item

    def answer(self, request: RecordedRequest) -> Action:
        try:
            page = int(request.query.get("page", ["1"])[0])
            size = int(request.query.get("size", ["10"])[0])
        except ValueError:
            return Reply(400, json={"error": "page and size must be integers"})
        if page < 1 or not 1 <= size <= self.max_size:
            return Reply(400, json={"error": f"page >= 1 and 1 <= size <= {self.max_size}"})
        start = (page - 1) * size
        stop = min(start + size, self.total)
        items = [self._item(n) for n in range(start + 1, stop + 1)]
        return Reply(200, json={"items": items, "total": self.total, "size": size, "page": page})


class _ServerRateLimit:
    """Sliding windows counted on arrival: at most ``n`` requests per ``period`` seconds, else 429."""

    def __init__(self, windows: Sequence[tuple[int, float]]) -> None:
        self._windows = [(n, period, deque[float]()) for n, period in windows]
        self._lock = threading.Lock()
        self.rejected = 0

    def admit(self, now: float) -> bool:
        with self._lock:
            for _n, period, arrivals in self._windows:
                while arrivals and arrivals[0] <= now - period:
                    arrivals.popleft()
            if any(len(arrivals) >= n for n, _period, arrivals in self._windows):
                self.rejected += 1
                return False
            for _n, _period, arrivals in self._windows:
                arrivals.append(now)
            return True


class _QuietHTTPServer(ThreadingHTTPServer):
    """A client that hangs up between two keep-alive requests is normal here (resets, timeouts): it is not
    printed to stderr, where it would land in the output of tests that read stderr (``capsys``)."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class FaultServer:
    """The server. Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    def __init__(self, *, default: Action = Reply(404, json={"error": "no route"})) -> None:
        self._routes: dict[str, _Route] = {}
        self._default = default
        self._records: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.rate_limit: _ServerRateLimit | None = None
        self._httpd = _QuietHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FaultServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="fault-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=10)
        self._httpd.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- scripting -----------------------------------------------------------------------------

    def script(self, path: str, *actions: Action, then: Action = Reply(200, json={})) -> None:
        """Answer requests to ``path`` with ``actions`` in order, then ``then`` for ever."""
        self._routes[path] = _Scripted(actions, then)

    def paged(
        self,
        path: str,
        total: int,
        *,
        max_size: int = 500,
        item: Callable[[int], dict[str, Any]] = default_item,
    ) -> PagedCollection:
        """Serve a collection of ``total`` items at ``path``."""
        route = PagedCollection(total, max_size=max_size, item=item)
        self._routes[path] = route
        return route

    def limit_rate(self, windows: Sequence[tuple[int, float]]) -> _ServerRateLimit:
        """Answer 429 to any request arriving while one of ``windows`` ``(n, seconds)`` is full."""
        self.rate_limit = _ServerRateLimit(windows)
        return self.rate_limit

    # --- what happened -------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    # --- used by the handler -------------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._records.append(request)

    def _answer(self, request: RecordedRequest) -> Action:
        if self.rate_limit is not None and not self.rate_limit.admit(request.at):
            return Reply(429, headers={"Retry-After": "1"}, json={"error": "rate limited"})
        route = self._routes.get(request.path)
        return route.answer(request) if route is not None else self._default


def _handler_class(server: FaultServer) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return None

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            split = urlsplit(self.path)
            request = RecordedRequest(
                method=self.command,
                path=split.path,
                query=parse_qs(split.query),
                headers={k.lower(): v for k, v in self.headers.items()},
                at=time.monotonic(),
            )
            server._record(request)
            try:
                self._perform(server._answer(request))
            except OSError:  # the client went away (timeout, reset): nothing more to say
                self.close_connection = True

        def _perform(self, action: Action) -> None:
            if isinstance(action, Slow):
                server._stopping.wait(action.delay)
                action = action.reply
            if isinstance(action, Reset):
                self._reset(action)
                return
            body, headers = action.payload()
            self.send_response(action.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _reset(self, action: Reset) -> None:
            self.send_response(action.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(action.full_length))
            self.end_headers()
            self.wfile.write(b"x" * action.sent)
            self.wfile.flush()
            # SO_LINGER 0: close() sends an RST instead of a FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    return Handler
