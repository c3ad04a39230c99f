"""Which requests are API requests (retried, rate-limited, typed errors): the verdict kept for the last URL
must never answer for another request."""

from __future__ import annotations

import httpx2

from dastra.policies.transport import api_request_matcher
from dastra_auth.extensions import TOKEN_REQUEST_EXTENSION


def test_each_request_gets_its_own_verdict() -> None:
    is_api = api_request_matcher("https://api.example/v1")
    inside = httpx2.Request("GET", "https://api.example/v1/Tags")
    outside = httpx2.Request("GET", "https://other.example/v1/Tags")
    sibling = httpx2.Request("GET", "https://api.example/v10/Tags")
    assert [is_api(r) for r in (inside, inside, outside, inside, sibling, outside)] == [
        True,
        True,
        False,
        True,
        False,
        False,
    ]


def test_a_token_request_on_an_api_url_just_judged_is_not_an_api_request() -> None:
    is_api = api_request_matcher("https://api.example")
    api = httpx2.Request("GET", "https://api.example/connect/token")
    assert is_api(api)
    api.extensions[TOKEN_REQUEST_EXTENSION] = True  # the very request (and URL object) just judged
    assert not is_api(api)
