"""``nox -s update_spec`` against a spec server on 127.0.0.1: good specs pin, bad ones change nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from dastra_codegen import paths
from dastra_codegen.__main__ import main
from dastra_codegen.fetch import FetchOptions, SpecError, fetch_url
from dastra_sandbox.serving import LoopbackServer
from tests.conftest import REFERENCE_2021, reference_file

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


@attrs.define
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    delay: float = 0.0
    declared_length: int | None = None  # a Content-Length larger than the body: the connection drops


@attrs.define
class SpecServer:
    """Serves scripted answers per path; each path's answers are used in order, the last one repeats."""

    answers: dict[str, list[Answer]] = attrs.field(factory=dict)
    hits: dict[str, int] = attrs.field(factory=dict)
    url: str = ""
    lock: threading.Lock = attrs.field(factory=threading.Lock)

    def serve(self, path: str, *answers: Answer) -> str:
        self.answers[path] = list(answers)
        return self.url + path

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ["PATH_INFO"]
        with self.lock:
            count = self.hits.get(path, 0)
            self.hits[path] = count + 1
        scripted = self.answers.get(path) or [
            Answer(status=404, body=b"not found", content_type="text/plain")
        ]
        answer = scripted[min(count, len(scripted) - 1)]
        if answer.delay:
            time.sleep(answer.delay)
        length = answer.declared_length if answer.declared_length is not None else len(answer.body)
        headers = [("Content-Type", answer.content_type), ("Content-Length", str(length))]
        start_response(f"{answer.status} X", headers)
        return [answer.body]


@pytest.fixture
def spec_server() -> Iterator[SpecServer]:
    app = SpecServer()
    with LoopbackServer(app, name="spec-server") as server:
        app.url = server.url
        yield app


@pytest.fixture
def openapi_dir(tmp_path: Path) -> Path:
    """A copy of the repository's pinned openapi/ folder, to check that failures leave it alone."""
    target = tmp_path / "openapi"
    shutil.copytree(paths.OPENAPI_DIR, target)
    return target


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _update(url: str, openapi_dir: Path, *extra: str) -> int:
    args = [
        "update-spec",
        "--url",
        url,
        "--openapi-dir",
        str(openapi_dir),
        "--timeout",
        "1",
        "--backoff",
        "0.01",
    ]
    return main([*args, *extra])


def _spec(**changes: Any) -> bytes:
    document: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "v1"},
        "paths": {"/x": {}},
    }
    document.update(changes)
    return json.dumps(document).encode()


BAD_ANSWERS = {
    "html-error-page": (
        [Answer(body=b"<!DOCTYPE html><html><body>Maintenance</body></html>", content_type="text/html")],
        "HTML page",
    ),
    "truncated-json": (
        [Answer(body=b'{"openapi": "3.0.1", "paths": {"/v1/ws/')],
        "invalid or truncated JSON",
    ),
    "invalid-json": ([Answer(body=b"{'openapi': '3.0.1'}")], "invalid or truncated JSON"),
    "not-found": ([Answer(status=404, body=b"{}")], "HTTP 404"),
    "server-error": ([Answer(status=500, body=b"{}")], "HTTP 500 (after 3 attempts)"),
    "dropped-connection": ([Answer(body=b'{"openapi"', declared_length=100_000)], "connection failed"),
    "timeout": ([Answer(body=_spec(), delay=1.5)], "timed out after 1 s"),
    "swagger-2": ([Answer(body=json.dumps({"swagger": "2.0", "paths": {"/x": {}}}).encode())], "Swagger 2.0"),
    "no-paths": ([Answer(body=_spec(paths={}))], "has no paths"),
    "json-array": ([Answer(body=b"[1, 2]")], "not an OpenAPI object"),
    "openapi-2-field": ([Answer(body=_spec(openapi="2.0"))], "not an OpenAPI 3.x document"),
}


@pytest.mark.parametrize("case", sorted(BAD_ANSWERS))
def test_bad_answers_fail_with_one_line_and_leave_openapi_identical(
    case: str, spec_server: SpecServer, openapi_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers, reason = BAD_ANSWERS[case]
    before = _digest(openapi_dir)
    url = spec_server.serve(f"/{case}/swagger.json", *answers)

    assert _update(url, openapi_dir, "--retries", "2") == 1

    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    assert error.startswith("error: ")
    assert reason in error
    assert _digest(openapi_dir) == before


def test_transient_errors_are_retried_then_the_spec_is_pinned(
    spec_server: SpecServer, tmp_path: Path, received_bytes: bytes
) -> None:
    url = spec_server.serve(
        "/flaky.json", Answer(status=503), Answer(status=502), Answer(body=received_bytes)
    )
    assert _update(url, tmp_path / "openapi", "--retries", "2") == 0
    assert spec_server.hits["/flaky.json"] == 3


def test_retries_are_bounded(spec_server: SpecServer, openapi_dir: Path) -> None:
    url = spec_server.serve("/down.json", Answer(status=503))
    assert _update(url, openapi_dir, "--retries", "1") == 1
    assert spec_server.hits["/down.json"] == 2


def test_size_cap(spec_server: SpecServer, received_bytes: bytes) -> None:
    url = spec_server.serve("/big.json", Answer(body=received_bytes))
    with pytest.raises(SpecError, match="over the 1000-byte limit"):
        fetch_url(url, FetchOptions(max_bytes=1000))


def test_2023_spec_pins_with_metadata_and_rerun_changes_nothing(
    spec_server: SpecServer, tmp_path: Path, received_bytes: bytes
) -> None:
    openapi_dir = tmp_path / "openapi"
    url = spec_server.serve("/swagger/v1/swagger.json", Answer(body=received_bytes))

    assert _update(url, openapi_dir) == 0
    metadata = json.loads((openapi_dir / "snapshot.json").read_text(encoding="utf-8"))
    assert metadata["source"] == url
    assert metadata["source_kind"] == "url"
    assert metadata["sha256"] == hashlib.sha256(received_bytes).hexdigest()
    assert metadata["info_version"] == "v1"
    assert metadata["client_version"] == "1.0.0"
    assert metadata["operations"] == 324
    assert metadata["retrieved_at"].endswith("Z")
    normalized = (openapi_dir / "dastra-api.json").read_bytes()
    assert (paths.OPENAPI_DIR / "dastra-api.json").read_bytes() == normalized  # same as the committed pin

    first = _digest(openapi_dir)
    assert _update(url, openapi_dir) == 0
    assert _digest(openapi_dir) == first


def test_2021_then_2023_bumps_major_and_writes_the_change_report(
    spec_server: SpecServer, tmp_path: Path, received_bytes: bytes
) -> None:
    old = reference_file(REFERENCE_2021).read_bytes()
    openapi_dir = tmp_path / "openapi"
    assert _update(spec_server.serve("/2021.json", Answer(body=old)), openapi_dir) == 0
    assert json.loads((openapi_dir / "snapshot.json").read_text(encoding="utf-8"))["operations"] == 121
    assert not (openapi_dir / "CHANGELOG.md").exists()

    assert _update(spec_server.serve("/2023.json", Answer(body=received_bytes)), openapi_dir) == 0
    metadata = json.loads((openapi_dir / "snapshot.json").read_text(encoding="utf-8"))
    changes = json.loads((openapi_dir / "changes.json").read_text(encoding="utf-8"))
    changelog = (openapi_dir / "CHANGELOG.md").read_text(encoding="utf-8")
    assert metadata["client_version"] == "2.0.0"
    assert changes["version"] == "2.0.0"
    assert changes["from"] == "1.0.0"
    assert "2.0.0" in changelog
    assert "breaking" in changelog
