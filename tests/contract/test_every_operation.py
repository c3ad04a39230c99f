"""Contract test: every operation of the generated client, called against Prism validating the pinned snapshot.

A call passes when Prism finds nothing wrong with the request (no 422, no ``sl-violations`` header) and the
2xx answer parses into the type the generated function promises.
"""

from __future__ import annotations

import asyncio
import json
import types
import typing
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx2

from dastra_client import Client
from dastra_client.types import File, Response
from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.mock_api import MockAPI
from tests.contract.clients import async_client_for, sync_client_for
from tests.contract.operations import Operation, call_arguments
from tests.contract.spec_schemas import SpecSchemas, spec_operations

THREADS = 8
ASYNC_SAMPLE_EVERY = 6  # every 6th operation is also called through asyncio_detailed
ALWAYS_ASYNC = {"data_subject_requests.data_subject_requests_list", "work_spaces.work_spaces_list"}


def conforms(value: Any, annotation: Any) -> bool:
    """Whether ``value`` is an instance of the (generic, union) ``annotation``."""
    origin = typing.get_origin(annotation)
    if annotation is Any:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, option) for option in typing.get_args(annotation))
    if origin is list:
        (item_type,) = typing.get_args(annotation)
        return isinstance(value, list) and all(conforms(item, item_type) for item in value)
    if origin is dict:
        return isinstance(value, dict)
    if annotation is None or annotation is type(None):
        return value is None
    return isinstance(annotation, type) and isinstance(value, annotation)


def problems_with(operation: Operation, response: Response[Any]) -> list[str]:
    """What is wrong with one answer of the mock (nothing, for a passing call)."""
    found: list[str] = []
    violations = response.headers.get("sl-violations")
    if violations:
        found.append(f"sl-violations: {violations}")
    if response.status_code == 422:
        found.append(f"422 request rejected: {_violations(response.content)}")
    elif not 200 <= response.status_code < 300:
        found.append(f"status {response.status_code}: {response.content[:300]!r}")
    else:
        expected = operation.return_type()
        if expected is not type(None) and not conforms(response.parsed, expected):
            found.append(f"parsed {type(response.parsed).__name__}, expected {expected}")
        if isinstance(response.parsed, File) and response.parsed.payload.read() != response.content:
            found.append("file answer: payload differs from the body")
    return found


def _violations(content: bytes) -> str:
    """The messages of Prism's problem document (its ``validation`` list), or the raw start of the body."""
    try:
        problem = json.loads(content)
        return "; ".join(str(item["message"]) for item in problem["validation"])
    except (ValueError, KeyError, TypeError):
        return repr(content[:300])


def call_sync(operation: Operation, client: Client, schemas: SpecSchemas) -> list[str]:
    try:
        arguments = call_arguments(operation, schemas)
        response = operation.sync_detailed(client=client, **arguments)
    except Exception as error:  # a crash is a failed contract, reported with the others
        return [f"raised {type(error).__name__}: {error}"]
    return problems_with(operation, response)


async def call_async(
    operation: Operation, client: Client, schemas: SpecSchemas, gate: asyncio.Semaphore
) -> list[str]:
    async with gate:
        try:
            arguments = call_arguments(operation, schemas)
            response = await operation.asyncio_detailed(client=client, **arguments)
        except Exception as error:
            return [f"raised {type(error).__name__}: {error}"]
    return problems_with(operation, response)


def report(label: str, results: dict[str, list[str]], total: int) -> str:
    passed = sum(1 for problems in results.values() if not problems)
    lines = [
        f"{label}: operations exercised {passed} / {total} in the snapshot ({100 * passed / total:.1f} %)"
    ]
    lines += [f"  {name}: {'; '.join(problems)}" for name, problems in sorted(results.items()) if problems]
    return "\n".join(lines)


def test_generated_operations_are_exactly_the_snapshots(
    generated_operations: list[Operation], pinned_document: dict[str, Any]
) -> None:
    in_spec = set(spec_operations(pinned_document))
    generated = [(operation.method, operation.path) for operation in generated_operations]
    assert len(generated) == len(set(generated)), "two generated modules call the same spec operation"
    missing = sorted(in_spec - set(generated))
    assert not missing, f"{len(missing)} spec operations have no generated function: {missing[:10]}"
    assert len(generated) == len(in_spec)


def test_every_operation_sync(
    mock_api: MockAPI,
    authorization_server: AuthorizationServer,
    generated_operations: list[Operation],
    spec_schemas: SpecSchemas,
    pinned_document: dict[str, Any],
    contract_summary: list[str],
) -> None:
    total = len(spec_operations(pinned_document))
    tokens_before = authorization_server.token_requests["client_credentials"]
    with (
        sync_client_for(mock_api, authorization_server) as client,
        ThreadPoolExecutor(max_workers=THREADS) as pool,
    ):
        outcomes = pool.map(
            lambda operation: call_sync(operation, client, spec_schemas), generated_operations
        )
        results = {
            operation.name: problems
            for operation, problems in zip(generated_operations, outcomes, strict=True)
        }
    summary = report("sync", results, total)
    print(summary)
    contract_summary.append(summary.splitlines()[0])
    passed = sum(1 for problems in results.values() if not problems)
    assert passed == total, summary
    # The calls were authenticated for real: the factory's session fetched a token from the sandbox.
    assert authorization_server.token_requests["client_credentials"] > tokens_before


def _async_sample(operations: list[Operation]) -> list[Operation]:
    return [
        operation
        for index, operation in enumerate(operations)
        if index % ASYNC_SAMPLE_EVERY == 0 or operation.name in ALWAYS_ASYNC
    ]


def test_a_sample_of_operations_async(
    mock_api: MockAPI,
    authorization_server: AuthorizationServer,
    generated_operations: list[Operation],
    spec_schemas: SpecSchemas,
    contract_summary: list[str],
) -> None:
    sample = _async_sample(generated_operations)
    assert len(sample) >= len(generated_operations) // ASYNC_SAMPLE_EVERY

    async def run_all() -> list[list[str]]:
        gate = asyncio.Semaphore(THREADS)
        async with async_client_for(mock_api, authorization_server) as client:
            return await asyncio.gather(
                *(call_async(operation, client, spec_schemas, gate) for operation in sample)
            )

    outcomes = asyncio.run(run_all())
    results = {operation.name: problems for operation, problems in zip(sample, outcomes, strict=True)}
    summary = report("async sample", results, len(sample))
    print(summary)
    contract_summary.append(summary.splitlines()[0])
    assert all(not problems for problems in results.values()), summary


def _wrong_body_for(schema: dict[str, Any], schemas: SpecSchemas) -> Any:
    """A JSON value of the wrong type for ``schema`` (an array for an object, an object for an array)."""
    resolved = schemas.resolve(schema)
    return {"unexpected": True} if resolved.get("type") == "array" else ["unexpected"]


def test_the_mock_rejects_a_wrong_body_for_every_operation(
    mock_api: MockAPI, generated_operations: list[Operation], spec_schemas: SpecSchemas
) -> None:
    """Prism validates a body only if it can compile its schema, and says nothing when it cannot: this
    proves that every JSON request body of the snapshot really is checked."""
    checked: list[tuple[str, str]] = []
    not_rejected: list[str] = []
    with httpx2.Client(base_url=mock_api.url, headers={"Authorization": "Bearer canary"}, timeout=30) as http:
        for operation in generated_operations:
            body = operation.spec.get("requestBody")
            if not body:
                continue
            ((content_type, media),) = body["content"].items()
            if "json" not in content_type:
                continue  # forms are checked field by field (the contract test's upload calls)
            arguments = call_arguments(operation, spec_schemas)
            request = operation.module._get_kwargs(**arguments)
            response = http.request(
                request["method"],
                request["url"],
                params=request.get("params"),
                content=json.dumps(_wrong_body_for(media["schema"], spec_schemas)),
                headers={"Content-Type": content_type},
            )
            checked.append((operation.method, operation.path))
            if response.status_code != 422:
                not_rejected.append(f"{operation.name}: {response.status_code}")
    # Every JSON request body the snapshot declares went through the loop (~120 of Dastra's operations;
    # fewer for the slice that regenerate's tests pin).
    json_bodies = [
        key
        for key, spec in spec_operations(spec_schemas.document).items()
        if any("json" in content_type for content_type in spec.get("requestBody", {}).get("content", {}))
    ]
    assert json_bodies and sorted(checked) == sorted(json_bodies)
    assert not not_rejected, f"bodies of the wrong type accepted: {not_rejected}"
