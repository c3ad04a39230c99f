"""Caches of ``nox -s generate`` that survive between runs, keyed by content (a fresh clone starts cold).

Two stages are deterministic functions of what they read, so a run whose inputs a previous run already
saw reuses its result instead of recomputing it:

- **the build** (generator, post-generation steps, ruff, the every-operation check): keyed by every input
  it reads: the pinned normalized document (the snapshot's identity, in ``_snapshot.py``, is written into
  the restored build by ``generate``), ``generator_config.yml``, ``pyproject.toml`` (ruff's and mypy's
  settings), every file of ``dastra_codegen/`` (the pipeline, its templates and the runtime modules), the
  interpreter and the version of every distribution the pipeline runs on (the ``codegen`` group and all
  it requires: the generator, Jinja, ruff, mypy, httpx2, attrs, msgspec...). A hit
  restores the package that build staged, byte for byte;
- **the gate's verdict**: keyed by the staged package's bytes (every file), the spec document, the same
  sources and toolchain, and whether mypy runs. Only a verdict that passed is kept: a package that failed
  is checked again, and says what fails.

Any change to any of them (one template line, one installed version) misses, and that stage runs as
before; nothing is ever reused across different inputs. Entries live under ``<cache_dir>/stages``, the
newest :data:`KEEP_BUILDS` builds and :data:`KEEP_VERDICTS` verdicts are kept, apart from those of the
repository's own snapshot (``openapi/``, what ``nox -s generate`` reads), kept on their own
(:data:`KEEP_PINNED`): generating many other documents (the tests' variants) never evicts them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from dastra_codegen import paths
from dastra_codegen.fingerprint import toolchain, tree_digest
from dastra_codegen.gate import CheckResult, GateReport, run_gate
from dastra_codegen.pin import NORMALIZED

__all__ = ["KEEP_BUILDS", "KEEP_PINNED", "KEEP_VERDICTS", "StageCache", "tree_digest"]

KEEP_BUILDS: Final = 3
KEEP_VERDICTS: Final = 20
#: Builds, and verdicts, of the repository's own snapshot kept besides the others.
KEEP_PINNED: Final = 2
#: Bumped when what an entry holds changes shape.
_FORMAT: Final = "1"


def _toolchain() -> str:
    """What the build and the gate run on: the ``codegen`` group (the generator, ruff, mypy, the runtime's
    libraries)."""
    return toolchain("codegen")


class StageCache:
    """The build and gate caches under ``cache_dir / "stages"``."""

    def __init__(self, cache_dir: Path, *, pinned: bool = False) -> None:
        """``pinned``: this run generates the repository's own snapshot (its entries are kept apart)."""
        self.root = cache_dir / "stages"
        self._prefix = "pinned-" if pinned else ""
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
        """The key of a build from the snapshot in ``openapi_dir`` with this code and toolchain: its
        normalized document, the one file the build reads apart from the snapshot's identity, which
        ``generate`` writes into a restored build's ``_snapshot.py`` (a re-pin of the same document, at
        another time or version, reuses the build)."""
        snapshot = tree_digest([openapi_dir / NORMALIZED], base=openapi_dir)
        return hashlib.sha256(f"build\0{self._environment}\0{snapshot}".encode()).hexdigest()

    def restore_build(self, key: str, staged: Path) -> dict[str, Any] | None:
        """Copy the package built with ``key`` to ``staged`` (absent); its facts, or ``None`` on a miss."""
        entry = self._existing(f"build-{key}")
        if entry is None:
            return None
        facts_file = entry / "facts.json"
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
        if self._existing(f"build-{key}") is not None:
            return
        entry = self.root / f"{self._prefix}build-{key}"
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
        self._prune("build-", KEEP_PINNED if self._prefix else KEEP_BUILDS)

    # --- the gate's verdict ------------------------------------------------------------------------

    def verdict_key(self, staged: Path, document_bytes: bytes, *, typecheck: bool) -> str:
        package = tree_digest([staged], base=staged.parent)
        document = hashlib.sha256(document_bytes).hexdigest()
        return hashlib.sha256(
            f"gate\0{self._environment}\0{package}\0{document}\0{typecheck}".encode()
        ).hexdigest()

    def passed_verdict(self, key: str) -> dict[str, Any] | None:
        """The summary of the passing gate run of ``key``, or ``None``."""
        entry = self._existing(f"gate-{key}.json")
        if entry is None:
            return None
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
            Path(handle.name).replace(self.root / f"{self._prefix}gate-{key}.json")
        except OSError:
            return
        self._prune("gate-", KEEP_PINNED if self._prefix else KEEP_VERDICTS)

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

    def _existing(self, name: str) -> Path | None:
        """The entry ``name``, whichever kind of run stored it."""
        for prefix in ("pinned-", ""):
            if (self.root / f"{prefix}{name}").exists():
                return self.root / f"{prefix}{name}"
        return None

    def _prune(self, kind: str, keep: int) -> None:
        entries = sorted(
            self.root.glob(f"{self._prefix}{kind}*"), key=lambda path: path.stat().st_mtime, reverse=True
        )
        for stale in entries[keep:]:
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
