"""Get the spec's bytes (from a URL or a file) and accept only a JSON OpenAPI 3.x document.

Every refusal is a :class:`SpecError` whose message is one line saying why. Nothing here writes
to disk: pinning happens only after everything has been checked.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import attrs
import httpx2

DEFAULT_URL = "https://api.dastra.eu/swagger/v1/swagger.json"
#: Dastra's document is about 0.8 MiB; anything past this is not a spec.
MAX_BYTES = 32 * 1024 * 1024
#: Statuses worth asking again (the server may recover); every other non-200 fails at once.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class SpecError(Exception):
    """The spec could not be obtained or is not a JSON OpenAPI 3.x document."""


@attrs.frozen
class FetchedSpec:
    raw: bytes
    document: dict[str, Any]
    source: str
    source_kind: str  # "url" or "file"


@attrs.frozen
class FetchOptions:
    timeout: float = 30.0
    retries: int = 2
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_bytes: int = MAX_BYTES


def fetch_url(url: str, options: FetchOptions | None = None) -> FetchedSpec:
    options = options or FetchOptions()
    if not url.startswith(("https://", "http://")):
        raise SpecError(f"{url}: only http(s) URLs can be downloaded (use --file for a local file)")
    raw = _download(url, options)
    return FetchedSpec(raw=raw, document=parse_openapi(raw, url), source=url, source_kind="url")


def read_file(path: Path, options: FetchOptions | None = None) -> FetchedSpec:
    options = options or FetchOptions()
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise SpecError(f"{path}: {size} bytes is over the {options.max_bytes}-byte limit")
        raw = path.read_bytes()
    except OSError as error:
        raise SpecError(f"{path}: cannot read: {error.strerror or error}") from error
    return FetchedSpec(raw=raw, document=parse_openapi(raw, str(path)), source=str(path), source_kind="file")


def parse_openapi(raw: bytes, source: str) -> dict[str, Any]:
    """Decode ``raw`` as a JSON OpenAPI 3.x document with paths, or raise :class:`SpecError`."""
    head = raw.lstrip()[:200].lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        raise SpecError(f"{source}: got an HTML page, not a JSON OpenAPI document")
    try:
        document = json.loads(raw)
    except UnicodeDecodeError as error:
        raise SpecError(f"{source}: not UTF-8 text ({error.reason})") from error
    except json.JSONDecodeError as error:
        raise SpecError(
            f"{source}: invalid or truncated JSON ({error.msg} at line {error.lineno})"
        ) from error
    if not isinstance(document, dict):
        raise SpecError(f"{source}: JSON is a {type(document).__name__}, not an OpenAPI object")
    if "swagger" in document:
        raise SpecError(f"{source}: Swagger {document['swagger']} document; only OpenAPI 3.x is supported")
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError(f"{source}: not an OpenAPI 3.x document (openapi field: {version!r})")
    paths = document.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise SpecError(f"{source}: the document has no paths")
    return document


def _download(url: str, options: FetchOptions) -> bytes:
    delay = options.backoff
    for attempt in range(options.retries + 1):
        last_try = attempt == options.retries
        try:
            return _download_once(url, options)
        except _Retryable as error:
            if last_try:
                raise SpecError(f"{url}: {error} (after {attempt + 1} attempts)") from error
        time.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


class _Retryable(Exception):
    pass


def _download_once(url: str, options: FetchOptions) -> bytes:
    headers = {"Accept": "application/json"}
    try:
        with (
            httpx2.Client(timeout=options.timeout, follow_redirects=True) as client,
            client.stream("GET", url, headers=headers) as response,
        ):
            if response.status_code in RETRY_STATUSES:
                raise _Retryable(f"HTTP {response.status_code}")
            if response.status_code != 200:
                raise SpecError(f"{url}: HTTP {response.status_code}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise SpecError(f"{url}: {declared} bytes is over the {options.max_bytes}-byte limit")
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > options.max_bytes:
                    raise SpecError(f"{url}: more than {options.max_bytes} bytes; refusing")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx2.TimeoutException as error:
        raise _Retryable(f"timed out after {options.timeout:g} s") from error
    except httpx2.TransportError as error:
        raise _Retryable(f"connection failed ({type(error).__name__})") from error
