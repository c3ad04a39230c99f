"""Where the pipeline reads and writes, relative to the repository root."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
OVERLAY = OPENAPI_DIR / "overlay.yaml"
GENERATOR_CONFIG = ROOT / "generator_config.yml"
GENERATED_DIR = ROOT / "generated"
#: Our own templates; any template not here comes from openapi-python-client.
TEMPLATES_DIR = ROOT / "dastra_codegen" / "templates"
PACKAGE_NAME = "dastra_client"
