"""The resource views join a generated function's path to the session's base URL themselves (one parse
instead of three in httpx2): the URL sent must be the one httpx2 would have made."""

from __future__ import annotations

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dastra_client._resource import _joined

BASES = [
    "https://api.dastra.eu",
    "https://api.dastra.eu/",
    "http://127.0.0.1:8080/prefix",
    "http://127.0.0.1:8080/prefix/",
    "http://[::1]:9000/a/b/",
    "http://127.0.0.1/?q=1",
    "",
]
PATHS = [
    "/v1/WorkSpaces/12",
    "/v1/ws/12/data-breachs/x y",
    "/v1/a%2Fb/c",
    "/v1/caf\u00e9",
    "/v1/x?a=1&b=2",
    "/v1/x#fragment",
    "//evil.example/x",
    "https://other.example/x",
    "v1/relative",
    "",
    httpx2.URL("/v1/WorkSpaces/12"),
]


def _sent(base: str, url: httpx2.URL | str) -> tuple[httpx2.URL, httpx2.URL]:
    with httpx2.Client(base_url=base) as client:
        return client.build_request("GET", _joined(client, url)).url, client.build_request("GET", url).url


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("url", PATHS, ids=repr)
def test_the_joined_url_is_the_one_httpx2_makes(base: str, url: httpx2.URL | str) -> None:
    joined, expected = _sent(base, url)
    assert joined == expected
    assert str(joined) == str(expected)


def test_a_generated_path_becomes_one_absolute_string() -> None:
    with httpx2.Client(base_url="http://127.0.0.1:8080/prefix") as client:
        assert _joined(client, "/v1/WorkSpaces/12") == "http://127.0.0.1:8080/prefix/v1/WorkSpaces/12"
    async_client = httpx2.AsyncClient(base_url="https://api.dastra.eu")
    assert _joined(async_client, "/v1/x") == "https://api.dastra.eu/v1/x"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40))
def test_any_path_segment_joins_as_httpx2_joins_it(segment: str) -> None:
    joined, expected = _sent("http://127.0.0.1:8080/base", f"/v1/ws/{segment}/items")
    assert str(joined) == str(expected)
