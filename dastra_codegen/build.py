"""``nox -s build`` (``python -m dastra_codegen.build [--dist DIR]``): the sdist and the wheel in ``dist/``,
checked as PyPI and a user would see them.

1. ``python -m build`` builds the sdist, then the wheel *from the sdist* (what a user's pip does with
   the sdist alone), into ``dist/`` (emptied first);
2. a second wheel built straight from the source tree must hold exactly the same files, byte for byte:
   the sdist leaves nothing out;
3. the wheel holds what the project promises (:func:`wheel_problems`): the three packages with their
   ``py.typed``, the LICENSE, the classifiers and Project-URLs; none of the repository's tools or tests;
4. ``twine check --strict`` on both files (the long description renders on PyPI, metadata is valid).

The build runs without isolation (``--no-isolation``), with the backend pinned in the ``build``
dependency group, so two builds of one tree give the same files. Every failure is a
:class:`BuildError` with a one-line message. The standard library only: the session installs nothing
but the ``build`` group.
"""

from __future__ import annotations

import email.parser
import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from argparse import ArgumentParser
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from dastra_codegen import paths

#: Top-level packages the wheel ships, each with its PEP 561 marker.
PACKAGES = ("dastra", "dastra_auth", "dastra_client")
CLASSIFIERS = (
    "Typing :: Typed",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
)
PROJECT_URLS = ("Documentation", "Changelog", "Source", "Issues")
#: Folders of the repository that never belong in the wheel.
NOT_SHIPPED = ("tests/", "dastra_codegen/", "dastra_sandbox/", "benchmarks/", "openapi/", "generated/")


class BuildError(Exception):
    """The distributions could not be built or are not what the project promises (one line)."""


@dataclass(frozen=True)
class BuildResult:
    sdist: Path
    wheel: Path
    files: int

    def render(self) -> str:
        return (
            f"built {self.sdist.name} and {self.wheel.name} in {self.sdist.parent} ({self.files} files in the "
            "wheel, the same from the sdist as from the tree); twine check --strict passed"
        )


def wheel_members(wheel: Path) -> dict[str, str]:
    """``name -> sha256`` of every file in a wheel."""
    with zipfile.ZipFile(wheel) as archive:
        return {name: hashlib.sha256(archive.read(name)).hexdigest() for name in sorted(archive.namelist())}


def wheel_metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.BytesParser().parsebytes(archive.read(name))


def wheel_problems(members: Mapping[str, str], metadata: Message) -> list[str]:
    """What the wheel lacks or holds wrongly; empty when it is what the project promises."""
    problems = [
        f"package {package} (with its py.typed) is missing"
        for package in PACKAGES
        if f"{package}/__init__.py" not in members or f"{package}/py.typed" not in members
    ]
    licenses = [name for name in members if name.endswith(".dist-info/licenses/LICENSE")]
    if not licenses:
        problems.append("no LICENSE file under .dist-info/licenses/")
    if metadata.get("License-Expression") != "MIT":
        problems.append(f"License-Expression is {metadata.get('License-Expression')!r}, not 'MIT'")
    classifiers = set(metadata.get_all("Classifier") or [])
    problems += [f"classifier {c!r} is missing" for c in CLASSIFIERS if c not in classifiers]
    urls = {entry.split(",", 1)[0].strip() for entry in metadata.get_all("Project-URL") or []}
    problems += [f"Project-URL {label!r} is missing" for label in PROJECT_URLS if label not in urls]
    problems += [f"{name} should not be shipped" for name in members if name.startswith(NOT_SHIPPED)]
    return problems


def _run(command: Sequence[str], what: str, cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stderr.strip() or result.stdout.strip()).splitlines()
        last = output[-1] if output else f"exit status {result.returncode}"
        raise BuildError(f"{what} failed: {last}")


def _build(root: Path, outdir: Path, *flags: str) -> None:
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), *flags, str(root)]
    _run(command, f"python -m build {' '.join(flags)}".rstrip(), root)


def _only(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise BuildError(f"expected one {pattern} in {folder}, found {len(found)}")
    return found[0]


def build(root: Path = paths.ROOT, dist: Path | None = None) -> BuildResult:
    """Build, compare and check the distributions of the project at ``root`` into ``dist``."""
    dist = dist or root / "dist"
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir(parents=True)
    _build(root, dist)  # sdist, then the wheel from the sdist
    sdist, wheel = _only(dist, "*.tar.gz"), _only(dist, "*.whl")
    with tempfile.TemporaryDirectory(prefix="dastra-wheel-") as scratch:
        _build(root, Path(scratch), "--wheel")
        direct = wheel_members(_only(Path(scratch), "*.whl"))
    from_sdist = wheel_members(wheel)
    if from_sdist != direct:
        differing = sorted(set(from_sdist) ^ set(direct)) or sorted(
            name for name in from_sdist if from_sdist[name] != direct[name]
        )
        raise BuildError(
            f"the wheel built from the sdist differs from the tree's: {', '.join(differing[:5])}"
        )
    problems = wheel_problems(from_sdist, wheel_metadata(wheel))
    if problems:
        raise BuildError(f"{wheel.name}: {'; '.join(problems[:5])}")
    _run(
        [sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)],
        "twine check --strict",
        root,
    )
    return BuildResult(sdist=sdist, wheel=wheel, files=len(from_sdist))


def main(argv: Sequence[str] | None = None) -> int:
    parser = ArgumentParser(
        prog="python -m dastra_codegen.build", description=(__doc__ or "").partition("\n")[0]
    )
    parser.add_argument(
        "--dist", type=Path, default=paths.ROOT / "dist", help="output folder (emptied first)"
    )
    args = parser.parse_args(argv)
    try:
        result = build(paths.ROOT, args.dist)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(result.render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
