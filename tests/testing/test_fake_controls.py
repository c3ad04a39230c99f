"""The fake's authentication and test controls: the token endpoint as Dastra's, expiring tokens, the API key,
injected failures seen through the client's retries, the per-key rate limit, the request log, latency,
webhook events signed as Dastra signs them, and a transport that lets nothing out."""

from __future__ import annotations

from datetime import datetime

import anyio
import httpx2
import pytest

from dastra import AsyncDastra, Dastra
from dastra.errors import (
    APIConnectionError,
    InternalServerError,
    RateLimitError,
    TokenEndpointError,
)
from dastra.testing import CONNECTION_RESET, FakeDastra
from dastra.testing.transport import FakeTransport
from dastra.webhooks import Webhooks, verify_signature
from dastra_client.models import DataBreachDto
from tests.testing.conftest import fetch_token, raw_client
from tests.testing.test_sandbox_runner import VARIABLES


def _token_request(fake: FakeDastra, **form: str) -> httpx2.Response:
    with httpx2.Client(transport=fake.transport()) as http:
        return http.post(
            fake.token_url, data=form, auth=(fake.client_id, form.pop("secret", fake.client_secret))
        )


def test_the_token_endpoint_answers_as_dastras(shared_fake: FakeDastra) -> None:
    granted = _token_request(shared_fake, grant_type="client_credentials", scope="api1")
    assert granted.status_code == 200
    body = granted.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600 and body["scope"] == "api1"
    wrong = _token_request(shared_fake, grant_type="client_credentials", scope="api1", secret="nope")
    assert (wrong.status_code, wrong.json()) == (401, {"error": "invalid_client"})
    scope = _token_request(shared_fake, grant_type="client_credentials", scope="admin")
    assert (scope.status_code, scope.json()["error"]) == (400, "invalid_scope")
    grant = _token_request(shared_fake, grant_type="password")
    assert grant.json()["error"] == "unsupported_grant_type"


def test_a_wrong_secret_is_a_token_endpoint_error(shared_fake: FakeDastra) -> None:
    with shared_fake.client(client_secret="wrong") as dastra, pytest.raises(TokenEndpointError) as raised:
        _ = dastra.work_spaces.list(size=1).total
    assert raised.value.error == "invalid_client" and "wrong" not in str(raised.value)


def test_tokens_expire_and_the_client_fetches_a_new_one(fake_dastra: FakeDastra) -> None:
    fake = FakeDastra(seed=0, token_lifetime=120)
    token = fetch_token(fake)
    with httpx2.Client(base_url=fake.api_url, transport=fake.transport()) as http:
        headers = {"Authorization": f"Bearer {token}"}
        assert http.get("/v1/WorkSpaces", headers=headers).status_code == 200
        fake.advance(121)
        expired = http.get("/v1/WorkSpaces", headers=headers)
        assert expired.status_code == 401 and "expired" in expired.headers["www-authenticate"]
        assert http.get("/v1/WorkSpaces").status_code == 401  # no credentials at all
    with fake.client() as dastra:
        _ = dastra.work_spaces.list(size=1).total
        fake.advance(121)  # past expiry, and past the client's own leeway
        assert dastra.work_spaces.list(size=1).total == 3
    assert len(fake.calls("token")) == 3  # fetch_token, then one per expiry


def test_the_api_key_header_and_basic_auth_are_accepted(shared_fake: FakeDastra) -> None:
    with Dastra(
        shared_fake.settings(client_id=None, api_key=shared_fake.api_key), transport=shared_fake.transport()
    ) as dastra:
        assert dastra.work_spaces.list().total == 3
    with httpx2.Client(base_url=shared_fake.api_url, transport=shared_fake.transport()) as http:
        assert http.get("/v1/WorkSpaces", headers={"X-API-Key": "wrong"}).status_code == 401
        assert (
            http.get("/v1/WorkSpaces", auth=(shared_fake.client_id, shared_fake.client_secret)).status_code
            == 200
        )


def test_fail_next_answers_the_status_then_recovers(fake_dastra: FakeDastra) -> None:
    fake_dastra.fail_next("WorkSpaces_List", status=503, retry_after=0)
    with fake_dastra.client() as dastra:
        assert dastra.work_spaces.list().total == 3  # retried once, as a 503 is
    statuses = [request.status for request in fake_dastra.calls("workspaces_list")]
    assert statuses == [503, 200]
    fake_dastra.fail_next("WorkSpaces_List", status=429, retry_after=0, times=3)
    with fake_dastra.client(max_retries=1) as dastra, pytest.raises(RateLimitError) as raised:
        _ = dastra.work_spaces.list().total
    assert raised.value.response.headers["Retry-After"] == "0"
    assert raised.value.problem is not None and raised.value.problem.status == 429
    with fake_dastra.client(max_retries=0) as dastra:
        with pytest.raises(RateLimitError):  # the third failure was left for this call
            _ = dastra.work_spaces.list().total
        assert dastra.work_spaces.list().total == 3
        fake_dastra.fail_next("WorkSpaces_List", status=500)
        with pytest.raises(InternalServerError):
            _ = dastra.work_spaces.list().total


def test_a_connection_reset_is_retried_for_a_get_and_raised_for_a_post(fake_dastra: FakeDastra) -> None:
    fake_dastra.fail_next("DataBreachs_List", status=CONNECTION_RESET, retry_after=None)
    fake_dastra.fail_next("DataBreachs_Create", status=CONNECTION_RESET)
    with fake_dastra.client(max_retries=1) as dastra:
        assert dastra.data_breachs.list().total == 24
        with pytest.raises(APIConnectionError):
            dastra.data_breachs.create(body=DataBreachDto(label="x", start_date=datetime(2025, 1, 1)))
    assert [r.status for r in fake_dastra.calls("DataBreachs_List")][:2] == [0, 200]


def test_a_connection_reset_on_loopback_drops_the_connection(fake_dastra: FakeDastra) -> None:
    fake_dastra.fail_next("WorkSpaces_List", status=CONNECTION_RESET)
    token = fetch_token(fake_dastra)
    with fake_dastra.serve() as served, httpx2.Client(base_url=served.url) as http:
        with pytest.raises((httpx2.ReadError, httpx2.RemoteProtocolError)):
            http.get("/v1/WorkSpaces", headers={"Authorization": f"Bearer {token}"})
        assert http.get("/v1/WorkSpaces", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_the_token_endpoint_fails_on_demand(fake_dastra: FakeDastra) -> None:
    fake_dastra.fail_next("token", status=503)
    with fake_dastra.client() as dastra, pytest.raises(TokenEndpointError) as raised:
        _ = dastra.work_spaces.list().total
    assert raised.value.status_code == 503
    with fake_dastra.client() as dastra:
        assert dastra.work_spaces.list().total == 3
    assert [call.status for call in fake_dastra.calls("token")] == [503, 200]


def test_fail_next_refuses_an_unknown_operation_or_status(shared_fake: FakeDastra) -> None:
    with pytest.raises(KeyError, match="no operation 'Nope_List'"):
        shared_fake.fail_next("Nope_List", status=500)
    with pytest.raises(ValueError, match="status"):
        shared_fake.fail_next("WorkSpaces_List", status=200)


def test_the_rate_limit_is_per_key_and_windows_slide_with_the_clock() -> None:
    fake = FakeDastra(seed=0, rate_limits=((3, 60.0), (5, 600.0)))
    with raw_client(fake) as http:
        assert [http.get("/v1/WorkSpaces").status_code for _ in range(4)] == [200, 200, 200, 429]
        limited = http.get("/v1/WorkSpaces")
        assert limited.headers["Retry-After"] == "60" and limited.json()["status"] == 429
        fake.advance(60)
        assert [http.get("/v1/WorkSpaces").status_code for _ in range(3)] == [
            200,
            200,
            429,
        ]  # 10-minute window
    with httpx2.Client(base_url=fake.api_url, transport=fake.transport()) as other:
        assert other.get("/v1/WorkSpaces", headers={"X-API-Key": fake.api_key}).status_code == 200


def test_the_request_log_records_every_call_without_credentials(fake_dastra: FakeDastra) -> None:
    with fake_dastra.client() as dastra:
        _ = dastra.data_breachs.list(size=5).total
    token, listing = fake_dastra.requests
    assert token.operation_id == "token" and token.headers["authorization"] == "<redacted>"
    assert listing.operation_id == "DataBreachs_List" and listing.status == 200
    assert listing.query["size"] == ["5"] and listing.headers["authorization"] == "<redacted>"
    assert fake_dastra.client_secret not in repr(fake_dastra.requests)


def test_a_client_secret_sent_in_the_token_form_is_not_logged(fake_dastra: FakeDastra) -> None:
    with httpx2.Client(transport=fake_dastra.transport()) as http:
        form = {"grant_type": "client_credentials", "client_id": fake_dastra.client_id}
        answer = http.post(fake_dastra.token_url, data={**form, "client_secret": fake_dastra.client_secret})
    assert answer.status_code == 200
    (logged,) = fake_dastra.requests
    assert (
        fake_dastra.client_secret.encode() not in logged.body and b"client_secret=<redacted>" in logged.body
    )


def test_emit_signs_the_event_as_dastra_does(shared_fake: FakeDastra) -> None:
    breach = shared_fake.items("DataBreachs")[0]
    delivery = shared_fake.emit("DataBreachCreation", data={"id": breach["id"], "label": breach["label"]})
    verify_signature(delivery.body, delivery.signature, shared_fake.webhook_key)
    event = Webhooks(shared_fake.webhook_key).parse(delivery.body, delivery.headers)
    assert event.event_type == "DataBreachCreation" and event.webhook_id is not None
    assert shared_fake.emit("TaskCreation").signature != delivery.signature
    with pytest.raises(Exception, match="does not sign"):
        Webhooks("another-key").parse(delivery.body, delivery.headers)
    assert shared_fake.items("WebHookUrls")[0]["signatureKey"] == shared_fake.webhook_key


def test_latency_is_slept_by_the_transport_outside_the_fake() -> None:
    fake = FakeDastra(seed=0, latency=0.25, rate_limits=())
    slept: list[float] = []
    transport = FakeTransport(fake, sleep=slept.append)
    with httpx2.Client(transport=transport) as http:
        http.post(
            fake.token_url,
            data={"grant_type": "client_credentials"},
            auth=(fake.client_id, fake.client_secret),
        )
    assert slept == [0.25]


def test_the_transport_lets_no_request_out(shared_fake: FakeDastra) -> None:
    with httpx2.Client(transport=shared_fake.transport()) as http, pytest.raises(httpx2.ConnectError):
        http.get("https://api.dastra.eu/v1/WorkSpaces")


def test_the_async_client_works_in_process(shared_fake: FakeDastra) -> None:
    async def main() -> list[str]:
        async with shared_fake.async_client() as dastra:
            return [workspace.label async for workspace in dastra.work_spaces.list()]

    labels = anyio.run(main)
    assert len(labels) == 3 and all(labels)


def test_settings_and_environment_point_at_the_fake(shared_fake: FakeDastra) -> None:
    environment = shared_fake.environment()
    assert set(environment) == VARIABLES
    assert environment["DASTRA_WORKSPACE_ID"] == shared_fake.workspace_id
    assert shared_fake.client_secret not in repr(shared_fake) + repr(shared_fake.settings())
    assert isinstance(AsyncDastra(shared_fake.settings(), transport=shared_fake.transport()), AsyncDastra)
