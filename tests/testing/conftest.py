"""Shared fakes for tests/testing: one seeded fake per module for read-only tests (a fresh one per test
where a test changes state or the clock)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest

from dastra.testing import FakeDastra


def raw_client(fake: FakeDastra, *, token: bool = True) -> httpx2.Client:
    """A plain httpx2 client on the in-process transport (no policies), with a bearer token."""
    headers = {"Authorization": f"Bearer {fetch_token(fake)}"} if token else {}
    return httpx2.Client(base_url=fake.api_url, transport=fake.transport(), headers=headers)


def fetch_token(fake: FakeDastra) -> str:
    """A token from the fake's token endpoint (client credentials, Basic auth)."""
    with httpx2.Client(transport=fake.transport()) as http:
        answer = http.post(
            fake.token_url,
            data={"grant_type": "client_credentials", "scope": "api1"},
            auth=(fake.client_id, fake.client_secret),
        )
    token: str = answer.json()["access_token"]
    return token


@pytest.fixture(scope="module")
def shared_fake() -> FakeDastra:
    return FakeDastra(seed=0, rate_limits=())


@pytest.fixture(scope="module")
def shared_http(shared_fake: FakeDastra) -> Iterator[httpx2.Client]:
    with raw_client(shared_fake) as http:
        yield http
