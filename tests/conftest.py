"""Fixtures shared by every test folder: where the repository's and the reference's specs are."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_codegen.pin import read_received

REFERENCE_DIR = paths.ROOT.parent / "shared" / "reference"
REFERENCE_2023 = REFERENCE_DIR / "dastra-api-2023-10.facts.json"
REFERENCE_2021 = REFERENCE_DIR / "dastra-api-2021-04.reconstructed.json"


def reference_file(path: Path) -> Path:
    """``path`` if the reference specs are beside the project, else skip the test (fresh clones)."""
    if not path.exists():
        pytest.skip(f"{path.name} absent: ../shared/reference is not beside this clone")
    return path


@pytest.fixture(scope="session")
def received_bytes() -> bytes:
    """The pinned snapshot's bytes exactly as received (held by the repository itself)."""
    return read_received(paths.OPENAPI_DIR)


@pytest.fixture(scope="session")
def received_document(received_bytes: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(received_bytes)
    return document


@pytest.fixture(scope="session")
def pinned_document() -> dict[str, Any]:
    """The pinned normalized snapshot, which generated/ is built from."""
    document: dict[str, Any] = json.loads((paths.OPENAPI_DIR / "dastra-api.json").read_bytes())
    return document


# --- running on every core (nox -s tests: pytest -n auto --dist loadgroup) ------------------------------

#: Session fixtures that cost seconds (a site build, Prism, a wheel and its virtualenv): the tests that use
#: one run on one worker, so that it is built once, not once per worker.
EXPENSIVE_SESSION_FIXTURES = {
    "site": "docs-site",
    "served_site": "docs-site",
    "browser": "docs-site",
    "mock_api": "prism",
    "built": "wheel",
    "fresh_venv": "wheel",
    # tests/typing/test_checkers.py: each checker runs once per environment and worker (~6 s a pyright).
    "report": "typing-checkers",
}


#: The modules whose tests take the longest in all (seconds each: full generations with their gate, the
#: benchmarks' smoke runs, type checkers, real servers), longest first, as measured by `--durations`. They
#: run first, so that both workers finish together instead of one of them ending the run on a 20 s test.
LONGEST_FIRST = (
    "tests/regen/test_corpus.py",
    "tests/contract/test_response_parsing.py",
    "tests/typing/test_checkers.py",
    "tests/pipeline/test_generate.py",
    "tests/bench/test_bench_smoke.py",
    "tests/pipeline/test_regenerate.py",
    "tests/redis/test_processes.py",
    "tests/contract/test_every_operation.py",
    "tests/docs/test_browser.py",
    "tests/layout/test_layout.py",
    "tests/pipeline/test_update_spec.py",
    "tests/distribution/test_wheel.py",
    "tests/docs/test_links.py",
)


def _run_order(item: pytest.Item) -> int:
    module = item.nodeid.split("::", 1)[0]
    return LONGEST_FIRST.index(module) if module in LONGEST_FIRST else len(LONGEST_FIRST)


# tryfirst: pytest-xdist reads the xdist_group marks in its own pytest_collection_modifyitems (it appends
# the group to each node id), which ran before this one: the marks added here were never seen, and the
# tests of one expensive fixture ran on both workers, each building it (the docs site twice, for one).
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the longest modules first (:data:`LONGEST_FIRST`; the others keep their order). Group on one
    worker the tests that share an expensive session fixture, and the tests of a module with module- or
    class-scoped fixtures (built once per worker that runs them)."""
    items.sort(key=_run_order)  # stable: the order inside each module is kept
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        groups = sorted(
            {
                EXPENSIVE_SESSION_FIXTURES[name]
                for name in info.names_closure
                if name in EXPENSIVE_SESSION_FIXTURES
            }
        )
        if not groups:
            scoped = any(
                definition.scope in ("module", "class", "package")
                for definitions in info.name2fixturedefs.values()
                for definition in definitions
            )
            groups = [item.nodeid.split("::", 1)[0]] if scoped else []
        if groups:
            item.add_marker(pytest.mark.xdist_group("+".join(groups)))


_STARTED = pytest.StashKey[float]()


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_STARTED] = time.perf_counter()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """The wall time a contributor waits for the suite, and on how many workers it ran."""
    if hasattr(config, "workerinput") or _STARTED not in config.stash:  # a worker: the controller says it
        return
    workers = getattr(config.option, "numprocesses", None)
    where = f"{workers} workers (pytest-xdist)" if isinstance(workers, int) and workers > 0 else "one process"
    elapsed = time.perf_counter() - config.stash[_STARTED]
    terminalreporter.write_line(f"test session: {elapsed:.0f} s wall on {where}")
