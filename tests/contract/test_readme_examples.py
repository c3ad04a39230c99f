"""The README's Python examples cannot rot: every block parses, and the runnable ones run against the sandbox.

A block is run when the line just before its fence is ``<!-- run: sandbox -->``. It runs in a fresh
interpreter with the ``DASTRA_*`` variables of the default sandbox (what ``nox -s sandbox`` serves: the
seeded fake Dastra on loopback), must exit 0 and print real-looking data: something, no ``None``, no
negative number. The other blocks (a Flask app, a fragment) are only parsed.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dastra.testing import FakeDastra
from dastra.testing.server import LoopbackFake

README = Path(__file__).resolve().parents[2] / "README.md"
RUN_MARK = "<!-- run: sandbox -->"
_BLOCK = re.compile(r"(?P<before>[^\n]*)\n```python\n(?P<code>.*?)\n```", re.DOTALL)
#: The fewest runnable examples the README must keep (facade sync and async, filters, raw, escape hatch).
MIN_RUNNABLE = 5


def _blocks() -> list[tuple[int, bool, str]]:
    text = README.read_text(encoding="utf-8")
    found = []
    for match in _BLOCK.finditer(text):
        line = text.count("\n", 0, match.start("code")) + 1
        found.append((line, match["before"].strip() == RUN_MARK, match["code"]))
    return found


BLOCKS = _blocks()
RUNNABLE = [(line, code) for line, run, code in BLOCKS if run]


def test_the_readme_keeps_its_runnable_examples() -> None:
    assert len(RUNNABLE) >= MIN_RUNNABLE, f"README.md has {len(RUNNABLE)} blocks marked {RUN_MARK!r}"


@pytest.mark.parametrize(("line", "code"), [(line, code) for line, _, code in BLOCKS], ids=lambda v: str(v))
def test_every_python_block_parses(line: int, code: str) -> None:
    try:
        ast.parse(code)
    except SyntaxError as error:
        pytest.fail(f"README.md line {line + (error.lineno or 1) - 1}: {error.msg}")


@pytest.fixture(scope="module")
def default_sandbox() -> Iterator[LoopbackFake]:
    with FakeDastra(seed=0, client_id="sandbox-public-key").serve() as served:
        yield served


@pytest.mark.parametrize(("line", "code"), RUNNABLE, ids=[f"line-{line}" for line, _ in RUNNABLE])
def test_runnable_block_runs_against_the_sandbox(
    line: int, code: str, default_sandbox: LoopbackFake, tmp_path: Path
) -> None:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DASTRA_")}
    environment.update(
        default_sandbox.environment(),
        PYTHONPATH=os.pathsep.join([str(README.parent), str(README.parent / "generated")]),
    )
    script = tmp_path / f"readme_line_{line}.py"
    script.write_text(code, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, str(script)],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, f"README.md block at line {line} failed:\n{completed.stderr[-3000:]}"
    printed = completed.stdout
    assert printed.strip(), f"README.md block at line {line} printed nothing"
    assert "None" not in printed, f"README.md block at line {line} printed None:\n{printed[:2000]}"
    assert not re.search(r"(^|\s)-\d", printed), f"README.md block at line {line} printed a negative number"
