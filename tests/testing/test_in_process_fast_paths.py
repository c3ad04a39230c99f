"""What the in-process fast paths must keep as it was: an answer that looks read to httpx2 (as ``read()`` leaves
it), request headers decoded as httpx2 decodes them, remembered credentials refused once they expire or the
key changes, parameters bound per spec and operation, the request log and ``X-Request-Id`` unchanged, and a
read of a stored item answering it as last written."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from typing import Any

import anyio
import httpx2
import pytest

from dastra.testing import FakeDastra
from dastra.testing._fake import _KNOWN_CREDENTIALS
from dastra.testing._messages import FakeRequest, FakeResponse
from dastra.testing._spec import Spec
from dastra.testing._validate import BindingError, bind_parameters
from dastra.testing.transport import _KNOWN_HEADER_SETS, FakeTransport
from tests.testing.conftest import fetch_token, raw_client

_EXPIRED = 'error="invalid_token", error_description="The token expired"'


def _state(response: httpx2.Response) -> dict[str, Any]:
    """A response's attributes, but its stream (a new object each time) and the decoder read() makes."""
    return {name: value for name, value in vars(response).items() if name not in ("stream", "_decoder")}


@pytest.mark.parametrize("body", [b'{"id":1,"label":"caf\xc3\xa9"}', b""])
def test_an_in_process_answer_is_left_as_read_leaves_it(body: bytes) -> None:
    request = httpx2.Request("GET", "https://api.dastra.test/v1/WorkSpaces/1")
    answer = FakeResponse(200, (("Content-Type", "application/json"), ("X-Request-Id", "0123")), body)
    fast = FakeTransport._response(request, answer)
    length = (("Content-Length", str(len(body))),) if body else ()
    read = httpx2.Response(
        200, headers=(*answer.headers, *length), stream=httpx2.ByteStream(body), request=request
    )
    read.read()
    assert _state(fast) == _state(read)
    assert fast.content == body and fast.num_bytes_downloaded == len(body)


def test_a_streamed_call_gets_a_closed_read_response(shared_fake: FakeDastra) -> None:
    with httpx2.Client(
        base_url=shared_fake.api_url,
        transport=shared_fake.transport(),
        headers={"X-API-Key": shared_fake.api_key},
    ) as http:
        whole = http.get("/v1/WorkSpaces")
        with http.stream("GET", "/v1/WorkSpaces") as streamed:
            assert streamed.is_closed and streamed.is_stream_consumed
            assert b"".join(streamed.iter_bytes()) == whole.content
            assert streamed.elapsed.total_seconds() >= 0


def test_a_content_encoded_answer_is_decoded_by_httpx2() -> None:
    class Compressing:
        api_url = "https://api.dastra.test"
        token_url = "https://account.dastra.test/connect/token"

        def handle(self, request: FakeRequest) -> FakeResponse:
            return FakeResponse(200, (("Content-Encoding", "gzip"),), gzip.compress(b"plain"))

        def environment(self, api_url: str | None = None, token_url: str | None = None) -> dict[str, str]:
            return {}

    with httpx2.Client(transport=FakeTransport(Compressing())) as http:
        assert http.get("https://api.dastra.test/v1/WorkSpaces").content == b"plain"


def test_request_headers_are_decoded_as_httpx2_decodes_them(shared_fake: FakeDastra) -> None:
    transport = shared_fake.transport()
    ascii_only = httpx2.Headers([("Accept", "*/*"), ("X-Tag", "a"), ("x-tag", "b")])
    latin = httpx2.Headers([(b"X-Name", "café".encode("latin-1")), (b"Accept", b"*/*")])
    utf8 = httpx2.Headers([(b"X-Name", "café".encode()), (b"X-Tag", b"a"), (b"X-TAG", b"b")])
    for headers in (ascii_only, latin, utf8, ascii_only, latin, utf8):  # the second time, ASCII ones kept
        assert transport._headers(headers) == dict(headers.items())
    assert transport._headers(utf8)["x-name"] == "café" and transport._headers(ascii_only)["x-tag"] == "a, b"
    chosen = httpx2.Headers([(b"X-Name", "café".encode())], encoding="latin-1")
    assert transport._headers(chosen) == dict(chosen.items()) == {"x-name": "cafÃ©"}
    chosen.encoding = "utf-8"
    assert transport._headers(chosen) == {"x-name": "café"}


def test_kept_headers_are_a_new_dict_each_time_and_stay_bounded(shared_fake: FakeDastra) -> None:
    transport = shared_fake.transport()
    headers = httpx2.Headers([("Authorization", "Bearer a")])
    first = transport._headers(headers)
    first["authorization"] = "changed"
    assert transport._headers(headers) == {"authorization": "Bearer a"}
    assert transport._headers(httpx2.Headers([("Authorization", "Bearer b")])) == {
        "authorization": "Bearer b"
    }
    for n in range(_KNOWN_HEADER_SETS + 5):
        assert transport._headers(httpx2.Headers([("X-N", str(n))])) == {"x-n": str(n)}
    assert len(transport._decoded) <= _KNOWN_HEADER_SETS


def test_an_expired_token_is_refused_after_it_was_accepted() -> None:
    fake = FakeDastra(seed=0, token_lifetime=60, rate_limits=(), clock=lambda: 0.0)
    token = fetch_token(fake)
    with httpx2.Client(
        base_url=fake.api_url, transport=fake.transport(), headers={"Authorization": f"Bearer {token}"}
    ) as http:
        assert [http.get("/v1/WorkSpaces").status_code for _ in range(2)] == [200, 200]  # remembered
        fake.advance(59.5)
        assert http.get("/v1/WorkSpaces").status_code == 200
        fake.advance(0.5)  # exactly at expiry: expired, as a token checked afresh is
        for _ in range(2):
            expired = http.get("/v1/WorkSpaces")
            assert expired.status_code == 401 and expired.headers["www-authenticate"] == f"Bearer {_EXPIRED}"
        fresh = fetch_token(fake)
        assert http.get("/v1/WorkSpaces", headers={"Authorization": f"Bearer {fresh}"}).status_code == 200
        unknown = http.get("/v1/WorkSpaces", headers={"Authorization": "Bearer fk_unknown"})
        assert unknown.status_code == 401 and "not valid" in unknown.headers["www-authenticate"]


def test_a_rotated_key_or_client_id_is_checked_again() -> None:
    fake = FakeDastra(seed=0, rate_limits=())
    old_key, old_id = fake.api_key, fake.client_id
    token = fetch_token(fake)
    with httpx2.Client(base_url=fake.api_url, transport=fake.transport()) as http:

        def status(**headers: str) -> int:
            return http.get("/v1/WorkSpaces", headers=headers).status_code

        def basic(client_id: str, secret: str) -> int:
            return http.get("/v1/WorkSpaces", auth=(client_id, secret)).status_code

        assert (status(**{"X-API-Key": old_key}), basic(old_id, old_key)) == (200, 200)
        fake.client_secret = "rotated-secret"
        assert (status(**{"X-API-Key": old_key}), basic(old_id, old_key)) == (401, 401)
        assert (status(**{"X-API-Key": "rotated-secret"}), basic(old_id, "rotated-secret")) == (200, 200)
        assert status(Authorization=f"Bearer {token}") == 200  # issued tokens outlive a rotation, as before
        fake.client_id = "another-client"
        assert (basic(old_id, "rotated-secret"), basic("another-client", "rotated-secret")) == (401, 200)


def test_remembered_credentials_stay_bounded_and_keep_their_owner() -> None:
    fake = FakeDastra(seed=0, rate_limits=())
    token = fetch_token(fake)
    with httpx2.Client(base_url=fake.api_url, transport=fake.transport()) as http:
        for n in range(_KNOWN_CREDENTIALS + 5):  # a valid token wins over any X-API-Key sent with it
            headers = {"Authorization": f"Bearer {token}", "X-API-Key": f"key-{n}"}
            assert http.get("/v1/WorkSpaces", headers=headers).status_code == 200
    assert len(fake._owners) <= _KNOWN_CREDENTIALS
    limited = FakeDastra(seed=0, rate_limits=((3, 60.0),))
    token = fetch_token(limited)
    with httpx2.Client(base_url=limited.api_url, transport=limited.transport()) as http:
        answers = [
            http.get("/v1/WorkSpaces", headers={"Authorization": f"Bearer {token}", "X-API-Key": key})
            for key in ("a", "b", "c", "d")
        ]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]  # one owner: the token's


def _document(id_type: str) -> dict[str, Any]:
    """A one-operation spec whose parameters cover every kind bind_parameters converts."""

    def query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"name": name, "in": "query", "schema": schema}

    parameters = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": id_type, "format": "int32"}},
        query("big", {"type": "integer", "format": "int64"}),
        query("ratio", {"type": "number"}),
        query("flag", {"type": "boolean"}),
        query("ref", {"type": "string", "format": "uuid"}),
        query("since", {"type": "string", "format": "date-time"}),
        query("state", {"$ref": "#/components/schemas/State"}),
        query("loose", {"anyOf": [{"$ref": "#/components/schemas/State"}, {"type": "string"}]}),
        query("states", {"type": "array", "items": {"$ref": "#/components/schemas/State"}}),
        query("Text", {"type": "string"}),
    ]
    return {
        "paths": {
            "/v1/Things/{id}": {
                "get": {"operationId": "Things_Find", "parameters": parameters, "responses": {"200": {}}}
            }
        },
        "components": {"schemas": {"State": {"type": "string", "enum": ["Active", "Archived"]}}},
    }


def test_parameters_bind_by_their_own_spec_and_operation() -> None:
    spec, other = Spec(_document("integer")), Spec(_document("string"))
    operation = spec.operation("Things_Find")
    query = {
        "BIG": ["9223372036854775807"],
        "ratio": ["0.5"],
        "flag": ["TRUE"],
        "ref": ["6F1C3A2E-4B1D-4C2B-9A3E-2F4B5C6D7E8F"],
        "since": ["2025-01-02T03:04:05"],
        "state": ["x", "archived"],
        "loose": ["anything"],
        "states": ["active", "ARCHIVED"],
        "text": ["a", "b"],
    }
    for _ in range(2):  # the second time from what the first worked out
        assert bind_parameters(spec, operation, {"id": " 7 "}, query) == {
            "id": 7,
            "big": 9223372036854775807,
            "ratio": 0.5,
            "flag": True,
            "ref": "6f1c3a2e-4b1d-4c2b-9a3e-2f4b5c6d7e8f",
            "since": "2025-01-02T03:04:05",
            "state": "Archived",
            "loose": "anything",
            "states": ["Active", "Archived"],
            "Text": "b",
        }
    # The same operation id in another spec binds by that spec's schemas (a string id, not an int32),
    # and so does that operation handed over with the first spec.
    assert bind_parameters(other, other.operation("Things_Find"), {"id": " 7 "}, {}) == {"id": " 7 "}
    assert bind_parameters(spec, other.operation("Things_Find"), {"id": " 7 "}, {}) == {"id": " 7 "}
    with pytest.raises(BindingError) as refused:
        bind_parameters(spec, operation, {"id": "2147483648"}, {"flag": ["yes"], "states": ["x", "active"]})
    assert refused.value.errors == {
        "id": ["The value '2147483648' is not valid for id."],
        "flag": ["The value 'yes' is not valid for flag."],
        "states": ["The value 'x' is not valid for states."],
    }


def test_the_request_log_redacts_every_secret_and_keeps_the_header_order(fake_dastra: FakeDastra) -> None:
    headers = {"X-First": "1", "X-API-Key": fake_dastra.api_key, "Cookie": "session=s3cret", "X-Last": "2"}
    with httpx2.Client(base_url=fake_dastra.api_url, transport=fake_dastra.transport()) as http:
        http.get("/v1/WorkSpaces", headers=headers)
    (logged,) = fake_dastra.requests
    sent = [name for name in logged.headers if name.startswith(("x-", "cookie"))]
    assert sent == ["x-first", "x-api-key", "cookie", "x-last"]
    assert logged.headers["x-api-key"] == logged.headers["cookie"] == "<redacted>"
    assert (logged.headers["x-first"], logged.headers["x-last"]) == ("1", "2")
    assert fake_dastra.api_key not in repr(logged) and "s3cret" not in repr(logged)


def _request_ids(fake: FakeDastra) -> list[str]:
    async def main() -> list[str]:
        async with httpx2.AsyncClient(
            base_url=fake.api_url, transport=fake.transport(), headers={"X-API-Key": fake.api_key}
        ) as http:
            answers = [await http.get(path) for path in ("/v1/WorkSpaces", "/v1/Nope", "/v1/WorkSpaces/0")]
            return [answer.headers["x-request-id"] for answer in answers]

    return anyio.run(main)


def test_every_answer_has_a_request_id_repeatable_for_a_seed() -> None:
    first, again, other = (_request_ids(FakeDastra(seed=seed, rate_limits=())) for seed in (5, 5, 6))
    assert first == again and first != other
    assert all(re.fullmatch(r"[0-9a-f]{16}", request_id) for request_id in first)
    # The n-th answer's id is the sha256 of "{seed}:trace:{n}", as before; the 404 of a missing item
    # carries a traceId of its own, which takes the number before its id.
    assert first[:2] == [hashlib.sha256(f"5:trace:{n}".encode()).hexdigest()[:16] for n in (1, 2)]
    assert first[2] == hashlib.sha256(b"5:trace:4").hexdigest()[:16]


def test_a_read_answers_the_item_as_last_written(fake_dastra: FakeDastra) -> None:
    base = f"/v1/ws/{fake_dastra.workspace_id}/DataBreachs"
    with raw_client(fake_dastra) as http:

        def read_twice(item_id: str, label: str | None = None) -> None:
            """Both reads (the item encoded, then its JSON kept) answer the item as stored now."""
            (stored,) = [item for item in fake_dastra.items("DataBreachs") if item["id"] == item_id]
            expected = json.dumps(stored, ensure_ascii=False, separators=(",", ":")).encode()
            for _ in range(2):
                answer = http.get(f"{base}/{item_id}")
                assert answer.status_code == 200 and answer.content == expected
            assert label is None or stored["label"] == label

        first, second = (item["id"] for item in fake_dastra.items("DataBreachs")[:2])
        read_twice(first)
        read_twice(second)
        created = http.post(base, json={"label": "new", "startDate": "2025-01-01T00:00:00Z"}).json()["id"]
        read_twice(created, "new")
        http.put(f"{base}/{created}", json={"label": "updated", "startDate": "2025-01-02T00:00:00Z"})
        read_twice(created, "updated")
        patch = [{"op": "replace", "path": "/label", "value": "patched"}]
        http.patch(f"{base}/{created}", json=patch, headers={"Content-Type": "application/json-patch+json"})
        read_twice(created, "patched")
        batch = {"ids": [first, second], "patch": {"operations": patch}}  # the spec's JsonPatchDocument
        assert http.patch(base, json=batch).status_code == 200
        read_twice(first, "patched")
        read_twice(second, "patched")
        http.delete(f"{base}/{first}")
        assert http.get(f"{base}/{first}").status_code == 404
        read_twice(second, "patched")
