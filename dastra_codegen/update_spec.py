"""``nox -s update_spec``: obtain the spec, normalize it, apply the overlay, validate, pin."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import attrs
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from dastra_codegen.fetch import FetchedSpec, SpecError
from dastra_codegen.normalize import NormalizationReport, normalize
from dastra_codegen.overlay import OverlayReport, apply_overlay, load_overlay
from dastra_codegen.pin import NORMALIZED, PinResult, pin


@attrs.frozen
class PreparedSpec:
    document: dict[str, Any]
    normalization: NormalizationReport
    overlay: OverlayReport


def prepare(fetched: FetchedSpec, overlay_path: Path, previous: dict[str, Any] | None = None) -> PreparedSpec:
    """Normalize, apply the overlay, normalize what the overlay added, and validate the result.

    ``previous`` is the pinned normalized document: the names it gave are kept (:mod:`dastra_codegen.naming`).
    """
    normalized, first = normalize(fetched.document, previous)
    overlaid, overlay_report = apply_overlay(normalized, load_overlay(overlay_path))
    final, second = normalize(overlaid, previous)
    try:
        _validate(final)
    except OpenAPIValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "document"
        raise SpecError(
            f"{fetched.source}: invalid after normalization at {where}: {error.message}"
        ) from error
    return PreparedSpec(document=final, normalization=first + second, overlay=overlay_report)


#: Digests of the documents that validated in this process, oldest first (bounded): the regeneration and
#: its tests prepare the same document again and again, and a validation costs 1-2 s of a 300-item spec.
_VALIDATED: dict[str, None] = {}
_VALIDATED_KEPT = 32


def _digest(document: dict[str, Any]) -> str:
    # repr, not JSON: it tells the key 200 from "200" (YAML reads `200:` as a number), which JSON merges.
    return hashlib.sha256(repr(document).encode()).hexdigest()


def _validate(document: dict[str, Any]) -> None:
    """``openapi_spec_validator.validate``, once per distinct document (only successes are remembered)."""
    digest = _digest(document)
    if digest in _VALIDATED:
        return
    validate(document)
    _VALIDATED[digest] = None
    if len(_VALIDATED) > _VALIDATED_KEPT:
        del _VALIDATED[next(iter(_VALIDATED))]


def pinned_document(openapi_dir: Path) -> dict[str, Any] | None:
    """The pinned normalized document of ``openapi_dir``, if there is one."""
    path = openapi_dir / NORMALIZED
    if not path.exists():
        return None
    document: dict[str, Any] = json.loads(path.read_bytes())
    return document


def update_spec(fetched: FetchedSpec, openapi_dir: Path, overlay_path: Path) -> PinResult:
    prepared = prepare(fetched, overlay_path, pinned_document(openapi_dir))
    print(prepared.normalization.render())
    print(prepared.overlay.render())
    result = pin(fetched, prepared.document, prepared.normalization, prepared.overlay, openapi_dir)
    if not result.changed:
        print(f"unchanged: {fetched.source} is the pinned snapshot (client {result.version})")
    elif result.renormalized:
        print(
            f"re-normalized the pinned snapshot (same bytes, client {result.version}): run `nox -s generate`"
        )
    else:
        if result.changes is not None:
            print(result.changes.to_markdown(f"Changes in {result.version}"))
            print(result.changes.summary_line())
        print(f"pinned {fetched.source} in {openapi_dir} as client version {result.version}")
    return result
