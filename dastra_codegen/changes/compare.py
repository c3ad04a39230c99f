"""The entry point: :func:`compare` two OpenAPI 3 documents into a :class:`ChangeReport`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dastra_codegen.changes.model import Change, ChangeReport
from dastra_codegen.changes.operations import OperationComparer, match_operations, operations
from dastra_codegen.changes.refs import schema_usage
from dastra_codegen.changes.schemas import SchemaComparer, describe
from dastra_codegen.changes.security import compare_security
from dastra_codegen.normalize import to_openapi_30


def check_document(document: Any, name: str = "document") -> None:
    """Raise :class:`ValueError` (one line) unless ``document`` looks like an OpenAPI 3 document."""
    if not isinstance(document, Mapping):
        raise ValueError(f"{name} is not an OpenAPI 3 document (not a JSON object)")
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise ValueError(f"{name} is not an OpenAPI 3 document (openapi: {version!r})")
    if not isinstance(document.get("paths"), Mapping):
        raise ValueError(f"{name} is not an OpenAPI 3 document (no paths object)")


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> ChangeReport:
    """Every change from ``old`` to ``new`` that matters to a client user, classified."""
    check_document(old, "old document")
    check_document(new, "new document")
    # Meaning, not spelling: both documents are read in OpenAPI 3.0 spelling, so a schema written the
    # 3.1 way (``type: [X, "null"]``, ``oneOf`` with a null member, ``const``...) is the same schema.
    old, _ = to_openapi_30(dict(old))
    new, _ = to_openapi_30(dict(new))
    pairs, removed, added = match_operations(operations(old), operations(new))
    changed: list[Change] = []
    for old_operation, new_operation in pairs:
        changed += OperationComparer(old, new, old_operation, new_operation).compare()

    old_schemas, new_schemas = _schemas(old), _schemas(new)
    usage = schema_usage(old, new)
    schemas_changed: list[Change] = []
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        schemas_changed += SchemaComparer(usage=usage[name]).compare(
            old_schemas[name], new_schemas[name], name
        )

    return ChangeReport(
        operations_added=[
            Change("operation-added", op.location, "added", False, op.operation_id) for op in added
        ],
        operations_removed=[
            Change("operation-removed", op.location, "removed", True, op.operation_id) for op in removed
        ],
        operations_changed=changed,
        schemas_added=[
            Change("schema-added", name, f"added ({describe(new_schemas[name])})", False)
            for name in new_schemas.keys() - old_schemas.keys()
        ],
        schemas_removed=[
            Change("schema-removed", name, f"removed (was {describe(old_schemas[name])})", True)
            for name in old_schemas.keys() - new_schemas.keys()
        ],
        schemas_changed=schemas_changed,
        security=compare_security(old, new),
    )


def _schemas(document: Mapping[str, Any]) -> Mapping[str, Any]:
    schemas = document.get("components", {}).get("schemas", {})
    return schemas if isinstance(schemas, Mapping) else {}
