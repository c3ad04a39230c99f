"""The one rule for a value that does not fit its type (documented in ``_lazy.py``).

Such a value never lands in its field; the model still parses; reading the field raises
FieldValidationError (model, JSON path, expected type, excerpt); ``to_dict()`` gives it back as received.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import pickle
import threading
from types import MappingProxyType
from typing import Any
from uuid import UUID

import attrs
import httpx2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dastra_client import _lazy
from dastra_client._errors import DastraError, FieldValidationError
from dastra_client._lazy import eager_parsing, parse_uuid
from dastra_client.models import (
    ActorDto,
    ArchivePayload,
    AreasAreasImportBodyHeaders,
    AuditResponsePlanificationDto,
    DataBreachDto,
    DataBreachDtoPagedList,
    DataBreachState,
    DataSubjectPurposeType,
    DataSubjectRequestDto,
    RiskSettingsDto,
    UserLightDto,
    WorkSpaceDto,
)
from dastra_client.models.data_breach_dto import _KNOWN_KEYS
from dastra_client.types import UNSET

GOOD: dict[str, Any] = {
    "label": "Stolen laptop",
    "startDate": "2023-10-17T08:30:00Z",
    "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "score": 3,
    "state": "Open",
    "operator": {"id": 7, "displayName": "Ada"},
    "tags": [{"id": 1, "label": "mail"}],
}


def _error(model: object, field: str) -> FieldValidationError:
    with pytest.raises(FieldValidationError) as caught:
        getattr(model, field)
    return caught.value


@pytest.mark.parametrize(
    ("key", "field", "bad", "expected", "path"),
    [
        ("startDate", "start_date", "not a date", "datetime.datetime", "startDate"),  # garbage, required
        ("startDate", "start_date", None, "datetime.datetime", "startDate"),  # null in a required field
        ("label", "label", 12, "str", "label"),  # number for a string
        ("id", "id", "abc", "UUID | None", "id"),  # not a UUID
        ("score", "score", "many", "int | None", "score"),  # string for an int
        ("score", "score", True, "int | None", "score"),  # bool for an int
        ("score", "score", 1.5, "int | None", "score"),
        ("state", "state", 3, "DataBreachState | str | None", "state"),  # an enum value of another type
        ("operator", "operator", [1, 2], "UserLightDto | None", "operator"),  # list for an object
        ("tags", "tags", {"id": 1}, "list[TagDto] | None", "tags"),  # object for a list
        ("tags", "tags", [{"id": 1}, "x"], "list[TagDto] | None", "tags[1]"),  # one bad item
        ("access", "access", "yes", "bool | None", "access"),
    ],
)
def test_a_value_that_does_not_fit_never_lands_in_its_field(
    key: str, field: str, bad: Any, expected: str, path: str
) -> None:
    breach = DataBreachDto.from_dict({**GOOD, key: bad})
    assert isinstance(breach, DataBreachDto)
    error = _error(breach, field)
    assert isinstance(error, DastraError)
    assert (error.model, error.path, error.expected) == ("DataBreachDto", path, expected)
    assert str(error).startswith(f"DataBreachDto.{path}: expected {expected}, received ")
    assert _error(breach, field).path == path  # every read raises, not just the first
    assert breach.to_dict()[key] == bad  # round-trips exactly as received
    others = [a.name for a in attrs.fields(DataBreachDto) if a.name != field]
    for name in others:  # every other field reads normally
        getattr(breach, name)


def test_a_missing_required_value_is_reported_as_missing_and_stays_absent() -> None:
    payload = {key: value for key, value in GOOD.items() if key != "startDate"}
    breach = DataBreachDto.from_dict(payload)
    error = _error(breach, "start_date")
    assert (error.path, error.received) == ("startDate", "<missing>")
    assert "startDate" not in breach.to_dict()
    assert breach.label == "Stolen laptop"


def test_the_excerpt_of_a_long_value_is_short() -> None:
    breach = DataBreachDto.from_dict({**GOOD, "score": "x" * 5000})
    error = _error(breach, "score")
    assert len(error.received) <= 80
    assert len(str(error)) < 200


def test_tolerance_stays_nulls_unknown_enum_values_and_unknown_fields() -> None:
    breach = DataBreachDto.from_dict({**GOOD, "state": "AddedLater", "score": None, "brandNew": [1]})
    assert breach.state == "AddedLater"
    assert breach.score is None
    assert breach.location is UNSET
    assert breach.additional_properties == {"brandNew": [1]}
    assert DataBreachDto.from_dict(GOOD).state is DataBreachState.OPEN


def test_a_list_item_missing_a_required_field_is_still_its_model() -> None:
    page = DataBreachDtoPagedList.from_dict({"items": [GOOD, {"label": "No start"}], "total": 2})
    assert isinstance(page.items, list)
    assert [type(item) for item in page.items] == [DataBreachDto, DataBreachDto]
    second = page.items[1]
    assert second.label == "No start"
    error = _error(second, "start_date")
    assert (error.model, error.path) == ("DataBreachDto", "startDate")
    assert page.to_dict()["items"][1] == {"label": "No start"}


def test_an_operation_answer_with_a_bad_item_parses_every_item_into_its_model() -> None:
    from dastra_client.api.data_breachs import data_breachs_list
    from dastra_client.client import Client

    body = {"items": [GOOD, {"label": "No start", "score": "many"}], "total": 2, "size": 500, "page": 1}
    response = httpx2.Response(200, json=body, request=httpx2.Request("GET", "https://x/v1/DataBreachs"))
    parsed = data_breachs_list._parse_response(client=Client(base_url="https://x"), response=response)
    assert isinstance(parsed, DataBreachDtoPagedList)
    assert isinstance(parsed.items, list)
    assert all(isinstance(item, DataBreachDto) for item in parsed.items)
    assert parsed.items[1].label == "No start"
    assert _error(parsed.items[1], "score").path == "score"


def test_a_nested_object_missing_its_required_fields_round_trips_through_the_parent() -> None:
    """Issue 11: the parent's ``to_dict()`` must not fail on a nested object lacking its own required values."""
    planned = {"areaId": 1, "label": "Q3", "respondants": [{"id": 5}, {}]}  # stake holders lack theirs
    plan = AuditResponsePlanificationDto.from_dict(planned)
    assert plan.to_dict() == planned
    assert AuditResponsePlanificationDto.from_dict(plan.to_dict()) == plan
    actor = ActorDto.from_dict({"creator": {}, "tags": [{}]})
    assert actor.to_dict() == {"creator": {}, "tags": [{}]}


def test_required_lists_check_every_item() -> None:
    request = DataSubjectRequestDto.from_dict(
        {"areaId": 1, "locale": "fr", "title": "Access", "purposes": ["Access", "NewPurpose"]}
    )
    assert request.purposes == [DataSubjectPurposeType.ACCESS, "NewPurpose"]
    bad = DataSubjectRequestDto.from_dict(
        {"areaId": "1", "locale": "fr", "title": "t", "purposes": ["Access", 7]}
    )
    assert _error(bad, "purposes").path == "purposes[1]"
    assert _error(bad, "area_id").expected == "int"
    plan = AuditResponsePlanificationDto.from_dict({"areaId": 1, "label": "l", "respondants": [{}, 3]})
    assert _error(plan, "respondants").path == "respondants[1]"


def test_nested_lists_name_the_bad_item() -> None:
    settings_dto = RiskSettingsDto.from_dict({"matrixColors": [["#fff", "#000"], ["#abc", 4]]})
    error = _error(settings_dto, "matrix_colors")
    assert (error.path, error.received) == ("matrixColors[1][1]", "4")
    assert RiskSettingsDto.from_dict({"matrixColors": [["#fff"]]}).matrix_colors == [["#fff"]]


def test_typed_additional_properties_follow_the_rule() -> None:
    headers = AreasAreasImportBodyHeaders.from_dict({"a": ["x"], "b": "not a list"})
    error = _error(headers, "additional_properties")
    assert error.model == "AreasAreasImportBodyHeaders"
    assert headers.to_dict() == {"a": ["x"], "b": "not a list"}
    assert AreasAreasImportBodyHeaders.from_dict({"a": ["x"]})["a"] == ["x"]


@pytest.mark.parametrize("body", [[GOOD], "label", 3, None, True, 2.5])
@pytest.mark.parametrize("model", [DataBreachDto, ArchivePayload])  # many properties; a single one
def test_a_body_that_is_not_an_object_is_a_typed_error(model: Any, body: object) -> None:
    with pytest.raises(FieldValidationError) as caught:
        model.from_dict(body)
    assert (caught.value.model, caught.value.path, caught.value.expected) == (model.__name__, "$", "object")


# -- the object model keeps working with invalid fields ------------------------------------------------


def _bad() -> DataBreachDto:
    return DataBreachDto.from_dict({**GOOD, "startDate": "garbage", "tags": "not a list"})


def test_repr_does_not_raise_and_shows_invalid_fields() -> None:
    text = repr(_bad())
    assert "start_date=<invalid: expected datetime.datetime, received 'garbage'>" in text
    assert "tags=<invalid: expected list[TagDto] | None, received 'not a list'>" in text
    assert text.startswith("DataBreachDto(label='Stolen laptop', ")


def test_equality_pickle_and_copies_keep_invalid_fields() -> None:
    bad = _bad()
    assert bad == _bad()
    assert bad != DataBreachDto.from_dict({**GOOD, "startDate": "other garbage", "tags": "not a list"})
    assert bad != DataBreachDto.from_dict(GOOD)
    for clone in (pickle.loads(pickle.dumps(bad)), copy.deepcopy(bad), copy.copy(bad)):
        assert clone == bad
        assert clone.to_dict() == bad.to_dict()
        assert _error(clone, "start_date").received == "'garbage'"
        assert clone.label == "Stolen laptop"
    with pytest.raises(TypeError):
        hash(bad)


def test_asdict_and_evolve_read_every_field_so_they_raise_the_fields_error() -> None:
    bad = _bad()
    with pytest.raises(FieldValidationError):
        attrs.asdict(bad)
    with pytest.raises(FieldValidationError):
        attrs.evolve(bad, label="x")
    fixed = attrs.evolve(bad, start_date=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), tags=None)
    assert fixed.to_dict()["startDate"] == "2024-01-01T00:00:00+00:00"
    assert fixed.label == "Stolen laptop"


def test_a_field_set_after_parsing_is_valid_again() -> None:
    bad = _bad()
    bad.start_date = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    assert bad.to_dict()["startDate"] == "2024-01-01T00:00:00+00:00"
    assert "start_date=datetime.datetime(2024" in repr(bad)


def test_lazy_and_eager_parses_give_equal_models_even_when_invalid() -> None:
    payload = {
        **GOOD,
        "startDate": "2023-10-17T08:30:00+00:00",  # as to_dict writes a valid date back
        "operator": "nobody",
        "tags": [{"id": "x"}],
        "processors": [{"id": 1}, 2],
    }
    lazy = DataBreachDto.from_dict(payload)
    with eager_parsing():
        eager = DataBreachDto.from_dict(payload)
    assert lazy == eager
    assert repr(lazy) == repr(eager)
    assert lazy.to_dict() == eager.to_dict() == payload
    assert _error(lazy, "operator").path == _error(eager, "operator").path == "operator"
    assert _error(lazy, "processors").path == "processors[1]"
    assert isinstance(lazy.tags, list)
    assert _error(lazy.tags[0], "id").model == "TagDto"


# -- eager parsing ---------------------------------------------------------------------------------------


def test_eager_parsing_fills_every_slot_at_once_and_keeps_no_source() -> None:
    with eager_parsing():
        breach = DataBreachDto.from_dict(GOOD)
    for name in ("operator", "tags", "processors"):
        object.__getattribute__(breach, name)  # set: no lazy load left
    with pytest.raises(AttributeError):
        object.__getattribute__(breach, "_source")
    lazy = DataBreachDto.from_dict(GOOD)
    with pytest.raises(AttributeError):
        object.__getattribute__(lazy, "operator")  # parsed on first access
    assert lazy == breach


def test_eager_parsing_is_scoped_to_its_block_thread_and_task() -> None:
    seen: dict[str, bool] = {}

    def in_thread() -> None:
        seen["thread"] = _lazy.EAGER.get()

    async def in_task() -> bool:
        with eager_parsing():
            await asyncio.sleep(0)
            return _lazy.EAGER.get()

    async def both() -> tuple[bool, bool]:
        task = asyncio.create_task(in_task())
        await asyncio.sleep(0)
        outside = _lazy.EAGER.get()
        return await task, outside

    with eager_parsing():
        assert _lazy.EAGER.get() is True
        thread = threading.Thread(target=in_thread)
        thread.start()
        thread.join()
        with eager_parsing(False):
            assert _lazy.EAGER.get() is False
    assert _lazy.EAGER.get() is False
    assert seen == {"thread": False}
    assert asyncio.run(both()) == (True, False)


# -- the fast UUID reader ---------------------------------------------------------------------------------

_UUID_TEXT = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda value: value.hex),
    st.uuids().map(lambda value: "{" + str(value) + "}"),
    st.uuids().map(lambda value: value.urn),
    st.text(alphabet="0123456789abcdefABCDEF-_+ {}xg", max_size=40),
    st.text(max_size=40),
)


@settings(max_examples=300, derandomize=True, database=None)
@given(text=_UUID_TEXT)
def test_parse_uuid_is_uuid(text: str) -> None:
    try:
        expected: UUID | type[Exception] = UUID(text)
    except (ValueError, TypeError, AttributeError) as error:
        expected = type(error)
    try:
        got: UUID | type[Exception] = parse_uuid(text)
    except (ValueError, TypeError, AttributeError) as error:
        got = type(error)
    assert got == expected
    if isinstance(got, UUID):
        assert isinstance(expected, UUID)
        assert (got.int, got.is_safe, str(got), hash(got)) == (
            expected.int,
            expected.is_safe,
            str(expected),
            hash(expected),
        )
        assert pickle.loads(pickle.dumps(got)) == got


def test_models_built_by_their_constructor_behave_as_before() -> None:
    user = UserLightDto(id=7, display_name="Ada")
    assert user.to_dict() == {"id": 7, "displayName": "Ada"}
    assert repr(user) == "UserLightDto(id=7, display_name='Ada')"  # the fields that hold a value
    assert UserLightDto.from_dict(user.to_dict()) == user
    assert pickle.loads(pickle.dumps(user)) == user
    workspace = WorkSpaceDto(label="Paris")
    assert attrs.evolve(workspace, label="Lyon").label == "Lyon"


_EVERY_KEY: dict[str, Any] = {**dict.fromkeys(_KNOWN_KEYS), **GOOD}


@pytest.mark.parametrize(
    "payload",
    [
        {**_EVERY_KEY, "brandNew": 1},
        # as many keys as the model knows, one of them unknown: only counting the absent one tells
        {**{k: v for k, v in _EVERY_KEY.items() if k != "startDate"}, "brandNew": 1},  # a required one
        {**{k: v for k, v in _EVERY_KEY.items() if k != "score"}, "brandNew": 1},  # an optional one
        {**{k: v for k, v in _EVERY_KEY.items() if k != "processors"}, "brandNew": 1},  # a lazy one
        {**{k: v for k, v in _EVERY_KEY.items() if k not in ("label", "tags")}, "brandNew": 1, "x": 2},
        {**GOOD, "brandNew": 1},
        {"brandNew": 1},
    ],
)
def test_unknown_keys_are_found_whatever_known_keys_are_absent(payload: dict[str, Any]) -> None:
    breach = DataBreachDto.from_dict(payload)
    expected = {key for key in payload if key not in _KNOWN_KEYS}
    assert "brandNew" in expected
    assert set(breach.additional_properties) == expected
    assert breach.to_dict()["brandNew"] == 1


@pytest.mark.parametrize("payload", [_EVERY_KEY, GOOD], ids=["every key", "some keys absent"])
def test_any_mapping_parses_like_the_dict_it_copies(payload: dict[str, Any]) -> None:
    # Every known key present is read in one call; fewer keys are read over the defaults: both paths
    # take any Mapping, as from_dict's signature says.
    assert DataBreachDto.from_dict(MappingProxyType(payload)) == DataBreachDto.from_dict(dict(payload))
    assert (
        DataBreachDto.from_dict(MappingProxyType(payload)).to_dict()
        == DataBreachDto.from_dict(payload).to_dict()
    )
