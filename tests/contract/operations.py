"""The generated client's operations, found by walking ``dastra_client.api``, matched to the spec's operations
and given arguments built from their signatures and the spec's schemas."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import io
import pkgutil
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateutil.parser import isoparse

import dastra_client.api
from dastra_client.types import File, Unset
from tests.contract.spec_schemas import SpecSchemas

SAMPLE_UUID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")


@dataclass(frozen=True)
class Operation:
    """One generated operation module and the spec operation it calls."""

    name: str  # e.g. "data_subject_requests.data_subject_requests_list"
    module: types.ModuleType
    method: str
    path: str  # the spec's path template
    spec: Mapping[str, Any] = field(repr=False)

    @property
    def sync_detailed(self) -> Callable[..., Any]:
        function: Callable[..., Any] = self.module.sync_detailed
        return function

    @property
    def asyncio_detailed(self) -> Callable[..., Any]:
        function: Callable[..., Any] = self.module.asyncio_detailed
        return function

    def return_type(self) -> Any:
        """What ``sync()`` promises for a success, without the ``| None``."""
        return _without_none(typing.get_type_hints(self.module.sync)["return"])


def generated_operation_modules() -> dict[str, types.ModuleType]:
    """Every module under ``dastra_client.api`` that defines an operation, by ``tag.module`` name."""
    found: dict[str, types.ModuleType] = {}
    for info in pkgutil.walk_packages(dastra_client.api.__path__, prefix="dastra_client.api."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        if all(hasattr(module, name) for name in ("_get_kwargs", "sync_detailed", "asyncio_detailed")):
            found[info.name.removeprefix("dastra_client.api.")] = module
    return found


def _normalized(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _template_regex(path: str) -> re.Pattern[str]:
    pieces = re.split(r"(\{[^}]+\})", path)
    pattern = "".join("[^/]+" if piece.startswith("{") else re.escape(piece) for piece in pieces)
    return re.compile(f"^{pattern}$")


def _template_parameters(path: str) -> set[str]:
    return {_normalized(name) for name in re.findall(r"\{([^}]+)\}", path)}


class OperationMatcher:
    """Finds the spec operation a generated module calls: same method, URL matching the path template and
    the same path parameter names."""

    def __init__(self, spec_operations: Mapping[tuple[str, str], Mapping[str, Any]]) -> None:
        self.spec_operations = spec_operations
        self._regexes = {key: _template_regex(key[1]) for key in spec_operations}

    def match(self, name: str, module: types.ModuleType) -> Operation:
        arguments = probe_arguments(module._get_kwargs)
        request = module._get_kwargs(**arguments)
        method, url = request["method"].lower(), request["url"]
        path_names = {_normalized(p) for p in inspect.signature(module._get_kwargs).parameters} - {"body"}
        candidates = [
            key
            for key, regex in self._regexes.items()
            if key[0] == method and regex.match(url) and _template_parameters(key[1]) <= path_names
        ]
        if len(candidates) != 1:
            raise LookupError(f"{name}: {method.upper()} {url} matches {len(candidates)} spec operations")
        key = candidates[0]
        return Operation(name=name, module=module, method=key[0], path=key[1], spec=self.spec_operations[key])


# -- arguments ----------------------------------------------------------------------------------------------


def _without_none(annotation: Any) -> Any:
    """``X | None | Unset`` -> ``X`` (or the union of what is left)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [arg for arg in typing.get_args(annotation) if arg not in (type(None), Unset)]
        if len(kept) == 1:
            return kept[0]
        return typing.Union[tuple(kept)]  # noqa: UP007 - built at run time
    return annotation


def value_for_type(annotation: Any) -> Any:
    """A plain valid value of a parameter type (path and query parameters)."""
    annotation = _without_none(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        return [value_for_type(typing.get_args(annotation)[0])]
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return next(iter(annotation))
        if issubclass(annotation, bool):
            return True
        if issubclass(annotation, int):
            return 1
        if issubclass(annotation, float):
            return 1.5
        if issubclass(annotation, str):
            return "1"
        if issubclass(annotation, uuid.UUID):
            return SAMPLE_UUID
        if issubclass(annotation, datetime.datetime):
            return datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
        if issubclass(annotation, datetime.date):
            return datetime.date(2024, 5, 6)
    raise TypeError(f"no sample value for parameter type {annotation!r}")


def probe_arguments(function: Callable[..., Any]) -> dict[str, Any]:
    """Values for the required parameters of ``function`` (except ``client`` and ``body``), from types only."""
    hints = typing.get_type_hints(function)
    return {
        name: value_for_type(hints[name])
        for name, parameter in inspect.signature(function).parameters.items()
        if name not in ("client", "body") and parameter.default is inspect.Parameter.empty
    }


def from_json(annotation: Any, value: Any) -> Any:
    """Turn a JSON-like ``value`` into the Python type the generated function expects."""
    annotation = _without_none(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        errors: list[str] = []
        for option in typing.get_args(annotation):
            try:
                return from_json(option, value)
            except (TypeError, ValueError, KeyError, AttributeError) as error:
                errors.append(f"{option!r}: {error}")
        raise TypeError("no type of the union takes the value: " + "; ".join(errors))
    if typing.get_origin(annotation) is list:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        (item_type,) = typing.get_args(annotation)
        return [from_json(item_type, item) for item in value]
    if annotation is File:
        payload = value if isinstance(value, bytes) else b"sample file content"
        return File(payload=io.BytesIO(payload), file_name="sample.txt", mime_type="text/plain")
    if isinstance(annotation, type):
        if hasattr(annotation, "from_dict"):
            if not isinstance(value, dict):
                raise TypeError(f"{annotation.__name__} needs an object, got {value!r}")
            return annotation.from_dict(value)
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if issubclass(annotation, datetime.datetime):
            return isoparse(value)
        if issubclass(annotation, datetime.date):
            return isoparse(value).date()
        if issubclass(annotation, uuid.UUID):
            return uuid.UUID(value)
        if annotation in (str, int, float, bool) and not isinstance(value, annotation):
            raise TypeError(f"expected {annotation.__name__}, got {value!r}")
    return value


def _request_body(operation: Operation) -> tuple[str, Mapping[str, Any]] | None:
    """(content type, schema) of the operation's request body."""
    body = operation.spec.get("requestBody")
    if not body:
        return None
    contents = list(body.get("content", {}).items())
    if len(contents) != 1:
        raise ValueError(f"{operation.name}: expected one request content type, got {len(contents)}")
    content_type, media = contents[0]
    return content_type, media["schema"]


def call_arguments(operation: Operation, schemas: SpecSchemas) -> dict[str, Any]:
    """Arguments for ``operation``: its required parameters from their types, and a body (when it takes one)
    built from the spec's request schema and turned into the generated model types."""
    arguments = probe_arguments(operation.sync_detailed)
    parameters = inspect.signature(operation.sync_detailed).parameters
    if "body" in parameters:
        request_body = _request_body(operation)
        if request_body is None:
            raise ValueError(f"{operation.name} takes a body but the spec declares none")
        content_type, schema = request_body
        example = schemas.example(schema)
        if content_type == "multipart/form-data":
            example = _with_optional_scalars(schemas, schema, example)
        hints = typing.get_type_hints(operation.sync_detailed)
        arguments["body"] = from_json(hints["body"], example)
    return arguments


def _with_optional_scalars(schemas: SpecSchemas, schema: Mapping[str, Any], example: Any) -> Any:
    """A form body with its optional scalar fields and files filled too: an upload declares none of them
    required, and an empty form is not a useful call."""
    resolved = schemas.resolve(schema)
    if not isinstance(example, dict):
        return example
    for name, sub_schema in resolved.get("properties", {}).items():
        sub = schemas.resolve(sub_schema)
        scalar = sub.get("type") in ("string", "integer", "boolean", "number")
        if name not in example and scalar and not sub.get("readOnly", False):
            example[name] = schemas.example(sub)
    return example
