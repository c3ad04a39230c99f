"""Security schemes (``components.securitySchemes``) and security requirements (global or per operation)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dastra_codegen.changes.model import Change
from dastra_codegen.changes.refs import resolve

#: The fields of each OAuth2 flow that OpenAPI 3.0 defines; others (such as an ``authorizationUrl``
#: in a ``clientCredentials`` flow, which Swashbuckle writes) mean nothing to a client and are ignored.
FLOW_FIELDS = {
    "implicit": ("authorizationUrl", "refreshUrl"),
    "password": ("tokenUrl", "refreshUrl"),
    "clientCredentials": ("tokenUrl", "refreshUrl"),
    "authorizationCode": ("authorizationUrl", "tokenUrl", "refreshUrl"),
}
#: The fields that matter for each scheme type (OAuth2 flows are compared on their own).
SCHEME_FIELDS = {
    "http": ("scheme", "bearerFormat"),
    "apiKey": ("in", "name"),
    "openIdConnect": ("openIdConnectUrl",),
    "oauth2": (),
}
ANONYMOUS = "no authentication"


def requirement_texts(requirements: Any) -> set[str]:
    """Each alternative of a security requirement list in words: ``oauth2 [api1]``, ``basic``.

    A missing or empty list means no authentication, as does an empty requirement object.
    """
    if not isinstance(requirements, list) or not requirements:
        return {ANONYMOUS}
    texts: set[str] = set()
    for requirement in requirements:
        if not isinstance(requirement, Mapping) or not requirement:
            texts.add(ANONYMOUS)
            continue
        parts = []
        for name in sorted(requirement):
            scopes = requirement[name]
            scope_text = ", ".join(sorted(str(scope) for scope in scopes)) if isinstance(scopes, list) else ""
            parts.append(f"{name} [{scope_text}]" if scope_text else str(name))
        texts.add(" + ".join(parts))
    return texts


def compare_requirements(old: Any, new: Any, location: str, operation_id: str | None = None) -> list[Change]:
    """An alternative removed breaks clients that use it; a new alternative does not."""
    old_texts, new_texts = requirement_texts(old), requirement_texts(new)
    changes = [
        Change("security-requirement-removed", location, f"`{text}` no longer accepted", True, operation_id)
        for text in sorted(old_texts - new_texts)
    ]
    changes += [
        Change("security-requirement-added", location, f"`{text}` now accepted", False, operation_id)
        for text in sorted(new_texts - old_texts)
    ]
    return changes


def _schemes(document: Mapping[str, Any]) -> Mapping[str, Any]:
    schemes = document.get("components", {}).get("securitySchemes", {})
    return schemes if isinstance(schemes, Mapping) else {}


def _text(value: Any) -> str:
    return "(none)" if value is None else f"`{value}`"


def compare_security(old_document: Mapping[str, Any], new_document: Mapping[str, Any]) -> list[Change]:
    """Schemes added, removed or changed, and the global requirement list."""
    old_schemes, new_schemes = _schemes(old_document), _schemes(new_document)
    changes = [
        Change("security-scheme-removed", f"security scheme {name}", "removed", True)
        for name in sorted(old_schemes.keys() - new_schemes.keys())
    ]
    for name in sorted(new_schemes.keys() - old_schemes.keys()):
        kind = resolve(new_document, new_schemes[name])
        detail = f"added (type {_text(kind.get('type') if isinstance(kind, Mapping) else None)})"
        changes.append(Change("security-scheme-added", f"security scheme {name}", detail, False))
    for name in sorted(old_schemes.keys() & new_schemes.keys()):
        old = resolve(old_document, old_schemes[name])
        new = resolve(new_document, new_schemes[name])
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            changes += _compare_scheme(name, old, new)
    changes += compare_requirements(
        old_document.get("security"), new_document.get("security"), "global security"
    )
    return changes


def _compare_scheme(name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    location = f"security scheme {name}"
    if old.get("type") != new.get("type"):
        detail = f"type {_text(old.get('type'))} -> {_text(new.get('type'))}"
        return [Change("security-scheme-changed", location, detail, True)]
    changes = []
    for field in SCHEME_FIELDS.get(str(old.get("type")), ()):
        old_value, new_value = old.get(field), new.get(field)
        if field == "scheme" and isinstance(old_value, str) and isinstance(new_value, str):
            old_value, new_value = old_value.lower(), new_value.lower()  # HTTP auth schemes ignore case
        if old_value != new_value:
            detail = f"{field} {_text(old_value)} -> {_text(new_value)}"
            changes.append(Change("security-scheme-changed", location, detail, True))
    if old.get("type") == "oauth2":
        changes += _compare_flows(location, old.get("flows"), new.get("flows"))
    return changes


def _compare_flows(location: str, old: Any, new: Any) -> list[Change]:
    old_flows = old if isinstance(old, Mapping) else {}
    new_flows = new if isinstance(new, Mapping) else {}
    changes = [
        Change("security-flow-removed", f"{location} flow {flow}", "removed", True)
        for flow in sorted(old_flows.keys() - new_flows.keys())
    ]
    changes += [
        Change("security-flow-added", f"{location} flow {flow}", "added", False)
        for flow in sorted(new_flows.keys() - old_flows.keys())
    ]
    for flow in sorted(old_flows.keys() & new_flows.keys()):
        old_flow, new_flow = old_flows[flow], new_flows[flow]
        if not isinstance(old_flow, Mapping) or not isinstance(new_flow, Mapping):
            continue
        where = f"{location} flow {flow}"
        for field in FLOW_FIELDS.get(str(flow), ("authorizationUrl", "tokenUrl", "refreshUrl")):
            if old_flow.get(field) != new_flow.get(field):
                detail = f"{field} {_text(old_flow.get(field))} -> {_text(new_flow.get(field))}"
                changes.append(Change("security-scheme-changed", where, detail, True))
        old_scopes = set(old_flow.get("scopes") or {})
        new_scopes = set(new_flow.get("scopes") or {})
        changes += [
            Change("security-scope-removed", where, f"scope `{scope}` removed", True)
            for scope in sorted(old_scopes - new_scopes)
        ]
        changes += [
            Change("security-scope-added", where, f"scope `{scope}` added", False)
            for scope in sorted(new_scopes - old_scopes)
        ]
    return changes
