"""The fake's resources as a service sees them through Dastra: state that persists, lists paged and filtered
as Dastra pages and filters them, validation and routing as ASP.NET answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import httpx2
import pytest

from dastra import Dastra, F
from dastra.errors import BadRequestError, NotFoundError
from dastra.filters import Rule, any_of
from dastra.testing import FakeDastra
from dastra_client.models import DataBreachDto, DataBreachDtoPagedList, Operation, TagDto, TagType


def test_what_is_created_comes_back_updates_persist_and_a_delete_answers_404(fake_dastra: FakeDastra) -> None:
    with fake_dastra.client() as dastra:
        created = dastra.data_breachs.create(
            body=DataBreachDto(label="Laptop stolen", start_date=datetime(2025, 1, 2))
        )
        assert created.label == "Laptop stolen" and isinstance(created.id, UUID)
        assert dastra.data_breachs.find(created.id).label == "Laptop stolen"
        assert created.id in [breach.id for breach in dastra.data_breachs.list()]
        assert dastra.data_breachs.list().total == 25  # 24 seeded + 1

        dastra.data_breachs.update(
            created.id, body=DataBreachDto(label="Laptop found", start_date=datetime(2025, 1, 3))
        )
        assert dastra.data_breachs.find(created.id).label == "Laptop found"
        dastra.data_breachs.patch(created.id, body=[Operation(op="replace", path="/Label", value="Patched")])
        assert dastra.data_breachs.find(created.id).label == "Patched"

        dastra.data_breachs.delete(created.id)
        with pytest.raises(NotFoundError) as raised:
            dastra.data_breachs.find(created.id)
    assert raised.value.problem is not None and raised.value.problem.status == 404
    assert raised.value.problem.title == "Not Found"
    assert dastra_total(fake_dastra) == 24


def dastra_total(fake: FakeDastra) -> int:
    return len(fake.items("DataBreachs"))


def test_integer_ids_are_assigned_and_batches_act_on_several_items(fake_dastra: FakeDastra) -> None:
    with fake_dastra.client() as dastra:
        first = dastra.tags.create(body=TagDto(label="urgent", type_=TagType.DATAPROCESSING))
        second = dastra.tags.create(body=TagDto(label="later", type_=TagType.DATAPROCESSING))
        assert isinstance(first.id, int) and second.id == first.id + 1
        actors = [actor.id for actor in dastra.actors.list(size=3) if isinstance(actor.id, int)]
        dastra.actors.delete_batch(body=actors[:2])
        left = {actor.id for actor in dastra.actors.list()}
    assert not left & set(actors[:2]) and actors[2] in left


def test_routes_match_in_any_case_and_unknown_ones_answer_404_or_405(
    shared_fake: FakeDastra, shared_http: httpx2.Client
) -> None:
    documented = shared_http.get("/v1/workspaces")  # Dastra's docs; the spec spells /v1/WorkSpaces
    assert documented.status_code == 200
    assert shared_http.get("/V1/WORKSPACES").content == documented.content
    assert shared_http.get("/v1/nothing-here").status_code == 404
    assert shared_http.delete("/v1/WorkSpaces").status_code == 405
    assert shared_http.get("/v1/ws/999999/DataBreachs").status_code == 404


def test_lists_page_from_1_with_size_capped_at_500(
    shared_http: httpx2.Client, shared_fake: FakeDastra
) -> None:
    base = f"/v1/ws/{shared_fake.workspace_id}/DataBreachs"
    pages = [shared_http.get(base, params={"page": page, "size": 10}).json() for page in (1, 2, 3, 4)]
    assert [len(page["items"]) for page in pages] == [10, 10, 4, 0]
    assert {page["total"] for page in pages} == {24} and [page["page"] for page in pages] == [1, 2, 3, 4]
    ids = [item["id"] for page in pages for item in page["items"]]
    assert len(set(ids)) == 24
    capped = shared_http.get(base, params={"size": 1000}).json()
    assert capped["size"] == 500 and len(capped["items"]) == 24


def _ids(dastra: Dastra, rule: Rule) -> set[UUID]:
    return {breach.id for breach in dastra.data_breachs.list(filters=rule) if isinstance(breach.id, UUID)}


def test_filters_hold_for_every_operator_f_builds(shared_fake: FakeDastra) -> None:
    items = shared_fake.items("DataBreachs")
    by_id = {UUID(item["id"]): item for item in items}
    state = items[0]["state"]
    start = sorted(item["startDate"] for item in items)[12]
    words = [word for item in items for word in item["label"].split() if len(word) > 3]
    word = next(w for w in words if 0 < sum(w in item["label"] for item in items) < len(items))

    def expect(predicate: Any) -> set[UUID]:
        return {key for key, item in by_id.items() if predicate(item)}

    cases: list[tuple[Rule, set[UUID]]] = [
        (F("state") == state, expect(lambda i: i.get("state") == state)),
        (F("state") != state, expect(lambda i: i.get("state") != state)),
        (F("startDate") < start, expect(lambda i: i["startDate"] < start)),
        (F("startDate") <= start, expect(lambda i: i["startDate"] <= start)),
        (F("startDate") > datetime.fromisoformat(start), expect(lambda i: i["startDate"] > start)),
        (F("startDate") >= start, expect(lambda i: i["startDate"] >= start)),
        (F("state").is_in([state, "Active"]), expect(lambda i: i.get("state") in (state, "Active"))),
        (F("state").not_in([state]), expect(lambda i: i.get("state") != state)),
        (F("label").contains(word), expect(lambda i: word in i["label"])),
        (F("label").does_not_contain(word), expect(lambda i: word not in i["label"])),
        (F("location").is_null(), expect(lambda i: i.get("location") is None)),
        (F("location").is_not_null(), expect(lambda i: i.get("location") is not None)),
        (F("personCategories").is_empty(), expect(lambda i: not i.get("personCategories"))),
        (F("personCategories").is_not_empty(), expect(lambda i: bool(i.get("personCategories")))),
        (
            (F("state") == state) & (F("startDate") >= start),
            expect(lambda i: i.get("state") == state and i["startDate"] >= start),
        ),
        (
            any_of(F("state") == state, (F("label").contains(word)) & (F("reason").is_not_null())),
            expect(lambda i: i.get("state") == state or (word in i["label"] and i.get("reason") is not None)),
        ),
    ]
    with shared_fake.client() as dastra:
        for rule, expected in cases:
            assert _ids(dastra, rule) == expected, repr(rule)
    assert all(0 < len(expected) < 24 for _, expected in cases[:14]), "each case must tell items apart"


def test_a_filter_on_an_unknown_field_or_operator_is_a_400_naming_it(shared_fake: FakeDastra) -> None:
    with shared_fake.client() as dastra, pytest.raises(BadRequestError) as raised:
        list(dastra.data_breachs.list(filters=F("colour") == "red"))
    assert raised.value.problem is not None and "colour" in raised.value.problem.errors["filters"][0]
    with shared_fake.client() as dastra, pytest.raises(BadRequestError):
        list(dastra.data_breachs.list(filters='{"field": "state", "operator": "like", "value": "x"}'))


def test_sort_by_any_field_both_ways(shared_fake: FakeDastra) -> None:
    with shared_fake.client() as dastra:
        ascending = [b.start_date for b in dastra.data_breachs.list(sort_by="startDate", asc=True)]
        descending = [b.start_date for b in dastra.data_breachs.list(sort_by="startDate", asc=False)]
    assert ascending == sorted(ascending) and descending == sorted(ascending, reverse=True)


def test_list_parameters_filter_as_their_names_say(
    shared_http: httpx2.Client, shared_fake: FakeDastra
) -> None:
    state = shared_fake.items("DataBreachs")[0]["state"]
    answer = shared_http.get(
        f"/v1/ws/{shared_fake.workspace_id}/DataBreachs", params={"states": [state]}
    ).json()
    assert answer["items"] and {item["state"] for item in answer["items"]} == {state}


def test_a_missing_required_field_or_a_wrong_type_answers_400_naming_the_field(
    shared_http: httpx2.Client, shared_fake: FakeDastra
) -> None:
    base = f"/v1/ws/{shared_fake.workspace_id}/DataBreachs"
    missing = shared_http.post(base, json={"startDate": "2025-01-01T00:00:00Z"})
    assert missing.status_code == 400
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert missing.json()["errors"] == {"Label": ["The Label field is required."]}
    wrong = shared_http.post(base, json={"label": "x", "startDate": "not a date"}).json()
    assert list(wrong["errors"]) == ["$.startDate"] and "System.DateTime" in wrong["errors"]["$.startDate"][0]
    query = shared_http.get(base, params={"page": "two"}).json()
    assert query["status"] == 400 and query["errors"] == {"page": ["The value 'two' is not valid for page."]}
    empty = shared_http.post(base, content=b"", headers={"Content-Type": "application/json"})
    assert empty.status_code == 400


def test_a_patch_that_breaks_the_schema_is_refused_and_changes_nothing(fake_dastra: FakeDastra) -> None:
    item = fake_dastra.items("DataBreachs")[0]
    with raw_http(fake_dastra) as http:
        path = f"/v1/ws/{fake_dastra.workspace_id}/DataBreachs/{item['id']}"
        bad = http.patch(
            path,
            json=[{"op": "replace", "path": "/startDate", "value": "soon"}],
            headers={"Content-Type": "application/json-patch+json"},
        )
        unknown = http.patch(
            path,
            json=[{"op": "add", "path": "/colour", "value": "red"}],
            headers={"Content-Type": "application/json-patch+json"},
        )
    assert bad.status_code == 400 and "$.startDate" in bad.json()["errors"]
    assert unknown.status_code == 400
    assert fake_dastra.items("DataBreachs")[0] == item


def raw_http(fake: FakeDastra) -> httpx2.Client:
    from tests.testing.conftest import raw_client

    return raw_client(fake)


def test_answers_parse_into_their_typed_models(shared_http: httpx2.Client, shared_fake: FakeDastra) -> None:
    page = DataBreachDtoPagedList.from_dict(
        shared_http.get(f"/v1/ws/{shared_fake.workspace_id}/DataBreachs").json()
    )
    items = page.items
    assert page.total == 24 and isinstance(items, list) and len(items) == 20
    assert all(isinstance(item, DataBreachDto) and item.label and item.start_date for item in items)
