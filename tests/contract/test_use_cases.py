"""The three use cases of Dastra's documentation, each in at most five lines of ``Dastra`` code, against the
sandbox (its OAuth2 server and Prism validating every request).

The snippets are the bodies of the ``*_use_case`` functions, as the README shows them. For the message use
case, the mock serves a copy of the snapshot whose ``DataSubjectMessages_Create`` declares what the live
API answers (the created message as JSON): the snapshot declares no content there, which is exactly why the
method returns what the API answered, and Prism can only answer what a document declares.
"""

from __future__ import annotations

import datetime
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx2
import pytest

from dastra import Dastra
from dastra.filters import F
from dastra_client.models import (
    DataSubjectAttachmentDto,
    DataSubjectAttachmentsUploadAttachmentBody,
    DataSubjectMessageCreationDto,
    DataSubjectRequestDto,
)
from dastra_client.types import File
from dastra_codegen import paths
from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.mock_api import MockAPI, prism_unavailable_reason
from tests.contract.clients import contract_settings


def upload_attachment_use_case(dastra: Dastra, request_id: int, path: Path) -> DataSubjectAttachmentDto:
    with path.open("rb") as scan:
        document = File(payload=scan, file_name=path.name, mime_type="application/pdf")
        body = DataSubjectAttachmentsUploadAttachmentBody(file=document)
        return dastra.data_subject_attachments.upload_attachment(request_id, body=body)


def post_message_use_case(dastra: Dastra, request_id: int) -> str:
    text = DataSubjectMessageCreationDto(
        message="We received your request.", data_subject_request_id=request_id
    )
    message = dastra.data_subject_messages.create(body=text)
    assert isinstance(message, dict)  # the spec declares no content: the API answers the message as JSON
    return str(message["id"])


def new_requests_use_case(dastra: Dastra, since: datetime.datetime) -> list[DataSubjectRequestDto]:
    new = (F("state") == "Open") & (F("dateCreation") >= since)
    return list(dastra.data_subject_requests.list(filters=new, size=100))


class Recorder:
    """Every API request the client sends (not the token requests), and Prism's ``sl-violations``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: list[httpx2.Request] = []
        self.violations: list[str] = []

    def request(self, request: httpx2.Request) -> None:
        if request.url.path.startswith("/v1/"):
            request.read()  # a multipart body streams; read, it is sent from memory
            with self.lock:
                self.requests.append(request)

    def response(self, response: httpx2.Response) -> None:
        if "sl-violations" in response.headers:
            with self.lock:
                self.violations.append(response.headers["sl-violations"])


@pytest.fixture(scope="module")
def message_answering_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockAPI]:
    reason = prism_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    document: dict[str, Any] = json.loads((paths.OPENAPI_DIR / "dastra-api.json").read_bytes())
    create = document["paths"]["/v1/ws/{workspaceId}/DataSubjectMessages"]["post"]
    create["responses"]["200"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/DataSubjectMessageDto"}}
    }
    folder = tmp_path_factory.mktemp("use-cases")
    spec = folder / "dastra-api.live-answers.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    with MockAPI(spec, seed="use-cases", log_path=folder / "prism.log") as mock:
        yield mock


@pytest.fixture
def recorded(
    message_answering_mock: MockAPI, authorization_server: AuthorizationServer
) -> Iterator[tuple[Dastra, Recorder]]:
    recorder = Recorder()
    settings = contract_settings(message_answering_mock, authorization_server).replace(workspace_id="7")
    with Dastra(settings) as dastra:
        hooks = dastra.client.session.event_hooks
        hooks["request"].append(recorder.request)
        hooks["response"].append(recorder.response)
        yield dastra, recorder
    assert recorder.violations == []


def test_upload_an_attachment_to_a_data_subject_request(
    recorded: tuple[Dastra, Recorder], tmp_path: Path
) -> None:
    dastra, recorder = recorded
    scan = tmp_path / "id-card.pdf"
    scan.write_bytes(b"%PDF-1.7 scanned identity card")
    attachment = upload_attachment_use_case(dastra, 31, scan)
    assert isinstance(attachment, DataSubjectAttachmentDto)
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("POST", "/v1/ws/7/DataSubjectAttachments/31")
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert (
        b"%PDF-1.7 scanned identity card" in request.content and b'filename="id-card.pdf"' in request.content
    )


def test_post_a_message_on_a_data_subject_request_and_read_back_its_id(
    recorded: tuple[Dastra, Recorder],
) -> None:
    dastra, recorder = recorded
    message_id = post_message_use_case(dastra, 31)
    assert message_id
    (request,) = recorder.requests
    assert json.loads(request.content) == {"message": "We received your request.", "dataSubjectRequestId": 31}


def test_fetch_the_new_requests_with_a_filters_rule(recorded: tuple[Dastra, Recorder]) -> None:
    dastra, recorder = recorded
    since = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    requests = new_requests_use_case(dastra, since)
    assert all(isinstance(request, DataSubjectRequestDto) for request in requests)
    first = recorder.requests[0]
    query = parse_qs(first.url.query.decode())
    assert json.loads(query["filters"][0]) == {
        "separator": "And",
        "rules": [
            {"field": "state", "operator": "equal", "value": "Open"},
            {
                "field": "dateCreation",
                "operator": "greaterThanInclusive",
                "value": "2024-05-01T00:00:00+00:00",
            },
        ],
    }
    assert query["page"] == ["1"] and query["size"] == ["100"]
