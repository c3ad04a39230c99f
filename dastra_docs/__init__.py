"""The documentation site's builder: guides from ``docs/``, a reference generated from the spec and the code.

Data flows one way: this package reads the pinned spec (``openapi/dastra-api.json``), the generated
package (``dastra_client``) and the hand-written one (``dastra``), and writes Markdown that MkDocs
renders; nothing imports it. ``python -m dastra_docs build`` (``nox -s docs``) builds ``site/``.

- :mod:`dastra_docs.spec`: the spec's operations and schemas, and how a schema reads as text;
- :mod:`dastra_docs.code`: the generated resources (sync and async signatures, the operation each
  method calls) and models (attributes, JSON keys, enum members), found by introspection;
- :mod:`dastra_docs.pages`: the reference pages, one per resource and one per model, in Markdown;
- :mod:`dastra_docs.hooks`: the MkDocs hooks that add those pages and their navigation;
- :mod:`dastra_docs.build`: the strict build, timed.
"""
