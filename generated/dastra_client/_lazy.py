"""The base of every generated model: lazy nested values, and the one rule for values that do not fit.

**Values that do not fit their type.** ``from_dict`` checks every value against the type its field
declares. Tolerance first: ``null`` in an optional (hence nullable) field parses to ``None``, an enum
value the snapshot does not know parses to its raw value (the annotations say ``Enum | str``), and
unknown keys land in ``additional_properties``. Anything else that does not fit — a required value
missing, ``null`` in a required field, a value of another JSON type (``"many"`` for an ``int``,
``true`` for an ``int``, ``3`` for a ``str``, a list for an object, an object for a list), a date or
UUID that does not parse, one bad item of a list — **never lands in the field**:

- the model still parses, and so does the page or list holding it: every item is an instance of its
  model, never a plain dict; every other field reads normally;
- reading the bad field raises :class:`~dastra_client._errors.FieldValidationError`, naming the
  model, the field's JSON path (``startDate``, ``tags[2]``), the expected type and an excerpt of the
  value (``<missing>`` for an absent required value);
- ``to_dict()`` gives the bad value back exactly as received (an absent one stays absent), so a model
  read from the API can be sent back unchanged; that is also how to reach a raw value. There is no
  separate lenient mode.

One exception: a variant of a discriminated ``oneOf`` carries its discriminator as a required one-value
enum (the ``discriminated-one-of`` normalization rule). An object whose discriminator names another
variant is not this model at all, so ``from_dict`` raises :class:`VariantMismatchError` (a
``FieldValidationError`` and a ``ValueError``): a union then takes the variant that matches; where a
single model is expected, the field holding it does not fit.

``==``, ``repr`` (an unfit field shows as ``<invalid: expected ..., received ...>``), ``to_dict``,
``copy``/``deepcopy`` and pickling keep working on such a model and keep it unfit. ``attrs.asdict``
and ``attrs.evolve`` read every field, so they raise the field's error (``evolve`` works once the bad
field is given a new value). No field ever holds a value whose runtime type contradicts its annotation.

**Lazy nested values.** ``from_dict`` sets the scalar, enum, date and required fields at once, and
keeps the JSON object; an optional field holding a nested model or a list of them is parsed the first
time it is read (under a microsecond more than an eager parse), then stored in its slot like
any other attribute. Reading a page of 500 items therefore costs little more than decoding its JSON,
and the values a service never looks at are never parsed. :func:`eager_parsing` parses everything at
once instead (for exports that read every field): ``with eager_parsing(): ...`` around the call.
``==``, ``repr``, ``to_dict``, ``attrs.asdict`` and pickling read every field, so they see the same
values an eagerly built object would hold.

**From bytes.** ``Model.from_json(data)`` gives the model ``from_dict(loads(data))`` gives, through
msgspec's typed wire structs when the document fits them (``_wire.py``); the generated operations parse
their answers this way. A model built so keeps its wire struct as ``_source`` until its lazy fields are
read (``WIRE_LOADERS`` holds their loaders).

This file is copied verbatim into the generated package as ``_lazy.py``.
"""

from __future__ import annotations

import importlib
import reprlib
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self
from uuid import UUID, SafeUUID

from ._errors import FieldValidationError, VariantMismatchError, excerpt
from ._state import EAGER, WIRE_LOADERS, eager_parsing  # the models import EAGER from here

__all__ = [
    "EAGER",
    "INVALID",
    "MISSING",
    "WIRE_LOADERS",
    "LazyModel",
    "Misfit",
    "deferred",
    "each",
    "eager_parsing",
    "fits",
    "invalid",
    "not_an_object",
    "not_this_variant",
    "parse_uuid",
]


class _Marker:
    """A named sentinel (``MISSING``, ``INVALID``); pickles as itself."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name

    def __reduce__(self) -> str:
        return self._name


#: The value of an absent required key (optional ones read as ``UNSET``).
MISSING: Final = _Marker("MISSING")
#: Returned by a loader, or by :func:`invalid`, when a value did not fit: the field stays empty.
INVALID: Final = _Marker("INVALID")


class _Deferred:
    """Stands, in a model's module, for a model class of another module until that name's first use.

    A generated module names the models it nests by their class (``ActorDto.from_dict``), each bound by
    :func:`deferred`: the first use imports the class's module and rebinds the name in the namespace
    to the class, so every later use costs one global lookup. Importing a model therefore imports
    none of the models it nests (``DataProcessingDto`` reaches 50 modules), and no model module
    imports the ``models`` package, which names them all.

    A model nested in itself is named by its own class, defined in the same module. Two schemas that
    nest each other (none in today's spec) would make two modules that name each other; the import
    graph test (tests/layout) reports that cycle, and the fix is the generator's: such models go in one
    module, where each names the other as a model names itself.
    """

    __slots__ = ("_module", "_name", "_namespace")

    def __init__(self, namespace: dict[str, Any], name: str, module: str) -> None:
        self._namespace = namespace
        self._name = name
        self._module = module

    def resolve(self) -> type:
        """The class, imported; from now on the module's global is the class itself."""
        module = importlib.import_module(self._module, self._namespace["__package__"])
        cls: type = getattr(module, self._name)
        self._namespace[self._name] = cls
        return cls

    def __getattr__(self, attribute: str) -> Any:
        if attribute in _Deferred.__slots__:  # a copy that never ran __init__: no recursion
            raise AttributeError(attribute)
        return getattr(self.resolve(), attribute)

    def __repr__(self) -> str:
        return f"<model {self._name} of {self._module}, imported on first use>"


def deferred(namespace: dict[str, Any], name: str, module: str) -> Any:
    """What a generated module binds ``name`` to: the class ``name`` of ``module`` (relative to the
    namespace's package), imported on first use. Typed ``Any``: type checkers read the module's
    ``TYPE_CHECKING`` import of the class instead."""
    return _Deferred(namespace, name, module)


class Misfit(Exception):
    """Raised by a generated ``_parse_*`` function: ``value`` (at ``at`` inside it) does not fit.

    An internal signal: it never leaves the generated package.
    """

    def __init__(self, value: object, at: tuple[int, ...] = ()) -> None:
        super().__init__(value, at)
        self.value = value
        self.at = at


def each(items: list[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """``[convert(item) for item in items]``; a :class:`Misfit` names the index of the first bad item."""
    try:
        return [convert(item) for item in items]
    except Misfit:
        for index, item in enumerate(items):
            try:
                convert(item)
            except Misfit as misfit:
                raise Misfit(misfit.value, (index, *misfit.at)) from None
        raise


_new_uuid: Final = object.__new__
# The setters of UUID's two slots (UUID.__setattr__ refuses writes): a call each, no name lookup.
_set_int: Final[Callable[[UUID, int], None]] = UUID.__dict__["int"].__set__
_set_safety: Final[Callable[[UUID, SafeUUID], None]] = UUID.__dict__["is_safe"].__set__
_UNKNOWN_SAFETY: Final = SafeUUID.unknown  # an enum member lookup costs more than the whole parse


def parse_uuid(text: str) -> UUID:
    """``UUID(text)``, about twice as fast for the 36-character form (the same checks, the same errors).

    ``UUID()`` strips the hyphens, checks that 32 characters remain and reads them with
    ``int(..., 16)``; this does the same, then fills the two slots of the UUID directly instead of
    running ``UUID.__init__``'s argument checks. Other forms (braces, ``urn:uuid:``) go to ``UUID()``.
    """
    digits = text.replace("-", "")
    if len(digits) != 32:
        return UUID(text)
    parsed: UUID = _new_uuid(UUID)
    _set_int(parsed, int(digits, 16))
    _set_safety(parsed, _UNKNOWN_SAFETY)
    return parsed


class _Unfit:
    """What a field received that did not fit: its JSON key, the type expected, the raw value."""

    __slots__ = ("at", "expected", "key", "offending", "raw")

    def __init__(self, key: str, expected: str, raw: object, at: tuple[int, ...], offending: object) -> None:
        self.key = key  # "" for the additional properties
        self.expected = expected
        self.raw = raw  # MISSING, or the whole value as received
        self.at = at  # where inside ``raw`` the first bad value sits (list indexes)
        self.offending = offending

    def error(self, model: str) -> FieldValidationError:
        received = "<missing>" if self.offending is MISSING else excerpt(self.offending)
        path = (self.key or "additional_properties") + "".join(f"[{index}]" for index in self.at)
        return FieldValidationError(model=model, path=path, expected=self.expected, received=received)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Unfit):
            return NotImplemented
        return (self.key, self.expected, self.raw) == (other.key, other.expected, other.raw)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        error = self.error("")
        return f"<invalid: expected {error.expected}, received {error.received}>"

    def __reduce__(self) -> tuple[object, ...]:
        return (_Unfit, (self.key, self.expected, self.raw, self.at, self.offending))


_NO_RECORDS: Final[Mapping[str, _Unfit]] = {}


def invalid(
    model: LazyModel,
    name: str,
    key: str,
    expected: str,
    raw: object,
    misfit: Misfit | None = None,
    *,
    items: type | Callable[[Any], object] | None = None,
) -> Any:
    """Record that field ``name`` of ``model`` received ``raw``, which does not fit ``expected``.

    The field's slot stays empty, so reading it raises the :class:`FieldValidationError`. ``misfit``
    (from a ``_parse_*`` function) or ``items`` (for a list: the type of its items, or a check or a
    parser of one item) says which part of ``raw`` is at fault. Returns :data:`INVALID`.
    """
    at: tuple[int, ...] = ()
    offending = raw
    if misfit is not None:
        at, offending = misfit.at, misfit.value
    elif items is not None and isinstance(raw, list):
        for index, item in enumerate(raw):
            if not _fits(item, items):
                at, offending = (index,), item
                break
    try:
        records: dict[str, _Unfit] = object.__getattribute__(model, "_invalid")
    except AttributeError:
        records = {}
        object.__setattr__(model, "_invalid", records)
    records[name] = _Unfit(key, expected, raw, at, offending)
    return INVALID


def _fits(item: object, check: type | Callable[[Any], object]) -> bool:
    if isinstance(check, type):
        return isinstance(item, check)
    try:
        return bool(check(item))
    except (TypeError, ValueError, AttributeError, FieldValidationError):
        return False


def fits(model: LazyModel) -> bool:
    """Whether every value ``from_dict`` checked fitted its field (lazy fields are checked when read)."""
    return not _records(model)


def not_an_object(model: type, value: object) -> FieldValidationError:
    """The error of ``Model.from_dict(value)`` when ``value`` is not a JSON object at all."""
    return FieldValidationError(model=model.__name__, path="$", expected="object", received=excerpt(value))


def not_this_variant(model: type, key: str, expected: str, value: object) -> VariantMismatchError:
    """The error of ``Model.from_dict`` for an object whose discriminator ``key`` names another variant."""
    received = "<missing>" if value is MISSING else excerpt(value)
    return VariantMismatchError(model=model.__name__, path=key, expected=expected, received=received)


def _records(model: LazyModel) -> Mapping[str, _Unfit]:
    try:
        records: Mapping[str, _Unfit] = object.__getattribute__(model, "_invalid")
    except AttributeError:
        return _NO_RECORDS
    return records


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        attributes: tuple[Any, ...] = getattr(cls, "__attrs_attrs__", ())
        names = _FIELD_NAMES[cls] = tuple(attribute.name for attribute in attributes)
    return names


_NO_UNSET: Final = object()
_UNSET_OF: dict[type, object] = {}


def _unset_of(cls: type) -> object:
    """The ``UNSET`` of the package of model ``cls`` (``<package>.types``, which every model imports)."""
    unset = _UNSET_OF.get(cls, _NO_UNSET)
    if unset is _NO_UNSET:
        types_module = sys.modules.get(cls.__module__.split(".", 1)[0] + ".types")
        unset = _UNSET_OF[cls] = getattr(types_module, "UNSET", _NO_UNSET)
    return unset


def _peek(model: LazyModel, name: str) -> Any:
    """The value of field ``name`` (parsed if lazy), or :data:`INVALID` when it did not fit."""
    try:
        return getattr(model, name)
    except FieldValidationError:
        return INVALID


class LazyModel:
    """A model whose optional nested fields are parsed from ``_source`` on first access.

    Generated classes are attrs classes built with ``eq=False, repr=False, getstate_setstate=False``:
    equality, repr and pickling live here, where they can see fields that did not fit.
    """

    __slots__ = ("_invalid", "_source")

    _source: Mapping[str, Any]
    #: (field name, JSON key) of every property, in the order of the JSON schema (``_wire.py`` reads it).
    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: Field name -> function that parses that field from the source object and stores it in its
    #: slot, returning the value (or :data:`INVALID`, after recording what did not fit).
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {}

    if not TYPE_CHECKING:  # for mypy, models keep exactly their declared attributes

        def __getattr__(self, name: str) -> Any:
            # Only called when normal lookup failed: the slot is empty (a lazy field not read yet, or a
            # field whose value did not fit), or there is no such attribute.
            load = self._LAZY_FIELDS.get(name)
            if load is not None:
                try:
                    source = self._source
                except AttributeError:
                    pass
                else:
                    wire = WIRE_LOADERS.get(source.__class__)  # None: the source is a mapping
                    if wire is not None:
                        load = wire.get(name)
                    value = INVALID if load is None else load(self, source)
                    if value is not INVALID:
                        return value
            record = _records(self).get(name)
            if record is not None:
                raise record.error(type(self).__name__)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    if TYPE_CHECKING:  # every generated model defines it

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """The model of a JSON document: ``from_dict(loads(data))``, the same model, faster (``_wire.py``).

        Raises ``ValueError`` when ``data`` is not JSON, and what ``from_dict`` raises.
        """
        from ._wire import parse_json  # on first use: msgspec loads only in a process that parses bytes

        return parse_json(cls, data)

    def _unreadable(self) -> Mapping[str, _Unfit]:
        """The fields that hold no value because what was received did not fit (lazy ones parsed)."""
        records = _records(self)
        if not records and not self._LAZY_FIELDS:
            return _NO_RECORDS
        unreadable = {}
        for name in self._LAZY_FIELDS:
            if _peek(self, name) is INVALID:
                unreadable[name] = _records(self)[name]
        for name, record in _records(self).items():
            if name not in unreadable and _peek(self, name) is INVALID:
                unreadable[name] = record
        return unreadable

    @staticmethod
    def _as_received(field_dict: dict[str, Any], unreadable: Mapping[str, _Unfit]) -> None:
        """Put back into ``field_dict`` the raw values of the fields that did not fit (absent stays absent)."""
        for record in unreadable.values():
            if record.raw is MISSING:
                continue
            if record.key:
                field_dict[record.key] = record.raw
            elif isinstance(record.raw, Mapping):
                field_dict.update(record.raw)

    def _state(self) -> tuple[Any, ...]:
        """Every field's value, or what it received when that did not fit (lazy fields parsed)."""
        names = _field_names(type(self))
        values = [_peek(self, name) for name in names]
        records = _records(self)  # after the peeks: parsing a lazy field may record it
        return tuple(
            records[name] if value is INVALID else value for name, value in zip(names, values, strict=True)
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, LazyModel)
        return self._state() == other._state()

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # equal models may change: not hashable

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        """``DataBreachDto(id=3, label='Phishing')``: the fields that hold a value, in the schema's order.

        Absent fields (``UNSET``) and empty ``additional_properties`` are left out; a field whose
        value did not fit shows as ``<invalid: ...>``. Lazy fields are parsed (never raising).
        """
        unset = _unset_of(type(self))
        values = ", ".join(
            f"{name}={value!r}"
            for name, value in zip(_field_names(type(self)), self._state(), strict=True)
            if value is not unset and not (name == "additional_properties" and value == {})
        )
        return f"{type(self).__name__}({values})"

    def __getstate__(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        for name in _field_names(type(self)):
            value = _peek(self, name)
            if value is not INVALID:
                state[name] = value
        records = {name: record for name, record in _records(self).items() if name not in state}
        if records:
            state["_invalid"] = records
        return state

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
