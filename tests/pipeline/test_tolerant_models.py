"""The generated models read what the live API really sends: nulls, new enum values, new fields."""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

import attrs

from dastra_client.models import (
    ActorDto,
    DataBreachDto,
    DataBreachDtoPagedList,
    DataBreachState,
    TaskDto,
    UserLightDto,
    WorkSpaceDto,
    WorkSpaceDtoPagedList,
    WorkSpaceState,
)
from dastra_client.types import UNSET

BREACH: dict[str, Any] = {
    "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "label": "Stolen laptop",
    "startDate": "2023-10-17T08:30:00.1234567Z",
    "constatationDate": "2023-10-18T09:00:00+02:00",
    "state": "Open",
    "reason": "SomethingDastraAddedLater",
    "score": None,
    "access": None,
    "dataVolume": 1200,
    "operator": {"id": 7, "displayName": "Ada DPO", "brandNewUserField": True},
    "workFlowStep": None,
    "processors": [
        {"id": 1, "displayName": "Processor Inc", "actorType": "NotAKnownActorType", "vendorType": None}
    ],
    "tags": None,
    "brandNewField": {"nested": [1, 2, 3]},
}


def test_data_breach_with_nulls_unknown_enum_and_unknown_fields() -> None:
    breach = DataBreachDto.from_dict(BREACH)

    assert breach.id == UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert breach.start_date == datetime.datetime(2023, 10, 17, 8, 30, 0, 123456, tzinfo=datetime.UTC)
    assert breach.constatation_date == datetime.datetime(
        2023, 10, 18, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
    )
    assert breach.state is DataBreachState.OPEN
    assert breach.reason == "SomethingDastraAddedLater"  # unknown enum value: kept raw
    assert breach.score is None
    assert breach.access is None
    assert breach.work_flow_step is None
    assert breach.tags is None
    assert breach.location is UNSET  # absent stays distinguishable from null
    assert breach.data_volume == 1200
    assert isinstance(breach.operator, UserLightDto)
    assert breach.operator.additional_properties == {"brandNewUserField": True}
    assert isinstance(breach.processors, list)
    assert isinstance(breach.processors[0], ActorDto)
    assert breach.processors[0].actor_type == "NotAKnownActorType"
    assert breach.processors[0].vendor_type is None
    assert breach.additional_properties == {"brandNewField": {"nested": [1, 2, 3]}}
    assert breach["brandNewField"] == {"nested": [1, 2, 3]}


def test_unknown_values_survive_a_round_trip() -> None:
    out = DataBreachDto.from_dict(BREACH).to_dict()
    assert out["reason"] == "SomethingDastraAddedLater"
    assert out["state"] == "Open"
    assert out["brandNewField"] == {"nested": [1, 2, 3]}
    assert out["operator"]["brandNewUserField"] is True
    assert out["score"] is None
    assert "location" not in out


def test_from_dict_builds_the_same_object_as_the_constructor() -> None:
    payload = {"id": 3, "label": "Paris", "state": "Active", "nbEntities": None, "logoUrl": None, "x-new": 1}
    expected = WorkSpaceDto(label="Paris", id=3, state=WorkSpaceState.ACTIVE, nb_entities=None, logo_url=None)
    expected.additional_properties["x-new"] = 1
    parsed = WorkSpaceDto.from_dict(payload)
    assert parsed == expected
    assert repr(parsed) == repr(expected)
    assert WorkSpaceDto.from_dict(parsed.to_dict()) == parsed


def test_every_optional_field_may_be_null() -> None:
    schema_names = [
        "project", "iteration", "workFlowStep", "order", "owner", "area", "remainingDays", "closingTime",
        "children", "archived", "priority", "state", "deadline", "attachments", "tags", "dateCreation",
        "additionalDatas",
    ]  # fmt: skip
    task = TaskDto.from_dict({"label": "Review the DPA", **dict.fromkeys(schema_names)})
    assert task.label == "Review the DPA"
    values = [getattr(task, field.name) for field in attrs.fields(TaskDto) if field.name != "label"]
    assert values.count(None) == len(schema_names)
    assert task.additional_properties == {}


def test_paged_lists_parse_items_and_totals() -> None:
    page = DataBreachDtoPagedList.from_dict({"items": [BREACH, BREACH], "total": 2, "size": 500, "page": 1})
    assert isinstance(page.items, list)
    assert [type(item) for item in page.items] == [DataBreachDto, DataBreachDto]
    assert page.total == 2
    workspaces = WorkSpaceDtoPagedList.from_dict(
        {"items": [{"id": 1, "label": "HQ", "state": None}], "total": 3}
    )
    assert isinstance(workspaces.items, list)
    assert workspaces.items[0].label == "HQ"
    assert workspaces.total == 3
    assert workspaces.page is UNSET
