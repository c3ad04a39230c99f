"""One validating mock of the Dastra API (Prism) for the whole test session, and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.mock_api import MockAPI, prism_unavailable_reason
from tests.contract.operations import Operation, OperationMatcher, generated_operation_modules
from tests.contract.spec_schemas import SpecSchemas, spec_operations

SUMMARY_KEY = pytest.StashKey[list[str]]()


@pytest.fixture(scope="session")
def contract_summary(pytestconfig: pytest.Config) -> list[str]:
    """Lines the contract tests add; printed at the end of the run, passed or failed."""
    return pytestconfig.stash.setdefault(SUMMARY_KEY, [])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    lines = config.stash.get(SUMMARY_KEY, [])
    if lines:
        terminalreporter.section("contract")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def spec_schemas(pinned_document: dict[str, Any]) -> SpecSchemas:
    return SpecSchemas(pinned_document)


@pytest.fixture(scope="session")
def generated_operations(pinned_document: dict[str, Any]) -> list[Operation]:
    """Every generated operation, matched to its spec operation (sorted by name)."""
    matcher = OperationMatcher(spec_operations(pinned_document))
    return [matcher.match(name, module) for name, module in sorted(generated_operation_modules().items())]


@pytest.fixture(scope="session")
def mock_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockAPI]:
    """Prism serving the pinned snapshot on 127.0.0.1; skipped where Node.js or Prism is not installed."""
    reason = prism_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    mock = MockAPI(paths.OPENAPI_DIR / "dastra-api.json", seed="contract-test", log_path=log_path)
    with mock:
        yield mock


@pytest.fixture(scope="session")
def authorization_server() -> Iterator[AuthorizationServer]:
    """The sandbox OAuth2 server the contract clients get their tokens from."""
    with AuthorizationServer(client_id="contract-test") as server:
        yield server
