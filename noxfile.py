"""Developer tasks. Each session is one line of work; the logic lives in dastra_codegen/, dastra_sandbox/,
benchmarks/ and tests/."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import nox

# uv makes every virtualenv in seconds (`python3 -m pip install uv`, as .ci/run does); without it, venv + pip.
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "typecheck", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
NODE_LOCK = Path("sandbox/package-lock.json")


def _group(*names: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, *names))


def _install_node_tools(session: nox.Session) -> None:
    """Install the pinned Prism from sandbox/package-lock.json into sandbox/node_modules (gitignored)."""
    if shutil.which("npm") is None:
        session.error("npm is not installed: the sandbox's API mock (Prism) needs Node.js >= 18.20 and npm")
    installed = Path("sandbox/node_modules/.package-lock.json")
    if not installed.exists() or installed.stat().st_mtime < NODE_LOCK.stat().st_mtime:
        session.run("npm", "ci", "--prefix", "sandbox", "--no-audit", "--no-fund", external=True)


@nox.session
def update_spec(session: nox.Session) -> None:
    """Download (or read) Dastra's OpenAPI document, normalize it and pin it in openapi/."""
    session.install(*_group("codegen"))
    session.run("python", "-m", "dastra_codegen", "update-spec", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the pinned normalized snapshot (no network)."""
    session.install(*_group("codegen"))
    session.run("python", "-m", "dastra_codegen", "generate", *session.posargs)


@nox.session
def regenerate(session: nox.Session) -> None:
    """The whole loop in one run: fetch, pin, generate with the gate, type-check, contract test, version.

    `-- --url URL` / `-- --file PATH` (default: Dastra's URL), `-- --check`, `-- --fail-on additive|breaking`,
    `-- --summary PATH`; writes .regenerate/summary.json and .regenerate/pull-request.md (README: "Regenerating").
    """
    session.install("-e", ".", *_group("typecheck"))
    if shutil.which("npm") is not None:
        _install_node_tools(session)
    session.run("python", "-m", "dastra_codegen", "regenerate", *session.posargs)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """Report the API changes between two spec files: nox -s spec_diff -- OLD NEW."""
    session.install(*_group("codegen"))
    session.run("python", "-m", "dastra_codegen", "diff", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """The sdist and the wheel in dist/: the sdist builds the same wheel; twine check --strict passes."""
    session.install(*_group("build"))
    session.run("python", "-m", "dastra_codegen.build", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict and pyright on the repository, pyright --verifytypes of dastra, dastra_auth and
    dastra_client (goal >= 98 %), side by side (tests/typing/static.py; `-- ARGS` go to mypy). The typing
    tests under both checkers, with and without redis, run in `nox -s tests`."""
    session.install("-e", ".", *_group("typecheck"))
    session.run("python", "-m", "tests.typing.static", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite. With npm on the machine, the contract test runs against Prism too."""
    session.install("-e", ".", *_group("test"))
    if shutil.which("npm") is not None:
        _install_node_tools(session)
    # One worker per core; tests sharing an expensive session fixture stay on one worker (loadgroup).
    session.run("pytest", "-n", "auto", "--dist", "loadgroup", *session.posargs)


def _run_until_stopped(session: nox.Session, *args: str) -> None:
    """Run a sandbox process that SIGTERM to nox stops as Ctrl-C does: nox then terminates it and waits
    (up to 15 s) while it stops every server it started."""
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    session.run(*args, *session.posargs, interrupt_timeout=0.3, terminate_timeout=15.0)


@nox.session
def sandbox(session: nox.Session) -> None:
    """Serve the seeded fake Dastra on 127.0.0.1 until Ctrl-C or SIGTERM (`-- --prism`: Prism's validating
    mock and the OAuth2 server); prints the DASTRA_* exports."""
    session.install("-e", ".[testing]", *_group("sandbox"))
    if "--prism" in session.posargs:
        _install_node_tools(session)
    _run_until_stopped(session, "python", "-m", "dastra_sandbox")


@nox.session
def demo(session: nox.Session) -> None:
    """Authenticate, list workspaces and page through data subject requests against the sandbox."""
    session.install("-e", ".[testing]", *_group("sandbox"))
    if "--prism" in session.posargs:
        _install_node_tools(session)
    _run_until_stopped(session, "python", "-m", "dastra_sandbox.demo")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site into site/ (MkDocs, strict: any warning fails the build)."""
    session.install("-e", ".", *_group("docs"))
    session.run("python", "-m", "dastra_docs", "build", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks on loopback, each figure a ratio to a baseline measured in the same run.

    Prints a table and writes .bench/results.json; `-- --quick`, `-- --only parsing`, `-- --output PATH`,
    `-- --strict` (exit 1 when a goal is not met).
    """
    session.install("-e", ".", *_group("bench"))
    session.run("python", "-m", "benchmarks", *session.posargs)
