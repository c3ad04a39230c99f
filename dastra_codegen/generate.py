"""``nox -s generate``: regenerate ``generated/dastra_client`` from the pinned normalized snapshot.

No network. The generator runs in-process on ``openapi/dastra-api.json`` with
``generator_config.yml``, into a staging folder beside the target; then our post-generation steps
(:mod:`dastra_codegen.postprocess`) and ruff (fix + format) run there; then every operation of the
snapshot is checked to have its module with ``sync``, ``sync_detailed``, ``asyncio`` and
``asyncio_detailed``; then the generation gate (:mod:`dastra_codegen.gate`: every module imports,
``mypy --strict`` passes, a sample of every 2xx answer parses into its declared type). Only then does
the staging folder replace the package: a failure at any step leaves ``generated/`` byte-identical.
Any generator warning fails the run, naming what was skipped: an endpoint is never dropped silently.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
from openapi_python_client import generate as run_generator
from openapi_python_client.config import Config, ConfigFile, MetaType

from dastra_codegen import paths
from dastra_codegen.gate import DEFAULT_CACHE_DIR, GateReport, endpoint_modules, run_gate, template_shape
from dastra_codegen.normalize import iter_operations
from dastra_codegen.pin import NORMALIZED, read_metadata, sha256
from dastra_codegen.postprocess import postprocess, write_snapshot
from dastra_codegen.stage_cache import StageCache

ENDPOINT_FUNCTIONS = frozenset({"sync", "sync_detailed", "asyncio", "asyncio_detailed"})


class GenerationError(Exception):
    """Generation failed or would lose something; the message says what, one item per line."""


@attrs.frozen
class GenerationResult:
    operations: int
    generated_operations: int
    models: int
    changed: bool
    gate: GateReport | None = None
    #: Wall time of the generator, post-generation steps and ruff, before the gate.
    build_seconds: float = 0.0
    #: The gate's passing verdict came from an earlier run on this very package, spec and toolchain.
    gate_reused: bool = False

    def render(self) -> str:
        state = "updated" if self.changed else "unchanged"
        line = (
            f"generated/{paths.PACKAGE_NAME} {state}: {self.generated_operations} of {self.operations} "
            f"operations, {self.models} models, 0 generator warnings"
        )
        if self.gate is None:
            return line
        lines = [line, self.gate.render()]
        if self.gate_reused:
            lines.append(
                "  (verdict reused: an earlier run passed this very package, spec and toolchain; "
                "--no-cache checks again)"
            )
        if not self.gate.typechecked:
            lines.append("WARNING: the package was NOT type-checked (--no-typecheck)")
        return "\n".join(lines)


def generate(
    openapi_dir: Path,
    output_dir: Path,
    *,
    check: bool = False,
    typecheck: bool = True,
    gate: bool = True,
    cache_dir: Path = DEFAULT_CACHE_DIR,
    cache: bool = True,
) -> GenerationResult:
    """Generate into a staging folder, run the gate, then replace ``output_dir/dastra_client``.

    ``check=True`` writes nothing and fails when the package differs; ``typecheck=False`` skips the
    gate's mypy step (reported); ``gate=False`` skips the whole gate (benchmarks of the bare pipeline).
    ``cache_dir`` holds the gate's mypy cache and the stage caches (:mod:`dastra_codegen.stage_cache`):
    a build or a passing verdict of exactly the same inputs is reused; ``cache=False`` runs every stage.
    """
    started = time.perf_counter()
    metadata = read_metadata(openapi_dir)
    if metadata is None:
        raise GenerationError(f"no pinned snapshot in {openapi_dir}: run `nox -s update_spec` first")
    spec_path = openapi_dir / NORMALIZED
    spec_bytes = spec_path.read_bytes()
    if sha256(spec_bytes) != metadata["normalized_sha256"]:
        raise GenerationError(
            f"{spec_path} does not match snapshot.json: it was edited; run update_spec again"
        )
    document: dict[str, Any] = json.loads(spec_bytes)

    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / paths.PACKAGE_NAME
    with tempfile.TemporaryDirectory(prefix=".staging-", dir=output_dir) as staging_root:
        staged = Path(staging_root) / paths.PACKAGE_NAME
        # The same inputs as an earlier run: its results (stage_cache.py).
        stages = StageCache(cache_dir, pinned=openapi_dir.resolve() == paths.OPENAPI_DIR.resolve())
        build_key = stages.build_key(openapi_dir)
        built = stages.restore_build(build_key, staged) if cache else None
        if built is not None:
            _stamp(staged, metadata)  # the build is keyed by the document: this snapshot's identity
        else:
            _run_generator(spec_path, staged)
            postprocess(staged, metadata, document)
            _ruff(staged)
            built = {"generated_operations": _check_operations(document, staged)}
            stages.store_build(build_key, staged, built)
        generated = int(built["generated_operations"])
        models = sum(1 for p in (staged / "models").glob("*.py") if p.name != "__init__.py")
        build_seconds = time.perf_counter() - started
        report, reused = (None, False)
        if gate and cache:
            report, reused = stages.gate(
                staged, document, spec_bytes, typecheck=typecheck, cache_dir=cache_dir
            )
        elif gate:
            report = run_gate(staged, document, typecheck=typecheck, cache_dir=cache_dir)
        if report is not None and not report.passed:
            raise GenerationError(
                f"the generated package fails the gate; {target} is left as it was\n{report.failure()}"
            )
        changed = not _same_tree(staged, target)
        if check:
            if changed:
                raise GenerationError(
                    f"{target} differs from what the pinned snapshot generates: run `nox -s generate`"
                )
        elif changed:
            replace_tree(staged, target)
    return GenerationResult(
        operations=len(list(iter_operations(document))),
        generated_operations=generated,
        models=models,
        changed=changed,
        gate=report,
        build_seconds=build_seconds,
        gate_reused=reused,
    )


def _run_generator(spec_path: Path, destination: Path) -> None:
    config = Config.from_sources(
        ConfigFile.load_from_path(paths.GENERATOR_CONFIG),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=destination,
    )
    errors = run_generator(config=config, custom_template_path=paths.TEMPLATES_DIR)
    if errors:
        lines = [f"the generator reported {len(errors)} problem(s); nothing was written:"]
        for error in errors:
            detail = " ".join((error.detail or "").split())[:300]
            lines.append(f"  {error.level.value}: {error.header} {detail}".rstrip())
        raise GenerationError("\n".join(lines))


def _stamp(package: Path, metadata: Mapping[str, Any]) -> None:
    """Write this snapshot's identity (version, source, time) into a restored build's ``_snapshot.py``,
    formatted as the build formats it: the only file of the package that depends on more than the
    normalized document, so builds of one document pinned at other times or versions share one entry."""
    _ruff(write_snapshot(package, metadata))


def _ruff(package: Path) -> None:
    """Fix and format with the project's ruff settings, the same wherever ``package`` is staged.

    Per-file ignores match paths relative to the project, so the ones for ``generated/**`` are
    passed explicitly: a package staged in a temporary folder is then formatted byte for byte alike.
    """
    pyproject = paths.ROOT / "pyproject.toml"
    settings = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    ignored = settings["tool"]["ruff"]["lint"]["per-file-ignores"]["generated/**"]
    check = ["check", "--fix-only", "--quiet", "--extend-ignore", ",".join(ignored)]
    for command in (check, ["format", "--quiet"]):
        subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--config", str(pyproject), str(package)], check=True
        )


def _check_operations(document: dict[str, Any], package: Path) -> int:
    """Every operation of the snapshot must have its module with the four functions."""
    found = {key: functions for key, (_, functions) in endpoint_modules(package).items()}
    missing: list[str] = []
    for method, path, operation in iter_operations(document):
        functions = found.get((method, template_shape(path)), set())
        if not functions >= ENDPOINT_FUNCTIONS:
            lacking = ", ".join(sorted(ENDPOINT_FUNCTIONS - functions))
            missing.append(f"  {method.upper()} {path} ({operation.get('operationId')}): missing {lacking}")
    if missing:
        raise GenerationError("operations not fully generated:\n" + "\n".join(missing))
    return len(found)


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path.relative_to(root)


def _same_tree(left: Path, right: Path) -> bool:
    if not right.is_dir():
        return False
    left_files, right_files = list(_files(left)), list(_files(right))
    if left_files != right_files:
        return False
    return all(filecmp.cmp(left / name, right / name, shallow=False) for name in left_files)


def replace_tree(staged: Path, target: Path) -> None:
    """Swap the staged package in; the old one is removed only once the new one is in place."""
    previous = target.with_name(f".previous-{target.name}")
    if previous.exists():
        shutil.rmtree(previous)
    if target.exists():
        target.rename(previous)
    staged.rename(target)
    if previous.exists():
        shutil.rmtree(previous)
