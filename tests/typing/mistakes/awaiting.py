"""A missing ``await`` on the async client, an ``await`` on the sync one, the two kinds mixed up."""

from __future__ import annotations

import uuid

from dastra import AsyncDastra, Dastra
from dastra_client.models import DataBreachDto


async def missing_await(dastra: AsyncDastra, breach_id: uuid.UUID) -> None:
    # expect: mypy[unused-coroutine] pyright[reportUnusedCoroutine]
    dastra.data_breachs.find(breach_id)
    # expect: mypy[assignment] pyright[reportAssignmentType]
    breach: DataBreachDto = dastra.data_breachs.find(breach_id)
    # expect: mypy[attr-defined] pyright[reportAttributeAccessIssue] pyright-strict[reportUnknownMemberType,reportUnknownArgumentType]
    print(breach, dastra.data_breachs.find(breach_id).label)
    # expect: mypy[attr-defined] pyright[reportGeneralTypeIssues] pyright-strict[reportUnknownVariableType]
    for _item in dastra.data_breachs.list():
        pass


async def awaiting_a_sync_call(dastra: Dastra, breach_id: uuid.UUID) -> None:
    # expect: mypy[misc] pyright[reportGeneralTypeIssues]
    await dastra.data_breachs.find(breach_id)
    # expect: mypy[attr-defined] pyright[reportGeneralTypeIssues] pyright-strict[reportUnknownVariableType]
    async for _item in dastra.data_breachs.list():
        pass
    # expect: mypy[attr-defined] pyright[reportGeneralTypeIssues]
    async with dastra:
        pass


def sync_use_of_the_async_client(dastra: AsyncDastra) -> None:
    # expect: mypy[attr-defined] pyright[reportGeneralTypeIssues]
    with dastra:
        pass
