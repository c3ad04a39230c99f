"""The fault-injecting server itself: a client hanging up is not an error worth printing."""

from __future__ import annotations

import socket
import struct
import time

import pytest

from tests.servers.faults import FaultServer, Reply


def test_a_client_reset_between_keep_alive_requests_prints_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with FaultServer() as server:
        server.script("/x", then=Reply(200, json={"ok": True}))
        host, port = server.url.removeprefix("http://").split(":")
        for _ in range(20):  # a reset races with the server's next readline: try it many times
            with socket.create_connection((host, int(port)), timeout=5) as connection:
                connection.sendall(b"GET /x HTTP/1.1\r\nHost: t\r\nConnection: keep-alive\r\n\r\n")
                assert connection.recv(4096).startswith(b"HTTP/1.1 200")
                connection.sendall(b"GET /x HTTP/1.1\r\nHost: t\r\n")  # half a request, then an RST
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        time.sleep(0.2)  # let the handler threads meet the resets
        assert len(server.requests_to("/x")) == 20
    assert "Exception occurred" not in capsys.readouterr().err
