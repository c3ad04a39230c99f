"""Batch patches through the typed client: the spec's body ``{"ids": [...], "patch": {"operations": [...]}}``
patches every named item, and a body the fake cannot apply answers 400 naming ``patch`` (or the operation under it).

Regression: the fake once read ``patch`` as a bare list of operations, so every batch patch sent as the spec
(and the generated client) spells it answered 400 "A patch operation must be an object."
"""

from __future__ import annotations

from typing import Any

import pytest

import dastra_client.models
from dastra.errors import BadRequestError
from dastra.testing import FakeDastra
from dastra.testing._patch import PatchError, patch_operations
from dastra.testing._spec import Operation, ref_name
from tests.testing.conftest import raw_client

BATCH_PATCHES = sorted(op.operation_id for op in FakeDastra(seed=0).spec if op.action == "BatchPatch")


def _string_member(fake: FakeDastra, tag: str, body_schema: str) -> str:
    """A plain string property that both the stored item and the batch body's patch type have."""
    patched_type = body_schema.removeprefix("Int32").removeprefix("Guid").removesuffix("BatchPatchDto")
    members: dict[str, dict[str, Any]] = fake.spec.schemas[patched_type]["properties"]
    item = fake.items(tag)[0]
    return next(
        name
        for name, schema in members.items()
        if schema.get("type") == "string"
        and "format" not in schema
        and "enum" not in schema
        and name != "id"
        and isinstance(item.get(name), str)
    )


def _batch_call(fake: FakeDastra, dastra: Any, operation: Operation) -> tuple[Any, type[Any], str]:
    assert operation.body_schema is not None
    body_schema = ref_name(operation.body_schema)
    model = getattr(dastra_client.models, body_schema)
    resource = fake.catalog.by_operation[operation.operation_id]
    scoped = dastra.workspace(fake.workspace_id)
    attribute = next(name for name in dir(scoped) if name.replace("_", "") == resource.tag.lower())
    method = getattr(scoped, attribute).batch_patch
    return method, model, _string_member(fake, resource.tag, body_schema)


@pytest.mark.parametrize("operation_id", BATCH_PATCHES)
def test_a_batch_patch_persists_on_every_named_item_and_no_other(operation_id: str) -> None:
    fake = FakeDastra(seed=0, rate_limits=())
    operation = fake.spec.operation(operation_id)
    tag = fake.catalog.by_operation[operation_id].tag
    with fake.client() as dastra:
        batch_patch, model, member = _batch_call(fake, dastra, operation)
        first, second, untouched = (item["id"] for item in fake.items(tag)[:3])
        before = next(item for item in fake.items(tag) if item["id"] == untouched)[member]
        operations = [{"op": "replace", "path": f"/{member}", "value": "Patched in a batch"}]
        batch_patch(body=model.from_dict({"ids": [first, second], "patch": {"operations": operations}}))
    assert fake.requests[-1].status == 200
    by_id = {item["id"]: item for item in fake.items(tag)}
    assert by_id[first][member] == by_id[second][member] == "Patched in a batch"
    assert by_id[untouched][member] == before


@pytest.mark.parametrize("operation_id", BATCH_PATCHES)
def test_the_batch_patch_answers_the_ids_it_patched_and_skips_unknown_ones(operation_id: str) -> None:
    """The spec declares no JSON answer; the fake answers the patched ids, as the API does, and an id
    that names no item is left out rather than failing the batch."""
    fake = FakeDastra(seed=0, rate_limits=())
    operation = fake.spec.operation(operation_id)
    tag = fake.catalog.by_operation[operation_id].tag
    with fake.client() as dastra:
        _, _, member = _batch_call(fake, dastra, operation)
    ids = [item["id"] for item in fake.items(tag)[:2]]
    missing = 999_999 if isinstance(ids[0], int) else "00000000-0000-0000-0000-000000000000"
    body = {
        "ids": [*ids, missing],
        "patch": {"operations": [{"op": "replace", "path": f"/{member}", "value": "x"}]},
    }
    with raw_client(fake) as http:
        response = http.patch(f"/v1/ws/{fake.workspace_id}/{tag}", json=body)
    assert response.status_code == 200, response.text
    assert response.json() == ids
    assert not operation.answers_json  # the spec's "no content" (binary); a JSON schema would be checked here


@pytest.mark.parametrize("operation_id", BATCH_PATCHES)
@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (
            {"operations": [{"op": "replace", "path": "/noSuchField", "value": 1}]},
            "'noSuchField' was not found",
        ),
        ({"operations": [{"op": "explode", "path": "/id"}]}, "Invalid JsonPatch operation 'explode'"),
        ({"operations": ["replace"]}, "could not be converted"),  # refused by the spec's schema first
    ],
)
def test_a_batch_patch_the_fake_cannot_apply_answers_400_naming_patch_and_changes_nothing(
    operation_id: str, patch: dict[str, Any], message: str
) -> None:
    fake = FakeDastra(seed=0, rate_limits=())
    operation = fake.spec.operation(operation_id)
    tag = fake.catalog.by_operation[operation_id].tag
    items_before = fake.items(tag)
    with fake.client() as dastra:
        batch_patch, model, _ = _batch_call(fake, dastra, operation)
        ids = [item["id"] for item in items_before[:2]]
        with pytest.raises(BadRequestError) as raised:
            batch_patch(body=model.from_dict({"ids": ids, "patch": patch}))
    problem = raised.value.problem
    assert problem is not None and problem.status == 400
    assert len(problem.errors) == 1
    ((field, messages),) = problem.errors.items()
    assert field.removeprefix("$.").startswith("patch") and message in messages[0]
    assert fake.items(tag) == items_before


@pytest.mark.parametrize(
    ("document", "operations"),
    [
        (None, []),
        ([], []),
        ([{"op": "remove", "path": "/a"}], [{"op": "remove", "path": "/a"}]),
        ({"operations": None}, []),
        ({"Operations": [{"op": "remove", "path": "/a"}]}, [{"op": "remove", "path": "/a"}]),
    ],
)
def test_patch_operations_reads_a_list_or_the_specs_object(document: Any, operations: list[Any]) -> None:
    assert list(patch_operations(document)) == operations


@pytest.mark.parametrize("document", [3, "ops", {"operations": {}}, {"operations": [], "extra": 1}])
def test_patch_operations_refuses_any_other_document_in_one_line(document: Any) -> None:
    with pytest.raises(PatchError, match=r"^A patch document must be a list of operations or an object") as e:
        patch_operations(document)
    assert "\n" not in str(e.value)
