"""Pin a spec snapshot in ``openapi/``: the bytes as received, the normalized document, metadata.

All-or-nothing: every file is first written beside its target under a temporary name, then
renamed into place, so a failure before the renames leaves ``openapi/`` byte-identical. Pinning
the same received bytes again changes nothing at all (not even the retrieval time).

Versions (PEP 440, ``MAJOR.MINOR.PATCH``), derived from the snapshots:

- the first snapshot pinned is ``1.0.0``;
- a new snapshot with at least one breaking change for client users bumps MAJOR;
- otherwise, with at least one (non-breaking) API change, it bumps MINOR;
- otherwise (the bytes differ but the API does not: prose, ordering) it bumps PATCH.

So versions only grow, and ``pip install "dastra-client~=3.2"`` pins a compatible API surface.

``source`` in ``snapshot.json`` is the URL fetched (without any user name or password in it) or, for a
local file, the file's name only: a path on the machine that pinned it means nothing anywhere else
(:func:`recorded_source`). A snapshot recorded with a path is rewritten by pinning the same bytes again,
version and retrieval time kept.
"""

from __future__ import annotations

import datetime
import gzip
import hashlib
import json
import os
import tempfile
import urllib.parse
from collections.abc import Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

import attrs

from dastra_codegen.fetch import FetchedSpec
from dastra_codegen.normalize import NormalizationReport, iter_operations
from dastra_codegen.overlay import OverlayReport

if TYPE_CHECKING:
    from dastra_codegen.changes import ChangeReport

#: The bytes exactly as received, gzip-compressed (deterministically: no name, mtime 0).
RECEIVED = "dastra-api.received.json.gz"
NORMALIZED = "dastra-api.json"
METADATA = "snapshot.json"
CHANGELOG = "CHANGELOG.md"
CHANGES = "changes.json"
FIRST_VERSION = "1.0.0"


@attrs.frozen
class PinResult:
    changed: bool
    version: str
    changes: ChangeReport | None
    #: The received bytes were already pinned; only the pipeline's output (normalization, overlay) changed.
    renormalized: bool = False


def read_metadata(openapi_dir: Path) -> dict[str, Any] | None:
    path = openapi_dir / METADATA
    if not path.exists():
        return None
    metadata: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return metadata


def read_received(openapi_dir: Path) -> bytes:
    """The pinned snapshot's bytes exactly as they were received."""
    return gzip.decompress((openapi_dir / RECEIVED).read_bytes())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def recorded_source(source: str, source_kind: str) -> str:
    """What ``snapshot.json`` records as the source: a URL without credentials, or a file's bare name."""
    if source_kind == "url":
        parts = urllib.parse.urlsplit(source)
        host = parts.hostname or ""
        if ":" in host:  # an IPv6 literal
            host = f"[{host}]"
        netloc = f"{host}:{parts.port}" if parts.port is not None else host
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    # Either separator: a snapshot pinned on Windows records a name too.
    return PureWindowsPath(PurePosixPath(source).name).name


def next_version(previous: str | None, changes: ChangeReport | None) -> str:
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = (int(part) for part in previous.split("."))
    if changes is not None and changes.breaking_count:
        return f"{major + 1}.0.0"
    if changes is not None and not changes.is_empty:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def pin(
    fetched: FetchedSpec,
    normalized: Mapping[str, Any],
    normalization: NormalizationReport,
    overlay: OverlayReport,
    openapi_dir: Path,
    *,
    now: datetime.datetime | None = None,
) -> PinResult:
    """Write the snapshot into ``openapi_dir`` unless exactly this snapshot is already pinned.

    The same received bytes normalized differently (the pipeline changed) rewrite the normalized
    document and its metadata, keeping the version and the retrieval time: the API did not change.
    """
    previous = read_metadata(openapi_dir)
    digest = sha256(fetched.raw)
    normalized_bytes = _json_bytes(normalized)
    same_bytes = previous is not None and previous.get("sha256") == digest
    already_pinned = (
        previous is not None
        and same_bytes
        and previous.get("normalized_sha256") == sha256(normalized_bytes)
        and previous.get("overlay") == overlay.to_json()
        and previous.get("source") == recorded_source(str(previous["source"]), str(previous["source_kind"]))
    )
    if previous is not None and already_pinned:
        return PinResult(changed=False, version=str(previous["client_version"]), changes=None)

    changes: ChangeReport | None = None
    if previous is not None and same_bytes:
        version = str(previous["client_version"])
        retrieved_at = str(previous["retrieved_at"])
        source_kind = str(previous["source_kind"])
        source = recorded_source(str(previous["source"]), source_kind)
    else:
        if previous is not None:
            from dastra_codegen.changes import compare

            changes = compare(json.loads(read_received(openapi_dir)), fetched.document)
        version = next_version(previous["client_version"] if previous else None, changes)
        moment = (now or datetime.datetime.now(datetime.UTC)).replace(microsecond=0)
        retrieved_at = moment.isoformat().replace("+00:00", "Z")
        source_kind = fetched.source_kind
        source = recorded_source(fetched.source, source_kind)

    info = fetched.document.get("info", {})
    metadata = {
        "client_version": version,
        "source": source,
        "source_kind": source_kind,
        "retrieved_at": retrieved_at,
        "sha256": digest,
        "size": len(fetched.raw),
        "title": info.get("title"),
        "info_version": info.get("version"),
        "openapi": fetched.document.get("openapi"),
        "operations": sum(1 for _ in iter_operations(dict(normalized))),
        "schemas": len(normalized.get("components", {}).get("schemas", {})),
        "normalized_sha256": sha256(normalized_bytes),
        "normalization": normalization.counts,
        "overlay": overlay.to_json(),
    }
    files: dict[str, bytes] = {
        RECEIVED: gzip.compress(fetched.raw, compresslevel=9, mtime=0),
        NORMALIZED: normalized_bytes,
        METADATA: _json_bytes(metadata),
    }
    if changes is not None:
        title = f"{version} ({retrieved_at[:10]}, spec sha256 {digest[:12]})"
        files[CHANGELOG] = _prepend_changelog(openapi_dir / CHANGELOG, changes.to_markdown(title))
        files[CHANGES] = _json_bytes(
            {"version": version, "from": previous and previous["client_version"]} | changes.to_json()
        )
    write_all(openapi_dir, files)
    return PinResult(changed=True, version=version, changes=changes, renormalized=same_bytes)


def write_all(directory: Path, files: Mapping[str, bytes]) -> None:
    """Write every file under a temporary name first, then rename them all into place."""
    directory.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, data in files.items():
            handle, temp_name = tempfile.mkstemp(prefix=f".{name}.", dir=directory)
            staged.append((temp_name, directory / name))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp_name, 0o644)
    except BaseException:
        for temp_name, _ in staged:
            Path(temp_name).unlink(missing_ok=True)
        raise
    for temp_name, target in staged:
        os.replace(temp_name, target)


def _json_bytes(data: Mapping[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


_CHANGELOG_HEADER = (
    "# API changes between pinned snapshots\n\nNewest first. Written by `nox -s update_spec`.\n\n"
)


def _prepend_changelog(path: Path, section: str) -> bytes:
    existing = path.read_text(encoding="utf-8") if path.exists() else _CHANGELOG_HEADER
    if not existing.startswith(_CHANGELOG_HEADER):
        existing = _CHANGELOG_HEADER + existing
    body = existing[len(_CHANGELOG_HEADER) :]
    return (_CHANGELOG_HEADER + section.rstrip() + "\n\n" + body).encode("utf-8")
