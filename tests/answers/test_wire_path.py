"""The fast path from JSON bytes to models (``_wire.py``) gives exactly the models ``from_dict`` gives.

Documents that fit go through msgspec's wire structs; anything else (a misfit, an unknown key, a missing
required key, a date string that is no date) goes, whole or object by object, to ``from_dict``.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import threading
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest

import dastra_client.models
from benchmarks.payloads import PayloadBuilder, load_spec
from dastra_client import _decode, _wire
from dastra_client._errors import APIResponseValidationError, FieldValidationError
from dastra_client._lazy import eager_parsing, fits
from dastra_client.models import AttachmentDto, DataBreachDto, DataProcessingDto, DataProcessingDtoPagedList
from dastra_client.types import UNSET

pytest.importorskip("msgspec", reason="the fast path needs msgspec (the speed extra)")

_SPEC = load_spec()
_BUILDER = PayloadBuilder(_SPEC)
_MODELS = sorted(
    name
    for name in _SPEC["components"]["schemas"]
    if hasattr(getattr(dastra_client.models, name, None), "__attrs_attrs__")
)


def _same(parsed: Any, expected: Any) -> None:
    assert type(parsed) is type(expected)
    assert parsed == expected
    assert repr(parsed) == repr(expected)
    assert parsed.to_dict() == expected.to_dict()
    assert pickle.loads(pickle.dumps(parsed)) == expected
    assert copy.deepcopy(parsed) == expected


@pytest.mark.parametrize("eager", [False, True], ids=["lazy", "eager"])
def test_every_model_takes_the_fast_path_and_gives_the_model_from_dict_gives(eager: bool) -> None:
    fast = []
    for name in _MODELS:
        cls = getattr(dastra_client.models, name)
        document = _BUILDER.instance(name)
        raw = json.dumps(document).encode()
        with eager_parsing(eager):
            expected = cls.from_dict(document)
            parsed = _wire.parse_fitting(cls, raw)
            if parsed is not None:
                fast.append(name)
            else:
                parsed = cls.from_json(raw)
        _same(parsed, expected)
        assert fits(parsed)
    assert len(fast) == len(_MODELS)  # every model of the snapshot has a wire struct, and fits its payload


@pytest.mark.parametrize("name", ["ActorDto", "DataSubjectRequestDto", "DataProcessingDto"])
def test_a_page_read_lazily_field_by_field_equals_the_dict_path(name: str) -> None:
    cls = getattr(dastra_client.models, f"{name}PagedList")
    raw = _BUILDER.page_bytes(name, items=20)
    expected = cls.from_dict(json.loads(raw))
    parsed = cls.from_json(raw)
    assert type(parsed._source).__name__ == f"{name}PagedListWire"  # built from its wire struct
    for item, other in zip(parsed.items, expected.items, strict=True):
        for field in type(item)._LAZY_FIELDS:
            assert getattr(item, field) == getattr(other, field)  # each loaded on first access
    _same(parsed, expected)


def test_pickle_and_copies_of_a_model_with_unread_lazy_fields() -> None:
    raw = _BUILDER.page_bytes("DataProcessingDto", items=2)
    items = DataProcessingDtoPagedList.from_json(raw).items
    assert isinstance(items, list)
    item = items[0]
    assert "creator_user" in DataProcessingDto._LAZY_FIELDS
    restored = pickle.loads(pickle.dumps(item))  # the wire struct itself is never pickled
    assert not hasattr(restored, "_source")
    assert restored == item
    assert copy.deepcopy(item) == item
    assert copy.copy(item) == item


def test_dotnet_seven_digit_fractions_truncate_as_fromisoformat_does() -> None:
    """msgspec would round ``.1234567`` to 123457 µs; the models keep ``fromisoformat``'s 123456 (regression)."""
    document = _attachment(
        dateCreation="2024-05-06T07:08:09.1234567+02:00", dateUpdate="2024-05-06T07:08:09.9999999Z"
    )
    raw = json.dumps(document)
    assert _wire.parse_fitting(AttachmentDto, raw) is not None
    parsed = AttachmentDto.from_json(raw)
    _same(parsed, AttachmentDto.from_dict(document))
    assert parsed.date_creation == datetime.datetime.fromisoformat("2024-05-06T07:08:09.1234567+02:00")
    assert isinstance(parsed.date_creation, datetime.datetime)
    assert parsed.date_creation.microsecond == 123456
    assert parsed.date_update == datetime.datetime(2024, 5, 6, 7, 8, 9, 999999, tzinfo=datetime.UTC)


def _breach(**changes: Any) -> dict[str, Any]:
    document = _BUILDER.instance("DataBreachDto")
    document.update(changes)
    return document


def _attachment(**changes: Any) -> dict[str, Any]:
    return {**_BUILDER.instance("AttachmentDto"), **changes}


@pytest.mark.parametrize("eager", [False, True], ids=["lazy", "eager"])
@pytest.mark.parametrize("where", ["top level", "in a nested list"])
def test_a_date_that_does_not_parse_sends_its_object_to_from_dict(eager: bool, where: str) -> None:
    if where == "top level":
        document = _breach(startDate="soon")
    else:
        document = _breach(attachments=[_attachment(), _attachment(dateCreation="yesterday")])
    raw = json.dumps(document).encode()
    assert _wire.parse_fitting(DataBreachDto, raw) is not None  # every JSON type fits: the fast path
    with eager_parsing(eager):
        parsed = DataBreachDto.from_json(raw)
        expected = DataBreachDto.from_dict(document)
    _same(parsed, expected)
    if where == "top level":
        with pytest.raises(FieldValidationError) as caught:
            parsed.start_date  # noqa: B018 - the read is the test
        assert (caught.value.model, caught.value.path) == ("DataBreachDto", "startDate")
        assert parsed.to_dict()["startDate"] == "soon"  # given back as received
    else:
        attachments = parsed.attachments
        assert isinstance(attachments, list)
        assert fits(attachments[0])
        with pytest.raises(FieldValidationError) as caught:
            attachments[1].date_creation  # noqa: B018
        assert (caught.value.model, caught.value.path) == ("AttachmentDto", "dateCreation")
        assert attachments[1].to_dict()["dateCreation"] == "yesterday"


def test_a_model_nested_in_itself_is_parsed_from_plain_json_inside_the_fast_path() -> None:
    document = _BUILDER.instance("DataProcessingDto")
    document["mergedFrom"] = {**_BUILDER.instance("DataProcessingDto"), "label": "older", "mergedFrom": None}
    raw = json.dumps(document).encode()
    assert _wire.parse_fitting(DataProcessingDto, raw) is not None
    for eager in (False, True):
        with eager_parsing(eager):
            parsed = DataProcessingDto.from_json(raw)
            expected = DataProcessingDto.from_dict(document)
        _same(parsed, expected)
        merged = parsed.merged_from
        assert isinstance(merged, DataProcessingDto)
        assert merged.label == "older"


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"label": 12}, "a number for a string"),
        ({"startDate": None}, "null in a required field"),
        ({"score": True}, "a bool for an int"),
        ({"tags": {"id": 1}}, "an object for a list"),
        ({"operator": [1]}, "a list for an object"),
        ({"somethingNew": 1}, "a key a newer spec added"),
        ({"id": "{3fa85f64-5717-4562-b3fc-2c963f66afa6}"}, "a UUID form msgspec does not read"),
    ],
)
def test_a_document_that_does_not_fit_goes_to_from_dict(change: dict[str, Any], why: str) -> None:
    document = _breach(**change)
    raw = json.dumps(document).encode()
    assert _wire.parse_fitting(DataBreachDto, raw) is None, why
    _same(DataBreachDto.from_json(raw), DataBreachDto.from_dict(document))


def test_a_missing_required_key_goes_to_from_dict() -> None:
    document = _breach()
    del document["startDate"]
    raw = json.dumps(document).encode()
    assert _wire.parse_fitting(DataBreachDto, raw) is None
    parsed = DataBreachDto.from_json(raw)
    _same(parsed, DataBreachDto.from_dict(document))
    assert not fits(parsed)


@pytest.mark.parametrize("body", [b"[1, 2]", b'"label"', b"3", b"null"])
def test_a_body_that_is_not_an_object_raises_what_from_dict_raises(body: bytes) -> None:
    with pytest.raises(FieldValidationError) as caught:
        DataBreachDto.from_json(body)
    assert caught.value.path == "$"


def test_invalid_json_raises_value_error() -> None:
    with pytest.raises(ValueError):
        DataBreachDto.from_json(b'{"label": ')


@pytest.fixture
def no_msgspec(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The client as installed without the speed extra: no wire structs, from_json is from_dict(loads())."""
    saved = dict(_wire._PLANS)
    _wire._PLANS.clear()
    monkeypatch.setattr(_wire, "msgspec", None)
    yield
    _wire._PLANS.clear()
    _wire._PLANS.update(saved)


def test_without_msgspec_from_json_is_from_dict(no_msgspec: None) -> None:
    document = _breach()
    assert _wire.wire_type(DataBreachDto) is None
    assert _wire.parse_fitting(DataBreachDto, json.dumps(document)) is None
    _same(DataBreachDto.from_json(json.dumps(document)), DataBreachDto.from_dict(document))


def test_threads_racing_to_the_first_parse_build_one_plan() -> None:
    saved = dict(_wire._PLANS)
    _wire._PLANS.clear()
    try:
        raw = _BUILDER.page_bytes("DataProcessingDto", items=3)
        results: list[Any] = []
        barrier = threading.Barrier(8)

        def parse() -> None:
            barrier.wait()
            results.append(DataProcessingDtoPagedList.from_json(raw))

        threads = [threading.Thread(target=parse) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        struct = _wire.wire_type(DataProcessingDtoPagedList)
        assert struct is not None
        assert len(results) == 8
        assert all(type(result._source) is struct for result in results)
        assert all(result == results[0] for result in results)
    finally:
        _wire._PLANS.clear()
        _wire._PLANS.update(saved)


def _response(body: bytes, content_type: str | None = "application/json") -> httpx2.Response:
    headers = {"content-type": content_type} if content_type else {}
    return httpx2.Response(
        200, content=body, headers=headers, request=httpx2.Request("GET", "https://x/v1/b")
    )


def test_decode_model_refuses_what_decode_json_refuses() -> None:
    for body, content_type, reason in [
        (b"", "application/json", "empty body"),
        (b"<html>down</html>", "text/html", "text/html body"),
        (b'{"label": ', "application/json", "not valid JSON"),
    ]:
        with pytest.raises(APIResponseValidationError, match=reason):
            _decode.decode_model(_response(body, content_type), DataBreachDto)


def test_decode_model_gives_the_model_either_way() -> None:
    document = _breach()
    fitting = _decode.decode_model(_response(json.dumps(document).encode()), DataBreachDto)
    unknown = _decode.decode_model(
        _response(json.dumps({**document, "new": 1}).encode(), None), DataBreachDto
    )
    _same(fitting, DataBreachDto.from_dict(document))
    _same(unknown, DataBreachDto.from_dict({**document, "new": 1}))
    assert unknown.additional_properties == {"new": 1}
    assert fitting.additional_properties == {}
    assert DataBreachDto.from_json(json.dumps({"label": "x"})).id is UNSET
