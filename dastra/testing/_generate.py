"""Schema-valid values that look real: the fake's seeded items and its answers to operations it does not model.

One :class:`Generator` walks a schema of the pinned spec and draws every value from one seeded Faker (names,
emails, addresses, phone numbers, sentences), so the same seed gives the same values. What a property holds
is read from the schema first (type, format, enum, bounds, ``maxLength``) and from its name second
(``email``, ``city``, ``dateCreation``...). The dates of one object are ordered (a creation date before an
update, a start before an end); ``...Id`` properties and the ``id`` of nested resource objects come from the
``reference`` callback, so they name items that exist. Optional properties are left out now and then, as
the real API leaves out what is not set; ``null`` is never produced, so every object the schema has is there.
"""

from __future__ import annotations

import functools
import random
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from faker import Faker

from dastra.testing._spec import Spec, ref_name

__all__ = ["Generator", "Reference", "format_datetime", "new_uuid", "object_members"]

#: ``reference(field, owner_schema)`` -> an id of an existing item, or None when nothing fits.
Reference = Callable[[str, str | None], Any]

_INT32: Final = 2**31 - 1
#: Probability that an optional property is filled, by depth (0 = the item itself), for scalars and for
#: objects or arrays; past the table only required properties are filled.
_FILL_SCALAR: Final = (0.92, 0.6, 0.3)
_FILL_NESTED: Final = (0.6, 0.25)
_MAX_DEPTH: Final = 5
#: Properties of an item that are always filled (with its enum-valued ones).
_ALWAYS: Final = frozenset({"label", "name", "title", "displayname", "email", "datecreation", "description"})


def _is_enum(spec: Spec, schema: Mapping[str, Any]) -> bool:
    """An enum, or Dastra's ``anyOf [enum, string]`` that also takes a newer value."""
    branches = schema.get("anyOf") or schema.get("allOf") or ()
    return "enum" in schema or any("enum" in spec.resolve(branch) for branch in branches)


def format_datetime(value: datetime) -> str:
    """A UTC datetime as the API writes it, to the second: ``2024-03-05T10:12:33Z``."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_uuid(random_bits: int) -> str:
    """A version-4 UUID string made from 128 random bits (from a seeded generator)."""
    return str(uuid.UUID(int=random_bits, version=4))


#: Labels by what an object is (its schema name without ``Dto``/``Light``...), in Dastra's French.
_LABELS: Final[Mapping[str, tuple[str, ...]]] = {
    "DataBreach": (
        "Perte d'un ordinateur portable",
        "Courriel envoyé au mauvais destinataire",
        "Accès non autorisé au CRM",
        "Rançongiciel sur un serveur de fichiers",
        "Vol d'un badge d'accès",
        "Compte compromis par hameçonnage",
        "Export clients publié par erreur",
        "Clé USB égarée",
    ),
    "DataProcessing": (
        "Gestion de la paie",
        "Recrutement des candidats",
        "Prospection commerciale",
        "Vidéosurveillance des locaux",
        "Gestion des accès physiques",
        "Envoi de la lettre d'information",
        "Support client",
        "Comptabilité fournisseurs",
        "Formation des salariés",
    ),
    "DataSubjectRequest": (
        "Demande d'accès aux données",
        "Demande d'effacement",
        "Demande de rectification",
        "Opposition à la prospection",
        "Demande de portabilité",
    ),
    "Task": (
        "Mettre à jour le registre",
        "Signer le DPA du sous-traitant",
        "Réaliser l'AIPD",
        "Former l'équipe support",
        "Revoir la durée de conservation",
    ),
    "AuditTemplate": ("Audit RGPD annuel", "Questionnaire sous-traitant", "Évaluation de la sécurité"),
    "SecurityMeasure": (
        "Chiffrement des postes",
        "Authentification à deux facteurs",
        "Sauvegardes chiffrées",
    ),
    "DataRetentionRule": (
        "Conservation 3 ans après le dernier contact",
        "Archivage 10 ans",
        "Suppression à 6 mois",
    ),
}
_TAGS: Final = (
    "Prioritaire",
    "Ressources humaines",
    "Clients",
    "Fournisseurs",
    "Marketing",
    "Données sensibles",
    "À revoir",
    "Santé",
    "Mineurs",
    "Transfert hors UE",
)
_SCHEMA_SUFFIXES: Final = ("Dto", "Light", "Base", "Table", "Item", "Creation", "Update")


def schema_word(name: str) -> str:
    """What a schema describes: ``DataBreachLightDto`` -> ``DataBreach``."""
    changed = True
    while changed:
        changed = False
        for suffix in _SCHEMA_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                name, changed = name[: -len(suffix)], True
    return name


def object_members(spec: Spec, schema: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The properties and required names of an object schema, its ``$ref`` and ``allOf`` followed."""
    if "$ref" in schema:
        return _named_members(spec, ref_name(schema))
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in schema.get("allOf", ()):
        part_properties, part_required = object_members(spec, part)
        properties.update(part_properties)
        required.extend(part_required)
    properties.update(schema.get("properties", {}))
    required.extend(name for name in schema.get("required", ()) if name not in required)
    return properties, required


@functools.lru_cache(maxsize=1024)
def _named_members(spec: Spec, name: str) -> tuple[dict[str, Any], list[str]]:
    return object_members(spec, spec.schemas[name])


def _typed(reference: Any, schema: Mapping[str, Any]) -> Any:
    """A referenced id as the property types it (an int id in a string property is its digits), or None
    when it cannot be (a UUID for an integer, an int for a ``format: uuid``)."""
    kind, form = schema.get("type"), schema.get("format")
    if reference is None:
        return None
    if kind == "integer":
        return reference if isinstance(reference, int) else None
    if kind == "string" and form == "uuid":
        return reference if isinstance(reference, str) else None
    if kind == "string":
        return str(reference)
    return None


def _date_rank(name: str) -> int:
    """Where a date property falls in an object's timeline (creation first, update and deadlines last)."""
    lowered = name.lower()
    if "creation" in lowered or lowered.startswith("start") or lowered in ("date", "dateidentification"):
        return 0
    if any(word in lowered for word in ("deadline", "due", "expir", "next", "schedule")):
        return 4
    if "update" in lowered:
        return 3
    if any(
        word in lowered for word in ("end", "closed", "close", "archiv", "delet", "resolution", "retired")
    ):
        return 2
    return 1


class Generator:
    """Values for schemas of ``spec``, drawn from ``faker`` (seed it first), with dates around ``anchor``."""

    def __init__(self, spec: Spec, faker: Faker, *, anchor: datetime, reference: Reference) -> None:
        self.spec = spec
        self.faker = faker
        self.random: random.Random = faker.random
        self.anchor = anchor
        self.reference = reference
        self._owner: str | None = None  # the schema of the object being made (labels depend on it)

    # -- entry points ------------------------------------------------------------------------------------

    def value(self, schema: Mapping[str, Any], *, name: str = "", depth: int = 0) -> Any:
        """A value valid for ``schema``; ``name`` is the property it is for (it picks realistic text)."""
        owner: str | None = None
        if "$ref" in schema:
            owner = ref_name(schema)
            schema = self.spec.resolve(schema)
        if "allOf" in schema:
            return self._all_of(schema, name=name, depth=depth)
        if "anyOf" in schema or "oneOf" in schema:
            branches = schema.get("anyOf") or schema.get("oneOf") or [{}]
            return self.value(branches[0], name=name, depth=depth)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return self.random.choice(values)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self.object(schema, owner=owner, depth=depth)
        if kind == "array":
            return self._array(schema, name=name, depth=depth)
        if kind == "string":
            return self._string(schema, name)
        if kind == "integer":
            return self._integer(schema, name)
        if kind == "number":
            return self._number(schema, name)
        if kind == "boolean":
            return self.random.random() < 0.5
        return self.faker.word()  # an untyped value: anything is valid, a word reads best

    def object(
        self,
        schema: Mapping[str, Any],
        *,
        owner: str | None = None,
        depth: int = 0,
        only: frozenset[str] | None = None,
    ) -> dict[str, Any]:
        """An object of ``schema`` (resolved); ``only`` keeps the optional properties to those names."""
        outer, self._owner = self._owner, owner or self._owner
        try:
            return self._object(schema, owner=owner, depth=depth, only=only)
        finally:
            self._owner = outer

    def _object(
        self, schema: Mapping[str, Any], *, owner: str | None, depth: int, only: frozenset[str] | None
    ) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        result: dict[str, Any] = {}
        dates: list[str] = []
        for prop, prop_schema in properties.items():
            if prop not in required and not self._fills(prop_schema, depth, prop, only):
                continue
            if self._is_datetime(prop_schema):
                dates.append(prop)
                continue
            if prop == "id" or prop.endswith(("Id", "Ids")):
                found = self._reference(prop, prop_schema, owner)
                if found is not None:
                    result[prop] = found
                    continue
            result[prop] = self.value(prop_schema, name=prop, depth=depth + 1)
        if dates:
            self._ordered_dates(result, dates)
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping) and not properties and depth < 2:
            for _ in range(self.random.randint(1, 2)):
                result[self.faker.word()] = self.value(additional, depth=depth + 1)
        return {prop: result[prop] for prop in properties if prop in result} | {
            key: value for key, value in result.items() if key not in properties
        }

    def members(self, schema: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """The properties and required names of an object schema (see :func:`object_members`)."""
        return object_members(self.spec, schema)

    # -- parts -------------------------------------------------------------------------------------------

    def _fills(self, schema: Mapping[str, Any], depth: int, prop: str, only: frozenset[str] | None) -> bool:
        if only is not None:
            return prop in only
        resolved = self.spec.resolve(schema)
        nested = (
            "allOf" in resolved or resolved.get("type") in ("object", "array") or "properties" in resolved
        )
        table = _FILL_NESTED if nested else _FILL_SCALAR
        if depth >= len(table):
            return False
        draw = self.random.random()  # drawn in every case, so one property's rule does not shift the rest
        if depth == 0 and (_is_enum(self.spec, resolved) or prop.lower() in _ALWAYS):
            return True  # what lists show: an item's state, type, label and creation date are always set
        return draw < table[depth]

    def _is_datetime(self, schema: Mapping[str, Any]) -> bool:
        return schema.get("type") == "string" and schema.get("format") == "date-time"

    def _ordered_dates(self, result: dict[str, Any], dates: list[str]) -> None:
        moment = self.anchor - timedelta(
            days=self.random.uniform(20, 700), seconds=self.random.randint(0, 86_399)
        )
        for prop in sorted(dates, key=lambda p: (_date_rank(p), p)):
            result[prop] = format_datetime(moment)
            moment += timedelta(days=self.random.uniform(0.2, 30))

    def _reference(self, prop: str, schema: Mapping[str, Any], owner: str | None) -> Any:
        resolved = self.spec.resolve(schema)
        if resolved.get("type") == "array":
            count = self.random.randint(1, 3)
            item_schema = self.spec.resolve(resolved.get("items", {}))
            found = [_typed(self.reference(prop[:-1], owner), item_schema) for _ in range(count)]
            unique = list(dict.fromkeys(v for v in found if v is not None))
            return unique or None
        return _typed(self.reference(prop, owner), resolved)

    def _all_of(self, schema: Mapping[str, Any], *, name: str, depth: int) -> Any:
        parts = schema["allOf"]
        if len(parts) == 1 and "properties" not in schema:
            return self.value(parts[0], name=name, depth=depth)
        properties, required = self.members(schema)
        return self.object({"type": "object", "properties": properties, "required": required}, depth=depth)

    def _array(self, schema: Mapping[str, Any], *, name: str, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = max(low, int(schema.get("maxItems", 3 if depth <= 1 else 1)))
        count = self.random.randint(max(low, 1 if depth <= 1 else 0), high)
        items_schema = schema.get("items", {})
        singular = name[:-1] if name.endswith("s") else name
        values = [self.value(items_schema, name=singular, depth=depth) for _ in range(count)]
        if schema.get("uniqueItems"):
            unique: list[Any] = []
            for value in values:
                if value not in unique:
                    unique.append(value)
            values = unique
        return values

    def _string(self, schema: Mapping[str, Any], name: str) -> str:
        form = schema.get("format")
        if form == "uuid":
            return new_uuid(self.random.getrandbits(128))
        if form == "date-time":
            return format_datetime(self.anchor - timedelta(days=self.random.uniform(0, 700)))
        if form == "email":
            return self.faker.email()
        if form == "uri":
            return self.faker.url()
        text = self._text(name)
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        if len(text) < low:
            text = text + "x" * (low - len(text))
        if high is not None and len(text) > int(high):
            text = text[: int(high)].rstrip() or text[: int(high)]
        return text

    def _text(self, name: str) -> str:
        lowered = name.lower()
        faker = self.faker
        if "email" in lowered or "mailaddress" in lowered:
            return faker.email()
        if lowered in ("givenname", "firstname"):
            return faker.first_name()
        if lowered in ("familyname", "lastname"):
            return faker.last_name()
        if lowered in ("displayname", "fullname", "contactname", "author", "name") or lowered.endswith(
            "username"
        ):
            return faker.name()
        if "company" in lowered or lowered in ("entity", "vendor", "dpo", "representative"):
            return faker.company()
        if lowered.endswith("url") or lowered in ("weburl", "website", "linkedin"):
            image = any(word in lowered for word in ("logo", "avatar", "image", "icon", "thumbnail"))
            return faker.image_url() if image else faker.url()
        if "address" in lowered:
            return faker.street_address()
        if lowered == "city":
            return faker.city()
        if lowered in ("zipcode", "postcode", "postalcode"):
            return faker.postcode()
        if "country" in lowered:
            return faker.country_code()
        if "phone" in lowered:
            return faker.phone_number()
        if "color" in lowered:
            return faker.hex_color()
        if lowered in ("lang", "language", "locale"):
            return self.random.choice(("fr", "en", "de", "es"))
        if lowered == "timezone":
            return "Europe/Paris"
        if "job" in lowered or lowered in ("position", "contactposition"):
            return faker.job()
        if lowered in ("slug", "key", "customslug", "questionslug"):
            return faker.slug()
        if lowered in ("ref", "reference", "identifier", "postmortemref", "immatriculationnumber"):
            return f"{faker.random_uppercase_letter()}{faker.random_uppercase_letter()}-{faker.random_number(5, fix_len=True)}"
        if lowered.endswith("html"):
            return f"<p>{faker.paragraph(nb_sentences=2)}</p>"
        if any(
            word in lowered
            for word in (
                "description",
                "message",
                "comment",
                "justification",
                "content",
                "text",
                "bio",
                "intro",
                "excerpt",
                "disclaimer",
            )
        ):
            return faker.paragraph(nb_sentences=2)
        if lowered in (
            "label",
            "title",
            "headline",
            "shortname",
            "projectname",
            "newlabel",
            "otherlabel",
        ) or lowered.endswith("label"):
            return self._label()
        if lowered in ("filename", "file"):
            return faker.file_name(extension="pdf")
        return faker.word()

    def _label(self) -> str:
        """A label that fits what the object is: a breach reads like an incident, a processing like one."""
        kind = schema_word(self._owner or "")
        faker = self.faker
        if kind in _LABELS:
            return f"{self.random.choice(_LABELS[kind])} ({faker.city()})"
        if kind in ("Actor", "WorkSpace", "Asset", "Tenant", "Partner", "Vendor"):
            return faker.company()
        if kind == "Area":
            return f"Site de {faker.city()}"
        if kind == "Team":
            return f"Équipe {faker.last_name()}"
        if kind in ("Tag", "Category", "RiskCategory"):
            return self.random.choice(_TAGS)
        return faker.catch_phrase()

    def _integer(self, schema: Mapping[str, Any], name: str) -> int:
        lowered = name.lower()
        if lowered.startswith("nb") or any(
            word in lowered for word in ("count", "total", "size", "volume", "number")
        ):
            low, high = 0, 40
        elif any(
            word in lowered for word in ("percent", "progression", "rate", "score", "readiness", "completion")
        ):
            low, high = 0, 100
        elif lowered in ("order", "priority", "level", "iteration", "version", "versionnumber"):
            low, high = 0, 10
        elif lowered.endswith(("days", "hours", "duration")):
            low, high = 1, 365
        elif lowered.endswith("id"):
            low, high = 1, 5000
        else:
            low, high = 0, 100
        low = max(low, int(schema.get("minimum", low)))
        high = min(high, int(schema.get("maximum", high)), _INT32)
        return self.random.randint(low, max(low, high))

    def _number(self, schema: Mapping[str, Any], name: str) -> float:
        lowered = name.lower()
        low, high = (
            (41.0, 51.0) if lowered == "latitude" else (-5.0, 9.0) if lowered == "longitude" else (0.0, 100.0)
        )
        low = max(low, float(schema.get("minimum", low)))
        high = min(high, float(schema.get("maximum", high)))
        return round(self.random.uniform(low, max(low, high)), 2)
