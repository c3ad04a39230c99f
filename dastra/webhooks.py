"""Receiving Dastra webhooks: the one home of signature verification and payload parsing.

Dastra POSTs each event as JSON (the ``WebhookPayload`` model) with the header ``Dastra-Signature``:
the base64 HMAC-SHA256 of the raw body bytes, keyed with the webhook's signature key
(``WebHookUrlDto.signatureKey``, setting ``DASTRA_WEBHOOK_KEY``). The signature covers the bytes as
sent, so verify the body *before* any framework decodes it: ``request.get_data()`` in Flask,
``await request.body()`` in Starlette, ``request.body`` in Django. A re-serialized body does not verify.

There is no timestamp in the signature, so no replay protection: a captured delivery verifies again.
Deduplicate on ``(webhook_id, date)`` if that matters.

Errors: :class:`~dastra.errors.WebhookSignatureError` (missing header, malformed base64,
mismatch) and :class:`~dastra.errors.WebhookPayloadError` (verified, but not a JSON object).
Neither message ever holds the key, the expected signature or the body (events carry personal data).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from typing import Final, Protocol

from dastra.errors import ConfigError, WebhookPayloadError, WebhookSignatureError
from dastra_auth.redact import Secret
from dastra_client import _json
from dastra_client.models import WebhookPayload

__all__ = [
    "SIGNATURE_HEADER",
    "HeaderSource",
    "WebhookPayload",
    "Webhooks",
    "parse_webhook",
    "signature_header",
    "verify_signature",
]

#: The request header that carries the signature.
SIGNATURE_HEADER: Final = "Dastra-Signature"
_SIGNATURE_HEADER_LOWER: Final = SIGNATURE_HEADER.lower()
#: An HMAC-SHA256 is 32 bytes: 44 base64 characters.
_DIGEST_SIZE: Final = hashlib.sha256().digest_size

RawBody = bytes | bytearray | memoryview


class HeaderSource(Protocol):
    """Request headers: any ``Mapping[str, str]``, or anything with ``items()`` (werkzeug's ``Headers``)."""

    def items(self) -> Iterable[tuple[str, str]]: ...


def _key_bytes(key: str | Secret) -> bytes:
    value = key.reveal() if isinstance(key, Secret) else key
    if not isinstance(value, str):
        raise TypeError(f"the webhook key must be a str or a Secret, not {type(key).__name__}")
    if not value:
        raise ConfigError("the webhook key is empty (DASTRA_WEBHOOK_KEY: the webhook's signature key)")
    return value.encode("utf-8")


def _body_bytes(raw_body: RawBody) -> bytes:
    if not isinstance(raw_body, bytes | bytearray | memoryview):
        raise TypeError(
            f"raw_body must be the request body's bytes as received, not {type(raw_body).__name__}: "
            "the signature covers the exact bytes"
        )
    return bytes(raw_body)


def verify_signature(raw_body: RawBody, signature: str | None, key: str | Secret) -> None:
    """Check that ``signature`` (the ``Dastra-Signature`` header) signs ``raw_body`` with ``key``.

    Returns ``None`` when it does; raises :class:`WebhookSignatureError` (``reason`` ``"missing"``,
    ``"malformed"`` or ``"mismatch"``) otherwise. The digests are compared in constant time.
    """
    body = _body_bytes(raw_body)
    secret = _key_bytes(key)
    if signature is None or not signature.strip():
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is missing", reason="missing")
    try:
        received = base64.b64decode(signature.strip(), validate=True)
    except ValueError:  # binascii.Error (bad alphabet or padding), or characters outside ASCII
        received = b""
    if len(received) != _DIGEST_SIZE:
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} header is not a base64 HMAC-SHA256 ({_DIGEST_SIZE} bytes)",
            reason="malformed",
        )
    expected = hmac.new(secret, body, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, received):
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} header does not sign this body: a wrong key, or a body changed "
            "(or decoded and re-encoded) after Dastra sent it",
            reason="mismatch",
        )


def signature_header(headers: HeaderSource) -> str | None:
    """The ``Dastra-Signature`` value in ``headers`` (name matched case-insensitively), ``None`` if absent.

    Several values raise :class:`WebhookSignatureError`: a delivery carries exactly one.
    """
    values = [value for name, value in headers.items() if name.lower() == _SIGNATURE_HEADER_LOWER]
    if len(values) > 1:
        raise WebhookSignatureError(
            f"the request has {len(values)} {SIGNATURE_HEADER} headers", reason="malformed"
        )
    return values[0] if values else None


def parse_webhook(raw_body: RawBody, headers: HeaderSource, key: str | Secret) -> WebhookPayload:
    """Verify the delivery's signature, then parse its body into a :class:`WebhookPayload`.

    An ``eventType`` this client does not know stays its raw string; unknown fields go to
    ``additional_properties``. A body that is not a JSON object raises :class:`WebhookPayloadError`.
    """
    body = _body_bytes(raw_body)
    verify_signature(body, signature_header(headers), key)
    try:
        data = _json.loads(body)
    except ValueError:  # invalid JSON or invalid UTF-8, whichever decoder is in use
        raise WebhookPayloadError("the webhook body is not valid JSON") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"the webhook body is a JSON {_json_type(data)}, not an object")
    return WebhookPayload.from_dict(data)


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "null"


class Webhooks:
    """Webhook helpers bound to a default key (``dastra.webhooks`` on the facade).

    ``Webhooks(settings.webhook_key)``; an explicit ``key=`` on a call wins over the bound one (one
    receiver for several webhooks). With neither, calls raise :class:`ConfigError`.
    """

    __slots__ = ("_key",)

    def __init__(self, key: Secret | str | None = None) -> None:
        if key is not None and not isinstance(key, Secret):
            key = Secret(key)
        self._key: Secret | None = key

    def _resolve(self, key: str | Secret | None) -> str | Secret:
        chosen = key if key is not None else self._key
        if chosen is None:
            raise ConfigError(
                "DASTRA_WEBHOOK_KEY is not set (the webhook's signature key, WebHookUrlDto.signatureKey); "
                "set it or pass key="
            )
        return chosen

    def verify(self, raw_body: RawBody, signature: str | None, key: str | Secret | None = None) -> None:
        """:func:`verify_signature` with the bound key unless ``key`` is given."""
        verify_signature(raw_body, signature, self._resolve(key))

    def parse(
        self, raw_body: RawBody, headers: HeaderSource, key: str | Secret | None = None
    ) -> WebhookPayload:
        """:func:`parse_webhook` with the bound key unless ``key`` is given."""
        return parse_webhook(raw_body, headers, self._resolve(key))

    def __repr__(self) -> str:
        return f"Webhooks(key={self._key!r})"
