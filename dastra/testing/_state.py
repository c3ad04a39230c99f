"""The fake's data: which resources the spec models statefully, and their items per workspace.

A resource is a tag with item operations (``Find``/``Update``/``Patch``/``Delete`` on ``.../{id}``) and
collection operations (``List``/``Create``/``DeleteBatch``/``BatchPatch``), whose item schema has an
``id`` (an integer or a UUID). Its item schema is the richest one the spec answers with: ``Find``'s, else
the ``List`` item's, else ``Create``'s. Resources whose paths hold ``{workspaceId}`` have one collection per
workspace; the others (workspaces, tenant users, webhook URLs, logs) one for the whole fake.

Seeded items are made on first use, per collection, from a generator seeded by ``(seed, tag, workspace)``:
building a fake costs nothing, the same seed gives the same items in whatever order they are read, and a
reference to another resource names one of its seeded ids, which are known before its items are made.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, Final

import attrs
from faker import Faker

from dastra.testing._generate import Generator, new_uuid, schema_word
from dastra.testing._spec import Operation, Spec, ref_name

__all__ = ["Catalog", "Resource", "Store"]

#: Operation actions that make a tag a stateful resource, by where they act.
ITEM_ACTIONS: Final = frozenset({"Find", "Update", "Patch", "Delete"})
COLLECTION_ACTIONS: Final = frozenset({"List", "Create", "DeleteBatch", "BatchPatch"})
#: Property names (``...Id`` stripped, lowercased) that name a user.
_USER_WORDS: Final = (
    "user",
    "owner",
    "creator",
    "approver",
    "respondant",
    "author",
    "assignedto",
    "closedby",
)
_WORKSPACE_FIELDS: Final = frozenset({"workspaceid", "workspace"})


#: Seeded collections as first made, JSON-encoded, by everything that decides them: a fake per test
#: decodes its copy (about a millisecond) instead of generating it again (tens of milliseconds).
_PRISTINE: dict[tuple[Any, ...], bytes] = {}
_PRISTINE_LOCK = threading.Lock()


def _stable_int(*parts: object, size: int = 8) -> int:
    """A number of ``size`` bytes from ``parts``, the same in every process (``hash()`` is salted)."""
    digest = hashlib.sha256("\x00".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:size], "big")


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _json_ref(schema: Mapping[str, Any] | None, spec: Spec) -> str | None:
    """The component an answer is made of: ``X``, the ``items`` of an ``XPagedList`` or of an array."""
    if not schema:
        return None
    if "$ref" in schema:
        name = ref_name(schema)
        resolved = spec.resolve(schema)
        items = resolved.get("properties", {}).get("items", {}).get("items")
        if name.endswith("PagedList") and isinstance(items, Mapping) and "$ref" in items:
            return ref_name(items)
        return name if resolved.get("type") == "object" else None
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return ref_name(schema["items"])
    return None


@attrs.frozen
class Resource:
    """A statefully modelled tag: its item schema, id kind and operations by action."""

    tag: str
    schema_name: str
    id_kind: str  # "int" or "uuid"
    scoped: bool
    operations: Mapping[str, Operation] = attrs.field(eq=False, repr=False)

    @property
    def key(self) -> str:
        return self.tag.lower()


class Catalog:
    """The resources of a spec, and the names that refer to them (for references between items)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        by_tag: dict[str, dict[str, Operation]] = {}
        for operation in spec:
            if operation.action in ITEM_ACTIONS | COLLECTION_ACTIONS:
                by_tag.setdefault(operation.tag, {})[operation.action] = operation
        self.resources: dict[str, Resource] = {}
        self.by_operation: dict[str, Resource] = {}
        for tag, operations in sorted(by_tag.items()):
            resource = self._resource(tag, operations)
            if resource is None:
                continue
            self.resources[resource.key] = resource
            for operation in operations.values():
                self.by_operation[operation.operation_id] = resource
        self._names: dict[str, Resource] = {}
        for resource in self.resources.values():
            for name in (_singular(resource.tag), schema_word(resource.schema_name)):
                self._names.setdefault(name.lower(), resource)

    def _resource(self, tag: str, operations: Mapping[str, Operation]) -> Resource | None:
        if not (operations.keys() & ITEM_ACTIONS and operations.keys() & {"List", "Create"}):
            return None
        schema_name = None
        for action, source in (
            ("Find", "response"),
            ("List", "response"),
            ("Create", "response"),
            ("Create", "body"),
        ):
            operation = operations.get(action)
            if operation is None:
                continue
            schema = operation.response_schema if source == "response" else operation.body_schema
            if source == "response" and not operation.answers_json:
                continue
            schema_name = _json_ref(schema, self.spec)
            if schema_name is not None:
                break
        if schema_name is None:
            return None
        id_schema = self.spec.resolve(self.spec.schemas[schema_name]).get("properties", {}).get("id")
        if not isinstance(id_schema, Mapping):
            return None
        id_kind = (
            "uuid"
            if id_schema.get("format") == "uuid"
            else "int"
            if id_schema.get("type") == "integer"
            else ""
        )
        if not id_kind:
            return None
        scoped = any("{workspaceId}" in operation.path for operation in operations.values())
        return Resource(tag, schema_name, id_kind, scoped, dict(operations))

    def __iter__(self) -> Iterator[Resource]:
        return iter(self.resources.values())

    def named(self, field: str, owner: str | None) -> Resource | None:
        """The resource a property refers to: ``areaId`` -> Areas, ``id`` of a ``TagDto`` -> Tags,
        ``ownerId`` -> tenant users; None when no resource fits."""
        if field == "id":
            return self._names.get(schema_word(owner).lower()) if owner else None
        word = field[:-2] if field.endswith("Id") else field
        lowered = word.lower()
        if lowered in self._names:
            return self._names[lowered]
        if any(lowered.endswith(user) for user in _USER_WORDS):
            return self._names.get("user")
        for name, resource in sorted(self._names.items(), key=lambda entry: -len(entry[0])):
            if len(name) >= 4 and lowered.endswith(name):
                return resource
        return None


def _singular(tag: str) -> str:
    if tag.endswith("ies"):
        return tag[:-3] + "y"
    return tag[:-1] if tag.endswith("s") else tag


class Store:
    """The items of every resource, per workspace, made on first use from the seed; used under the fake's lock."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        seed: int | str,
        workspace_count: int,
        items_per_resource: int,
        anchor: datetime,
        faker: Faker,
        webhook_key: str,
    ) -> None:
        self.catalog = catalog
        self.spec = catalog.spec
        self.seed = seed
        self.items_per_resource = items_per_resource
        self.anchor = anchor
        self.faker = faker
        self.webhook_key = webhook_key
        workspaces = catalog.resources.get("workspaces")
        self.workspace_resource = workspaces
        self.workspace_ids: list[str] = (
            [str(i) for i in self.seeded_ids(workspaces, None, count=workspace_count)]
            if workspaces is not None
            else [str(1000 + i) for i in range(workspace_count)]
        )
        self._collections: dict[tuple[str, str | None], dict[str, dict[str, Any]]] = {}
        self._next_int: dict[str, int] = {}
        self._created = 0

    # -- ids ------------------------------------------------------------------------------------------

    def count(self, resource: Resource) -> int:
        return len(self.workspace_ids) if resource is self.workspace_resource else self.items_per_resource

    def seeded_ids(self, resource: Resource, workspace: str | None, *, count: int | None = None) -> list[Any]:
        """The ids of the seeded items of ``resource`` in ``workspace``, known before the items are made."""
        total = self.count(resource) if count is None else count
        known: list[str] = getattr(self, "workspace_ids", [])  # not yet set while __init__ seeds workspaces
        index = known.index(workspace) if workspace is not None and workspace in known else 0
        if resource.id_kind == "uuid":
            return [new_uuid(_stable_int(self.seed, resource.tag, index, k, size=16)) for k in range(total)]
        base = 100 + _stable_int(self.seed, resource.tag) % 900 * 10
        return [base + index * total + k for k in range(total)]

    def new_id(self, resource: Resource) -> Any:
        """A fresh id for a created item (ints count on from the seeded ones)."""
        self._created += 1
        if resource.id_kind == "uuid":
            return new_uuid(_stable_int(self.seed, resource.tag, "created", self._created, size=16))
        if resource.key not in self._next_int:
            seeded = self.seeded_ids(resource, self.workspace_ids[-1] if resource.scoped else None)
            self._next_int[resource.key] = max(seeded) + 1 if seeded else 1
        value = self._next_int[resource.key]
        self._next_int[resource.key] = value + 1
        return value

    def reference(self, field: str, owner: str | None, workspace: str | None, rng_value: float) -> Any:
        """An id for ``field`` that names an existing item, or None when no resource fits."""
        target = self.catalog.named(field, owner)
        if target is None:
            return None
        if target is self.workspace_resource:  # the item's own workspace, else one of the seeded ones
            chosen = workspace or self.workspace_ids[int(rng_value * len(self.workspace_ids))]
            return int(chosen) if chosen.isdigit() else chosen
        ids = self.seeded_ids(target, workspace if target.scoped else None)
        return ids[int(rng_value * len(ids))] if ids else None

    # -- collections ------------------------------------------------------------------------------------

    def items(self, resource: Resource, workspace: str | None) -> dict[str, dict[str, Any]]:
        """The live items of one collection, by ``str(id)``, in creation order (made on first use)."""
        key = (resource.key, workspace if resource.scoped else None)
        found = self._collections.get(key)
        if found is None:
            found = self._collections[key] = self._seed(resource, key[1])
        return found

    def generator(self, *parts: object, workspace: str | None) -> Generator:
        """A generator seeded by ``(seed, *parts)``, whose references resolve in ``workspace``."""
        self.faker.seed_instance(_stable_int(self.seed, *parts))
        random = self.faker.random
        return Generator(
            self.spec,
            self.faker,
            anchor=self.anchor,
            reference=lambda field, owner: self.reference(field, owner, workspace, random.random()),
        )

    def _seed(self, resource: Resource, workspace: str | None) -> dict[str, dict[str, Any]]:
        key = (
            id(self.spec),
            self.seed,
            self.items_per_resource,
            tuple(self.workspace_ids),
            self.webhook_key,
            resource.tag,
            workspace,
        )
        with _PRISTINE_LOCK:
            pristine = _PRISTINE.get(key)
            if pristine is None:
                pristine = _PRISTINE[key] = json.dumps(self._generate(resource, workspace)).encode()
        seeded: dict[str, dict[str, Any]] = json.loads(pristine)  # a fresh copy for this fake
        return seeded

    def _generate(self, resource: Resource, workspace: str | None) -> dict[str, dict[str, Any]]:
        generator = self.generator(resource.tag, workspace, workspace=workspace)
        schema = self.spec.schemas[resource.schema_name]
        items: dict[str, dict[str, Any]] = {}
        for item_id in self.seeded_ids(resource, workspace):
            item = generator.object(self.spec.resolve(schema), owner=resource.schema_name)
            self.stamp(resource, item, item_id, workspace)
            if "signatureKey" in item and _is_uuid(
                self.webhook_key
            ):  # seeded webhooks sign with the fake's key
                item["signatureKey"] = self.webhook_key
            items[str(item_id)] = item
        return items

    def stamp(self, resource: Resource, item: dict[str, Any], item_id: Any, workspace: str | None) -> None:
        """Set what the server owns on an item: its id and its workspace."""
        properties = self.spec.resolve(self.spec.schemas[resource.schema_name]).get("properties", {})
        item["id"] = item_id
        for name, schema in properties.items():
            if (
                name.lower() in _WORKSPACE_FIELDS
                and workspace is not None
                and schema.get("type") == "integer"
            ):
                item[name] = int(workspace) if workspace.isdigit() else workspace

    def snapshot(self) -> dict[tuple[str, str | None], dict[str, dict[str, Any]]]:
        """A deep copy of every collection made so far (for tests of determinism)."""
        return copy.deepcopy(self._collections)

    def known_workspace(self, workspace: str) -> bool:
        return workspace in self.workspace_ids

    def add_workspaces(self, ids: Iterable[str]) -> None:
        for workspace in ids:
            if workspace not in self.workspace_ids:
                self.workspace_ids.append(workspace)
