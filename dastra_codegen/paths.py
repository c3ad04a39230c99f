"""Where the pipeline reads and writes, relative to the repository root."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: ``DASTRA_CODEGEN_OPENAPI_DIR`` points the pipeline and the tests at another snapshot: ``nox -s regenerate``
#: runs the contract test on the snapshot it staged before anything replaces ``openapi/``.
OPENAPI_DIR = Path(os.environ.get("DASTRA_CODEGEN_OPENAPI_DIR") or ROOT / "openapi")
OVERLAY = OPENAPI_DIR / "overlay.yaml"
GENERATOR_CONFIG = ROOT / "generator_config.yml"
GENERATED_DIR = ROOT / "generated"
#: Our own templates; any template not here comes from openapi-python-client.
TEMPLATES_DIR = ROOT / "dastra_codegen" / "templates"
PACKAGE_NAME = "dastra_client"
