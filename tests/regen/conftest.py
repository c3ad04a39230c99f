"""Fixtures for the regeneration tests (gate, normalization shapes, corpus)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.policies.helpers import RecordedSleeps
from tests.servers.faults import FaultServer


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A fault server on 127.0.0.1, stopped after the test whatever happens."""
    with FaultServer() as running:
        yield running


@pytest.fixture
def sleeps() -> RecordedSleeps:
    return RecordedSleeps()
