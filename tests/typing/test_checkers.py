"""mypy --strict, pyright basic and pyright strict agree with the runtime, with and without the redis extra.

- the service modules (``service_ok.py``, written from the README and the guides; ``service_redis.py``
  where redis-py is installed; ``test_facade_types.py``) have no error under any of them;
- each mistake of ``mistakes/`` is an error of every checker, with the code its ``# expect:`` mark names,
  and nothing else is.

Without Node.js the pyright cases skip with the reason. The environment without redis is the running
one less redis-py (symlinks in the temporary folder, kept in step with the running one).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

import pytest

from tests.typing.checkers import (
    MISTAKES,
    SERVICES,
    Checker,
    Error,
    environment_without,
    expected_errors,
    mypy_cache,
    mypy_errors,
    pyright_errors,
    pyright_unavailable,
)

ENVIRONMENTS = ("with redis", "without redis")
CHECKERS: tuple[Checker, ...] = ("mypy", "pyright-basic", "pyright-strict")


@pytest.fixture(scope="session")
def pythons() -> dict[str, str]:
    return {"with redis": sys.executable, "without redis": environment_without(["redis"])}


Report = Callable[[Checker, str], set[Error]]


@pytest.fixture(scope="session")
def report(pythons: dict[str, str]) -> Report:
    """The errors of a (checker, environment): each checker runs once per environment, on every module."""
    found: dict[tuple[Checker, str], set[Error]] = {}

    def errors(checker: Checker, environment: str) -> set[Error]:
        if (checker, environment) not in found:
            paths, python = _modules(environment), pythons[environment]
            if checker == "mypy":
                found[checker, environment] = mypy_errors(paths, python, mypy_cache(environment))
            else:
                mode: Literal["basic", "strict"] = "strict" if checker == "pyright-strict" else "basic"
                found[checker, environment] = pyright_errors(paths, mode, python)
        return found[checker, environment]

    return errors


def _modules(environment: str) -> list[Path]:
    services = [path for path, needs_redis in SERVICES if environment == "with redis" or not needs_redis]
    return [*services, *MISTAKES]


def _skip_without_pyright(checker: Checker) -> None:
    if checker != "mypy":
        reason = pyright_unavailable()
        if reason is not None:
            pytest.skip(reason)


@pytest.mark.parametrize("environment", ENVIRONMENTS)
@pytest.mark.parametrize("checker", CHECKERS)
def test_service_code_has_no_error(checker: Checker, environment: str, report: Report) -> None:
    _skip_without_pyright(checker)
    services = {path.name for path, _ in SERVICES}
    found = sorted(error for error in report(checker, environment) if Path(error.path).name in services)
    assert found == []


@pytest.mark.parametrize("environment", ENVIRONMENTS)
@pytest.mark.parametrize("checker", CHECKERS)
def test_each_mistake_is_the_error_its_mark_names(checker: Checker, environment: str, report: Report) -> None:
    _skip_without_pyright(checker)
    mistakes = {path.name for path in MISTAKES}
    found = {error for error in report(checker, environment) if Path(error.path).name in mistakes}
    expected = expected_errors(MISTAKES, checker)
    assert sorted(expected - found) == [], "marked but not reported"
    assert sorted(found - expected) == [], "reported but not marked"


def test_the_marks_cover_each_kind_of_mistake() -> None:
    names = {path.stem for path in MISTAKES}
    assert names == {"awaiting", "bodies", "fields", "keywords", "settings"}
    for checker in CHECKERS:
        assert len(expected_errors(MISTAKES, checker)) >= 25, checker


def test_a_mark_must_have_a_code_line_below(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("x = 1\n# expect: mypy[call-arg]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a code line"):
        expected_errors([module], "mypy")


def test_workers_asking_for_one_environment_at_once_share_it() -> None:
    """Regression: two workers made the environment without redis at the same moment, and the second
    `python -m venv` on the same folder failed (every typing case of that worker errored)."""
    excluded = [f"no-such-distribution-{uuid.uuid4().hex}"]  # a folder of its own, made here
    with ThreadPoolExecutor(max_workers=4) as pool:
        made = list(pool.map(lambda _: environment_without(excluded), range(4)))
    try:
        assert len(set(made)) == 1
        done = subprocess.run([made[0], "-c", "import pytest"], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
    finally:
        shutil.rmtree(Path(made[0]).parents[1], ignore_errors=True)
        Path(f"{Path(made[0]).parents[1]}.lock").unlink(missing_ok=True)
