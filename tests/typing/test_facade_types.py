"""What mypy --strict proves about the client objects (checked by ``nox -s typecheck``; never run).

Each ``assert_type`` must hold exactly, and each ``# type: ignore[code]`` line must be an error of that
code: strict mode's ``warn_unused_ignores`` fails the run if one of them type-checks. Together they show
that returns are never optional, that lists yield their item type, that raw access keeps the parsed
type, and that sync and async clients cannot be mixed up.

The one runtime test below only makes sure the checked functions stay importable.
"""

from __future__ import annotations

import uuid
from collections.abc import Coroutine
from typing import Any, assert_type

from dastra import AsyncDastra, Dastra
from dastra.connect import AsyncSessionClient, SyncSessionClient, create_async_client, create_client
from dastra.filters import F
from dastra_client import Client
from dastra_client._paging import AsyncPager, PageLike, SyncPager
from dastra_client._response import Answer, APIResponse, BinaryAnswer
from dastra_client.api.data_breachs import data_breachs_find
from dastra_client.api.data_subject_messages import data_subject_messages_create
from dastra_client.models import (
    DataBreachDto,
    DataSubjectAttachmentDto,
    DataSubjectAttachmentsUploadAttachmentBody,
    DataSubjectMessageCreationDto,
    DataSubjectRequestDto,
    DataTableColumn,
    WorkSpaceDto,
)
from dastra_client.types import File


def returns_are_not_optional(dastra: Dastra, breach_id: uuid.UUID) -> None:
    breach = dastra.data_breachs.find(breach_id)
    assert_type(breach, DataBreachDto)
    breach.label.upper()  # no `assert breach is not None` needed
    assert_type(dastra.data_breachs.columns(), list[DataTableColumn])
    assert_type(dastra.risk_types.get_suggested_name(), str)
    assert_type(dastra.tasks.count(), int)


def models_parse_json_into_their_own_type(raw: bytes, text: str) -> None:
    assert_type(DataBreachDto.from_json(raw), DataBreachDto)
    assert_type(WorkSpaceDto.from_json(text), WorkSpaceDto)
    DataBreachDto.from_json({"label": "x"})  # type: ignore[arg-type]


def undeclared_answers_say_what_they_may_be(dastra: Dastra) -> None:
    answer = dastra.data_subject_messages.create(body=DataSubjectMessageCreationDto(message="hi"))
    assert_type(answer, Answer)
    answer["id"]  # type: ignore[index, call-overload]
    if isinstance(answer, dict):
        assert_type(answer, dict[str, Any])
    elif isinstance(answer, BinaryAnswer):
        assert_type(answer.content, bytes)
        assert_type(answer.file_name, str | None)


def lists_yield_their_items(dastra: Dastra) -> None:
    breaches = dastra.data_breachs.list(filters=F("state") == "New", size=100)
    assert_type(breaches, SyncPager[DataBreachDto])
    for breach in breaches:
        assert_type(breach, DataBreachDto)
    for page in breaches.pages():
        assert_type(page, PageLike[DataBreachDto])
    assert_type(breaches.total, int | None)
    for workspace in dastra.work_spaces.list():
        assert_type(workspace, WorkSpaceDto)
    for request in dastra.data_subject_requests.list(filters='{"rules":[]}'):
        assert_type(request, DataSubjectRequestDto)
    for item in dastra.get_list("/v1/ws/{workspace_id}/AiSystems"):
        assert_type(item, dict[str, Any])


async def async_lists_yield_their_items(dastra: AsyncDastra) -> None:
    breaches = dastra.data_breachs.list()
    assert_type(breaches, AsyncPager[DataBreachDto])
    async for breach in breaches:
        assert_type(breach, DataBreachDto)
    assert_type(await breaches.total(), int | None)
    for _ in breaches:  # type: ignore[attr-defined]
        pass


async def async_returns_are_not_optional(dastra: AsyncDastra, breach_id: uuid.UUID) -> None:
    # A coroutine (mypy names it Coroutine, pyright CoroutineType: assert what both accept).
    pending: Coroutine[Any, Any, DataBreachDto] = dastra.data_breachs.find(breach_id)
    assert_type(await pending, DataBreachDto)
    upload = DataSubjectAttachmentsUploadAttachmentBody(file=File(payload=open(__file__, "rb")))  # noqa: SIM115
    assert_type(
        await dastra.data_subject_attachments.upload_attachment(1, body=upload), DataSubjectAttachmentDto
    )


def raw_access_keeps_the_parsed_type(dastra: Dastra, breach_id: uuid.UUID) -> None:
    raw = dastra.with_raw_response.data_breachs.find(breach_id, timeout=5)
    assert_type(raw, APIResponse[DataBreachDto])
    assert_type(raw.parsed, DataBreachDto)
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    first = dastra.with_raw_response.data_breachs.list()
    assert_type(first, APIResponse[SyncPager[DataBreachDto]])
    assert_type(dastra.with_raw_response.get("/v1/ws/1/AiSystems"), APIResponse[Answer])


async def async_raw_access(dastra: AsyncDastra, breach_id: uuid.UUID) -> None:
    assert_type(await dastra.with_raw_response.data_breachs.find(breach_id), APIResponse[DataBreachDto])
    first = await dastra.with_raw_response.data_breachs.list(size=10)
    assert_type(first, APIResponse[AsyncPager[DataBreachDto]])


def options_are_checked(dastra: Dastra, breach_id: uuid.UUID) -> None:
    dastra.data_breachs.find(breach_id, timeout=2.5, max_retries=0, extra_headers={"X-Trace": "1"})
    dastra.data_breachs.find(breach_id, extra_query={"select": "id"}, workspace_id="42")
    dastra.data_breachs.find(breach_id, retries=3)  # type: ignore[call-arg]
    dastra.data_breachs.find(breach_id, timeout="soon")  # type: ignore[arg-type]
    dastra.data_breachs.find(str(breach_id))  # type: ignore[arg-type]
    assert_type(dastra.with_options(timeout=60, max_retries=5), Dastra)
    assert_type(dastra.workspace("42"), Dastra)
    dastra.with_options(retries=5)  # type: ignore[call-arg]


def sync_and_async_do_not_mix(dastra: Dastra, async_dastra: AsyncDastra) -> None:
    dastra.aclose()  # type: ignore[attr-defined]
    async_dastra.close()  # type: ignore[attr-defined]
    with async_dastra:  # type: ignore[attr-defined]
        pass
    for _ in async_dastra.data_breachs.list():  # type: ignore[attr-defined]
        pass
    breach: DataBreachDto = async_dastra.data_breachs.find(uuid.uuid4())  # type: ignore[assignment]
    del breach


async def sync_client_is_not_awaitable(dastra: Dastra, async_dastra: AsyncDastra) -> None:
    async with dastra:  # type: ignore[attr-defined]
        pass
    await dastra.data_breachs.find(uuid.uuid4())  # type: ignore[misc]
    async for _ in dastra.data_breachs.list():  # type: ignore[attr-defined]
        pass
    async with async_dastra:
        pass


def the_functional_layer_is_honest_too(client: SyncSessionClient, breach_id: uuid.UUID) -> None:
    assert_type(data_breachs_find.sync("42", breach_id, client=client), DataBreachDto)
    assert_type(data_subject_messages_create.sync("42", client=client), Answer)
    assert_type(data_breachs_find.sync_detailed("42", breach_id, client=client).parsed, DataBreachDto | None)


async def the_async_functional_layer_is_honest_too(client: AsyncSessionClient, breach_id: uuid.UUID) -> None:
    assert_type(await data_breachs_find.asyncio("42", breach_id, client=client), DataBreachDto)


def factories_return_their_own_kind() -> None:
    sync_client = create_client()
    async_client = create_async_client()
    assert_type(sync_client, SyncSessionClient)
    assert_type(async_client, AsyncSessionClient)
    generated: Client = sync_client  # still the generated Client for every generated function
    del generated
    assert_type(sync_client.with_headers({"X-Trace": "1"}), SyncSessionClient)


def test_this_module_imports() -> None:
    assert callable(returns_are_not_optional)
