"""A throwaway ``redis-server`` on 127.0.0.1 (a free port, no persistence), for tests and benchmarks.

    with RedisServer() as server:      # RedisServer.available() says whether the binary is there
        client = create_client(..., redis_url=server.url)
        server.kill()                  # SIGKILL: Redis dies mid-run
        server.start()                 # back on the same port, empty

Every wait is bounded: the server must answer PING within ``start_timeout`` seconds.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from typing import Final, Self

from dastra_sandbox.serving import Service

__all__ = ["RedisServer"]

_POLL_SECONDS: Final = 0.02


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer(Service):
    """``redis-server`` as a child process. :meth:`start` again after :meth:`kill` reuses the port."""

    def __init__(self, binary: str | None = None, *, start_timeout: float = 10.0) -> None:
        self._binary = binary or shutil.which("redis-server")
        self._start_timeout = start_timeout
        self._port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._directory = tempfile.TemporaryDirectory(prefix="dastra-redis-")

    @staticmethod
    def available() -> bool:
        return shutil.which("redis-server") is not None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the Redis server was never started")
        return self._port

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> Self:
        if self._binary is None:
            raise RuntimeError("redis-server is not installed")
        if self.running:
            raise RuntimeError("the Redis server is already running")
        if self._port is None:
            self._port = _free_port()
        self._process = subprocess.Popen(
            [
                self._binary,
                "--port",
                str(self._port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self._directory.name,
                "--loglevel",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + self._start_timeout
        while not _answers_ping(self._port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self._port}")
            time.sleep(_POLL_SECONDS)
        return self

    def kill(self) -> None:
        """SIGKILL the server (it loses everything: no persistence) and wait for it to be gone."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.wait(timeout=10)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
        with contextlib.suppress(OSError):
            self._directory.cleanup()
