"""Run a WSGI app on 127.0.0.1 in a background thread (werkzeug's threaded server), quietly."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, Self

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

__all__ = ["LoopbackApp", "LoopbackServer", "Service"]


class _QuietHandler(WSGIRequestHandler):
    """No access log: request lines would carry authorization codes and state to the logs."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class Service:
    """Something the sandbox starts and stops; as a context manager it is stopped even on error."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


class LoopbackServer(Service):
    """A WSGI app served on ``127.0.0.1:port`` (port 0 = a free one) by a daemon thread.

    The socket is bound and listening when :meth:`start` returns, so it is ready at once.
    """

    def __init__(self, app: Any, *, port: int = 0, name: str = "dastra-sandbox") -> None:
        self._app = app
        self._port = port
        self._name = name
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``; only valid once started."""
        if self._server is None:
            raise RuntimeError(f"{self._name} is not started")
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError(f"{self._name} is already started")
        server = make_server("127.0.0.1", self._port, self._app, threaded=True, request_handler=_QuietHandler)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.name = self._name
        thread.start()
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)


class LoopbackApp(Service):
    """Base of the sandbox's own WSGI apps: each is served by its :class:`LoopbackServer` ``_http``."""

    _http: LoopbackServer

    def start(self) -> Self:
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``; only valid once started."""
        return self._http.url
