"""Operations: matching them across two documents, and comparing a matched pair."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from dastra_codegen.changes.model import Change
from dastra_codegen.changes.refs import READ, WRITTEN, Usage, iter_operations, resolve
from dastra_codegen.changes.schemas import (
    SchemaComparer,
    describe,
    enum_difference,
    enum_value_text,
    inline_enum,
    type_change_is_breaking,
    unwrap_all_of,
)
from dastra_codegen.changes.security import compare_requirements

TEMPLATE_PARAMETER = re.compile(r"\{([^{}]*)\}")


def path_shape(path: str) -> str:
    """The matching key of a path template: parameter names dropped, case folded.

    Dastra's server (ASP.NET) routes case-insensitively, so ``/v1/workspaces`` and ``/v1/WorkSpaces``
    are the same endpoint, and ``/a/{id}`` and ``/a/{itemId}`` are the same template.
    """
    return TEMPLATE_PARAMETER.sub("{}", path).casefold()


@attrs.frozen
class Operation:
    method: str
    path: str
    operation: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def location(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str | None:
        value = self.operation.get("operationId")
        return value if isinstance(value, str) else None


def operations(document: Mapping[str, Any]) -> list[Operation]:
    return [Operation(method, path, op, item) for method, path, op, item in iter_operations(document)]


def match_operations(
    old: list[Operation], new: list[Operation]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """``(matched pairs, removed, added)``.

    Same method and same path first; then, among the rest, same method and same :func:`path_shape`
    when exactly one operation on each side has it (two candidates on a side stay unmatched).
    """
    new_by_exact = {(op.method, op.path): op for op in new}
    pairs = [(op, new_by_exact[(op.method, op.path)]) for op in old if (op.method, op.path) in new_by_exact]
    matched_old = {id(pair[0]) for pair in pairs}
    matched_new = {id(pair[1]) for pair in pairs}
    old_rest = [op for op in old if id(op) not in matched_old]
    new_rest = [op for op in new if id(op) not in matched_new]
    old_shapes = _unique_by_shape(old_rest)
    new_shapes = _unique_by_shape(new_rest)
    for key in sorted(old_shapes.keys() & new_shapes.keys()):
        pairs.append((old_shapes[key], new_shapes[key]))
        matched_old.add(id(old_shapes[key]))
        matched_new.add(id(new_shapes[key]))
    removed = [op for op in old if id(op) not in matched_old]
    added = [op for op in new if id(op) not in matched_new]
    return pairs, removed, added


def _unique_by_shape(ops: Iterable[Operation]) -> dict[tuple[str, str], Operation]:
    found: dict[tuple[str, str], list[Operation]] = {}
    for op in ops:
        found.setdefault((op.method, path_shape(op.path)), []).append(op)
    return {key: group[0] for key, group in found.items() if len(group) == 1}


@attrs.define
class OperationComparer:
    """Compares one matched pair of operations; ``changes`` collects the result."""

    old_document: Mapping[str, Any]
    new_document: Mapping[str, Any]
    old: Operation
    new: Operation
    changes: list[Change] = attrs.Factory(list)

    @property
    def location(self) -> str:
        return self.new.location

    def _add(self, kind: str, where: str, detail: str, breaking: bool) -> None:
        self.changes.append(Change(kind, where, detail, breaking, self.new.operation_id))

    def compare(self) -> list[Change]:
        self._identity()
        self._parameters()
        self._request_body()
        self._responses()
        self._security()
        return self.changes

    def _identity(self) -> None:
        old, new = self.old, self.new
        if old.path != new.path:
            self._add("operation-path-changed", self.location, f"path was `{old.path}`", False)
        if old.operation_id != new.operation_id:
            detail = f"operationId `{old.operation_id}` -> `{new.operation_id}` (generated function renamed)"
            self._add("operation-id-changed", self.location, detail, True)
        old_tag, new_tag = _first_tag(old.operation), _first_tag(new.operation)
        if old_tag != new_tag:
            detail = f"tag `{old_tag}` -> `{new_tag}` (generated module moved)"
            self._add("operation-tag-changed", self.location, detail, True)
        old_deprecated = old.operation.get("deprecated") is True
        new_deprecated = new.operation.get("deprecated") is True
        if new_deprecated != old_deprecated:
            kind = "operation-deprecated" if new_deprecated else "operation-no-longer-deprecated"
            self._add(
                kind, self.location, "now deprecated" if new_deprecated else "no longer deprecated", False
            )

    # -- parameters ---------------------------------------------------------------------------------

    def _parameters(self) -> None:
        renames: dict[str, str] = {}
        for old_name, new_name in zip(
            TEMPLATE_PARAMETER.findall(self.old.path), TEMPLATE_PARAMETER.findall(self.new.path), strict=False
        ):
            if old_name != new_name:
                renames[old_name] = new_name
                where = f"{self.location}: path parameter {new_name}"
                self._add("parameter-renamed", where, f"renamed from `{old_name}` (argument renamed)", True)
        old_parameters = {
            ("path", renames.get(name, name)) if place == "path" else (place, name): parameter
            for (place, name), parameter in _parameters(self.old_document, self.old).items()
        }
        new_parameters = _parameters(self.new_document, self.new)
        for key in sorted(old_parameters.keys() - new_parameters.keys()):
            self._add("parameter-removed", _parameter_location(self.location, key), "removed", True)
        for key in sorted(new_parameters.keys() - old_parameters.keys()):
            parameter = new_parameters[key]
            required = _is_required(parameter)
            what = f"{'required' if required else 'optional'}, {describe(_parameter_schema(parameter))}"
            self._add("parameter-added", _parameter_location(self.location, key), f"added ({what})", required)
        for key in sorted(old_parameters.keys() & new_parameters.keys()):
            self._parameter(key, old_parameters[key], new_parameters[key])

    def _parameter(self, key: tuple[str, str], old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        where = _parameter_location(self.location, key)
        if _is_required(new) and not _is_required(old):
            self._add("parameter-now-required", where, "now required", True)
        elif _is_required(old) and not _is_required(new):
            self._add("parameter-now-optional", where, "now optional", False)
        old_schema, new_schema = _parameter_schema(old), _parameter_schema(new)
        old_resolved = _resolved_schema(self.old_document, old_schema)
        new_resolved = _resolved_schema(self.new_document, new_schema)
        verdicts = [
            type_change_is_breaking(old_schema, new_schema),
            type_change_is_breaking(old_resolved, new_resolved),
        ]
        if verdicts != [None, None]:
            detail = f"type {_type_text(old_schema, old_resolved)} -> {_type_text(new_schema, new_resolved)}"
            self._add("parameter-type-changed", where, detail, any(verdict for verdict in verdicts))
        old_values, new_values = inline_enum(old_schema), inline_enum(new_schema)
        if old_values is not None and new_values is not None:
            added, removed = enum_difference(old_values, new_values)
            for value in added:
                self._add(
                    "parameter-enum-value-added", where, f"enum value {enum_value_text(value)} added", False
                )
            for value in removed:
                detail = f"enum value {enum_value_text(value)} removed"
                self._add("parameter-enum-value-removed", where, detail, True)

    # -- request body ---------------------------------------------------------------------------------

    def _request_body(self) -> None:
        old = resolve(self.old_document, self.old.operation.get("requestBody"))
        new = resolve(self.new_document, self.new.operation.get("requestBody"))
        where = f"{self.location}: request body"
        if not isinstance(old, Mapping) and not isinstance(new, Mapping):
            return
        if not isinstance(new, Mapping):
            self._add("request-body-removed", where, "removed", True)
            return
        if not isinstance(old, Mapping):
            required = new.get("required") is True
            types = ", ".join(sorted(_content(new)))
            what = f"{'required' if required else 'optional'}; {types or 'no content'}"
            self._add("request-body-added", where, f"added ({what})", required)
            return
        if new.get("required") is True and old.get("required") is not True:
            self._add("request-body-now-required", where, "now required", True)
        elif old.get("required") is True and new.get("required") is not True:
            self._add("request-body-now-optional", where, "now optional", False)
        self._content(_content(old), _content(new), where, "request-body", WRITTEN)

    # -- responses ---------------------------------------------------------------------------------

    def _responses(self) -> None:
        old = _success_responses(self.old_document, self.old.operation)
        new = _success_responses(self.new_document, self.new.operation)
        for status in sorted(old.keys() - new.keys()):
            self._add("response-removed", f"{self.location}: response {status}", "removed", True)
        for status in sorted(new.keys() - old.keys()):
            types = ", ".join(sorted(_content(new[status]))) or "no content"
            self._add("response-added", f"{self.location}: response {status}", f"added ({types})", False)
        for status in sorted(old.keys() & new.keys()):
            where = f"{self.location}: response {status}"
            self._content(_content(old[status]), _content(new[status]), where, "response", READ)

    def _content(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: str, prefix: str, usage: Usage
    ) -> None:
        for content_type in sorted(old.keys() - new.keys()):
            self._add(f"{prefix}-content-type-removed", where, f"content type `{content_type}` removed", True)
        for content_type in sorted(new.keys() - old.keys()):
            self._add(f"{prefix}-content-type-added", where, f"content type `{content_type}` added", False)
        # Swashbuckle repeats one schema under several content types: compare each distinct pair once.
        groups: dict[str, list[str]] = {}
        for content_type in sorted(old.keys() & new.keys()):
            pair = json.dumps(
                [_media_schema(old[content_type]), _media_schema(new[content_type])], sort_keys=True
            )
            groups.setdefault(pair, []).append(content_type)
        for content_types in groups.values():
            place = where if len(groups) == 1 else f"{where} {', '.join(content_types)}"
            comparer = SchemaComparer(
                usage=usage, operation_id=self.new.operation_id, root_kind=f"{prefix}-schema-changed"
            )
            first = content_types[0]
            self.changes += comparer.compare(_media_schema(old[first]), _media_schema(new[first]), place)

    # -- security ---------------------------------------------------------------------------------

    def _security(self) -> None:
        """Only operations that declare their own requirements; global ones are reported once."""
        if "security" not in self.old.operation and "security" not in self.new.operation:
            return
        old = self.old.operation.get("security", self.old_document.get("security"))
        new = self.new.operation.get("security", self.new_document.get("security"))
        self.changes += compare_requirements(old, new, f"{self.location}: security", self.new.operation_id)


def _first_tag(operation: Mapping[str, Any]) -> str | None:
    tags = operation.get("tags")
    return str(tags[0]) if isinstance(tags, list) and tags else None


def _parameters(document: Mapping[str, Any], op: Operation) -> dict[tuple[str, str], Mapping[str, Any]]:
    """Path-level and operation-level parameters by ``(in, name)``; the operation's win."""
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    for raw in [*op.path_item.get("parameters", []), *op.operation.get("parameters", [])]:
        parameter = resolve(document, raw)
        if not isinstance(parameter, Mapping):
            continue
        place, name = parameter.get("in"), parameter.get("name")
        if isinstance(place, str) and isinstance(name, str):
            merged[(place, name.lower() if place == "header" else name)] = parameter
    return merged


def _parameter_location(location: str, key: tuple[str, str]) -> str:
    return f"{location}: {key[0]} parameter {key[1]}"


def _is_required(parameter: Mapping[str, Any]) -> bool:
    return parameter.get("in") == "path" or parameter.get("required") is True


def _parameter_schema(parameter: Mapping[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    content = parameter.get("content")
    if isinstance(content, Mapping) and content:
        return _media_schema(content[sorted(content)[0]])
    return None


def _resolved_schema(document: Mapping[str, Any], schema: Any) -> Any:
    """The schema behind references and ``allOf`` wrappers (what the value really is)."""
    for _ in range(32):
        schema = resolve(document, schema)
        inner = unwrap_all_of(schema) if isinstance(schema, Mapping) else None
        if inner is None:
            return schema
        schema = inner
    return schema


def _type_text(schema: Any, resolved: Any) -> str:
    written, real = describe(schema), describe(resolved)
    return written if written == real else f"{written} ({real})"


def _content(holder: Any) -> Mapping[str, Any]:
    content = holder.get("content") if isinstance(holder, Mapping) else None
    return content if isinstance(content, Mapping) else {}


def _media_schema(media: Any) -> Any:
    return media.get("schema") if isinstance(media, Mapping) else None


def _success_responses(document: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, Any]:
    responses = operation.get("responses")
    if not isinstance(responses, Mapping):
        return {}
    return {
        str(status).upper(): resolve(document, response)
        for status, response in responses.items()
        if str(status).startswith("2")
    }
