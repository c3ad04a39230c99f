"""Optional nested values are parsed on first access, and the models behave as if built eagerly."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs
import pytest

from dastra_client.models import DataBreachDto, DataBreachDtoPagedList, UserLightDto
from dastra_client.types import UNSET
from dastra_codegen.runtime._lazy import LazyModel

BREACH: dict[str, Any] = {
    "label": "Phishing",
    "startDate": "2023-10-17T08:30:00Z",
    "operator": {"id": 7, "displayName": "Ada"},
    "endDate": "2023-10-18T08:30:00Z",
    "tags": [{"id": 1, "label": "mail", "type": "DataBreach"}],
}

calls: list[str] = []


def _load_size(model: Toy, source: Mapping[str, Any]) -> Any:
    calls.append("size")
    model.size = value = int(source["size"]) * 2
    return value


@attrs.define
class Toy(LazyModel):
    _LAZY_FIELDS: ClassVar[Mapping[str, Any]] = {"size": _load_size}

    name: str
    size: int = 0


def test_a_lazy_field_is_loaded_once_on_first_read() -> None:
    calls.clear()
    toy = Toy.__new__(Toy)
    object.__setattr__(toy, "_source", {"size": "21"})
    toy.name = "t"
    assert calls == []
    assert toy.size == 42
    assert toy.size == 42
    assert calls == ["size"]


def test_unknown_attributes_still_raise_attribute_error() -> None:
    toy = Toy(name="t")
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = toy.nope  # type: ignore[attr-defined]
    blank = Toy.__new__(Toy)  # no source: a lazy field is simply missing
    with pytest.raises(AttributeError, match="'size'"):
        _ = blank.size


def test_generated_models_parse_nested_values_on_access() -> None:
    breach = DataBreachDto.from_dict(BREACH)
    operator = breach.operator
    assert isinstance(operator, UserLightDto)
    assert breach.operator is operator  # parsed once, then an ordinary slot
    assert breach.location is UNSET
    assert breach.end_date is not UNSET


def test_lazy_and_eager_objects_are_indistinguishable() -> None:
    lazy = DataBreachDto.from_dict(BREACH)
    eager = DataBreachDto.from_dict(BREACH)
    for field in attrs.fields(DataBreachDto):
        getattr(eager, field.name)
    assert lazy == eager
    assert repr(DataBreachDto.from_dict(BREACH)) == repr(eager)
    assert DataBreachDto.from_dict(BREACH).to_dict() == eager.to_dict()
    assert attrs.asdict(DataBreachDto.from_dict(BREACH)) == attrs.asdict(eager)
    assert pickle.loads(pickle.dumps(DataBreachDto.from_dict(BREACH))) == eager
    assert copy.deepcopy(DataBreachDto.from_dict(BREACH)) == eager
    assert attrs.evolve(DataBreachDto.from_dict(BREACH), label="x").operator == eager.operator


def test_pages_parse_their_items_when_read() -> None:
    page = DataBreachDtoPagedList.from_dict({"items": [BREACH] * 3, "total": 3})
    assert page.total == 3
    assert isinstance(page.items, list)
    assert [item.label for item in page.items] == ["Phishing"] * 3
