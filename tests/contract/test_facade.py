"""Contract test of the client objects: every resource method of ``Dastra``, and a sample of ``AsyncDastra``'s,
called against Prism validating the pinned snapshot.

A call passes when Prism finds nothing wrong with the request (no ``sl-violations`` header; a 422 would
raise ``UnprocessableEntityError``) and the method returns what its type says: the model (never ``None``),
what the API answered for an operation without declared content, the first page of a list.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx2

from dastra import AsyncDastra, Dastra
from dastra.filters import F
from dastra.settings import DastraSettings
from dastra_client._paging import AsyncPager, SyncPager
from dastra_client._response import BinaryAnswer
from dastra_client.resources import OPERATIONS
from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.mock_api import MockAPI
from tests.contract.clients import contract_settings
from tests.contract.operations import Operation, call_arguments
from tests.contract.spec_schemas import SpecSchemas, spec_operations
from tests.contract.test_every_operation import THREADS, conforms, report

ASYNC_SAMPLE_EVERY = 5
ALWAYS_ASYNC = {
    "data_subject_requests.data_subject_requests_list",
    "data_subject_messages.data_subject_messages_create",
}


class Violations:
    """Records Prism's ``sl-violations`` header of every answer (a response hook on the session)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.found: list[str] = []

    def sync_hook(self, response: httpx2.Response) -> None:
        violations = response.headers.get("sl-violations")
        if violations:
            with self._lock:
                self.found.append(f"{response.request.method} {response.request.url.path}: {violations}")

    async def async_hook(self, response: httpx2.Response) -> None:
        self.sync_hook(response)


def method_of(client: Dastra | AsyncDastra, operation: Operation) -> Callable[..., Any]:
    attribute, name = OPERATIONS[operation.name]
    method: Callable[..., Any] = getattr(getattr(client, attribute), name)
    return method


def facade_arguments(operation: Operation, schemas: SpecSchemas) -> dict[str, Any]:
    """The generated function's arguments, as keywords of the resource method; lists get a ``filters`` rule."""
    arguments = call_arguments(operation, schemas)
    if "filters" in inspect.signature(operation.sync_detailed).parameters:
        arguments["filters"] = (F("label") == "a") & (F("dateCreation") >= datetime.date(2024, 1, 1))
    return arguments


def answers_undeclared(operation: Operation) -> bool:
    """The spec declares no content: the method returns what the API answered."""
    return "decode_answer" in vars(operation.module)


def problems_of(operation: Operation, result: Any, first_page: Any = None) -> list[str]:
    expected = operation.return_type()
    if isinstance(result, SyncPager | AsyncPager):
        if not isinstance(first_page, expected):
            return [f"first page is {type(first_page).__name__}, expected {expected}"]
        return []
    if answers_undeclared(operation):
        if not (result is None or isinstance(result, dict | list | str | int | float | bool | BinaryAnswer)):
            return [f"answered {type(result).__name__}, not JSON, None or a BinaryAnswer"]
        return []
    if result is None or not conforms(result, expected):
        return [f"returned {type(result).__name__}, expected {expected}"]
    return []


def call_sync(operation: Operation, dastra: Dastra, schemas: SpecSchemas) -> list[str]:
    try:
        result = method_of(dastra, operation)(**facade_arguments(operation, schemas))
        first_page = next(iter(result.pages()), None) if isinstance(result, SyncPager) else None
    except Exception as error:  # a crash is a failed contract, reported with the others
        return [f"raised {type(error).__name__}: {error}"]
    return problems_of(operation, result, first_page)


async def call_async(
    operation: Operation, dastra: AsyncDastra, schemas: SpecSchemas, gate: asyncio.Semaphore
) -> list[str]:
    async with gate:
        try:
            result = method_of(dastra, operation)(**facade_arguments(operation, schemas))
            if not isinstance(result, AsyncPager):
                return problems_of(operation, await result)
            first_page = None
            async for page in result.pages():
                first_page = page
                break
        except Exception as error:
            return [f"raised {type(error).__name__}: {error}"]
    return problems_of(operation, result, first_page)


def test_every_operation_is_a_method_of_both_clients(
    generated_operations: list[Operation], pinned_document: dict[str, Any]
) -> None:
    """324 of 324: each functional module has its method on ``Dastra`` and on ``AsyncDastra``, named after
    its operationId's action (``DataBreachs_BatchPatch`` -> ``data_breachs.batch_patch``)."""
    assert len(OPERATIONS) == len(generated_operations) == len(spec_operations(pinned_document))
    settings = DastraSettings(api_key="unused", api_url="http://127.0.0.1:9")
    dastra, async_dastra = Dastra(settings), AsyncDastra(settings)  # no request is sent
    found = 0
    for operation in generated_operations:
        attribute, name = OPERATIONS[operation.name]
        assert attribute == operation.name.split(".")[0]
        action = operation.spec["operationId"].split("_", 1)[1]
        assert (
            name.rstrip("_")
            == re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", action).lower()
        )
        sync_method = method_of(dastra, operation)
        async_method = method_of(async_dastra, operation)
        assert inspect.iscoroutinefunction(async_method) or "Pager" in str(
            inspect.signature(async_method).return_annotation
        )
        assert not inspect.iscoroutinefunction(sync_method)
        found += 1
    assert found == 324


def test_every_method_sync(
    mock_api: MockAPI,
    authorization_server: AuthorizationServer,
    generated_operations: list[Operation],
    spec_schemas: SpecSchemas,
    contract_summary: list[str],
) -> None:
    violations = Violations()
    tokens_before = authorization_server.token_requests["client_credentials"]
    with (
        Dastra(contract_settings(mock_api, authorization_server), mode="client_credentials") as dastra,
        ThreadPoolExecutor(max_workers=THREADS) as pool,
    ):
        dastra.client.session.event_hooks["response"].append(violations.sync_hook)
        outcomes = pool.map(
            lambda operation: call_sync(operation, dastra, spec_schemas), generated_operations
        )
        results = {
            operation.name: problems
            for operation, problems in zip(generated_operations, outcomes, strict=True)
        }
    summary = report("facade sync", results, len(generated_operations))
    print(summary)
    contract_summary.append(summary.splitlines()[0])
    assert not violations.found, violations.found[:10]
    assert all(not problems for problems in results.values()), summary
    assert authorization_server.token_requests["client_credentials"] > tokens_before  # authenticated for real


def test_a_sample_of_methods_async(
    mock_api: MockAPI,
    authorization_server: AuthorizationServer,
    generated_operations: list[Operation],
    spec_schemas: SpecSchemas,
    contract_summary: list[str],
) -> None:
    sample = [
        operation
        for index, operation in enumerate(generated_operations)
        if index % ASYNC_SAMPLE_EVERY == 0 or operation.name in ALWAYS_ASYNC
    ]
    assert len(sample) >= len(generated_operations) // ASYNC_SAMPLE_EVERY
    violations = Violations()

    async def run_all() -> list[list[str]]:
        gate = asyncio.Semaphore(THREADS)
        settings = contract_settings(mock_api, authorization_server)
        async with AsyncDastra(settings, mode="client_credentials") as dastra:
            dastra.client.session.event_hooks["response"].append(violations.async_hook)
            return await asyncio.gather(*(call_async(op, dastra, spec_schemas, gate) for op in sample))

    outcomes = asyncio.run(run_all())
    results = {operation.name: problems for operation, problems in zip(sample, outcomes, strict=True)}
    summary = report("facade async sample", results, len(sample))
    print(summary)
    contract_summary.append(summary.splitlines()[0])
    assert not violations.found, violations.found[:10]
    assert all(not problems for problems in results.values()), summary
