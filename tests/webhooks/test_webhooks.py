"""Webhook deliveries POSTed over real HTTP to a loopback Flask receiver, signed as Dastra signs them.

Dastra's documented scheme: the ``Dastra-Signature`` header is the base64 of the HMAC-SHA256 of the
raw body bytes, keyed with the webhook's signature key (a UUID string, UTF-8). The sender below does
exactly that with the standard library; :data:`KNOWN_SIGNATURE` was computed independently with
``openssl dgst -sha256 -hmac KEY -binary | base64``.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from flask import Flask, request
from werkzeug.datastructures import Headers

import dastra
import dastra.errors
import dastra.webhooks
from dastra.errors import ConfigError, DastraError, WebhookPayloadError, WebhookSignatureError
from dastra.settings import DastraSettings
from dastra.webhooks import SIGNATURE_HEADER, Webhooks, parse_webhook, signature_header, verify_signature
from dastra_auth.redact import Secret
from dastra_client.models import NotificationChannel, WebhookPayload
from dastra_sandbox.serving import LoopbackServer

KEY = "3f2c1a9e-7b4d-4e8a-9c1f-5d6e7a8b9c0d"
OTHER_KEY = "0b9a8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d"
KNOWN_BODY = b'{"webhookId":42,"eventType":"DataSubjectCreation","date":"2024-12-16T12:28:08Z"}'
KNOWN_SIGNATURE = "EjH0i7DIY08KF81AOcLqpZGnQexy1YLbRIL75z/2DpQ="

EVENT: dict[str, Any] = {
    "webhookId": 7,
    "signatureUrl": "https://receiver.example/dastra/webhook",
    "userId": 12,
    "eventType": "DataSubjectCreation",
    "eventName": "Nouvelle demande d'exercice de droits",
    "data": {"id": 981, "subject": {"firstName": "Zoë", "email": "zoe@example.com"}, "tags": ["a", "b"]},
    "date": "2024-12-16T12:28:08.123+01:00",
}


def dastra_signature(body: bytes, key: str) -> str:
    """What Dastra puts in ``Dastra-Signature``: base64(HMAC-SHA256(key as UTF-8, raw body))."""
    return base64.b64encode(hmac.new(key.encode("utf-8"), body, hashlib.sha256).digest()).decode("ascii")


class Receiver:
    """A Flask app on 127.0.0.1: 200 for a verified event, 401 for a bad signature, 400 for a bad body."""

    def __init__(self, webhooks: Webhooks) -> None:
        self.events: list[WebhookPayload] = []
        self.refusals: list[str] = []
        app = Flask("tests.webhooks.receiver")

        @app.post("/dastra/webhook")
        def receive() -> tuple[dict[str, Any], int]:
            try:
                event = webhooks.parse(request.get_data(), request.headers)
            except WebhookSignatureError as error:
                self.refusals.append(error.reason)
                return {"refused": error.reason}, 401
            except WebhookPayloadError:
                self.refusals.append("payload")
                return {"refused": "payload"}, 400
            self.events.append(event)
            return {"received": event.webhook_id}, 200

        self._http = LoopbackServer(app, name="webhook-receiver")

    @property
    def url(self) -> str:
        return f"{self._http.url}/dastra/webhook"

    def __enter__(self) -> Receiver:
        self._http.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._http.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver(Webhooks(KEY)) as running:
        yield running


def deliver(url: str, body: bytes, signature: str | None, **headers: str) -> httpx2.Response:
    """POST ``body`` as Dastra does (10 s timeout, JSON), with ``signature`` unless ``None``."""
    sent = {"Content-Type": "application/json", **headers}
    if signature is not None:
        sent[SIGNATURE_HEADER] = signature
    return httpx2.post(url, content=body, headers=sent, timeout=10.0)


# --- the documented scheme -------------------------------------------------------------------------


def test_known_answer() -> None:
    assert dastra_signature(KNOWN_BODY, KEY) == KNOWN_SIGNATURE  # the test's sender agrees with openssl
    verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, KEY)
    verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, Secret(KEY))
    verify_signature(
        bytearray(KNOWN_BODY), f" {KNOWN_SIGNATURE}\t", KEY
    )  # header whitespace is not part of it
    verify_signature(memoryview(KNOWN_BODY), KNOWN_SIGNATURE, KEY)
    event = parse_webhook(KNOWN_BODY, {SIGNATURE_HEADER: KNOWN_SIGNATURE}, KEY)
    assert event.webhook_id == 42 and event.event_type is NotificationChannel.DATASUBJECTCREATION


# --- a real receiver ---------------------------------------------------------------------------------


def _bodies() -> dict[str, bytes]:
    unknown = {**EVENT, "eventType": "SomethingDastraAddsIn2030", "tenantId": 3, "trace": {"hop": 1}}
    return {
        "compact": json.dumps(EVENT, separators=(",", ":"), ensure_ascii=False).encode(),
        "indented, escaped": json.dumps(EVENT, indent=2).encode(),
        "unknown event type and fields": json.dumps(unknown).encode(),
        "nulls": json.dumps({**EVENT, "signatureUrl": None, "eventName": None, "data": None}).encode(),
        "crlf and bom-free utf-8": json.dumps(EVENT, ensure_ascii=False).replace(", ", ",\r\n").encode(),
    }


@pytest.mark.parametrize("name", sorted(_bodies()))
def test_signed_events_are_accepted(receiver: Receiver, name: str) -> None:
    body = _bodies()[name]
    response = deliver(receiver.url, body, dastra_signature(body, KEY))
    assert response.status_code == 200, response.text
    assert response.json() == {"received": 7}
    (event,) = receiver.events
    assert isinstance(event, WebhookPayload)
    sent = json.loads(body)
    round_trip = event.to_dict()
    assert datetime.datetime.fromisoformat(round_trip.pop("date")) == event.date  # rendered by isoformat()
    assert round_trip == {name: value for name, value in sent.items() if name != "date"}  # known or not
    assert event.user_id == 12
    assert event.date == datetime.datetime(
        2024, 12, 16, 12, 28, 8, 123000, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    if name == "unknown event type and fields":
        assert event.event_type == "SomethingDastraAddsIn2030"
        assert not isinstance(event.event_type, NotificationChannel)
        assert event.additional_properties == {"tenantId": 3, "trace": {"hop": 1}}
    else:
        assert event.event_type is NotificationChannel.DATASUBJECTCREATION
        assert event.additional_properties == {}
    if name != "nulls":
        assert isinstance(event.data, dict) and event.data["subject"]["firstName"] == "Zoë"


def _tampered(body: bytes) -> bytes:
    """``body`` with the data subject request's id changed (one digit): still valid JSON."""
    tampered = body.replace(b"981", b"982", 1)
    assert tampered != body
    return tampered


def _refused_cases() -> dict[str, tuple[bytes, str | None, str]]:
    """name -> (body sent, signature sent, reason expected); the signature is always for BODY and KEY."""
    body = json.dumps(EVENT, separators=(",", ":")).encode()
    good = dastra_signature(body, KEY)
    reserialized = json.dumps(json.loads(body)).encode()  # the same JSON value, other bytes
    assert reserialized != body and json.loads(reserialized) == json.loads(body)
    raw = base64.b64decode(good)
    return {
        "tampered body": (_tampered(body), good, "mismatch"),
        "one byte appended": (body + b"\n", good, "mismatch"),
        "body cut short": (body[:-1], good, "mismatch"),
        "wrong key": (body, dastra_signature(body, OTHER_KEY), "mismatch"),
        "re-serialized json": (reserialized, good, "mismatch"),
        "signature of another body": (body, dastra_signature(KNOWN_BODY, KEY), "mismatch"),
        "missing header": (body, None, "missing"),
        "empty header": (body, "", "missing"),
        "not base64": (body, "not base64 at all!", "malformed"),
        "truncated base64": (body, good[:-4], "malformed"),
        "bad padding": (body, good.rstrip("="), "malformed"),
        "hex digest instead of base64": (body, raw.hex(), "malformed"),
        "base64url alphabet": (body, base64.urlsafe_b64encode(b"\xfb\xff" * 16).decode(), "malformed"),
        "sha1-sized digest": (body, base64.b64encode(raw[:20]).decode(), "malformed"),
    }


@pytest.mark.parametrize("name", sorted(_refused_cases()))
def test_bad_deliveries_are_refused(receiver: Receiver, name: str) -> None:
    body, signature, reason = _refused_cases()[name]
    response = deliver(receiver.url, body, signature)
    assert response.status_code == 401
    assert response.json() == {"refused": reason}
    assert receiver.events == []


def test_two_signature_headers_are_refused(receiver: Receiver) -> None:
    body = json.dumps(EVENT).encode()
    good = dastra_signature(body, KEY)
    response = httpx2.post(
        receiver.url, content=body, headers=[(SIGNATURE_HEADER, good), ("dastra-signature", good)]
    )
    assert response.status_code == 401 and response.json() == {"refused": "malformed"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>not json</html>", "not valid JSON"),
        (b"", "not valid JSON"),
        (b'{"webhookId": 1,', "not valid JSON"),
        (b'{"name": "\xff\xfe"}', "not valid JSON"),  # not UTF-8
        (b"[1, 2]", "JSON array, not an object"),
        (b'"text"', "JSON string, not an object"),
        (b"3", "JSON number, not an object"),
        (b"true", "JSON boolean, not an object"),
        (b"null", "JSON null, not an object"),
    ],
)
def test_signed_body_that_is_not_an_object(receiver: Receiver, body: bytes, message: str) -> None:
    assert deliver(receiver.url, body, dastra_signature(body, KEY)).status_code == 400
    with pytest.raises(WebhookPayloadError, match=message):
        parse_webhook(body, {SIGNATURE_HEADER: dastra_signature(body, KEY)}, KEY)
    assert receiver.refusals == ["payload"]


def test_signature_is_checked_before_the_body_is_read(receiver: Receiver) -> None:
    body = b"<html>not json</html>"
    assert deliver(receiver.url, body, dastra_signature(body, OTHER_KEY)).status_code == 401
    with pytest.raises(WebhookSignatureError):
        parse_webhook(body, {}, KEY)
    assert receiver.refusals == ["mismatch"]


# --- the API ---------------------------------------------------------------------------------------


def test_header_name_is_case_insensitive() -> None:
    signature = dastra_signature(KNOWN_BODY, KEY)
    sources: list[Any] = [
        {"dastra-signature": signature},
        {"DASTRA-SIGNATURE": signature, "Content-Type": "application/json"},
        httpx2.Headers({"Dastra-Signature": signature}),
        Headers([("dAsTrA-sIgNaTuRe", signature)]),
    ]
    for headers in sources:
        assert signature_header(headers) == signature
        assert parse_webhook(KNOWN_BODY, headers, KEY).webhook_id == 42
    assert signature_header({"X-Dastra-Signature": signature}) is None
    with pytest.raises(WebhookSignatureError, match="2 Dastra-Signature headers") as caught:
        signature_header({"Dastra-Signature": signature, "dastra-signature": signature})
    assert caught.value.reason == "malformed"


def test_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, KEY)
    with pytest.raises(WebhookSignatureError):
        verify_signature(KNOWN_BODY, dastra_signature(KNOWN_BODY, OTHER_KEY), KEY)
    assert len(calls) == 2
    assert all(isinstance(a, bytes) and len(a) == len(b) == 32 for a, b in calls)


def test_webhooks_keys() -> None:
    signature = dastra_signature(KNOWN_BODY, KEY)
    headers = {SIGNATURE_HEADER: signature}
    unbound = Webhooks()
    for call in (lambda: unbound.verify(KNOWN_BODY, signature), lambda: unbound.parse(KNOWN_BODY, headers)):
        with pytest.raises(ConfigError, match="DASTRA_WEBHOOK_KEY"):
            call()
    unbound.verify(KNOWN_BODY, signature, key=KEY)
    Webhooks(OTHER_KEY).verify(KNOWN_BODY, signature, key=KEY)  # the explicit key wins
    assert Webhooks(Secret(OTHER_KEY)).parse(KNOWN_BODY, headers, key=Secret(KEY)).webhook_id == 42
    with pytest.raises(WebhookSignatureError, match="does not sign this body"):
        Webhooks(KEY).verify(KNOWN_BODY, signature, key=OTHER_KEY)
    settings = DastraSettings.from_env({"DASTRA_WEBHOOK_KEY": f" {KEY} "})
    assert Webhooks(settings.webhook_key).parse(KNOWN_BODY, headers).webhook_id == 42
    assert Webhooks(DastraSettings().webhook_key).__repr__() == "Webhooks(key=None)"


def test_arguments_are_checked() -> None:
    with pytest.raises(TypeError, match="bytes as received"):
        verify_signature(KNOWN_BODY.decode(), KNOWN_SIGNATURE, KEY)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bytes as received"):
        parse_webhook(
            json.loads(KNOWN_BODY), {SIGNATURE_HEADER: KNOWN_SIGNATURE}, KEY
        )  # an already-decoded body
    with pytest.raises(ConfigError, match="DASTRA_WEBHOOK_KEY"):
        verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, "")
    with pytest.raises(ConfigError, match="DASTRA_WEBHOOK_KEY"):
        Webhooks("").verify(KNOWN_BODY, KNOWN_SIGNATURE)


def test_names_are_exported_and_rooted() -> None:
    assert dastra.Webhooks is Webhooks
    assert dastra.webhooks.verify_signature is verify_signature
    assert dastra.webhooks.parse_webhook is parse_webhook
    assert issubclass(dastra.errors.WebhookSignatureError, DastraError)
    assert issubclass(dastra.errors.WebhookPayloadError, DastraError)
    assert issubclass(WebhookSignatureError, dastra.errors.WebhookError)
    assert {"Webhooks", "verify_signature", "parse_webhook"} <= set(dastra.webhooks.__all__)


# --- no secret anywhere ----------------------------------------------------------------------------


def test_no_key_or_expected_signature_in_messages_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    body = json.dumps(EVENT).encode()
    expected_digest = hmac.new(KEY.encode(), body, hashlib.sha256).digest()
    forbidden = {
        KEY,
        base64.b64encode(expected_digest).decode(),
        expected_digest.hex(),
        base64.urlsafe_b64encode(expected_digest).decode(),
        "Zoë",  # the body's personal data stays out too
        "zoe@example.com",
    }
    errors: list[BaseException] = []
    caplog.set_level(logging.DEBUG)
    webhooks = Webhooks(KEY)
    attempts = [
        (body, dastra_signature(body, OTHER_KEY)),
        (_tampered(body), dastra_signature(body, KEY)),
        (body, None),
        (body, "!!!"),
        (body, dastra_signature(body, KEY)[:-2]),
    ]
    for sent, signature in attempts:
        headers = {} if signature is None else {SIGNATURE_HEADER: signature}
        with pytest.raises(WebhookSignatureError) as caught:
            webhooks.verify(sent, signature)
        errors.append(caught.value)
        with pytest.raises(WebhookSignatureError) as parsed:
            webhooks.parse(sent, headers)
        errors.append(parsed.value)
    not_an_object = json.dumps([EVENT]).encode()
    with pytest.raises(WebhookPayloadError) as payload_error:
        parse_webhook(not_an_object, {SIGNATURE_HEADER: dastra_signature(not_an_object, KEY)}, KEY)
    errors.append(payload_error.value)
    with pytest.raises(ConfigError) as config_error:
        Webhooks().verify(body, None)
    errors.append(config_error.value)

    texts = [repr(webhooks), str(webhooks), repr(Webhooks(Secret(KEY))), caplog.text]
    for error in errors:
        texts += [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]
        assert "\n" not in str(error)
    for text in texts:
        for value in forbidden:
            assert value not in text
