"""``nox -s update_spec`` against a spec server on 127.0.0.1: good specs pin, bad ones change nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate as real_validate
from openapi_spec_validator.schemas import get_validator_backend

from dastra_codegen import paths
from dastra_codegen import update_spec as update_spec_module
from dastra_codegen.__main__ import main
from dastra_codegen.fetch import FetchedSpec, FetchOptions, SpecError, fetch_url
from dastra_codegen.pin import recorded_source
from dastra_codegen.update_spec import pinned_document, prepare
from tests.conftest import REFERENCE_2021, reference_file
from tests.servers.faults import Action, FaultServer, Reply, Reset, Slow


def ok(body: bytes, content_type: str = "application/json") -> Reply:
    return Reply(200, headers={"Content-Type": content_type}, body=body)


def status(code: int) -> Reply:
    return Reply(code, headers={"Content-Type": "application/json"}, body=b"{}")


@pytest.fixture
def spec_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def serve(server: FaultServer, path: str, *answers: Action) -> str:
    """Answer ``path`` with ``answers`` in order, the last one repeating; return its URL."""
    server.script(path, *answers[:-1], then=answers[-1])
    return server.url + path


def hits(server: FaultServer, path: str) -> int:
    return len(server.requests_to(path))


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


BAD_ANSWERS: dict[str, tuple[Action, str]] = {
    "html-error-page": (
        ok(b"<!DOCTYPE html><html><body>Maintenance</body></html>", "text/html"),
        "HTML page",
    ),
    "truncated-json": (ok(b'{"openapi": "3.0.1", "paths": {"/v1/ws/'), "invalid or truncated JSON"),
    "invalid-json": (ok(b"{'openapi': '3.0.1'}"), "invalid or truncated JSON"),
    "not-found": (status(404), "HTTP 404"),
    "server-error": (status(500), "HTTP 500 (after 3 attempts)"),
    "dropped-connection": (Reset(full_length=100_000, sent=10), "connection failed"),
    "timeout": (Slow(1.5, ok(_spec())), "timed out after 1 s"),
    "swagger-2": (ok(json.dumps({"swagger": "2.0", "paths": {"/x": {}}}).encode()), "Swagger 2.0"),
    "no-paths": (ok(_spec(paths={})), "has no paths"),
    "json-array": (ok(b"[1, 2]"), "not an OpenAPI object"),
    "openapi-2-field": (ok(_spec(openapi="2.0")), "not an OpenAPI 3.x document"),
}


@pytest.mark.parametrize("case", sorted(BAD_ANSWERS))
def test_bad_answers_fail_with_one_line_and_leave_openapi_identical(
    case: str, spec_server: FaultServer, openapi_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, reason = BAD_ANSWERS[case]
    before = _digest(openapi_dir)
    url = serve(spec_server, f"/{case}/swagger.json", answer)

    assert _update(url, openapi_dir, "--retries", "2") == 1

    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    assert error.startswith("error: ")
    assert reason in error
    assert _digest(openapi_dir) == before


def test_transient_errors_are_retried_then_the_spec_is_pinned(
    spec_server: FaultServer, tmp_path: Path, received_bytes: bytes
) -> None:
    url = serve(spec_server, "/flaky.json", status(503), status(502), ok(received_bytes))
    assert _update(url, tmp_path / "openapi", "--retries", "2") == 0
    assert hits(spec_server, "/flaky.json") == 3


def test_retries_are_bounded(spec_server: FaultServer, openapi_dir: Path) -> None:
    url = serve(spec_server, "/down.json", status(503))
    assert _update(url, openapi_dir, "--retries", "1") == 1
    assert hits(spec_server, "/down.json") == 2


def test_size_cap(spec_server: FaultServer, received_bytes: bytes) -> None:
    url = serve(spec_server, "/big.json", ok(received_bytes))
    with pytest.raises(SpecError, match="over the 1000-byte limit"):
        fetch_url(url, FetchOptions(max_bytes=1000))


def test_2023_spec_pins_with_metadata_and_rerun_changes_nothing(
    spec_server: FaultServer, tmp_path: Path, received_bytes: bytes
) -> None:
    openapi_dir = tmp_path / "openapi"
    url = serve(spec_server, "/swagger/v1/swagger.json", ok(received_bytes))

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
    spec_server: FaultServer, tmp_path: Path, received_bytes: bytes
) -> None:
    old = reference_file(REFERENCE_2021).read_bytes()
    openapi_dir = tmp_path / "openapi"
    assert _update(serve(spec_server, "/2021.json", ok(old)), openapi_dir) == 0
    assert json.loads((openapi_dir / "snapshot.json").read_text(encoding="utf-8"))["operations"] == 121
    assert not (openapi_dir / "CHANGELOG.md").exists()

    assert _update(serve(spec_server, "/2023.json", ok(received_bytes)), openapi_dir) == 0
    metadata = json.loads((openapi_dir / "snapshot.json").read_text(encoding="utf-8"))
    changes = json.loads((openapi_dir / "changes.json").read_text(encoding="utf-8"))
    changelog = (openapi_dir / "CHANGELOG.md").read_text(encoding="utf-8")
    assert metadata["client_version"] == "2.0.0"
    assert changes["version"] == "2.0.0"
    assert changes["from"] == "1.0.0"
    assert "2.0.0" in changelog
    assert "breaking" in changelog


def test_a_file_is_recorded_by_its_name_never_its_path(tmp_path: Path, received_bytes: bytes) -> None:
    source = tmp_path / "deep" / "folder" / "dastra.json"
    source.parent.mkdir(parents=True)
    source.write_bytes(received_bytes)
    openapi_dir = tmp_path / "openapi"
    assert main(["update-spec", "--file", str(source), "--openapi-dir", str(openapi_dir)]) == 0
    metadata = json.loads((openapi_dir / "snapshot.json").read_text(encoding="utf-8"))
    assert metadata["source"] == "dastra.json"
    assert metadata["source_kind"] == "file"
    assert str(tmp_path) not in (openapi_dir / "snapshot.json").read_text(encoding="utf-8")


def test_the_committed_snapshot_records_no_local_path() -> None:
    metadata = json.loads((paths.OPENAPI_DIR / "snapshot.json").read_text(encoding="utf-8"))
    source = metadata["source"]
    if metadata["source_kind"] == "file":
        assert "/" not in source and "\\" not in source, source
    else:
        assert source.startswith("https://"), source


@pytest.mark.parametrize(
    ("source", "kind", "recorded"),
    [
        (
            "https://user:secret@api.example.com:8443/swagger.json?v=1",
            "url",
            "https://api.example.com:8443/swagger.json?v=1",
        ),
        ("http://[::1]:8080/s.json", "url", "http://[::1]:8080/s.json"),
        (
            "https://api.dastra.eu/swagger/v1/swagger.json",
            "url",
            "https://api.dastra.eu/swagger/v1/swagger.json",
        ),
        ("../shared/reference/spec.json", "file", "spec.json"),
        ("C:\\Users\\me\\spec.json", "file", "spec.json"),
        ("spec.json", "file", "spec.json"),
    ],
)
def test_recorded_source(source: str, kind: str, recorded: str) -> None:
    assert recorded_source(source, kind) == recorded


def test_repinning_a_snapshot_recorded_with_a_path_keeps_its_version_and_time(
    tmp_path: Path, received_bytes: bytes
) -> None:
    """A snapshot pinned before sources were recorded by name gets its name; nothing else changes."""
    source = tmp_path / "spec.json"
    source.write_bytes(received_bytes)
    openapi_dir = tmp_path / "openapi"
    assert main(["update-spec", "--file", str(source), "--openapi-dir", str(openapi_dir)]) == 0
    snapshot = openapi_dir / "snapshot.json"
    metadata = json.loads(snapshot.read_text(encoding="utf-8"))
    legacy = metadata | {"source": "../somewhere/else/spec.json", "client_version": "3.1.4"}
    snapshot.write_text(json.dumps(legacy, indent=2) + "\n", encoding="utf-8")

    assert main(["update-spec", "--file", str(source), "--openapi-dir", str(openapi_dir)]) == 0
    repinned = json.loads(snapshot.read_text(encoding="utf-8"))
    assert repinned == legacy | {"source": "spec.json"}
    assert main(["update-spec", "--file", str(source), "--openapi-dir", str(openapi_dir)]) == 0
    assert json.loads(snapshot.read_text(encoding="utf-8")) == repinned  # now already pinned


class CountingValidator:
    """Stands in for openapi_spec_validator.validate in dastra_codegen.update_spec, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0
        self.real = True  # False: every document passes

    def __call__(self, document: dict[str, Any]) -> None:
        self.calls += 1
        if self.real:
            real_validate(document)


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> CountingValidator:
    counting = CountingValidator()
    monkeypatch.setattr(update_spec_module, "validate", counting)
    monkeypatch.setattr(update_spec_module, "_VALIDATED", {})
    return counting


def _pinned_as_fetched(document: dict[str, Any]) -> FetchedSpec:
    raw = json.dumps(document).encode()
    return FetchedSpec(raw=raw, document=json.loads(raw), source="pinned", source_kind="file")


def test_a_document_that_validated_is_not_validated_again(validations: CountingValidator) -> None:
    pinned = pinned_document(paths.OPENAPI_DIR)
    assert pinned is not None
    first = prepare(_pinned_as_fetched(pinned), paths.OVERLAY)
    second = prepare(_pinned_as_fetched(pinned), paths.OVERLAY)
    assert first.document == second.document
    assert validations.calls == 1
    changed = json.loads(json.dumps(pinned))
    changed["info"]["title"] = "Another API"
    prepare(_pinned_as_fetched(changed), paths.OVERLAY)
    assert validations.calls == 2  # a different document is validated


def test_an_invalid_document_fails_every_time(validations: CountingValidator) -> None:
    pinned = pinned_document(paths.OPENAPI_DIR)
    assert pinned is not None
    broken = json.loads(json.dumps(pinned))
    broken["info"]["version"] = 3  # must be a string
    for attempt in (1, 2):
        with pytest.raises(SpecError, match=r"^pinned: invalid after normalization at info/version: "):
            prepare(_pinned_as_fetched(broken), paths.OVERLAY)
        assert validations.calls == attempt


def test_the_schema_check_runs_on_jsonschema_rs() -> None:
    """The codegen group installs jsonschema-rs, and openapi-spec-validator's "auto" backend picks it:
    half the time of a validation of Dastra's document (a Python jsonschema fallback would still pass)."""
    assert get_validator_backend() == "jsonschema-rs"


def test_the_memo_tells_keys_and_numbers_of_other_types_apart() -> None:
    # YAML reads `200:` as a number: JSON would make it the string "200", a different document.
    digest = update_spec_module._digest
    assert digest({"responses": {"200": {}}}) != digest({"responses": {200: {}}})
    assert len({digest({"a": 1}), digest({"a": 1.0}), digest({"a": True}), digest({"a": "1"})}) == 4
    assert digest({"a": [1, {"b": None}]}) == digest({"a": [1, {"b": None}]})


def test_the_memo_keeps_the_newest_documents(validations: CountingValidator) -> None:
    validations.real = False
    kept = update_spec_module._VALIDATED_KEPT
    documents = [{"n": n} for n in range(kept + 1)]
    for document in documents:
        update_spec_module._validate(document)
    assert len(update_spec_module._VALIDATED) == kept
    update_spec_module._validate(documents[-1])  # still remembered
    assert validations.calls == kept + 1
    update_spec_module._validate(documents[0])  # the oldest was dropped
    assert validations.calls == kept + 2
