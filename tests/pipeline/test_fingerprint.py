"""dastra_codegen/fingerprint.py: the content keys of the caches (generate's stages, the docs' build)."""

from __future__ import annotations

import os
import sys

import pytest

from dastra_codegen import fingerprint


@pytest.mark.parametrize(
    ("marker", "holds"),
    [
        ('platform_system == "Windows"', sys.platform == "win32"),
        ('python_version < "3.11"', False),
        ('python_version >= "3.11" and extra != "dev"', True),
        ('extra == "dev"', False),
        ('(os_name == "nt" or sys_platform == "linux") and implementation_name == "cpython"', None),
    ],
)
def test_requirements_count_only_where_their_marker_holds(marker: str, holds: bool | None) -> None:
    expected = (os.name == "nt" or sys.platform == "linux") and sys.implementation.name == "cpython"
    assert fingerprint._marker_holds(marker) is (expected if holds is None else holds)


def test_a_toolchain_holds_the_groups_it_names_and_what_they_require() -> None:
    docs = fingerprint.toolchain("docs", project=True).splitlines()
    codegen = fingerprint.toolchain("codegen").splitlines()
    assert docs[0] == codegen[0] == sys.version
    names = {line.split("==")[0] for line in docs[2:]}
    assert {"mkdocs", "mkdocstrings-python", "msgspec"} <= names  # the groups, and griffe that they require
    assert {"griffelib", "httpx2"} <= names
    assert "mkdocs" not in {line.split("==")[0] for line in codegen[2:]}
    assert fingerprint.toolchain("codegen") == fingerprint.toolchain("codegen")
