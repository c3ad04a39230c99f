"""The seeded data: the same seed gives byte-identical answers, and the values look real (names, emails,
addresses, ordered dates, the spec's enum values, references that name items that exist)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from dastra.testing import FakeDastra
from dastra.testing._spec import ref_name
from tests.testing.conftest import raw_client

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def _session(fake: FakeDastra) -> list[bytes]:
    """The bodies of a fixed sequence of calls: lists, a find, a generated answer, a create, a 404."""
    workspace = fake.workspace_id
    with raw_client(fake) as http:
        calls = [
            http.get("/v1/WorkSpaces"),
            http.get(f"/v1/ws/{workspace}/DataBreachs", params={"size": 7, "page": 2}),
            http.get(f"/v1/ws/{workspace}/DataSubjectRequests/stats"),
            http.get(f"/v1/ws/{workspace}/Actors", params={"sortBy": "dateCreation"}),
            http.post(f"/v1/ws/{workspace}/Tags", json={"label": "x", "type": "DataBreach"}),
            http.get(f"/v1/ws/{workspace}/Tags/1"),
        ]
    return [response.content for response in calls]


def test_the_same_seed_gives_byte_identical_answers() -> None:
    first, second = _session(FakeDastra(seed=7)), _session(FakeDastra(seed=7))
    assert first == second
    assert _session(FakeDastra(seed=8))[1] != first[1]


def test_the_data_does_not_depend_on_the_order_it_is_read_in() -> None:
    one, other = FakeDastra(seed=3), FakeDastra(seed=3)
    one.items("Actors")
    breaches = one.items("DataBreachs")
    assert other.items("DataBreachs") == breaches


@pytest.fixture(scope="module")
def every_item(shared_fake: FakeDastra) -> list[tuple[str, dict[str, Any]]]:
    return [
        (tag, item)
        for tag in shared_fake.resources()
        for item in shared_fake.items(
            tag, shared_fake.workspace_id if shared_fake.catalog.resources[tag.lower()].scoped else None
        )
    ]


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _walk(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for inner in value:
            yield from _walk(inner, path)
    else:
        yield path, value


def test_values_look_real(every_item: list[tuple[str, dict[str, Any]]]) -> None:
    emails = [v for _, item in every_item for p, v in _walk(item) if p.lower().endswith("email") and v]
    assert emails and all(EMAIL.match(email) for email in emails)
    labels = [item["label"] for _, item in every_item if "label" in item]
    assert labels and all(isinstance(label, str) and len(label) > 3 for label in labels)
    names = [v for _, item in every_item for p, v in _walk(item) if p.endswith("displayName")]
    assert names and all(" " in name for name in names)  # first and last names
    cities = [v for _, item in every_item for p, v in _walk(item) if p.endswith("city")]
    assert cities and all(city[:1].isupper() for city in cities)
    assert not [p for _, item in every_item for p, v in _walk(item) if v is None], "no null is sent"
    counts = [v for _, item in every_item for p, v in _walk(item) if p.split(".")[-1].startswith("nb")]
    assert counts and all(count >= 0 for count in counts)


def test_dates_of_an_item_are_ordered(every_item: list[tuple[str, dict[str, Any]]]) -> None:
    pairs = [
        (item["dateCreation"], item["dateUpdate"])
        for _, item in every_item
        if {"dateCreation", "dateUpdate"} <= set(item)
    ]
    assert len(pairs) > 20 and all(created <= updated for created, updated in pairs)
    spans = [
        (item["startDate"], item["endDate"])
        for _, item in every_item
        if {"startDate", "endDate"} <= set(item)
    ]
    assert all(start <= end for start, end in spans)


def test_enum_values_come_from_the_spec(shared_fake: FakeDastra) -> None:
    spec = shared_fake.spec
    schema = spec.resolve(spec.schemas["DataBreachDto"])["properties"]["state"]
    allowed = set(spec.resolve(schema["anyOf"][0])["enum"])
    states = {item["state"] for item in shared_fake.items("DataBreachs")}
    assert states <= allowed and len(states) > 1


def test_references_name_items_that_exist(
    shared_fake: FakeDastra, every_item: list[tuple[str, dict[str, Any]]]
) -> None:
    checked = 0
    for tag, item in every_item:
        for field, value in item.items():
            target = (
                shared_fake.catalog.named(field, None) if field.endswith("Id") and field != "id" else None
            )
            if target is None or isinstance(value, list):
                continue
            workspace = shared_fake.workspace_id if target.scoped else None
            if target.tag == "WorkSpaces":
                assert str(value) in shared_fake.workspace_ids, (tag, field, value)
            else:
                assert str(value) in {str(i["id"]) for i in shared_fake.items(target.tag, workspace)}, (
                    tag,
                    field,
                )
            checked += 1
    assert checked > 50


def test_nested_resource_objects_carry_ids_that_exist(shared_fake: FakeDastra) -> None:
    tags = {str(tag["id"]) for tag in shared_fake.items("Tags")}
    spec = shared_fake.spec
    tag_schema = spec.resolve(spec.schemas["DataBreachDto"])["properties"].get("tags", {})
    assert ref_name(spec.resolve(tag_schema)["items"]) == "TagDto"
    nested = [
        str(tag["id"])
        for item in shared_fake.items("DataBreachs")
        for tag in item.get("tags", [])
        if "id" in tag
    ]
    assert nested and set(nested) <= tags


def test_a_seeded_fake_costs_little_to_build() -> None:
    """Counts, not timings: building a fake makes no item; reading one resource makes that resource only."""
    fake = FakeDastra(seed=11)
    assert fake._store._collections == {}
    fake.items("Tags")
    assert list(fake._store._collections) == [("tags", fake.workspace_id)]
