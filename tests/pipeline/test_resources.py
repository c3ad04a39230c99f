"""The resource step (``dastra_codegen.resources``): undeclared answers in the functional layer, and one
resource method per functional module with that function's parameters, named after its operationId."""

from __future__ import annotations

import ast
import inspect
import shutil
from pathlib import Path
from typing import Any

import pytest

from dastra_client.resources import OPERATIONS
from dastra_codegen import paths
from dastra_codegen.resources import (
    Operation,
    ResourceError,
    declared_returns,
    method_names,
    resource_modules,
    tag_attribute,
    undeclared_answers,
)
from tests.contract.operations import generated_operation_modules

PACKAGE = paths.GENERATED_DIR / paths.PACKAGE_NAME

# The generator's shape for an operation whose 2xx declares no content (before our step and ruff).
FILE_ANSWER = '''from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[File]:
    return Response(status_code=HTTPStatus(response.status_code), content=response.content,
                    headers=response.headers, parsed=_parse_response(client=client, response=response))


def sync(*, client: AuthenticatedClient | Client) -> File | None:
    """
    Returns:
        File
    """
    return None
'''


def test_an_undeclared_answer_is_decoded_from_the_response_for_any_2xx() -> None:
    rewritten = undeclared_answers(FILE_ANSWER)
    assert "if response.is_success:\n        response_200 = decode_answer(response)" in rewritten
    assert "from ..._response import Answer, decode_answer" in rewritten
    assert "-> Answer:" in rewritten and "Response[Answer]" in rewritten
    assert "File(" not in rewritten and "-> File" not in rewritten and "Response[File]" not in rewritten
    assert "Returns:\n        Answer\n" in rewritten
    ast.parse(rewritten)
    assert undeclared_answers(rewritten) == rewritten  # idempotent


def test_a_module_with_another_2xx_keeps_its_status_check() -> None:
    two = FILE_ANSWER.replace(
        "    if client.raise_on_unexpected_status:",
        "    if response.status_code == 201:\n        return None\n\n    if client.raise_on_unexpected_status:",
    )
    rewritten = undeclared_answers(two)
    assert "if response.status_code == 200:\n        response_200 = decode_answer(response)" in rewritten


def test_modules_with_a_declared_answer_are_left_alone() -> None:
    source = (PACKAGE / "api" / "data_breachs" / "data_breachs_find.py").read_text(encoding="utf-8")
    assert undeclared_answers(source) == source


def test_an_unexpected_shape_fails_loudly() -> None:
    with pytest.raises(ResourceError, match="types import"):
        undeclared_answers(FILE_ANSWER.replace("from ...types import File, Response\n", ""))


def test_the_functional_layer_answers_undeclared_content_honestly() -> None:
    undeclared = [
        module for module in generated_operation_modules().values() if "decode_answer" in vars(module)
    ]
    assert len(undeclared) == 142
    for module in undeclared:
        assert "File" not in inspect.getsource(module._parse_response), module.__name__


# The generator's shape for an operation with a declared answer (the parts the step reads and edits).
DECLARED = """from typing import Any

from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    return {"method": "get", "url": "/v1/things/{id}"}


def sync_detailed(*, client: AuthenticatedClient | Client) -> Response[int]:
    raise NotImplementedError


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> int | None:
    return sync_detailed(
client=client,
    ).parsed


async def asyncio_detailed(*, client: AuthenticatedClient | Client) -> Response[int]:
    raise NotImplementedError


async def asyncio(*, client: AuthenticatedClient | Client) -> int | None:
    return (await asyncio_detailed(client=client)).parsed
"""


def test_sync_and_asyncio_return_what_they_declare() -> None:
    rewritten = declared_returns(DECLARED)
    assert "    client: AuthenticatedClient | Client,\n) -> int:" in rewritten
    assert (
        "return require_parsed(sync_detailed(\nclient=client,\n    ), 'GET', '/v1/things/{id}')" in rewritten
    )
    assert (
        "-> int:\n    return require_parsed(await asyncio_detailed(client=client), 'GET', '/v1/things/{id}')"
    ) in rewritten
    assert "from ..._response import require_parsed" in rewritten
    ast.parse(rewritten)
    assert declared_returns(rewritten) == rewritten  # idempotent
    answering = undeclared_answers(FILE_ANSWER)
    assert declared_returns(answering) == answering  # None is an answer there


def test_declared_returns_fail_loudly_on_a_new_shape() -> None:
    with pytest.raises(ResourceError, match="sync"):
        declared_returns(DECLARED.replace("    ).parsed", "    )"))


def _operation(module: str, action: str, method: str = "GET") -> Operation:
    return Operation(
        tag="things",
        module=module,
        action=action,
        http_method=method,
        url="/v1/things",
        parameters=(),
        returns=ast.Name("int"),
        kind="call",
        workspace="none",
        item=None,
        imports={},
        summary="",
        arguments_doc=(),
    )


def test_method_names_are_snake_case_actions_keyword_safe_and_unique() -> None:
    operations = [
        _operation("things_import", "import"),
        _operation("things_batch_patch", "BatchPatch"),
        _operation("things_find", "find", "GET"),
        _operation("things_find2", "find2", "POST"),  # normalization renamed a second Things_Find
        _operation("things_3d_view", "3dView"),
    ]
    names = method_names(operations)
    assert names == {
        "things_3d_view": "op_3d_view",
        "things_batch_patch": "batch_patch",
        "things_find": "find",
        "things_find2": "find2",
        "things_import": "import_",
    }
    assert method_names(reversed(operations)) == names  # whatever the order they are read in


def test_two_operations_of_one_method_name_are_refused() -> None:
    """Normalization tells them apart (operation-name-collisions); the resource step never guesses."""
    with pytest.raises(ResourceError, match=r"share a method name .*\['find'\]"):
        method_names([_operation("things_find", "find"), _operation("find", "find")])


def test_a_tag_never_hides_an_attribute_of_the_client() -> None:
    assert tag_attribute("data_breachs") == "data_breachs"
    assert tag_attribute("webhooks") == "webhooks_api"
    assert tag_attribute("with_options") == "with_options_api"


def test_a_synthetic_package_gets_safe_names(tmp_path: Path) -> None:
    package = tmp_path / "dastra_client"
    (package / "api" / "webhooks").mkdir(parents=True)
    source = (PACKAGE / "api" / "status" / "status_me.py").read_text(encoding="utf-8")
    (package / "api" / "webhooks" / "webhooks_import.py").write_text(source, encoding="utf-8")
    (package / "api" / "webhooks" / "webhooks_list.py").write_text(source, encoding="utf-8")
    modules = resource_modules(package)
    assert set(modules) == {"__init__.py", "webhooks.py"}
    assert "def import_(" in modules["webhooks.py"] and "def list(" in modules["webhooks.py"]
    assert "def webhooks_api(self) -> WebhooksResource:" in modules["__init__.py"]  # dastra.webhooks.Webhooks
    assert '"webhooks.webhooks_import": ("webhooks_api", "import_")' in modules["__init__.py"]


def test_a_package_like_another_gives_the_same_modules_and_a_change_is_read(tmp_path: Path) -> None:
    # The functional modules are parsed once per source text (dastra_codegen.resources._parsed).
    first, second = tmp_path / "one" / "dastra_client", tmp_path / "two" / "dastra_client"
    for package in (first, second):
        shutil.copytree(PACKAGE / "api" / "status", package / "api" / "status")
    assert resource_modules(first) == resource_modules(second)
    module = second / "api" / "status" / "status_me.py"
    module.write_text(module.read_text(encoding="utf-8").replace("def sync_detailed(", "def sync_renamed("))
    with pytest.raises(ResourceError, match=r"api/status/status_me\.py: no function 'sync_detailed'"):
        resource_modules(second)
    assert resource_modules(first) == resource_modules(tmp_path / "one" / "dastra_client")


def test_a_functional_module_of_an_unknown_shape_fails_by_name(tmp_path: Path) -> None:
    package = tmp_path / "dastra_client"
    shutil.copytree(PACKAGE / "api" / "status", package / "api" / "status")
    (package / "api" / "status" / "status_me.py").write_text(
        "def sync_detailed():\n    pass\n", encoding="utf-8"
    )
    with pytest.raises(ResourceError, match=r"api/status/status_me\.py: no function 'asyncio_detailed'"):
        resource_modules(package)


def test_no_annotation_names_a_method_of_its_class() -> None:
    """The mypy trap: after ``def list``, ``list[int]`` in a later signature means the method."""
    checked = 0
    for path in sorted((PACKAGE / "resources").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            methods = {
                item.name for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            }
            for function in node.body:
                if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                annotations = [
                    a.annotation for a in function.args.kwonlyargs + function.args.args if a.annotation
                ]
                if function.returns is not None:
                    annotations.append(function.returns)
                names = {n.id for a in annotations for n in ast.walk(a) if isinstance(n, ast.Name)}
                assert not names & methods, f"{path.name} {node.name}.{function.name}: {names & methods}"
                checked += 1
    assert checked >= 2 * 324
    data_breachs = (PACKAGE / "resources" / "data_breachs.py").read_text(encoding="utf-8")
    assert "tags: builtins.list[int] | Unset = UNSET" in data_breachs


def _parameters(function: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_each_method_has_its_functions_parameters(name: str) -> None:
    """Same names, same order of path parameters, same defaults; ``workspace_id`` keyword-only and optional;
    a list's ``page``/``size`` default to 1/500; then the per-call options."""
    from dastra import Dastra

    module = generated_operation_modules()[name]
    attribute, method_name = OPERATIONS[name]
    method = getattr(getattr(Dastra(api_key="k", api_url="http://127.0.0.1:9"), attribute), method_name)
    generated = [p for p in _parameters(module.sync_detailed) if p[0] != "client"]
    facade = _parameters(method)
    assert facade[-1] == ("options", inspect.Parameter.VAR_KEYWORD, inspect.Parameter.empty)
    expected: list[tuple[str, Any, Any]] = []
    for parameter_name, kind, default in generated:
        if parameter_name == "workspace_id":
            expected.append(("workspace_id", inspect.Parameter.KEYWORD_ONLY, None))
        elif parameter_name in ("page", "size") and "Pager" in str(
            inspect.signature(method).return_annotation
        ):
            expected.append((parameter_name, kind, 1 if parameter_name == "page" else 500))
        else:
            expected.append((parameter_name, kind, default))
    assert sorted(facade[:-1], key=_order) == sorted(expected, key=_order)
    positional = [p[0] for p in generated if p[1] is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    assert [p[0] for p in facade if p[1] is inspect.Parameter.POSITIONAL_OR_KEYWORD] == [
        p for p in positional if p != "workspace_id"
    ]


def _order(parameter: tuple[str, Any, Any]) -> str:
    return parameter[0]


def test_every_paged_list_is_a_pager() -> None:
    """Operations with ``page`` and ``size`` answering ``{items, total}`` return pagers: the 41 answering a
    ``*PagedList`` and ``DataProcessings_Tree`` (a ``DataProcessingTreeDto``, the same shape)."""
    from dastra import Dastra

    dastra = Dastra(api_key="k", api_url="http://127.0.0.1:9")
    paged = {
        name
        for name, module in generated_operation_modules().items()
        if {"page", "size"} <= set(inspect.signature(module.sync_detailed).parameters)
        and {"items", "total"}
        <= set(getattr(inspect.signature(module.sync).return_annotation, "__annotations__", {}))
    }
    pagers = {
        name
        for name, (attribute, method) in OPERATIONS.items()
        if "Pager[" in str(inspect.signature(getattr(getattr(dastra, attribute), method)).return_annotation)
    }
    assert pagers == paged and len(pagers) == 42
    assert "data_processings.data_processings_tree" in pagers
