"""The fake Dastra (``dastra.testing``) and Prism answer the same requests with the same status codes.

Every operation of the generated client is called with the same arguments (those of the fake's drift test:
the contract test's, with ids that exist in the fake) on both: each must answer the same 2xx. A request
without credentials is a 401 on both. Where they differ on purpose, it is not compared: an invalid request
is a 400 ValidationProblemDetails from the fake (as ASP.NET answers) and a 422 from Prism; an unknown id
is a 404 from the fake, while Prism answers any id; a path in another case (``/v1/workspaces``, as
Dastra's docs write it) is routed by the fake, as ASP.NET routes it, and a 404 from Prism.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx2

from dastra.connect import create_client
from dastra.testing import FakeDastra
from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.mock_api import MockAPI
from tests.contract.clients import sync_client_for
from tests.contract.operations import Operation
from tests.contract.spec_schemas import SpecSchemas
from tests.testing.test_every_operation import DESTRUCTIVE, arguments_for

THREADS = 8


def _status(operation: Operation, client: Any, arguments: dict[str, Any]) -> int | str:
    try:
        return int(operation.sync_detailed(client=client, **arguments).status_code)
    except Exception as error:  # a typed error for a non-2xx: its status, else what was raised
        status = getattr(error, "status_code", None)
        return int(status) if status is not None else f"raised {type(error).__name__}"


def test_the_fake_and_prism_answer_every_operation_with_the_same_status(
    mock_api: MockAPI,
    authorization_server: AuthorizationServer,
    generated_operations: list[Operation],
    spec_schemas: SpecSchemas,
) -> None:
    fake = FakeDastra(seed=0, rate_limits=())
    ordered = sorted(
        generated_operations, key=lambda op: op.spec["operationId"].partition("_")[2] in DESTRUCTIVE
    )
    calls = [(operation, arguments_for(operation, spec_schemas, fake)) for operation in ordered]
    settings = fake.settings(
        max_retries=0, rate_limit_per_minute=100_000, rate_limit_per_10_minutes=1_000_000
    )
    with create_client(settings, transport=fake.transport()) as client:
        fake_statuses = [_status(operation, client, arguments) for operation, arguments in calls]
    with sync_client_for(mock_api, authorization_server) as client, ThreadPoolExecutor(THREADS) as pool:
        prism_statuses = list(pool.map(lambda call: _status(call[0], client, call[1]), calls))
    differing = [
        f"{operation.name}: fake {ours}, Prism {theirs}"
        for (operation, _), ours, theirs in zip(calls, fake_statuses, prism_statuses, strict=True)
        if ours != theirs
    ]
    assert len(calls) == 324
    assert not differing, "\n".join(differing)
    assert set(fake_statuses) == {200}


def test_a_request_without_credentials_is_a_401_on_both(mock_api: MockAPI) -> None:
    fake = FakeDastra(seed=0)
    paths = ["/v1/WorkSpaces", f"/v1/ws/{fake.workspace_id}/DataBreachs", "/v1/TenantUsers"]
    with (
        httpx2.Client(base_url=fake.api_url, transport=fake.transport()) as ours,
        httpx2.Client(base_url=mock_api.url, timeout=30) as theirs,
    ):
        assert [ours.get(path).status_code for path in paths] == [401, 401, 401]
        assert [theirs.get(path).status_code for path in paths] == [401, 401, 401]
