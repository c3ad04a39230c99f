"""Fixtures of the documentation tests: the site, built once per session, and served on loopback."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built strictly (as ``nox -s docs`` builds it) into a temporary folder, once."""
    pytest.importorskip("mkdocs", reason="mkdocs is not installed (the docs dependency group)")
    from dastra_docs.build import build_site

    target = tmp_path_factory.mktemp("site")
    build_site(target)
    return target


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def served_site(site: Path) -> Iterator[str]:
    """The built site on ``http://127.0.0.1:<free port>``, stopped at the end of the session."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="docs-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
