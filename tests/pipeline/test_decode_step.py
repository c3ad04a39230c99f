"""The decode step: generated operations call decode_json(response), never response.json()."""

from __future__ import annotations

import textwrap
from pathlib import Path
from uuid import UUID

import pytest

from dastra_codegen import paths
from dastra_codegen.postprocess import PostprocessError, decode_json_calls, use_decode_json

ENDPOINT = textwrap.dedent(
    """\
    import httpx2

    from ... import errors
    from ...client import AuthenticatedClient, Client
    from ...models.thing import Thing


    def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Thing | None:
        if response.status_code == 200:
            return Thing.from_dict(response.json())
        if response.status_code == 201:
            _items = response.json()
            return [Thing.from_dict(item) for item in _items]
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return None
    """
)


def test_every_call_is_rewritten_and_the_import_added() -> None:
    result = decode_json_calls(ENDPOINT)
    assert "response.json()" not in result
    assert "return decode_model(response, Thing)" in result  # a model of the whole body: the fast path
    assert "_items = decode_json(response)" in result
    assert "from ... import errors\nfrom ..._decode import decode_json, decode_model\n" in result
    compile(result, "endpoint.py", "exec")


def test_only_the_functions_a_module_calls_are_imported() -> None:
    models_only = decode_json_calls(ENDPOINT.replace("_items = response.json()", "_items = []"))
    assert "from ..._decode import decode_model\n" in models_only
    assert "decode_json" not in models_only
    values_only = decode_json_calls(ENDPOINT.replace("Thing.from_dict(response.json())", "response.json()"))
    assert "from ..._decode import decode_json\n" in values_only
    assert "decode_model" not in values_only


def test_a_module_that_decodes_no_json_is_left_alone() -> None:
    source = ENDPOINT.replace("response.json()", "File(payload=BytesIO(response.content))")
    assert decode_json_calls(source) is source


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (ENDPOINT.replace("from ... import errors\n", "from ...errors import UnexpectedStatus\n"), "errors"),
        (ENDPOINT.replace("response.json()", "response.json(object_hook=dict)"), "other than"),
        (ENDPOINT + "\n\ndata = response.json(parse_float=str)\n", "left after"),
    ],
)
def test_the_step_fails_loudly_when_the_generator_output_changes_shape(source: str, message: str) -> None:
    with pytest.raises(PostprocessError, match=message):
        decode_json_calls(source, "api/things/thing_find.py")


def test_the_package_step_rewrites_every_endpoint_and_accepts_a_package_without_json(tmp_path: Path) -> None:
    api = tmp_path / "api" / "things"
    api.mkdir(parents=True)
    (api / "__init__.py").write_text("")
    (api / "thing_find.py").write_text(ENDPOINT)
    (api / "thing_delete.py").write_text(ENDPOINT.replace("response.json()", "None"))
    assert use_decode_json(tmp_path) == 1
    assert "decode_json(response)" in (api / "thing_find.py").read_text()
    (api / "thing_find.py").write_text(ENDPOINT.replace("response.json()", "None"))
    assert use_decode_json(tmp_path) == 0  # a document with no JSON answer (only files, text...)
    assert "decode_json" not in (api / "thing_find.py").read_text()


def test_the_generated_package_never_calls_response_json() -> None:
    api = paths.GENERATED_DIR / "dastra_client" / "api"
    if not api.is_dir():
        pytest.skip("generated client absent")
    modules = sorted(api.rglob("*.py"))
    texts = [m.read_text(encoding="utf-8") for m in modules]
    decoding = [t for t in texts if "decode_json(response)" in t or "decode_model(response, " in t]
    assert not [m for m, t in zip(modules, texts, strict=True) if ".json()" in t]
    assert len(decoding) >= 150  # every operation answering JSON (182 in the 2023 snapshot)
    assert not [t for t in texts if ".from_dict(decode_json(response))" in t]  # models: the fast path
    assert sum("decode_model(response, " in t for t in texts) >= 140


def test_a_generated_operation_raises_the_typed_error_on_html() -> None:
    import httpx2

    from dastra_client import Client
    from dastra_client._errors import APIResponseValidationError
    from dastra_client.api.data_breachs import data_breachs_find

    def html(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"Content-Type": "text/html"}, content=b"<h1>Maintenance</h1>")

    with Client(base_url="https://api.example.test") as client:
        client.set_httpx_client(
            httpx2.Client(base_url="https://api.example.test", transport=httpx2.MockTransport(html))
        )
        with pytest.raises(APIResponseValidationError, match="text/html"):
            data_breachs_find.sync("1", UUID(int=7), client=client)
