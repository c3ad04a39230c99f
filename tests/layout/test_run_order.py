"""The suite's run order (tests/conftest.py): the longest modules first, every other test in its order."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from tests.conftest import LONGEST_FIRST, pytest_collection_modifyitems

ROOT = Path(__file__).resolve().parents[2]


class _Item:
    """What the ordering reads of a collected test: its node id (no fixtures, so it is left ungrouped)."""

    def __init__(self, nodeid: str) -> None:
        self.nodeid = nodeid


def test_the_longest_modules_run_first_and_the_rest_keep_their_order() -> None:
    names = [
        "tests/answers/test_a.py::one",
        f"{LONGEST_FIRST[1]}::first",
        "tests/auth/test_b.py::two",
        f"{LONGEST_FIRST[0]}::first",
        f"{LONGEST_FIRST[1]}::second",
        "tests/answers/test_a.py::three",
        f"{LONGEST_FIRST[0]}::second",
    ]
    items = [_Item(name) for name in names]
    pytest_collection_modifyitems(cast("list[pytest.Item]", items))
    assert [item.nodeid for item in items] == [
        f"{LONGEST_FIRST[0]}::first",
        f"{LONGEST_FIRST[0]}::second",
        f"{LONGEST_FIRST[1]}::first",
        f"{LONGEST_FIRST[1]}::second",
        "tests/answers/test_a.py::one",
        "tests/auth/test_b.py::two",
        "tests/answers/test_a.py::three",
    ]


@pytest.mark.parametrize("module", LONGEST_FIRST)
def test_each_module_named_exists(module: str) -> None:
    assert (ROOT / module).is_file(), f"{module} is gone: update LONGEST_FIRST in tests/conftest.py"
