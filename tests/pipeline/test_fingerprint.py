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


def test_requirements_are_read_as_pip_reads_them() -> None:
    assert fingerprint._required("Foo_Bar.baz[extra]>=1") == "foo-bar-baz"
    assert fingerprint._required('tomli>=2; python_version < "3.11"') is None
    assert fingerprint._required('pywin32; sys_platform == "win32"') == (
        "pywin32" if os.name == "nt" else None
    )
    assert fingerprint._required("not a requirement (") is None
    assert fingerprint._marker_holds("nonsense ==") is True  # unreadable: one more version, never a reuse
    groups = {"a": ["x==1", {"include-group": "b"}], "b": ["y", {"include-group": "c"}], "c": ["z"]}
    assert list(fingerprint.group_requirements(groups, "a")) == ["x==1", "y", "z"]
