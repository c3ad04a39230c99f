"""``python -m tests.typing.static [MYPY ARGS]``: the static checks of ``nox -s typecheck``, side by side.

mypy --strict on the repository, pyright on the repository and ``pyright --verifytypes`` of each package
(:mod:`tests.typing.verify`) do not depend on each other: they run at the same time (mypy is one process
on one core, pyright another), and each one's output is printed whole, with its duration, when it ends.
Exits 1 when any of them fails. Without Node.js the two pyright checks say why and are left out.

The typing tests (``tests/typing/test_*.py``) run in ``nox -s tests`` with the rest of the suite.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Final, NamedTuple

from tests.typing.checkers import ROOT, pyright_command, pyright_environment, pyright_unavailable

__all__ = ["Check", "Outcome", "checks", "main", "run"]


class Check(NamedTuple):
    name: str
    command: list[str]
    env: dict[str, str] | None = None


class Outcome(NamedTuple):
    check: Check
    returncode: int
    output: str
    seconds: float


#: The longest check first: the pool starts it at once (pyright on the repository takes the longest).
ORDER: Final = ("pyright", "mypy --strict", "pyright --verifytypes")


def checks(mypy_args: Sequence[str] = ()) -> list[Check]:
    """What runs here: mypy always; the pyright checks only where pyright can run."""
    found = [Check("mypy --strict", [sys.executable, "-m", "mypy", *mypy_args])]
    if pyright_unavailable() is None:
        found.append(Check("pyright", pyright_command(), pyright_environment()))
        found.append(Check("pyright --verifytypes", [sys.executable, "-m", "tests.typing.verify"]))
    return sorted(found, key=lambda check: ORDER.index(check.name))


def run(check: Check) -> Outcome:
    started = time.perf_counter()
    done = subprocess.run(
        check.command,
        cwd=ROOT,
        env=check.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    return Outcome(check, done.returncode, done.stdout, time.perf_counter() - started)


def main(argv: Sequence[str] = ()) -> int:
    reason = pyright_unavailable()
    if reason is not None:
        print(f"pyright and pyright --verifytypes skipped: {reason}")
    planned = checks(argv)
    started = time.perf_counter()
    failed: list[str] = []
    with ThreadPoolExecutor(max_workers=len(planned)) as pool:
        for outcome in pool.map(run, planned):
            verdict = "ok" if outcome.returncode == 0 else f"FAILED (exit {outcome.returncode})"
            print(f"--- {outcome.check.name}: {verdict} in {outcome.seconds:.1f} s", flush=True)
            print(outcome.output.rstrip(), flush=True)
            if outcome.returncode != 0:
                failed.append(outcome.check.name)
    elapsed = time.perf_counter() - started
    summary = f"failed: {', '.join(failed)}" if failed else "all passed"
    print(f"static checks: {summary} ({elapsed:.0f} s wall, side by side)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
