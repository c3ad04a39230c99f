"""Generated operations on loopback: one JSON content type, the right one; array bodies; tolerant reads."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from uuid import UUID

import httpx2
import pytest

from dastra_client import Client
from dastra_client.api.actors import actors_create, actors_delete_batch, actors_patch
from dastra_client.api.data_breachs import data_breachs_find
from dastra_client.models import ActorDto, DataBreachDto, Operation
from dastra_sandbox.serving import LoopbackServer

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
Seen = list[tuple[str, str, str, Any]]


@pytest.fixture
def recorded() -> Iterator[tuple[Client, Seen]]:
    seen: Seen = []

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = json.loads(environ["wsgi.input"].read(length)) if length else None
        seen.append((environ["REQUEST_METHOD"], environ["PATH_INFO"], environ.get("CONTENT_TYPE", ""), body))
        answer = json.dumps({"id": 5, "displayName": "Vendor"}).encode()
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(answer)))])
        return [answer]

    with LoopbackServer(app) as server, httpx2.Client(base_url=server.url) as http:
        client = Client(base_url=server.url)
        client.set_httpx_client(http)
        yield client, seen


def test_array_body_is_sent_as_json(recorded: tuple[Client, Seen]) -> None:
    client, seen = recorded
    answer = actors_delete_batch.sync_detailed("ws1", client=client, body=[1, 2, 3])
    assert answer.status_code == 200
    assert seen == [("DELETE", "/v1/ws/ws1/Actors", "application/json", [1, 2, 3])]


def test_json_patch_body_uses_the_json_patch_content_type(recorded: tuple[Client, Seen]) -> None:
    client, seen = recorded
    operations = [Operation(op="replace", path="/displayName", value="New name")]
    actors_patch.sync_detailed("ws1", 5, client=client, body=operations)
    method, path, content_type, body = seen[0]
    assert (method, path, content_type) == ("PATCH", "/v1/ws/ws1/Actors/5", "application/json-patch+json")
    assert body[0]["op"] == "replace"
    assert body[0]["path"] == "/displayName"
    assert body[0]["value"] == "New name"


def test_object_body_round_trip(recorded: tuple[Client, Seen]) -> None:
    client, seen = recorded
    created = actors_create.sync("ws1", client=client, body=ActorDto(display_name="Vendor"))
    assert isinstance(created, ActorDto)
    assert created.id == 5
    assert seen[0][2] == "application/json"
    assert seen[0][3]["displayName"] == "Vendor"


def test_a_generated_operation_reads_nulls_unknown_enum_values_and_fields() -> None:
    breach_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    breach: dict[str, Any] = {
        "id": breach_id,
        "label": "Lost USB key",
        "startDate": "2023-10-17T08:30:00Z",
        "state": "SomeFutureState",
        "score": None,
        "operator": None,
        "notifications": None,
        "shinyNewField": [1, 2],
    }
    body = json.dumps(breach).encode()

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]

    with LoopbackServer(app) as server, httpx2.Client(base_url=server.url) as http:
        client = Client(base_url=server.url).set_httpx_client(http)
        parsed = data_breachs_find.sync("ws1", UUID(breach_id), client=client)
    assert isinstance(parsed, DataBreachDto)
    assert parsed.state == "SomeFutureState"
    assert parsed.score is None
    assert parsed.operator is None
    assert parsed.notifications is None
    assert parsed.additional_properties == {"shinyNewField": [1, 2]}
