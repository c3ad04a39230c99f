"""The generated models without the type checks of the rule, for the parsing benchmark only (never shipped).

The model template has one switch, ``{% set check_types = true %}``. A copy of the templates with it set
to ``false`` is rendered by the same generator and post-generation steps as ``nox -s generate`` into a
temporary folder, and the package is imported from there under a private name. Every check then
renders as ``True`` (the compiler drops it), so these models parse exactly like the real ones, less the
tests that a value fits its type: the difference is what the checks cost.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Final

from openapi_python_client import generate as run_generator
from openapi_python_client.config import Config, ConfigFile, MetaType

from dastra_codegen import paths
from dastra_codegen.pin import NORMALIZED, read_metadata
from dastra_codegen.postprocess import postprocess

__all__ = ["SWITCH", "unchecked_models"]

PACKAGE: Final = "_dastra_bench_unchecked"
SWITCH: Final = "{% set check_types = true %}"


def unchecked_models(openapi_dir: Path = paths.OPENAPI_DIR, package: str = PACKAGE) -> ModuleType:
    """``dastra_client.models`` of a package generated with ``check_types = false`` from the snapshot
    pinned in ``openapi_dir``, imported as ``package`` (once per process and name)."""
    if f"{package}.models" in sys.modules:
        return sys.modules[f"{package}.models"]
    metadata = read_metadata(openapi_dir)
    if metadata is None:
        raise RuntimeError(f"no pinned snapshot in {openapi_dir}")
    with tempfile.TemporaryDirectory(prefix="dastra-bench-unchecked-") as scratch:
        folder = Path(scratch)
        templates = folder / "templates"
        shutil.copytree(paths.TEMPLATES_DIR, templates)
        model_template = templates / "model.py.jinja"
        text = model_template.read_text(encoding="utf-8")
        if text.count(SWITCH) != 1:
            raise RuntimeError(f"{paths.TEMPLATES_DIR / 'model.py.jinja'} has no line {SWITCH!r}")
        model_template.write_text(text.replace(SWITCH, SWITCH.replace("true", "false")), encoding="utf-8")
        staged = folder / package
        config = Config.from_sources(
            ConfigFile.load_from_path(paths.GENERATOR_CONFIG),
            MetaType.NONE,
            openapi_dir / NORMALIZED,
            "utf-8",
            overwrite=True,
            output_path=staged,
        )
        with contextlib.redirect_stdout(io.StringIO()):  # the generator prints its progress
            errors = run_generator(config=config, custom_template_path=templates)
        if errors:
            raise RuntimeError(f"the generator reported {len(errors)} problem(s) for the unchecked variant")
        postprocess(staged, metadata)
        sys.path.insert(0, scratch)
        try:
            models = importlib.import_module(f"{package}.models")
            # The package imports a model on first use: import them all while the files exist.
            for module in sorted((staged / "models").glob("*.py")):
                if module.stem != "__init__":
                    importlib.import_module(f"{package}.models.{module.stem}")
        finally:
            sys.path.remove(scratch)
    return models
