"""Developer tasks. Each session is one line of work; the logic lives in dastra_codegen/ and tests/."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "typecheck", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")


def _group(*names: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, *names))


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
def spec_diff(session: nox.Session) -> None:
    """Report the API changes between two spec files: nox -s spec_diff -- OLD NEW."""
    session.install(*_group("codegen"))
    session.run("python", "-m", "dastra_codegen", "diff", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    session.install("-e", ".", *_group("typecheck"))
    session.run("mypy", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".", *_group("test"))
    session.run("pytest", *session.posargs)
