"""The suite's run order (tests/conftest.py): the longest modules first, every other test in its order."""

from __future__ import annotations

import os
import subprocess
import sys
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


GROUPED = """
import os

import pytest


@pytest.fixture(scope="module")
def shared() -> str:
    return "built once per worker"


@pytest.mark.parametrize("n", range(8))
def test_uses_the_module_fixture(n: int, shared: str) -> None:
    with open(os.environ["WORKERS_FILE"], "a", encoding="utf-8") as out:
        out.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")
"""


def test_tests_sharing_a_module_fixture_run_on_one_worker(tmp_path: Path) -> None:
    # Regression, two causes: pytest-xdist read the marks before this conftest's hook added them, and
    # with pytest 9.2 it drops every group (pytest-dev/pytest-xdist#1386): all ran as plain `load`.
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "conftest.py").write_text("from tests.conftest import pytest_collection_modifyitems\n")
    (suite / "test_grouped.py").write_text(GROUPED, encoding="utf-8")
    workers = tmp_path / "workers.txt"
    env = {**os.environ, "WORKERS_FILE": str(workers), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup"],
        cwd=suite,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    ran_on = workers.read_text(encoding="utf-8").split()
    assert len(ran_on) == 8 and len(set(ran_on)) == 1, ran_on
