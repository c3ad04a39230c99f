"""A fake Dastra that services test against: stateful, driven by the pinned spec, in-process or on loopback."""

from dastra.testing._fake import (
    CONNECTION_RESET,
    DEFAULT_RATE_LIMITS,
    FakeDastra,
    FakeRequest,
    FakeResponse,
    RecordedRequest,
    WebhookDelivery,
)

__all__ = [
    "CONNECTION_RESET",
    "DEFAULT_RATE_LIMITS",
    "FakeDastra",
    "FakeRequest",
    "FakeResponse",
    "RecordedRequest",
    "WebhookDelivery",
]
