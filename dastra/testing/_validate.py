"""Requests checked against the spec, and refused as ASP.NET Core refuses them: a 400 whose ``errors`` name
the fields (``{"Label": ["The Label field is required."], "$.startDate": ["The JSON value could not be
converted to System.DateTime. ..."]}``).

Bodies are validated by ``openapi-schema-validator`` (JSON Schema with OpenAPI 3.0's ``nullable``) over the
whole document, with the formats .NET binds strictly (``date-time``, ``uuid``, ``int32``, ``int64``); path
and query values are bound by their parameter's schema, as model binding does. ``readOnly`` properties
are accepted in bodies and ignored, as ASP.NET ignores them.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final

import attrs
import jsonschema
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from dastra.testing._spec import Operation, Spec, ref_name

__all__ = [
    "BindingError",
    "ValidationErrors",
    "bind_parameters",
    "body_errors",
    "errors_at",
    "schema_errors",
    "schema_pointer",
]

_BASE: Final = "urn:dastra-spec"
_CLR_TYPES: Final = {
    ("integer", "int32"): "System.Int32",
    ("integer", "int64"): "System.Int64",
    ("integer", None): "System.Int32",
    ("number", "double"): "System.Double",
    ("number", None): "System.Double",
    ("boolean", None): "System.Boolean",
    ("string", "date-time"): "System.DateTime",
    ("string", "uuid"): "System.Guid",
    ("string", None): "System.String",
    ("array", None): "System.Collections.Generic.List",
    ("object", None): "System.Object",
}

#: Field -> messages, as ``ValidationProblemDetails.errors``.
ValidationErrors = dict[str, list[str]]


class BindingError(ValueError):
    """A request the fake refuses with a 400 validation problem; ``errors`` names the fields."""

    def __init__(self, errors: ValidationErrors) -> None:
        super().__init__("; ".join(f"{key}: {' '.join(messages)}" for key, messages in errors.items()))
        self.errors = errors


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    datetime.fromisoformat(value)
    return True


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return True
    uuid.UUID(value)
    return True


def _in_range(bits: int) -> Any:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1)

    def check(value: object) -> bool:
        return not isinstance(value, int) or low <= value < high

    return check


_INT32_RANGE: Final = _in_range(32)
_INT64_RANGE: Final = _in_range(64)


def _format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time", raises=ValueError)(_is_datetime)
    checker.checks("uuid", raises=ValueError)(_is_uuid)
    checker.checks("int32")(_INT32_RANGE)
    checker.checks("int64")(_INT64_RANGE)
    return checker


class _Validators:
    """One validator per schema location of the document, built on first use."""

    def __init__(self, spec: Spec) -> None:
        resource = Resource.from_contents(spec.document, default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self._checker = _format_checker()

    @functools.cache  # noqa: B019 - one instance per spec, kept for the process
    def at(self, pointer: str) -> Any:  # an OAS30Validator (a class the library builds at import)
        return OAS30Validator(
            {"$ref": f"{_BASE}#{pointer}"}, registry=self._registry, format_checker=self._checker
        )


@functools.cache
def _validators(spec: Spec) -> _Validators:
    return _Validators(spec)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def body_pointer(operation: Operation) -> str:
    """The JSON pointer of ``operation``'s request body schema in the document."""
    media = _escape(operation.body_media or "application/json")
    return f"/paths/{_escape(operation.path)}/{operation.method.lower()}/requestBody/content/{media}/schema"


def schema_pointer(name: str) -> str:
    return f"/components/schemas/{_escape(name)}"


def body_errors(spec: Spec, operation: Operation, body: Any) -> ValidationErrors:
    """The validation errors of a JSON request body (empty when it is valid)."""
    return errors_at(spec, body_pointer(operation), body)


def errors_at(spec: Spec, pointer: str, value: Any) -> ValidationErrors:
    """The validation errors of ``value`` against the schema at ``pointer``, keyed as ASP.NET keys them."""
    return _collect(spec, _validators(spec).at(pointer).iter_errors(value))


def schema_errors(spec: Spec, pointer: str, value: Any) -> list[str]:
    """Plain messages for ``value`` against the schema at ``pointer`` (the test suite's drift check)."""
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in _validators(spec).at(pointer).iter_errors(value)
    ]


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def _model_path(path: Sequence[Any]) -> str:
    """``["dataSubject", "email"]`` -> ``DataSubject.Email``; list indexes as ``[0]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f"{'.' if text else ''}{_pascal(str(part))}"
    return text


def _json_path(path: Sequence[Any]) -> str:
    text = "$"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _clr_type(spec: Spec, schema: Mapping[str, Any]) -> str:
    if "$ref" in schema:
        resolved = spec.resolve(schema)
        if "enum" in resolved:
            return f"Dastra.{ref_name(schema)}"
        schema = resolved
    for key in ("allOf", "anyOf"):
        if schema.get(key):
            return _clr_type(spec, schema[key][0])
    kind, form = str(schema.get("type")), schema.get("format")
    return _CLR_TYPES.get(
        (kind, form if isinstance(form, str) else None), _CLR_TYPES.get((kind, None), "System.Object")
    )


def _add(errors: ValidationErrors, key: str, message: str) -> None:
    messages = errors.setdefault(key, [])
    if message not in messages:
        messages.append(message)


def _collect(spec: Spec, found: Iterable[jsonschema.ValidationError]) -> ValidationErrors:
    errors: ValidationErrors = {}
    for error in found:
        path = list(error.absolute_path)
        if error.validator == "required":
            instance = error.instance if isinstance(error.instance, Mapping) else {}
            names = error.validator_value if isinstance(error.validator_value, list) else []
            for name in names:
                if name not in instance:
                    key = _model_path([*path, name])
                    _add(errors, key, f"The {key.rsplit('.', 1)[-1]} field is required.")
            continue
        if error.instance is None and path and isinstance(path[-1], str):
            key = _model_path(path)
            _add(errors, key, f"The {_pascal(path[-1])} field is required.")
            continue
        if error.validator in ("maxLength", "minLength"):
            key = _model_path(path)
            limit = error.validator_value
            kind = "maximum" if error.validator == "maxLength" else "minimum"
            _add(errors, key, f"The field {key} must be a string with a {kind} length of '{limit}'.")
            continue
        if error.validator in ("minimum", "maximum"):
            key = _model_path(path)
            _add(errors, key, f"The field {key} is out of range ({error.message}).")
            continue
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        json_path = _json_path(path)
        _add(
            errors,
            json_path,
            f"The JSON value could not be converted to {_clr_type(spec, schema)}. Path: {json_path} | "
            "LineNumber: 0 | BytePositionInLine: 0.",
        )
    return errors


def _as_text(text: str) -> str:
    return text


def _as_boolean(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise ValueError(text)
    return text.lower() == "true"


def _as_uuid(text: str) -> str:
    return str(uuid.UUID(text))


def _as_datetime(text: str) -> str:
    datetime.fromisoformat(text)
    return text


def _as_enum(choices: Sequence[str]) -> Callable[[str], str]:
    def convert(text: str) -> str:
        for value in choices:
            if value.lower() == text.lower():
                return value
        raise ValueError(text)

    return convert


def _as_integer(in_range: Callable[[object], bool]) -> Callable[[str], int]:
    def convert(text: str) -> int:
        value = int(text.strip())
        if not in_range(value):
            raise ValueError(text)
        return value

    return convert


def _converter(spec: Spec, schema: Mapping[str, Any]) -> Callable[[str], Any]:
    """What binds a text to the parameter's type (``ValueError`` when it does not bind): decided from the
    schema once, as every decision here depends on the schema alone."""
    resolved = spec.resolve(schema)
    for key in ("allOf", "anyOf"):
        if resolved.get(key):
            branches = resolved[key]
            if any(
                spec.resolve(b).get("type") == "string" and "enum" not in spec.resolve(b) for b in branches
            ):
                return _as_text  # an enum that takes any string
            return _converter(spec, branches[0])
    kind, form = resolved.get("type"), resolved.get("format")
    if "enum" in resolved:
        return _as_enum([value for value in resolved["enum"] if isinstance(value, str)])
    if kind == "integer":
        return _as_integer(_INT64_RANGE if form == "int64" else _INT32_RANGE)
    if kind == "number":
        return float
    if kind == "boolean":
        return _as_boolean
    if kind == "string" and form == "uuid":
        return _as_uuid
    if kind == "string" and form == "date-time":
        return _as_datetime
    return _as_text


@attrs.frozen
class _Binding:
    """How one parameter is bound, worked out from the spec once per operation."""

    name: str
    in_path: bool
    lowered: str
    many: bool  # an array: every value given is bound, else the last one
    convert: Callable[[str], Any]  # one value (an array's items)


@functools.cache
def _bindings_by_operation(spec: Spec) -> dict[str, tuple[Operation, tuple[_Binding, ...]]]:
    return {}


def _bindings(spec: Spec, operation: Operation) -> tuple[_Binding, ...]:
    """``operation``'s parameters as :func:`bind_parameters` binds them: resolving their schemas on every
    request was most of its cost. Kept per spec and operation id, for this very operation."""
    known = _bindings_by_operation(spec)
    found = known.get(operation.operation_id)
    if found is None or found[0] is not operation:
        bindings = []
        for parameter in operation.parameters:
            schema = spec.resolve(parameter.schema)
            many = schema.get("type") == "array"
            convert = _converter(spec, schema.get("items", {}) if many else parameter.schema)
            in_path = parameter.location == "path"
            bindings.append(_Binding(parameter.name, in_path, parameter.name.lower(), many, convert))
        found = known[operation.operation_id] = (operation, tuple(bindings))
    return found[1]


def bind_parameters(
    spec: Spec, operation: Operation, path_values: Mapping[str, str], query: Mapping[str, Sequence[str]]
) -> dict[str, Any]:
    """The operation's path and query parameters, typed, by their spec names (query names match in any
    case, as ASP.NET binds them); :class:`BindingError` names every value that does not bind."""
    errors: ValidationErrors = {}
    bound: dict[str, Any] = {}
    lowered = {name.lower(): values for name, values in query.items()} if query else {}
    for parameter in _bindings(spec, operation):
        if parameter.in_path:
            if parameter.name not in path_values:
                continue
            texts: Sequence[str] = (path_values[parameter.name],)
        else:
            texts = lowered.get(parameter.lowered, ())
            if not texts:
                continue
        values = []
        for text in texts if parameter.many else texts[-1:]:
            try:
                values.append(parameter.convert(text))
            except ValueError:
                _add(errors, parameter.name, f"The value '{text}' is not valid for {parameter.name}.")
        bound[parameter.name] = values if parameter.many else (values[0] if values else None)
    if errors:
        raise BindingError(errors)
    return bound
