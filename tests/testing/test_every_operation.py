"""The fake cannot drift from the spec: every operation of the generated client, called on the fake in-process,
answers 2xx with a body that validates against the operation's response schema and parses into the type the
generated function promises (the contract test's checks, with the fake in Prism's place)."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import pytest

from dastra.connect import create_async_client, create_client
from dastra.testing import FakeDastra
from dastra.testing._validate import schema_errors
from dastra_client.models import Operation as PatchOperation
from tests.contract.operations import Operation, OperationMatcher, call_arguments, generated_operation_modules
from tests.contract.spec_schemas import SpecSchemas, spec_operations
from tests.contract.test_every_operation import problems_with

#: Run last, so that what they remove is not what another operation reads.
DESTRUCTIVE = ("Delete", "DeleteBatch")
ASYNC_SAMPLE_EVERY = 12


@pytest.fixture(scope="module")
def operations(pinned_document: dict[str, Any]) -> list[Operation]:
    matcher = OperationMatcher(spec_operations(pinned_document))
    found = [matcher.match(name, module) for name, module in sorted(generated_operation_modules().items())]
    return sorted(found, key=lambda op: op.spec["operationId"].partition("_")[2] in DESTRUCTIVE)


@pytest.fixture(scope="module")
def schemas(pinned_document: dict[str, Any]) -> SpecSchemas:
    return SpecSchemas(pinned_document)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def arguments_for(operation: Operation, schemas: SpecSchemas, fake: FakeDastra) -> dict[str, Any]:
    """The contract test's arguments, with the fake's workspace and an id of an item that exists."""
    arguments = call_arguments(operation, schemas)
    if "workspace_id" in arguments:
        arguments["workspace_id"] = type(arguments["workspace_id"])(fake.workspace_id)
    resource = fake.catalog.by_operation.get(operation.spec["operationId"])
    if (
        "id" in arguments
        and resource is not None
        and operation.spec["operationId"].endswith(("_Find", "_Update", "_Patch", "_Delete"))
    ):
        existing = fake.items(resource.tag)[0]["id"]
        arguments["id"] = uuid.UUID(existing) if isinstance(arguments["id"], uuid.UUID) else existing
    if resource is not None and operation.spec["operationId"].endswith("_Patch"):  # the example has no path
        item = fake.items(resource.tag)[0]
        name = next(key for key, value in item.items() if isinstance(value, str) and key != "id")
        arguments["body"] = [PatchOperation(op="replace", path=f"/{name}", value=item[name])]
    return arguments


def drift(operation: Operation, fake: FakeDastra, response: Any) -> list[str]:
    """What is wrong with one answer: the contract checks, then the body against the response schema."""
    found = problems_with(operation, response)
    spec_operation = fake.spec.operation(operation.spec["operationId"])
    if not found and spec_operation.answers_json:
        pointer = f"/paths/{_escape(operation.path)}/{operation.method}/responses/200/content/application~1json/schema"
        found += schema_errors(fake.spec, pointer, json.loads(response.content))[:3]
    return found


def _settings(fake: FakeDastra) -> Any:
    return fake.settings(max_retries=0, rate_limit_per_minute=100_000, rate_limit_per_10_minutes=1_000_000)


def test_every_operation_answers_its_schema_and_parses(
    operations: list[Operation], schemas: SpecSchemas, pinned_document: dict[str, Any]
) -> None:
    fake = FakeDastra(seed=0, rate_limits=())
    results: dict[str, list[str]] = {}
    with create_client(_settings(fake), transport=fake.transport()) as client:
        for operation in operations:
            try:
                response = operation.sync_detailed(client=client, **arguments_for(operation, schemas, fake))
            except Exception as error:  # reported with the others
                results[operation.name] = [f"raised {type(error).__name__}: {error}"]
                continue
            results[operation.name] = drift(operation, fake, response)
    failed = {name: problems for name, problems in results.items() if problems}
    assert len(results) == len(spec_operations(pinned_document)) == 324
    assert not failed, "\n".join(
        f"{name}: {'; '.join(problems)}" for name, problems in sorted(failed.items())
    )


def test_a_sample_of_operations_async(operations: list[Operation], schemas: SpecSchemas) -> None:
    fake = FakeDastra(seed=0, rate_limits=())
    sample = operations[::ASYNC_SAMPLE_EVERY]

    async def run_all() -> dict[str, list[str]]:
        results: dict[str, list[str]] = {}
        async with create_async_client(_settings(fake), transport=fake.transport()) as client:
            for operation in sample:
                arguments = arguments_for(operation, schemas, fake)
                results[operation.name] = drift(
                    operation, fake, await operation.asyncio_detailed(client=client, **arguments)
                )
        return results

    results = asyncio.run(run_all())
    assert len(results) == len(sample) and not any(results.values()), results
