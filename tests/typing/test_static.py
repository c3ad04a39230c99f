"""``python -m tests.typing.static`` runs its checks side by side and fails when one of them fails."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.typing import static


def _python(code: str, name: str) -> static.Check:
    return static.Check(name, [sys.executable, "-c", code])


def test_the_checks_planned_start_with_the_longest_and_pass_arguments_to_mypy() -> None:
    planned = static.checks(["--no-incremental"])
    names = [check.name for check in planned]
    mypy = next(check for check in planned if check.name == "mypy --strict")
    assert mypy.command[-3:] == ["-m", "mypy", "--no-incremental"]
    assert names == sorted(names, key=static.ORDER.index)  # pyright (the longest) first when it runs


def test_each_output_is_printed_whole_and_one_failure_fails_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    planned = [
        _python("print('first line'); print('second line')", "passes"),
        _python("import sys; print('broken here'); sys.exit(3)", "fails"),
    ]
    monkeypatch.setattr(static, "checks", lambda argv: planned)
    assert static.main([]) == 1
    out = capsys.readouterr().out
    assert "--- passes: ok in " in out and "first line\nsecond line" in out
    assert "--- fails: FAILED (exit 3) in " in out and "broken here" in out
    assert "static checks: failed: fails (" in out


def test_the_checks_run_at_the_same_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each check marks that it started, then waits for the other's mark: one after the other, the first
    would give up waiting and fail."""
    rendezvous = (
        "import pathlib, sys, time\n"
        "mine, theirs = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])\n"
        "mine.touch()\n"
        "deadline = time.monotonic() + 20\n"
        "while not theirs.exists():\n"
        "    if time.monotonic() > deadline: sys.exit('alone')\n"
        "    time.sleep(0.01)\n"
    )
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    planned = [
        static.Check("a", [sys.executable, "-c", rendezvous, a, b]),
        static.Check("b", [sys.executable, "-c", rendezvous, b, a]),
    ]
    monkeypatch.setattr(static, "checks", lambda argv: planned)
    assert static.main([]) == 0
