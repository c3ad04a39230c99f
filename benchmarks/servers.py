"""A minimal, fast HTTP/1.1 server on 127.0.0.1 for the benchmarks: keep-alive, one thread per
connection, answers computed by a function of the request target (usually pre-encoded bytes).

It does the least work a server can do, so that the client's cost dominates what is measured.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self

__all__ = ["JSONServer"]

_HEADER_END = b"\r\n\r\n"
_MAX_HEADER_BYTES = 64 * 1024


class JSONServer:
    """Answers every request with ``200`` and the JSON body ``answer(method, target)``.

    :attr:`requests` counts the requests answered. Use as a context manager (stopped even on error).
    """

    def __init__(self, answer: Callable[[str, str], bytes]) -> None:
        self._answer = answer
        self._lock = threading.Lock()
        self._requests = 0
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._connections: set[socket.socket] = set()

    @classmethod
    def fixed(cls, body: bytes) -> JSONServer:
        """A server answering ``body`` to every request."""
        return cls(lambda method, target: body)

    @property
    def requests(self) -> int:
        with self._lock:
            return self._requests

    @property
    def url(self) -> str:
        if self._listener is None:
            raise RuntimeError("the server is not started")
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def start(self) -> Self:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(512)  # listening when start() returns: ready at once
        self._listener = listener
        self._spawn(self._accept_loop, listener)
        return self

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.shutdown(socket.SHUT_RDWR)  # wakes accept()
            listener.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)  # wakes recv()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _spawn(self, target: Callable[[socket.socket], None], sock: socket.socket) -> None:
        thread = threading.Thread(target=target, args=(sock,), daemon=True, name="bench-json-server")
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._connections.add(connection)
            self._spawn(self._serve, connection)

    def _serve(self, connection: socket.socket) -> None:
        buffer = b""
        try:
            while True:
                end = buffer.find(_HEADER_END)
                while end < 0:
                    chunk = connection.recv(65536)
                    if not chunk or len(buffer) > _MAX_HEADER_BYTES:
                        return
                    buffer += chunk
                    end = buffer.find(_HEADER_END)
                head, buffer = buffer[:end], buffer[end + 4 :]
                request_line, _, headers = head.partition(b"\r\n")
                method, target, _ = request_line.decode("latin-1").split(" ", 2)
                length = _content_length(headers)
                while len(buffer) < length:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                buffer = buffer[length:]
                body = self._answer(method, target)
                with self._lock:
                    self._requests += 1
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                )
        except OSError:
            return
        finally:
            with self._lock:
                self._connections.discard(connection)
            connection.close()


def _content_length(headers: bytes) -> int:
    for line in headers.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0
