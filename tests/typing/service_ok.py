"""A service written from the README and the guides: mypy --strict, pyright basic and pyright strict report
no error on it, with and without the ``redis`` extra installed (``tests/typing/test_checkers.py``).

Never run, only type-checked: each function is what a service would write, with ``assert_type`` where the
checkers must agree on a type. Nothing here may need a ``# type: ignore`` or a ``cast``.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime
from typing import Any, assert_type

from dastra import AsyncDastra, Dastra, DastraSettings, F
from dastra.connect import create_async_client, create_client, start_authorization
from dastra.errors import (
    APIStatusError,
    ConfigError,
    DastraError,
    NotFoundError,
    RateLimitError,
    WebhookError,
    WebhookSignatureError,
)
from dastra.filters import all_of, any_of
from dastra.paging import apaginate, paginate
from dastra.settings import SettingsOverrides
from dastra.testing import FakeDastra
from dastra.types import (
    UNSET,
    Answer,
    APIResponse,
    AsyncPager,
    BinaryAnswer,
    PageLike,
    RequestOptions,
    SyncPager,
)
from dastra.webhooks import Webhooks, parse_webhook, verify_signature
from dastra_auth.token_store import FileTokenStore, MemoryTokenStore
from dastra_client.api.data_breachs import data_breachs_list
from dastra_client.api.work_spaces import work_spaces_list
from dastra_client.models import (
    DataBreachDto,
    DataSubjectAttachmentsUploadAttachmentBody,
    DataSubjectMessageCreationDto,
    DataSubjectRequestDto,
    WebhookPayload,
    WorkSpaceDto,
)
from dastra_client.types import File, Unset

# ---- building clients ---------------------------------------------------------------------------


def clients_from_settings() -> None:
    with Dastra() as dastra:  # DASTRA_* from the environment
        assert_type(dastra.settings, DastraSettings)
    with Dastra(
        client_id="id", client_secret="secret", workspace_id="42", timeout=30, max_retries=5
    ) as dastra:
        assert_type(dastra.workspace("7"), Dastra)
    settings = DastraSettings.from_env(redirect_uri="https://app.example.com/callback")
    with Dastra(settings, mode="api_key", api_key="key", user_agent="my-service/1.2") as dastra:
        print(dastra)
    store = FileTokenStore("~/.dastra/token.json")
    pending = start_authorization(settings)
    with Dastra(settings, mode="authorization_code", token_store=store) as dastra:
        dastra.complete_authorization("https://app.example.com/callback?code=c&state=s", pending)
    overrides: SettingsOverrides = {"api_url": "https://api.dastra.eu", "token_leeway": 30.0}
    with Dastra(**overrides) as dastra:
        print(dastra.settings.api_url)
    with Dastra(DastraSettings(api_key="key").replace(max_retries=0), token_store=MemoryTokenStore()):
        pass


# ---- sync calls ---------------------------------------------------------------------------------


def sync_calls(dastra: Dastra, breach_id: uuid.UUID) -> None:
    breach = dastra.data_breachs.find(breach_id, workspace_id="7")  # an explicit workspace wins
    assert_type(breach, DataBreachDto)
    print(breach.label.upper(), breach.start_date.isoformat())
    if not isinstance(breach.description_html, Unset) and breach.description_html is not None:
        print(breach.description_html.strip())
    created = dastra.data_breachs.create(
        body=DataBreachDto(label="Stolen laptop", start_date=datetime(2025, 1, 6), state="Open")
    )
    assert_type(created, DataBreachDto)
    message = dastra.data_subject_messages.create(body=DataSubjectMessageCreationDto(message="Received."))
    assert_type(message, Answer)
    message_id = message["id"] if isinstance(message, dict) else None
    print(message_id)
    if isinstance(message, BinaryAnswer):
        print(message.file_name, len(message.content))
    with open("id.pdf", "rb") as scan:
        upload = DataSubjectAttachmentsUploadAttachmentBody(file=File(payload=scan, file_name="id.pdf"))
        attachment = dastra.data_subject_attachments.upload_attachment(1, body=upload)
        print(attachment.id)
    print(dastra.tasks.count(), dastra.risk_types.get_suggested_name().lower())


def workspaces(dastra: Dastra) -> None:
    ws = dastra.workspace("42")
    for request in ws.data_subject_requests.list():
        assert_type(request, DataSubjectRequestDto)
        print(request.id, request.state)
    for workspace in dastra.work_spaces.list():
        assert_type(workspace, WorkSpaceDto)


# ---- paging -------------------------------------------------------------------------------------


def paging(dastra: Dastra) -> None:
    breaches = dastra.data_breachs.list(size=100)
    assert_type(breaches, SyncPager[DataBreachDto])
    print(breaches.total)
    for page in breaches.pages():
        assert_type(page, PageLike[DataBreachDto])
        for item in page.items or []:
            assert_type(item, DataBreachDto)
            print(item.label)
        total = page.total
        if isinstance(total, int):
            print(total + 1)
    labels = [breach.label for breach in dastra.data_breachs.list()]
    print(sorted(labels))


def open_breaches(dastra: Dastra) -> list[str]:
    return [breach.label for breach in dastra.data_breachs.list(filters=F("state") == "Open")]


def pager_helper(dastra: Dastra) -> SyncPager[DataBreachDto]:
    return dastra.workspace("42").data_breachs.list()


def functional_layer() -> None:
    with create_client() as client:
        page = work_spaces_list.sync(client=client, page=1, size=100)
        for workspace in page.items or []:
            assert_type(workspace, WorkSpaceDto)
        for breach in paginate(data_breachs_list.sync, client=client, workspace_id="42", max_items=1_000):
            assert_type(breach, DataBreachDto)
            print(breach.label, breach.state)


# ---- filters and options ------------------------------------------------------------------------


def filters_and_options(dastra: Dastra) -> None:
    recent = (F("state") == "Open") & (F("dateCreation") >= datetime(2024, 1, 1))
    requests = dastra.data_subject_requests.list(filters=recent | F("tags").is_in([1, 2]), size=100)
    print(requests.total, [request.id for request in requests])
    rule = all_of(F("label").contains("phishing"), any_of(F("a") != 1, F("b").is_null()))
    print(rule.to_rule())
    for breach in dastra.data_breachs.list(filters='{"rules":[]}'):
        print(breach.label)
    patient = dastra.with_options(timeout=60, max_retries=5, headers={"X-Trace": "export-42"})
    assert_type(patient, Dastra)
    for breach in patient.data_breachs.list(size=10, timeout=10, extra_headers={"X-Step": "1"}):
        print(breach.label)
    options: RequestOptions = {"timeout": 2.5, "eager": True}
    dastra.data_breachs.find(uuid.uuid4(), **options)
    dastra.data_breachs.find(uuid.uuid4(), extra_query={"select": "id"}, max_retries=0)
    print(UNSET)


# ---- raw responses and the escape hatch ---------------------------------------------------------


def raw_responses(dastra: Dastra, breach_id: uuid.UUID) -> None:
    raw = dastra.with_raw_response.work_spaces.list(size=5)
    assert_type(raw, APIResponse[SyncPager[WorkSpaceDto]])
    print(raw.status_code, raw.request_id, raw.headers.get("content-type"))
    found = dastra.with_raw_response.data_breachs.find(breach_id)
    assert_type(found.parsed, DataBreachDto)
    breaches = f"/v1/ws/{dastra.workspace_id}/DataBreachs"
    answer = dastra.get(breaches, params={"size": 5})
    assert_type(answer, Answer)
    for item in dastra.get_list(breaches, size=50):
        assert_type(item, dict[str, Any])
        print(item["label"])


# ---- errors -------------------------------------------------------------------------------------


def errors(dastra: Dastra, breach_id: uuid.UUID) -> DataBreachDto | None:
    try:
        return dastra.data_breachs.find(breach_id)
    except NotFoundError as error:
        print(error.status_code, error.request_id)
        return None
    except RateLimitError as error:
        print("come back in", error.response.headers.get("Retry-After"), "s")
        raise
    except APIStatusError as error:
        print(error.status_code)
        raise
    except (ConfigError, DastraError):
        raise


# ---- webhooks -----------------------------------------------------------------------------------


def webhooks(raw_body: bytes, headers: Mapping[str, str], dastra: Dastra) -> WebhookPayload | None:
    receiver = Webhooks("signature-key")
    try:
        event = receiver.parse(raw_body, headers)
    except WebhookSignatureError as error:
        print(error.reason)
        return None
    except WebhookError:
        return None
    print(event.webhook_id, event.event_type)
    verify_signature(raw_body, headers.get("Dastra-Signature"), "signature-key")
    assert_type(parse_webhook(raw_body, headers, "signature-key"), WebhookPayload)
    return dastra.webhooks.parse(raw_body, headers)


# ---- async --------------------------------------------------------------------------------------


async def async_service(breach_id: uuid.UUID) -> None:
    async with AsyncDastra(client_id="id", client_secret="secret") as dastra:
        async for request in dastra.workspace("42").data_subject_requests.list():
            print(request.id, request.state)
        pager = dastra.work_spaces.list(size=10)
        assert_type(pager, AsyncPager[WorkSpaceDto])
        print(await pager.total())
        async for page in dastra.data_breachs.list().pages():
            for item in page.items or []:
                assert_type(item, DataBreachDto)
        breach = await dastra.data_breachs.find(breach_id, timeout=5)
        assert_type(breach, DataBreachDto)
        raw = await dastra.with_raw_response.data_breachs.find(breach_id)
        assert_type(raw, APIResponse[DataBreachDto])
        first = await dastra.with_raw_response.data_breachs.list(size=10)
        assert_type(first, APIResponse[AsyncPager[DataBreachDto]])
        try:
            await dastra.with_options(max_retries=0).data_breachs.find(breach_id)
        except NotFoundError as error:
            print(error.request_id)
        await dastra.aclose()


async def async_functional_layer() -> AsyncIterator[DataBreachDto]:
    async with create_async_client(client_id="...", client_secret="...") as client:
        page = await work_spaces_list.asyncio(client=client)
        print(page.total)
        async for breach in apaginate(data_breachs_list.asyncio, client=client, workspace_id="42"):
            yield breach


def run_async() -> None:
    asyncio.run(async_service(uuid.uuid4()))


# ---- tests of a service, with the fake Dastra ---------------------------------------------------


def test_a_new_breach_is_reported_even_when_dastra_fails_once(
    dastra: Dastra, fake_dastra: FakeDastra
) -> None:
    dastra.data_breachs.create(body=DataBreachDto(label="Stolen laptop", start_date=datetime(2025, 1, 6)))
    fake_dastra.fail_next("DataBreachs_List", status=503, retry_after=0)
    assert "Stolen laptop" in open_breaches(dastra)
    assert [call.status for call in fake_dastra.calls("DataBreachs_List")] == [503, 200]


def test_the_async_client_too(async_dastra: AsyncDastra, fake_dastra: FakeDastra) -> None:
    async def labels() -> list[str]:
        return [breach.label async for breach in async_dastra.data_breachs.list()]

    assert asyncio.run(labels()) == [item["label"] for item in fake_dastra.items("data_breachs")]


def iterate(items: Iterator[DataBreachDto]) -> list[str]:
    return [item.label for item in items]
