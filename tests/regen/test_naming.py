"""The naming rule (:mod:`dastra_codegen.naming`): reserved names computed from the code itself, collisions
resolved whatever the order, and a new snapshot never renaming what the pinned one named."""

from __future__ import annotations

import ast
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import naming, paths
from dastra_codegen.fetch import read_file
from dastra_codegen.normalize import normalize
from dastra_codegen.update_spec import update_spec

PACKAGE = paths.GENERATED_DIR / paths.PACKAGE_NAME
Doc = dict[str, Any]


# --- the reserved sets cannot fall behind the code ----------------------------------------------------------


def test_every_public_attribute_of_the_client_objects_is_reserved() -> None:
    from dastra import AsyncDastra, Dastra
    from dastra_client.resources import OPERATIONS

    tags = {attribute for attribute, _ in OPERATIONS.values()}
    for client in (Dastra(api_key="k"), AsyncDastra(api_key="k")):
        for view in (client, client.workspace("1"), client.with_options(timeout=5), client.with_raw_response):
            public = {name for name in dir(view) if not name.startswith("_")} - tags
            assert public <= naming.CLIENT_ATTRIBUTES, sorted(public - naming.CLIENT_ATTRIBUTES)


def test_every_module_of_the_package_is_reserved() -> None:
    modules = {path.stem for path in PACKAGE.glob("*.py") if path.name != "__init__.py"}
    modules |= {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()}
    assert modules <= naming.PACKAGE_MODULES, sorted(modules - naming.PACKAGE_MODULES)


def _names_sharing_a_namespace_with_models_or_resources() -> set[str]:
    """Class-like names imported or defined in the modules where a model or resource class would also be
    (the functional modules, the models, the resource modules), as the committed package has them."""
    tag_modules = {path.stem for path in (PACKAGE / "resources").glob("*.py")} - {"__init__"}
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE).parts
        if where[0] not in ("api", "models", "resources"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if "models" in module.split(".") or (where[0] == "models" and node.level == 1):
                    continue  # the models themselves
                if where == ("resources", "__init__.py") and node.level == 1 and module in tag_modules:
                    continue  # the resource classes themselves
                found |= {alias.asname or alias.name for alias in node.names}
            elif isinstance(node, ast.ClassDef) and where == ("resources", "__init__.py"):
                found.add(node.name)
    return {name for name in found if name[:1].isupper()}


def test_every_class_name_the_generated_modules_use_is_reserved() -> None:
    used = _names_sharing_a_namespace_with_models_or_resources()
    assert {"Client", "AuthenticatedClient", "SyncResources", "AsyncResources", "LazyModel"} <= used
    assert used <= naming.RESERVED_CLASS_NAMES, sorted(used - naming.RESERVED_CLASS_NAMES)


# --- names of one name ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "attribute", "resource_class"),
    [
        ("DataBreachs", "data_breachs", "DataBreachs"),
        ("WebHookUrls", "web_hook_urls", "WebHookUrls"),
        ("Resources", "resources_api", "ResourcesResource"),
        ("Client", "client_api", "ClientResource"),
        ("Dastra", "dastra", "DastraResource"),
        ("Webhooks", "webhooks_api", "WebhooksResource"),
        ("Models", "models_api", "ModelsResource"),
        ("Types", "types_api", "TypesResource"),
        ("Workspace", "workspace_api", "Workspace"),
        ("WithOptions", "with_options_api", "WithOptions"),
        ("Class", "class_", "Class"),
        ("None", "none", "NoneResource"),
        ("Match", "match_", "Match"),
    ],
)
def test_tag_names(tag: str, attribute: str, resource_class: str) -> None:
    folder = naming.tag_folder(tag)
    assert (naming.tag_attribute(folder), naming.resource_class(folder)) == (attribute, resource_class)


@pytest.mark.parametrize(
    ("folder", "operation_id", "method"),
    [
        ("data_breachs", "DataBreachs_BatchPatch", "batch_patch"),
        ("data_breachs", "import", "import_"),
        ("data_breachs", "DataBreachs_Import", "import_"),
        ("data_breachs", "DataBreachs_Match", "match_"),
        ("class_", "Class_Find", "find"),
        ("data_breachs_2", "Data_Breachs_Find", "find"),
        ("webhooks", "GetList", "get_list"),
    ],
)
def test_method_names(folder: str, operation_id: str, method: str) -> None:
    assert naming.method_name(folder, naming.operation_module(operation_id)) == method


def test_string_enum_members_that_would_coincide_get_numbers_in_enum_order() -> None:
    assert naming.enum_members(["a-b", "a b", "A_B", "c"]) == ["A_B", "A_B_2", "A_B_3", "C"]
    assert naming.enum_members(["New", "Closed"]) is None


# --- collisions -------------------------------------------------------------------------------------------


def test_resolve_does_not_depend_on_the_order_of_the_names() -> None:
    names = ["DataBreachs", "Data_Breachs", "dataBreachs", "Resources", "Risks"]
    results = {
        json.dumps(naming.resolve(order, naming.TAGS, {}), sort_keys=True)
        for order in itertools.permutations(names)
    }
    assert len(results) == 1
    resolved = json.loads(results.pop())
    assert resolved == {
        "DataBreachs": "DataBreachs",  # first in code-point order
        "Data_Breachs": "Data_Breachs2",  # dastra.data_breachs_2
        "dataBreachs": "dataBreachs3",  # dataBreachs2 would be data_breachs_2 too
        "Resources": "Resources",
        "Risks": "Risks",
    }
    folders = [naming.tag_folder(spelling) for spelling in resolved.values()]
    assert len(set(folders)) == len(folders)


def _doc(operations: dict[str, tuple[str, str]]) -> Doc:
    """``path -> (tag, operationId)``, each a GET answering a string."""
    paths_ = {
        path: {
            "get": {
                "tags": [tag],
                "operationId": operation_id,
                "responses": {
                    "200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}
                },
            }
        }
        for path, (tag, operation_id) in operations.items()
    }
    return {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": paths_}


def _spelling(doc: Doc, path: str) -> tuple[str, str]:
    operation = doc["paths"][path]["get"]
    return operation["tags"][0], operation["operationId"]


def test_two_tags_alike_are_told_apart_and_the_rename_is_recorded() -> None:
    fixed, report = normalize(_doc({"/a": ("DataBreachs", "DataBreachs_List"), "/b": ("Data_Breachs", "X")}))
    assert _spelling(fixed, "/a") == ("DataBreachs", "DataBreachs_List")
    assert _spelling(fixed, "/b") == ("Data_Breachs2", "X")
    assert {"name": "Data_Breachs2", naming.ORIGINAL_NAME: "Data_Breachs"} in fixed["tags"]
    assert report.counts["tag-name-collisions"] == 1
    assert normalize(fixed)[0] == fixed  # idempotent: the rename is remembered by the document


def test_operation_ids_alike_in_one_tag_are_told_apart() -> None:
    fixed, report = normalize(_doc({"/a": ("Webhooks", "GetList"), "/b": ("Webhooks", "get_list")}))
    assert _spelling(fixed, "/a") == ("Webhooks", "GetList")
    assert _spelling(fixed, "/b") == ("Webhooks", "get_list2")
    assert fixed["paths"]["/b"]["get"][naming.ORIGINAL_OPERATION_ID] == "get_list"
    assert report.counts["operation-name-collisions"] == 1
    assert normalize(fixed)[0] == fixed


def test_a_newcomer_never_renames_what_the_pinned_snapshot_named() -> None:
    """Without history, code-point order decides (``GetList`` < ``get_list``); with the pinned snapshot,
    the name that was there keeps its spelling and the newcomer gets the number."""
    pinned, _ = normalize(_doc({"/old": ("dataBreachs", "x_y"), "/old2": ("Webhooks", "get_list")}))
    newer = _doc(
        {
            "/old": ("dataBreachs", "x_y"),
            "/old2": ("Webhooks", "get_list"),
            "/new": ("DataBreachs", "Z"),  # sorts before dataBreachs
            "/new2": ("Webhooks", "GetList"),  # sorts before get_list
        }
    )
    fresh, _ = normalize(newer)
    assert (
        _spelling(fresh, "/old") == ("dataBreachs2", "x_y") and _spelling(fresh, "/new")[0] == "DataBreachs"
    )
    assert _spelling(fresh, "/old2")[1] == "get_list2"

    kept, _ = normalize(newer, pinned)
    assert _spelling(kept, "/old") == ("dataBreachs", "x_y")
    assert _spelling(kept, "/new")[0] == "DataBreachs2"
    assert _spelling(kept, "/old2") == ("Webhooks", "get_list")
    assert _spelling(kept, "/new2") == ("Webhooks", "GetList2")


def test_update_spec_keeps_the_pinned_names(tmp_path: Path) -> None:
    """The same through the pipeline: the pinned normalized document is the history of the next pin."""
    openapi = tmp_path / "openapi"
    first = tmp_path / "first.json"
    first.write_text(json.dumps(_doc({"/old": ("dataBreachs", "A")})), encoding="utf-8")
    update_spec(read_file(first), openapi, paths.OVERLAY)
    second = tmp_path / "second.json"
    second.write_text(json.dumps(_doc({"/old": ("dataBreachs", "A"), "/new": ("DataBreachs", "B")})))
    update_spec(read_file(second), openapi, paths.OVERLAY)
    pinned = json.loads((openapi / "dastra-api.json").read_text(encoding="utf-8"))
    assert _spelling(pinned, "/old")[0] == "dataBreachs" and _spelling(pinned, "/new")[0] == "DataBreachs2"
    update_spec(read_file(second), openapi, paths.OVERLAY)  # and again: nothing moves
    assert json.loads((openapi / "dastra-api.json").read_text(encoding="utf-8")) == pinned
