"""Caches of ``nox -s generate`` that survive between runs, keyed by content (a fresh clone starts cold).

Two stages are deterministic functions of what they read, so a run whose inputs a previous run already
saw reuses its result instead of recomputing it:

- **the build** (generator, post-generation steps, ruff, the every-operation check): keyed by every input
  it reads: the pinned snapshot's files, ``generator_config.yml``, ``pyproject.toml`` (ruff's and mypy's
  settings), every file of ``dastra_codegen/`` (the pipeline, its templates and the runtime modules), the
  interpreter and the version of every distribution the pipeline runs on (the ``codegen`` group and all
  it requires: the generator, Jinja, ruff, mypy, httpx2, attrs, msgspec...). A hit
  restores the package that build staged, byte for byte;
- **the gate's verdict**: keyed by the staged package's bytes (every file), the spec document, the same
  sources and toolchain, and whether mypy runs. Only a verdict that passed is kept: a package that failed
  is checked again, and says what fails.

Any change to any of them (one template line, one installed version) misses, and that stage runs as
before; nothing is ever reused across different inputs. Entries live under ``<cache_dir>/stages``, the
newest :data:`KEEP_BUILDS` builds and :data:`KEEP_VERDICTS` verdicts are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from dastra_codegen import paths
from dastra_codegen.gate import CheckResult, GateReport, run_gate

__all__ = ["KEEP_BUILDS", "KEEP_VERDICTS", "StageCache", "tree_digest"]

KEEP_BUILDS: Final = 3
KEEP_VERDICTS: Final = 20
#: Bumped when what an entry holds changes shape.
_FORMAT: Final = "1"


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".pyc"):
            yield path


def tree_digest(roots: Iterable[Path], *, base: Path | None = None) -> str:
    """SHA-256 over the relative names and bytes of every file under ``roots`` (bytecode excluded)."""
    digest = hashlib.sha256()
    for root in roots:
        files = [root] if root.is_file() else list(_files(root))
        for path in files:
            name = path.relative_to(base if base is not None else root.parent).as_posix()
            data = path.read_bytes()
            digest.update(f"{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


_REQUIREMENT_NAME: Final = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _toolchain() -> str:
    """The interpreter, and the installed version of every distribution the pipeline runs on: the
    ``codegen`` dependency group of ``pyproject.toml`` (the generator, ruff, mypy, the runtime's libraries)
    and everything they require (extras left out: what they would add is not part of a plain install).

    Other distributions of the environment (a test runner, a docs builder) are left out, so that the
    virtualenv of the tests and the one of ``nox -s generate`` share their entries when these agree.
    """
    pyproject = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pending = [
        _normalized(match[1])
        for entry in pyproject.get("dependency-groups", {}).get("codegen", [])
        if isinstance(entry, str) and (match := _REQUIREMENT_NAME.match(entry))
    ]
    found: dict[str, str] = {}
    while pending:
        name = pending.pop()
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement for another platform or Python: not run
            continue
        found[name] = distribution.version
        for requirement in distribution.requires or ():
            match = _REQUIREMENT_NAME.match(requirement)
            if match and "extra ==" not in requirement.replace("extra==", "extra =="):
                pending.append(_normalized(match[1]))
    return "\n".join([sys.version, sys.platform, *(f"{name}=={found[name]}" for name in sorted(found))])


class StageCache:
    """The build and gate caches under ``cache_dir / "stages"``."""

    def __init__(self, cache_dir: Path) -> None:
        self.root = cache_dir / "stages"
        self._environment = hashlib.sha256(
            "\0".join(
                [
                    _FORMAT,
                    _toolchain(),
                    tree_digest([paths.ROOT / "dastra_codegen"], base=paths.ROOT),
                    tree_digest([paths.GENERATOR_CONFIG, paths.ROOT / "pyproject.toml"], base=paths.ROOT),
                ]
            ).encode()
        ).hexdigest()

    # --- the build ---------------------------------------------------------------------------------

    def build_key(self, openapi_dir: Path) -> str:
        """The key of a build from the snapshot in ``openapi_dir`` with this code and toolchain."""
        snapshot = tree_digest([openapi_dir], base=openapi_dir)
        return hashlib.sha256(f"build\0{self._environment}\0{snapshot}".encode()).hexdigest()

    def restore_build(self, key: str, staged: Path) -> dict[str, Any] | None:
        """Copy the package built with ``key`` to ``staged`` (absent); its facts, or ``None`` on a miss."""
        entry = self.root / f"build-{key}"
        facts_file = entry / "facts.json"
        if not facts_file.is_file():
            return None
        try:
            facts: dict[str, Any] = json.loads(facts_file.read_text(encoding="utf-8"))
            shutil.copytree(entry / staged.name, staged)
        except (OSError, ValueError):
            shutil.rmtree(staged, ignore_errors=True)
            return None
        os.utime(entry)  # recently used: pruned last
        return facts

    def store_build(self, key: str, staged: Path, facts: dict[str, Any]) -> None:
        """Keep the package staged at ``staged`` as the build of ``key`` (best effort: a full disk skips it)."""
        entry = self.root / f"build-{key}"
        if entry.exists():
            return
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            incoming = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))
        except OSError:
            return
        try:
            shutil.copytree(staged, incoming / staged.name)
            (incoming / "facts.json").write_text(json.dumps(facts), encoding="utf-8")
            incoming.rename(entry)  # whole or not at all (another run may have stored it meanwhile)
        except OSError:
            shutil.rmtree(incoming, ignore_errors=True)
            return
        self._prune("build-", KEEP_BUILDS)

    # --- the gate's verdict ------------------------------------------------------------------------

    def verdict_key(self, staged: Path, document_bytes: bytes, *, typecheck: bool) -> str:
        package = tree_digest([staged], base=staged.parent)
        document = hashlib.sha256(document_bytes).hexdigest()
        return hashlib.sha256(
            f"gate\0{self._environment}\0{package}\0{document}\0{typecheck}".encode()
        ).hexdigest()

    def passed_verdict(self, key: str) -> dict[str, Any] | None:
        """The summary of the passing gate run of ``key``, or ``None``."""
        entry = self.root / f"gate-{key}.json"
        try:
            verdict: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        os.utime(entry)
        return verdict

    def store_passed_verdict(self, key: str, summary: dict[str, Any]) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", dir=self.root, prefix=".incoming-", suffix=".json", delete=False, encoding="utf-8"
            ) as handle:
                json.dump(summary, handle)
            Path(handle.name).replace(self.root / f"gate-{key}.json")
        except OSError:
            return
        self._prune("gate-", KEEP_VERDICTS)

    def gate(
        self,
        staged: Path,
        document: Mapping[str, Any],
        document_bytes: bytes,
        *,
        typecheck: bool,
        cache_dir: Path,
    ) -> tuple[GateReport, bool]:
        """The gate's report on ``staged``, and whether it is a passing verdict reused from an earlier run
        (its checks then report no time: only the lookup's, in ``seconds``)."""
        started = time.perf_counter()
        key = self.verdict_key(staged, document_bytes, typecheck=typecheck)
        summary = self.passed_verdict(key)
        if summary is not None:
            checks = tuple(
                CheckResult(check["name"], check["checked"], (), 0.0, skipped=check["skipped"])
                for check in summary["checks"]
            )
            seconds = time.perf_counter() - started
            return GateReport(checks, cache_dir, summary["operations"], seconds), True
        report = run_gate(staged, document, typecheck=typecheck, cache_dir=cache_dir)
        if report.passed:
            checks_done = [
                {"name": check.name, "checked": check.checked, "skipped": check.skipped}
                for check in report.checks
            ]
            self.store_passed_verdict(key, {"checks": checks_done, "operations": report.operations})
        return report, False

    def _prune(self, prefix: str, keep: int) -> None:
        entries = sorted(self.root.glob(f"{prefix}*"), key=lambda path: path.stat().st_mtime, reverse=True)
        for stale in entries[keep:]:
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
