"""The generated reference: every operation of the pinned spec with its path, every model, every setting."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from dastra.settings import ENVIRONMENT_VARIABLES
from dastra_codegen import paths
from dastra_docs.code import Argument, Method, Model, Resource
from dastra_docs.pages import Reference, cell, settings_page
from dastra_docs.spec import Spec
from tests.docs.html_index import read_page

SNAPSHOT = json.loads((paths.OPENAPI_DIR / "snapshot.json").read_text(encoding="utf-8"))


def test_every_operation_of_the_snapshot_has_its_entry_with_its_path(
    site: Path, pinned_document: dict[str, Any]
) -> None:
    spec = Spec(pinned_document)
    sections: dict[str, str] = {}
    for page in sorted((site / "reference" / "resources").glob("*.html")):
        sections.update(read_page(page).sections)
    found = [
        operation.operation_id
        for operation in spec.operations
        if f"{operation.method} {operation.path}" in sections.get(operation.operation_id, "")
    ]
    assert len(found) == len(spec.operations) == SNAPSHOT["operations"] == 324
    index = (site / "reference" / "operations.html").read_text(encoding="utf-8")
    assert all(f"#{operation.operation_id}" in index for operation in spec.operations)


def test_every_schema_has_a_model_page_with_its_fields(site: Path, pinned_document: dict[str, Any]) -> None:
    schemas = pinned_document["components"]["schemas"]
    assert len(schemas) == SNAPSHOT["schemas"]
    missing = [name for name in schemas if not (site / "reference" / "models" / f"{name}.html").is_file()]
    assert missing == []
    page = (site / "reference" / "models" / "DataBreachDto.html").read_text(encoding="utf-8")
    for json_key in schemas["DataBreachDto"]["properties"]:
        assert f"<code>{json_key}</code>" in page
    assert "at most 1000 characters" in page  # reasonDescription's maxLength, from the spec


def test_the_settings_page_names_every_environment_variable(site: Path) -> None:
    page = (site / "reference" / "settings.html").read_text(encoding="utf-8")
    assert [v for v in ENVIRONMENT_VARIABLES.values() if f"<code>{v}</code>" not in page] == []


def test_the_settings_table_is_read_from_the_settings_module() -> None:
    text = settings_page(paths.ROOT / "dastra" / "settings.py")
    row = next(line for line in text.splitlines() if line.startswith("| `max_retries` "))
    assert "`DASTRA_MAX_RETRIES`" in row
    assert "`2`" in row
    timeout = next(line for line in text.splitlines() if line.startswith("| `timeout` "))
    assert "connect 5 s" in timeout  # the default's own comment, not the constant's name


# --- the join of spec and code, on small inputs -------------------------------------------------


def _spec(description: str = "") -> Spec:
    return Spec(
        {
            "info": {"title": "T", "version": "v1"},
            "paths": {
                "/v1/things/{thingId}": {
                    "get": {
                        "operationId": "Things_Find",
                        "tags": ["Things"],
                        "summary": "Find a <thing>",
                        "parameters": [
                            {
                                "name": "thingId",
                                "in": "path",
                                "required": True,
                                "description": description,
                                "schema": {"type": "integer", "format": "int32"},
                            }
                        ],
                        "responses": {
                            "200": {
                                "content": {
                                    "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                                }
                            }
                        },
                    }
                }
            },
            "components": {
                "schemas": {"Thing": {"type": "object", "properties": {"kind": {"type": "string"}}}}
            },
        }
    )


def _resource(url: str = "/v1/things/{thing_id}") -> Resource:
    method = Method(
        name="find",
        arguments=(
            Argument("thing_id", "int", None, "positional"),
            Argument("options", "Unpack[RequestOptions]", None, "options"),
        ),
        returns="Thing",
        async_returns="Thing",
        coroutine=True,
        http_method="GET",
        url=url,
        docstring="",
    )
    return Resource("things", "things", "Things", "AsyncThings", (method,))


_THING = Model("Thing", "thing", (), (), "")


def test_a_method_is_documented_with_the_spec_parameter_description_escaped() -> None:
    reference = Reference(_spec(description="The thing's id | <b>bold</b>"), [_resource()], [_THING])
    page = reference.pages()["reference/resources/things.md"]
    assert "## `find` { #Things_Find }" in page
    assert "`GET /v1/things/{thingId}` · operation `Things_Find`" in page
    assert "Find a &lt;thing&gt;" in page  # spec text is shown, never rendered as HTML
    assert "The thing's id \\| &lt;b&gt;bold&lt;/b&gt;" in page
    assert "**Returns** [`Thing`](../models/Thing.md)." in page
    assert "print(dastra.things.find(1))" in page
    assert "print(await dastra.things.find(1))" in page


def test_a_method_whose_operation_the_spec_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match=r"dastra\.things\.find calls GET /v1/other/\{thing_id\}"):
        Reference(_spec(), [_resource(url="/v1/other/{thing_id}")], [_THING])


def test_an_operation_without_a_method_is_refused() -> None:
    with pytest.raises(ValueError, match="operations of the spec without a method: Things_Find"):
        Reference(_spec(), [], [_THING])


def test_a_cell_holds_spec_text_on_one_line() -> None:
    assert cell("a\n  b | c <script>") == "a b \\| c &lt;script&gt;"


def test_an_example_fills_the_required_fields_of_a_body() -> None:
    reference = Reference.load(
        paths.OPENAPI_DIR / "dastra-api.json", paths.ROOT / "generated" / "dastra_client"
    )
    page = reference.resource_page(next(r for r in reference.resources if r.attribute == "data_breachs"))
    assert 'body=DataBreachDto(label="text", start_date=datetime.datetime(2024, 1, 1))' in page
    assert "from dastra_client.models import DataBreachDto" in page


def test_every_generated_example_and_signature_is_valid_python() -> None:
    reference = Reference.load(
        paths.OPENAPI_DIR / "dastra-api.json", paths.ROOT / "generated" / "dastra_client"
    )
    blocks = [
        textwrap.dedent(block)
        for resource in reference.resources
        for block in re.findall(r"    ```python\n(.*?)    ```", reference.resource_page(resource), re.S)
    ]
    assert len(blocks) == 4 * 324  # sync and async signatures, sync and async examples
    for block in blocks:
        signature = block.startswith(("def ", "async def "))
        source = block.rstrip() + ":\n    ..." if signature else block  # a signature: give it a body
        compile(source, "<reference>", "exec")


def test_the_readme_configure_table_names_every_environment_variable() -> None:
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Configure") : readme.index("## First call")]
    assert [v for v in ENVIRONMENT_VARIABLES.values() if f"`{v}`" not in table] == []
    assert readme.index("## Install") < readme.index("## Quick start")  # the README starts with the user
    assert 'pip install "dastra-client[speed]"' in readme  # extras quoted (zsh globs [...])
    assert "pip install dastra-client[" not in readme
