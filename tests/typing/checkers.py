"""Run mypy --strict and pyright (basic, strict) on the typing modules and read their errors.

- :func:`expected_errors`: the errors the ``# expect:`` marks of the mistakes modules ask for. A mark is
  a comment line naming, for the code line below it, the error codes of each checker:
  ``# expect: mypy[call-arg] pyright[reportCallIssue] pyright-strict[reportUnknownVariableType]``
  (``pyright`` for both of its modes, ``pyright-strict`` for what strict mode adds).
- :func:`mypy_errors` / :func:`pyright_errors`: the errors each checker reports, as ``(path, line,
  code)``, for the Python environment given (its interpreter decides what is installed).
- :func:`environment_without`: a virtual environment that sees every package of the running one but the
  named ones (symlinks; no download), to check service code without the ``redis`` extra.

Used by ``tests/typing/test_checkers.py`` (in ``nox -s tests``) and ``tests/typing/static.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Final, Literal, NamedTuple, TypeAlias

from filelock import FileLock

__all__ = [
    "MISTAKES",
    "ROOT",
    "SERVICES",
    "Checker",
    "Error",
    "environment_without",
    "expected_errors",
    "mypy_cache",
    "mypy_errors",
    "pyright_errors",
    "pyright_unavailable",
]

ROOT: Final = Path(__file__).resolve().parents[2]
HERE: Final = Path(__file__).resolve().parent
#: Service code that must be clean: (module, whether it needs the redis extra).
SERVICES: Final = (
    (HERE / "service_ok.py", False),
    (HERE / "service_redis.py", True),
    (HERE / "test_facade_types.py", False),
)
MISTAKES: Final = tuple(
    sorted(path for path in (HERE / "mistakes").glob("*.py") if path.name != "__init__.py")
)

Checker: TypeAlias = Literal["mypy", "pyright-basic", "pyright-strict"]


class Error(NamedTuple):
    """One error: the file (relative to the repository), its line (from 1), the checker's code."""

    path: str
    line: int
    code: str


def _relative(path: Path | str) -> str:
    resolved = Path(path).resolve()
    return resolved.relative_to(ROOT).as_posix() if resolved.is_relative_to(ROOT) else str(resolved)


_MARK: Final = re.compile(r"^\s*# expect:(?P<marks>.*)$")
_CHECKER_CODES: Final = re.compile(r"(?P<checker>mypy|pyright-strict|pyright)\[(?P<codes>[^\]]*)\]")


def expected_errors(paths: Iterable[Path], checker: Checker) -> set[Error]:
    """The errors the ``# expect:`` marks of ``paths`` ask ``checker`` for."""
    wanted = {
        "mypy": ("mypy",),
        "pyright-basic": ("pyright",),
        "pyright-strict": ("pyright", "pyright-strict"),
    }
    expected: set[Error] = set()
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        for index, text in enumerate(lines):
            mark = _MARK.match(text)
            if mark is None:
                continue
            target = next(
                (number for number in range(index + 1, len(lines)) if not _MARK.match(lines[number])), None
            )
            if target is None or not lines[target].strip():
                raise ValueError(
                    f"{_relative(path)}:{index + 1}: a '# expect:' mark needs a code line below it"
                )
            for found in _CHECKER_CODES.finditer(mark["marks"]):
                if found["checker"] in wanted[checker]:
                    codes = (code.strip() for code in found["codes"].split(","))
                    expected |= {Error(_relative(path), target + 1, code) for code in codes if code}
    return expected


_MYPY_LINE: Final = re.compile(r"^(?P<path>[^:\n]+\.py):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def mypy_errors(paths: Iterable[Path], python: str, cache: Path) -> set[Error]:
    """What ``mypy --strict`` (the repository's configuration) reports on ``paths`` for the environment
    of interpreter ``python``; ``cache`` is its cache folder (one per environment)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--python-executable",
            python,
            "--cache-dir",
            str(cache),
            "--no-pretty",
            "--show-error-codes",
            "--no-error-summary",
            *(_relative(path) for path in paths),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1) or (done.returncode == 1 and not done.stdout):
        raise RuntimeError(f"mypy failed ({done.returncode}): {done.stderr or done.stdout}")
    errors = set()
    for line in done.stdout.splitlines():
        found = _MYPY_LINE.match(line)
        if found is not None:
            errors.add(Error(_relative(ROOT / found["path"]), int(found["line"]), found["code"]))
        elif ": error:" in line:
            raise RuntimeError(f"mypy error without a code: {line}")
    return errors


def pyright_unavailable() -> str | None:
    """Why pyright cannot run here (it needs Node.js), or ``None``."""
    if shutil.which("node") is None:
        return "pyright needs Node.js (node is not on PATH)"
    if shutil.which(pyright_command()[0]) is None:
        return "pyright is not installed (the test dependency group pins it)"
    return None


def pyright_command() -> list[str]:
    """The pyright of the running environment (the PyPI wrapper of the pinned version)."""
    local = Path(sys.executable).parent / "pyright"
    return [str(local)] if local.exists() else ["pyright"]


def pyright_environment() -> dict[str, str]:
    """pyright's environment: no version check on the network; the running interpreter first on PATH."""
    env = dict(os.environ, PYRIGHT_PYTHON_IGNORE_WARNINGS="1")
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def pyright_errors(paths: Iterable[Path], mode: Literal["basic", "strict"], python: str) -> set[Error]:
    """What pyright in ``mode`` reports on ``paths`` for the environment of interpreter ``python``."""
    files = list(paths)
    with tempfile.TemporaryDirectory(prefix="dastra-pyright-") as scratch:
        config = Path(scratch) / "pyrightconfig.json"
        include = [os.path.relpath(path, scratch) for path in files]
        config.write_text(json.dumps({"typeCheckingMode": mode, "include": include}), encoding="utf-8")
        done = subprocess.run(
            [*pyright_command(), "--project", str(config), "--pythonpath", python, "--outputjson"],
            capture_output=True,
            text=True,
            check=False,
            env=pyright_environment(),
        )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(f"pyright failed ({done.returncode}): {done.stderr or done.stdout}") from None
    if report["summary"]["filesAnalyzed"] != len(files):
        raise RuntimeError(f"pyright analyzed {report['summary']['filesAnalyzed']} files of {len(files)}")
    return {
        Error(_relative(item["file"]), item["range"]["start"]["line"] + 1, item.get("rule", "error"))
        for item in report["generalDiagnostics"]
        if item["severity"] == "error"
    }


def environment_without(excluded: Iterable[str]) -> str:
    """The interpreter of a virtual environment with the packages of the running one, less the
    distributions ``excluded`` (their import packages and ``.dist-info``), as symlinks: no download.

    It lives in the temporary folder, one per running environment, and is brought in step with it on
    each call (links added and removed), so that mypy's cache for it stays valid between runs.
    """
    if sys.prefix == sys.base_prefix:
        raise RuntimeError("the typing tests run in a virtual environment (nox, or the dev venv)")
    names = tuple(excluded)
    key = hashlib.sha256(f"{sys.prefix}\0{names}".encode()).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / f"dastra-typing-{key}"
    # Two workers asking at once: one makes it, the other waits (two `venv` runs on one folder fail).
    with FileLock(f"{folder}.lock"):
        return _bring_in_step(folder, names)


def _bring_in_step(folder: Path, names: tuple[str, ...]) -> str:
    python = folder / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    source = Path(sysconfig.get_paths()["purelib"])
    target = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    wanted = {entry.name: entry for entry in source.iterdir() if entry.name.split("-", 1)[0] not in names}
    for link in target.iterdir():
        if link.is_symlink() and link.name not in wanted:
            link.unlink()
    for name, entry in wanted.items():
        link = target / name
        if not link.is_symlink():
            with contextlib.suppress(FileExistsError):  # another run made it meanwhile
                link.symlink_to(entry)
    return str(python)


def mypy_cache(environment: str) -> Path:
    """mypy's cache for the typing tests in ``environment`` (kept between runs: a cold run takes ~20 s)."""
    return ROOT / ".mypy_cache" / f"typing-{re.sub(r'[^a-z0-9]+', '-', environment.lower())}"
