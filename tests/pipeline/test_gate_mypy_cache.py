"""mypy's caches serve packages staged in new folders: only what changed is checked again.

Both places that type-check a freshly staged package are covered: the generation gate, and the
``typecheck`` step of ``regenerate`` (hand-written code against the new package).

Every generation stages the package in a new temporary folder. When mypy found it through a search path,
its cache held absolute paths: one changed module in a new folder changed its interface hash, then the
package's ``__init__`` (every module depends on it), then every module, and the whole package was checked
again (about 5 s of the 5.5 s gate, on every variant the corpus generates). Named by its relative folder,
the cache holds paths relative to the staging folder and the unchanged modules stay fresh.

The assertions read which entries mypy wrote into its SQLite cache (``files2``: ``path``, ``mtime``); if
mypy changes that layout, the first assertion says so.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock, Timeout

from dastra_codegen import gate
from dastra_codegen.gate import CheckResult, _finish_mypy, _start_mypy
from dastra_codegen.regenerate import StepError, _typecheck

UNCHANGED = tuple(f"dastra_client/m{index}.data.ff" for index in range(4))


def _stage(root: Path, version: str, *, broken: bool = False, first_returns: str = "VERSION") -> Path:
    """A small package shaped like the generated one: ``__init__`` re-exports a snapshot value that every
    module imports from the package itself (``broken``: ``m0`` returns an int; ``first_returns``: what
    ``m0`` returns)."""
    package = root / "dastra_client"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("from ._snapshot import VERSION as VERSION\n", encoding="utf-8")
    (package / "_snapshot.py").write_text(f'VERSION = "{version}"\n', encoding="utf-8")
    for index in range(4):
        returned = "1" if broken and index == 0 else first_returns if index == 0 else "VERSION"
        source = f"from . import VERSION\n\n\ndef version() -> str:\n    return {returned}\n"
        (package / f"m{index}.py").write_text(source, encoding="utf-8")
    return package


def _written(cache: Path) -> dict[str, float]:
    """Each cache entry of the package and when mypy last wrote it."""
    entries: dict[str, float] = {}
    for database in cache.rglob("*.db"):
        with sqlite3.connect(database) as connection:
            rows = connection.execute("SELECT path, mtime FROM files2").fetchall()
        entries.update({path: mtime for path, mtime in rows if path.startswith("dastra_client/")})
    return entries


def _gate(package: Path, cache: Path) -> list[str]:
    """The gate's mypy check: the faults it names."""
    result: CheckResult = _finish_mypy(_start_mypy(package, package.parent, cache), {}, {}, package.parent)
    return [fault.detail for fault in result.faults]


def _regenerate_step(package: Path, cache: Path) -> list[str]:
    """regenerate's typecheck step, on a hand-written folder that uses the package: the error it names."""
    user = package.parent.parent / "service"
    user.mkdir(exist_ok=True)
    source = "from dastra_client.m1 import version\n\n\ndef label() -> str:\n    return version()\n"
    (user / "__init__.py").write_text(source, encoding="utf-8")
    try:
        _typecheck(package.parent, [str(user)], cache)
    except StepError as error:
        return [str(error)]
    return []


@pytest.mark.parametrize("check", [_gate, _regenerate_step], ids=["gate", "regenerate"])
def test_a_package_staged_in_a_new_folder_rechecks_only_what_changed(
    check: Callable[[Path, Path], list[str]], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert check(_stage(tmp_path / "staging-1" / "generated", "1.0.0"), cache) == []
    written = _written(cache)
    assert set(UNCHANGED) <= set(written), f"mypy's cache layout changed: {sorted(written)}"

    assert check(_stage(tmp_path / "staging-2" / "generated", "1.1.0"), cache) == []
    rewritten = {path for path, mtime in _written(cache).items() if written.get(path) != mtime}
    assert rewritten.isdisjoint(UNCHANGED), sorted(rewritten)


@pytest.mark.parametrize("check", [_gate, _regenerate_step], ids=["gate", "regenerate"])
def test_a_type_error_is_still_found_and_named_by_its_package_path(
    check: Callable[[Path, Path], list[str]], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert check(_stage(tmp_path / "staging-1" / "generated", "1.0.0"), cache) == []
    faults = check(_stage(tmp_path / "staging-2" / "generated", "1.1.0", broken=True), cache)
    assert len(faults) == 1
    assert re.search(r"(^|: )dastra_client/m0\.py:5: (error: )?Incompatible return value type", faults[0])


@pytest.mark.parametrize("check", [_gate, _regenerate_step], ids=["gate", "regenerate"])
def test_a_change_that_keeps_the_size_and_the_second_is_still_checked(
    check: Callable[[Path, Path], list[str]], tmp_path: Path
) -> None:
    # Regression (a good package once failed with another package's types): mypy trusts a cache entry
    # whose file has the same path, size and mtime in whole seconds without reading it, and with relative
    # paths two packages generated within one second (small ones, or on two workers) looked the same.
    cache = tmp_path / "cache"
    first = _stage(tmp_path / "staging-1" / "generated", "1.0.0")
    assert check(first, cache) == []
    second = _stage(tmp_path / "staging-2" / "generated", "1.0.0", first_returns="1234567")
    assert (second / "m0.py").stat().st_size == (first / "m0.py").stat().st_size
    for path in second.rglob("*.py"):
        written = (first / path.relative_to(second)).stat()
        os.utime(path, ns=(written.st_atime_ns, written.st_mtime_ns))  # as if written in that second
    faults = check(second, cache)
    assert len(faults) == 1
    assert re.search(r"(^|: )dastra_client/m0\.py:5: (error: )?Incompatible return value type", faults[0])


def _locked(cache: Path) -> bool:
    """Whether someone holds the lock of mypy's cache ``cache`` (a lock of our own conflicts with it)."""
    try:
        with FileLock(cache / "dastra.lock", timeout=0):
            return False
    except Timeout:
        return True


def test_the_gate_runs_mypy_holding_the_lock_of_its_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two gates side by side (tests on several workers) must not write one cache at once.
    cache = tmp_path / "cache"
    held: list[bool] = []

    def watched(package: Path, scratch: Path, cache_dir: Path) -> Any:
        held.append(_locked(cache_dir))
        return _start_mypy(package, scratch, cache_dir)

    monkeypatch.setattr(gate, "_start_mypy", watched)
    package = _stage(tmp_path / "generated", "1.0.0")
    report = gate.run_gate(package, {"openapi": "3.0.1", "paths": {}}, cache_dir=cache)
    assert report.passed, report.render()
    assert held == [True]
    assert not _locked(cache)  # released once the gate is done


def test_regenerates_typecheck_holds_the_lock_of_its_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    held: list[bool] = []
    run = subprocess.run

    def watched(*args: Any, **kwargs: Any) -> Any:
        held.append(_locked(cache))
        return run(*args, **kwargs)

    monkeypatch.setattr(subprocess, "run", watched)  # the module regenerate calls it from
    assert _regenerate_step(_stage(tmp_path / "generated", "1.0.0"), cache) == []
    assert held == [True]
    assert not _locked(cache)
