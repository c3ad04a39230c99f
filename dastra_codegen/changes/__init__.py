"""The API change report between two OpenAPI 3 snapshots, classified for a user of the client.

``compare(old, new) -> ChangeReport``; ``report.summary_line()``, ``report.to_markdown(title)`` (a
section of ``openapi/CHANGELOG.md``), ``report.to_json()``; ``main(argv)`` is
``python -m dastra_codegen diff OLD NEW [--json PATH] [--markdown PATH]`` (exit 0, or 2 on bad input).
Pure and deterministic: the same documents give the same report, byte for byte.

Matching
    Operations are matched by method and path; failing an exact match, by method and path *shape*:
    parameter names dropped (``/a/{id}`` = ``/a/{itemId}``) and case folded, because Dastra's
    server (ASP.NET) routes case-insensitively (``/v1/workspaces`` = ``/v1/WorkSpaces``). A shape
    shared by two operations of one document is not used. A matched operation whose path text
    changed gets ``operation-path-changed``; renamed path parameters get ``parameter-renamed`` and
    are then compared as the same parameter. Parameters match by ``(in, name)`` (header names
    case-insensitively). Schemas match by component name, case-sensitively: the name is the
    generated class name (``WorkFlowType`` and ``WorkflowType`` are two classes).

Meaning, not spelling
    Both documents are first read in OpenAPI 3.0 spelling (:func:`dastra_codegen.normalize.to_openapi_30`),
    so a schema written the 3.1 way (``type: [X, "null"]``, a ``{"type": "null"}`` member, ``const``,
    numeric exclusive bounds...) compares equal to its 3.0 form. Nullability is read from whatever says
    it: ``nullable``, a ``"null"`` type, ``null`` among enum values, or no restriction at all (an untyped
    schema accepts ``null`` in both versions); ``null`` in an enum is never an enum value added.

What is compared
    Component schemas are compared one by one, by content; a ``$ref`` inside a schema or operation
    counts by its name (a change of the target is reported once, under the target). Parameters are
    also compared through their references (``$ref`` to an enum whose type changed is a parameter
    type change). Types are described in words (``array of string (uuid)``, ``WorkspaceDto``); a
    single-member ``allOf`` is a wrapper. Descriptions, examples, limits (``maxLength``...),
    ``readOnly``, ``additionalProperties: false`` and scope descriptions are ignored; so are OAuth2
    flow fields that OpenAPI 3.0 does not define for that flow. Global security requirements are a
    set of alternatives (order ignored; none or ``[]`` means "no authentication"). Success responses
    are the 2xx ones.

Breaking (for a client user), kind by kind
    - ``operation-removed``, ``operation-id-changed`` (the generated function is renamed),
      ``operation-tag-changed`` (the generated module moves, first tag only).
    - ``parameter-removed``, ``parameter-renamed`` (keyword argument renamed), ``parameter-added`` when
      required (path parameters always are), ``parameter-now-required``, ``parameter-type-changed``,
      ``parameter-enum-value-removed``.
    - ``request-body-removed``, ``request-body-added`` when required, ``request-body-now-required``,
      ``request-body-content-type-removed``, ``request-body-schema-changed``.
    - ``response-removed`` (a 2xx status), ``response-content-type-removed``, ``response-schema-changed``.
    - ``schema-removed``, ``property-removed``, ``schema-type-changed``/``property-type-changed``,
      ``enum-value-removed``.
    - ``*-format-changed`` only when the generated Python type changes (``date-time`` -> ``date`` or
      ``string`` -> ``uuid`` does; ``int32`` -> ``int64`` or ``float`` -> ``double`` does not).
    - Direction-dependent, using where the schema is used (through any chain of ``$ref``): *read*
      if a response reaches it, *written* if a parameter or request body does, both if nothing does.
      ``*-now-nullable`` breaks readers (code may not expect None); ``*-no-longer-nullable`` breaks
      writers (sending None is refused). ``property-now-required`` and ``property-added`` (required)
      break writers; ``property-no-longer-required`` breaks readers (the value may be missing).
    - ``security-scheme-removed``, ``security-scheme-changed`` (type, HTTP scheme, apiKey place,
      OAuth2 URLs), ``security-flow-removed``, ``security-scope-removed``,
      ``security-requirement-removed`` (an accepted way to authenticate is gone; global or per operation).

Not breaking
    ``operation-added``, ``operation-path-changed`` (same route: the client calls the new path),
    ``operation-deprecated``/``-no-longer-deprecated``, optional ``parameter-added``,
    ``parameter-now-optional``, ``parameter-enum-value-added``, optional ``request-body-added``,
    ``request-body-now-optional``, ``*-content-type-added``, ``response-added``, ``schema-added``,
    optional ``property-added``, ``enum-value-added`` (the pipeline's normalization keeps enums open),
    the direction-dependent kinds above in the other direction, ``security-scheme-added``,
    ``security-flow-added``, ``security-scope-added``, ``security-requirement-added``.

Libraries considered
    A generic diff (``deepdiff`` 9.1, ``dictdiffer`` 0.10, ``jsondiff`` 2.2) reports JSON paths and
    list indexes: parameters are a list keyed by ``(in, name)``, paths match by shape, ``required`` is
    a list that changes the meaning of ``properties``, and ``$ref`` must stay a name or be followed
    depending on the place. Re-interpreting every path would be more code than walking the few
    OpenAPI objects directly, so none is used. The OpenAPI-specific Python packages found
    (``openapispecdiff``, ``api-diff-sentinel``, ``api-schema-diff``, ``breakwatch``...) are young or
    unmaintained, little used, and carry their own rules; ``oasdiff`` and ``openapi-changes`` (Go)
    and Optic (npm) are not Python libraries. The walk uses the standard library and attrs only.
"""

from dastra_codegen.changes.cli import main
from dastra_codegen.changes.compare import check_document, compare
from dastra_codegen.changes.model import Change, ChangeReport

__all__ = ["Change", "ChangeReport", "check_document", "compare", "main"]
