"""Benchmark 3b: parsing on a plain install, ``pip install <repo>`` with no extras, in a virtualenv of its own.

What most users get. The virtualenv (``.bench/plain-venv``, kept between runs) holds the client as pip
installs it from the repository (its base dependencies only) plus the baseline, pydantic v2 (and
email-validator for its ``format: email`` fields); it is reinstalled when the client's sources change.
The measurements run there (``benchmarks/plain_worker.py``): the 500-item pages of benchmark 3, through
``XxxPagedList.from_json`` (what every operation does) against ``json.loads`` and pydantic's
``model_validate_json`` on datamodel-code-generator models of the same snapshot; every field read
eagerly (``eager_parsing()``) and lazily (less the walk).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
import tomllib
import venv
from pathlib import Path
from typing import Any, Final

from benchmarks.payloads import SPEC_PATH, PayloadBuilder, load_spec
from benchmarks.report import BenchmarkResult

__all__ = ["BASELINE", "GOAL_FULL_READ", "GOAL_VS_JSON", "MODELS", "VENV_DIR", "ensure_plain_venv", "run"]

ROOT: Final = Path(__file__).resolve().parent.parent
VENV_DIR: Final = ROOT / ".bench" / "plain-venv"
MODELS: Final = ("ActorDto", "DataSubjectRequestDto", "DataProcessingDto")
#: Every field read, eagerly or lazily less the walk, against pydantic v2; the page against json.loads.
GOAL_FULL_READ: Final = 0.8
GOAL_VS_JSON: Final = 1.0
#: The baseline installed beside the client (the versions of the bench dependency group).
BASELINE: Final = ("pydantic==2.14.3", "email-validator==2.4.0")
#: What goes into the wheel: a change reinstalls the client.
_SOURCES: Final = (
    "pyproject.toml",
    "README.md",
    "openapi/snapshot.json",
    "dastra",
    "dastra_auth",
    "generated/dastra_client",
)
_WORKER: Final = Path(__file__).resolve().parent / "plain_worker.py"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _SOURCES:
        root = ROOT / name
        files = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"{path.relative_to(ROOT).as_posix()}\0".encode())
                digest.update(path.read_bytes())
    digest.update("\0".join(BASELINE).encode())
    return digest.hexdigest()


def _pip(python: Path, *arguments: str) -> None:
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"pip install {' '.join(arguments)} failed:\n{done.stderr[-2000:]}")


def ensure_plain_venv(location: Path = VENV_DIR) -> Path:
    """The interpreter of a virtualenv holding ``pip install <repo>`` (no extras) and the baseline.

    Created once; the client is reinstalled (its dependencies checked) when its sources changed.
    """
    python = location / "bin" / "python"
    stamp = location / "dastra-client.fingerprint"
    fingerprint = _fingerprint()
    if python.exists() and stamp.is_file() and stamp.read_text(encoding="utf-8") == fingerprint:
        return python
    if not python.exists():
        shutil.rmtree(location, ignore_errors=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(location)
        _pip(python, str(ROOT), *BASELINE)
    else:
        _pip(python, "--force-reinstall", "--no-deps", str(ROOT))
        dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        _pip(python, *dependencies["dependencies"], *BASELINE)
    stamp.write_text(fingerprint, encoding="utf-8")
    return python


def _pydantic_models(location: Path) -> Path:
    """datamodel-code-generator's models of the snapshot (generated in this environment, kept by spec)."""
    from benchmarks.pydantic_baseline import write_pydantic_models

    spec_digest = hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()[:16]
    target = location / f"pydantic-models-{spec_digest}.py"
    if not target.exists():
        for stale in location.glob("pydantic-models-*.py"):
            stale.unlink()
        write_pydantic_models(SPEC_PATH, target)
    return target


def run(*, items: int = 500, rounds: int = 11, models: tuple[str, ...] = MODELS) -> BenchmarkResult:
    result = BenchmarkResult(
        "plain_install", f"3b. Parsing a {items}-item page on a plain install (pip install <repo>, no extras)"
    )
    python = ensure_plain_venv()
    models_file = _pydantic_models(VENV_DIR)
    builder = PayloadBuilder(load_spec())
    with tempfile.TemporaryDirectory(prefix="dastra-bench-plain-") as pages:
        for name in models:
            (Path(pages) / f"{name}.json").write_bytes(builder.page_bytes(name, items=items))
        done = subprocess.run(
            [str(python), "-I", str(_WORKER), str(ROOT), str(models_file), pages, str(rounds)],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"the plain-install worker failed:\n{done.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if not report["imported_from"].startswith(str(VENV_DIR)):
        raise RuntimeError(f"the worker imported dastra_client from {report['imported_from']}, not the venv")
    path = f"plain install: {'from_json, msgspec wire structs' if report['wire_path'] else 'from_dict(json)'}"
    for name in models:
        samples: dict[str, list[float]] = report["samples"][name]
        walk = samples["walk_only"]
        lazy = [full - alone for full, alone in zip(samples["full"], walk, strict=True)]
        result.measure(f"{name}: json.loads (plain install)", "s", samples["json"])
        result.measure(f"{name}: pydantic v2 model_validate_json (plain install)", "s", samples["pydantic"])
        result.measure(f"{name}: page ({path})", "s", samples["page"])
        result.measure(f"{name}: every field, eager_parsing() (plain install)", "s", samples["eager"])
        result.ratio(
            f"{name}: page (plain install) / json.loads",
            samples["page"],
            samples["json"],
            at_most=GOAL_VS_JSON,
        )
        result.ratio(
            f"{name}: every field, eager_parsing() (plain install) / pydantic",
            samples["eager"],
            samples["pydantic"],
            at_most=GOAL_FULL_READ,
        )
        result.ratio(
            f"{name}: every field less the walk, lazy (plain install) / pydantic",
            lazy,
            samples["pydantic"],
            at_most=GOAL_FULL_READ,
        )
        result.ratio(
            f"{name}: page (plain install) / pydantic", samples["page"], samples["pydantic"], at_most=None
        )
    baseline_names = {requirement.split("==")[0] for requirement in BASELINE}
    result.details = {
        "venv": str(VENV_DIR),
        "decoder": report["decoder"],
        "wire_path": report["wire_path"],
        "installed": report["installed"],
    }
    others = [
        item
        for item in report["installed"]
        if item.split("==")[0].lower() not in baseline_names | {"pip", "setuptools"}
    ]
    result.notes.append(
        f"plain install: {VENV_DIR.relative_to(ROOT)} holds `pip install <repo>` (no extras) and the baseline "
        f"({', '.join(BASELINE)}); decoder {report['decoder']}, wire fast path "
        f"{'on' if report['wire_path'] else 'off'}; {len(others)} distributions besides the baseline "
        f"(details.installed)"
    )
    return result
