"""The fake on loopback: one HTTP server on 127.0.0.1 for the API and the token endpoint (``/connect/token``).

Built on the standard library's threading HTTP server (HTTP/1.1, keep-alive), so the ``testing`` extra needs
no web framework. ``fake.serve()`` starts one; :attr:`LoopbackFake.url` is the API URL and
:attr:`LoopbackFake.token_url` the token URL, and :meth:`LoopbackFake.environment` gives the ``DASTRA_*``
variables for another process (or language). A ``CONNECTION_RESET`` failure closes the connection unanswered.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import ClassVar, Self

from dastra.testing._messages import TOKEN_PATH, FakeRequest, Handler

__all__ = ["LoopbackFake"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body are two writes: without TCP_NODELAY, delayed ACKs add ~40 ms to every answer.
    disable_nagle_algorithm = True
    server_version = "dastra-fake"
    sys_version = ""
    fake: ClassVar[Handler]

    def log_message(self, format: str, *args: object) -> None:
        pass  # no access log: request lines would show ids and queries

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = FakeRequest.build(self.command, self.path, dict(self.headers.items()), body)
        answer = type(self).fake.handle(request)
        if answer.delay:
            time.sleep(answer.delay)
        if answer.reset:
            self.close_connection = True
            # SO_LINGER 0: closing sends a TCP reset, as a crashed server or a proxy does.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve


class LoopbackFake:
    """A :class:`~dastra.testing.FakeDastra` served on ``127.0.0.1``; a context manager (stopped on exit)."""

    def __init__(self, fake: Handler, *, port: int = 0) -> None:
        self.fake = fake
        self._port = port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        state = self.url if self._server is not None else "stopped"
        return f"LoopbackFake({state})"

    def start(self) -> Self:
        if self._server is not None:
            return self
        handler = type("FakeHandler", (_Handler,), {"fake": self.fake})
        server = ThreadingHTTPServer(("127.0.0.1", self._port), handler)
        server.daemon_threads = True
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="dastra-fake", daemon=True
        )
        thread.start()
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and close the socket; safe to call twice."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the fake is not served: call start()")
        port: int = self._server.server_address[1]
        return port

    @property
    def url(self) -> str:
        """The API base URL, ``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def token_url(self) -> str:
        return f"{self.url}{TOKEN_PATH}"

    def environment(self) -> dict[str, str]:
        """The ``DASTRA_*`` variables that point a client at this server."""
        return self.fake.environment(api_url=self.url, token_url=self.token_url)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
