"""The stage caches of ``nox -s generate``: a build or a passing verdict is reused for the very same inputs only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import stage_cache
from dastra_codegen.gate import CheckResult, Fault, GateReport
from dastra_codegen.stage_cache import KEEP_BUILDS, StageCache, tree_digest


def _package(root: Path, **files: str) -> Path:
    package = root / "dastra_client"
    for name, text in {"__init__.py": "", "models/a.py": "A = 1\n", **files}.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    return package


def _snapshot(root: Path, spec: str = '{"openapi": "3.0.1"}') -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "dastra-api.json").write_text(spec, encoding="utf-8")
    (root / "snapshot.json").write_text('{"client_version": "1.0.0"}', encoding="utf-8")
    return root


def test_a_stored_build_is_restored_byte_for_byte(tmp_path: Path) -> None:
    cache = StageCache(tmp_path / "cache")
    key = cache.build_key(_snapshot(tmp_path / "openapi"))
    built = _package(tmp_path / "built", **{"api/x.py": "def sync() -> None: ...\n"})
    assert cache.restore_build(key, tmp_path / "first" / "dastra_client") is None  # a miss restores nothing
    assert not (tmp_path / "first" / "dastra_client").exists()
    cache.store_build(key, built, {"generated_operations": 7})
    restored = tmp_path / "second" / "dastra_client"
    assert cache.restore_build(key, restored) == {"generated_operations": 7}
    assert tree_digest([restored], base=restored.parent) == tree_digest([built], base=built.parent)


def test_any_change_to_the_snapshot_is_another_build(tmp_path: Path) -> None:
    cache = StageCache(tmp_path / "cache")
    openapi = _snapshot(tmp_path / "openapi")
    key = cache.build_key(openapi)
    assert cache.build_key(openapi) == key
    (openapi / "dastra-api.json").write_text('{"openapi": "3.0.2"}', encoding="utf-8")
    assert cache.build_key(openapi) != key
    (openapi / "dastra-api.json").write_text('{"openapi": "3.0.1"}', encoding="utf-8")
    assert cache.build_key(openapi) == key


def test_the_same_document_pinned_again_is_the_same_build(tmp_path: Path) -> None:
    """Another version, source or time in snapshot.json: the build reads only the normalized document
    (generate writes the snapshot's identity into the restored build)."""
    cache = StageCache(tmp_path / "cache")
    openapi = _snapshot(tmp_path / "openapi")
    key = cache.build_key(openapi)
    (openapi / "snapshot.json").write_text('{"client_version": "1.1.0"}', encoding="utf-8")
    (openapi / "changes.md").write_text("# Changes\n", encoding="utf-8")
    assert cache.build_key(openapi) == key


def test_the_toolchain_and_the_pipeline_are_part_of_every_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    openapi = _snapshot(tmp_path / "openapi")
    key = StageCache(tmp_path / "cache").build_key(openapi)
    monkeypatch.setattr(stage_cache, "_toolchain", lambda: "another ruff")
    assert StageCache(tmp_path / "cache").build_key(openapi) != key


def _report(*, faults: tuple[Fault, ...] = ()) -> GateReport:
    checks = (
        CheckResult("imports", 3, (), 1.0),
        CheckResult("mypy", 3, faults, 2.0),
        CheckResult("answers", 5, (), 1.0),
    )
    return GateReport(checks, Path("unused"), operations=2, seconds=2.5)


def test_a_passing_verdict_is_reused_for_the_same_package_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[Path] = []

    def run_gate(package: Path, document: Any, **options: Any) -> GateReport:
        runs.append(package)
        return _report()

    monkeypatch.setattr(stage_cache, "run_gate", run_gate)
    cache = StageCache(tmp_path / "cache")
    package = _package(tmp_path / "staged")
    first, reused = cache.gate(package, {}, b"{}", typecheck=True, cache_dir=tmp_path)
    assert (first.passed, reused, len(runs)) == (True, False, 1)
    again, reused = cache.gate(package, {}, b"{}", typecheck=True, cache_dir=tmp_path)
    assert (again.passed, reused, len(runs)) == (True, True, 1)
    assert [(c.name, c.checked, c.skipped) for c in again.checks] == [
        (c.name, c.checked, c.skipped) for c in first.checks
    ]
    _, reused = cache.gate(package, {}, b'{"paths": {}}', typecheck=True, cache_dir=tmp_path)  # another spec
    assert not reused
    _, reused = cache.gate(package, {}, b"{}", typecheck=False, cache_dir=tmp_path)  # without mypy
    assert not reused
    (package / "models" / "a.py").write_text("A = 2\n", encoding="utf-8")  # another package
    _, reused = cache.gate(package, {}, b"{}", typecheck=True, cache_dir=tmp_path)
    assert not reused
    assert len(runs) == 4


def test_a_failing_verdict_is_never_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[Path] = []

    def run_gate(package: Path, document: Any, **options: Any) -> GateReport:
        runs.append(package)
        return _report(faults=(Fault("mypy", "dastra_client/models/a.py:1: error"),))

    monkeypatch.setattr(stage_cache, "run_gate", run_gate)
    cache = StageCache(tmp_path / "cache")
    package = _package(tmp_path / "staged")
    for _ in range(2):
        report, reused = cache.gate(package, {}, b"{}", typecheck=True, cache_dir=tmp_path)
        assert (report.passed, reused) == (False, False)
    assert len(runs) == 2


def test_only_the_newest_builds_are_kept(tmp_path: Path) -> None:
    cache = StageCache(tmp_path / "cache")
    built = _package(tmp_path / "built")
    keys = [f"{n:064x}" for n in range(KEEP_BUILDS + 2)]
    for key in keys:
        cache.store_build(key, built, {"generated_operations": 1})
    kept = sorted(path.name for path in cache.root.glob("build-*"))
    assert len(kept) == KEEP_BUILDS
    assert f"build-{keys[-1]}" in kept


def test_the_repository_s_snapshot_is_never_evicted_by_other_documents(tmp_path: Path) -> None:
    built = _package(tmp_path / "built")
    pinned, other = StageCache(tmp_path / "cache", pinned=True), StageCache(tmp_path / "cache")
    pinned.store_build("f" * 64, built, {"generated_operations": 324})
    for n in range(KEEP_BUILDS + 3):  # the tests' variants, generated after it
        other.store_build(f"{n:064x}", built, {"generated_operations": 1})
    assert other.restore_build("f" * 64, tmp_path / "restored" / "dastra_client") == {
        "generated_operations": 324
    }
