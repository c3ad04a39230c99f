"""Pydantic v2 models of the same normalized spec, generated at bench time (never committed).

datamodel-code-generator (pinned in the ``bench`` dependency group) writes one module into a
temporary folder, imported from there under a private name; the folder is then removed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from benchmarks.payloads import SPEC_PATH

__all__ = ["generate_pydantic_models", "write_pydantic_models"]

_MODULE_NAME = "_dastra_bench_pydantic_models"


def generate_pydantic_models(spec_path: Path = SPEC_PATH) -> ModuleType:
    """Generate pydantic v2 ``BaseModel`` classes for ``spec_path`` and import them."""
    if _MODULE_NAME in sys.modules:
        return sys.modules[_MODULE_NAME]
    with tempfile.TemporaryDirectory(prefix="dastra-bench-pydantic-") as folder:
        return _generate_and_import(spec_path, Path(folder) / "models.py")


def _generate_and_import(spec_path: Path, output: Path) -> ModuleType:
    """Generate into ``output`` and import it; the module lives on once the file is gone."""
    write_pydantic_models(spec_path, output)
    spec = importlib.util.spec_from_file_location(_MODULE_NAME, output)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {output}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[_MODULE_NAME] = module
    spec.loader.exec_module(module)
    return module


def write_pydantic_models(spec_path: Path, output: Path) -> None:
    """Write datamodel-code-generator's pydantic v2 models of ``spec_path`` to ``output``."""
    command = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        "--input",
        str(spec_path),
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--target-python-version",
        "3.11",
        "--formatters",
        "builtin",
        "--disable-timestamp",
        "--output",
        str(output),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"datamodel-code-generator failed ({done.returncode}):\n{done.stderr[-2000:]}")
