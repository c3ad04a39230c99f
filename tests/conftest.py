"""Fixtures shared by every test folder: where the repository's and the reference's specs are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_codegen.pin import read_received

REFERENCE_DIR = paths.ROOT.parent / "shared" / "reference"
REFERENCE_2023 = REFERENCE_DIR / "dastra-api-2023-10.facts.json"
REFERENCE_2021 = REFERENCE_DIR / "dastra-api-2021-04.reconstructed.json"


def reference_file(path: Path) -> Path:
    """``path`` if the reference specs are beside the project, else skip the test (fresh clones)."""
    if not path.exists():
        pytest.skip(f"{path.name} absent: ../shared/reference is not beside this clone")
    return path


@pytest.fixture(scope="session")
def received_bytes() -> bytes:
    """The pinned snapshot's bytes exactly as received (held by the repository itself)."""
    return read_received(paths.OPENAPI_DIR)


@pytest.fixture(scope="session")
def received_document(received_bytes: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(received_bytes)
    return document


@pytest.fixture(scope="session")
def pinned_document() -> dict[str, Any]:
    """The pinned normalized snapshot, which generated/ is built from."""
    document: dict[str, Any] = json.loads((paths.OPENAPI_DIR / "dastra-api.json").read_bytes())
    return document
