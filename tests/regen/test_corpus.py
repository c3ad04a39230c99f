"""The robustness corpus (:mod:`tests.regen.corpus`): every variant of Dastra's document normalizes into a
valid document whose every answer can be sampled, and its change report says exactly what the mutation
did; each variant, and the combined ones (which hold every mutation), go through ``update_spec`` and
``generate`` with the full gate: imports, mypy --strict, every answer parsed into its declared type.

The combined variants go through the gate on the whole document; each single mutation goes through it on
:data:`SLICE` (the operations of four tags and the 75 schemas they reach, everything the mutations touch),
where a generation with the gate takes about 3 s instead of 11 s."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_codegen.changes import compare
from dastra_codegen.fetch import FetchedSpec, read_file
from dastra_codegen.gate import Endpoint, build_cases
from dastra_codegen.generate import generate
from dastra_codegen.normalize import iter_operations, normalize
from dastra_codegen.update_spec import prepare, update_spec
from tests.conftest import REFERENCE_2023, reference_file
from tests.regen.corpus import (
    EVERYTHING,
    ISSUE_SCENARIO,
    MUTATIONS,
    RESERVED_TAGS,
    Variant,
    report_rows,
    variant,
)
from tests.slices import pin, slice_document

Doc = dict[str, Any]


def _fetched(document: Doc, name: str) -> FetchedSpec:
    raw = json.dumps(document).encode()
    return FetchedSpec(raw=raw, document=json.loads(raw), source=f"corpus:{name}", source_kind="file")


def _check_normalization(base: Doc, case: Variant) -> Doc:
    """The variant normalizes, validates, and its rules fire as many more times as the mutation says."""
    prepared = prepare(_fetched(case.document, case.name), paths.OVERLAY)  # raises if invalid
    base_counts = Counter(normalize(base)[1].counts)
    counts = Counter(prepared.normalization.counts)
    for rule, added in case.effect.rules.items():
        assert counts[rule] - base_counts[rule] == added, rule
    return prepared.document


MUTATION_NAMES = sorted(MUTATIONS)
#: What each single mutation goes through the gate on: DataBreachs and the schemas most mutations edit,
#: WorkSpaces (the overlay's target), WebHookUrls (WebhookPayload, which dastra.webhooks imports) and
#: DataTransfers (enough bare ``$ref`` properties for ``single-ref-all-of``).
SLICE_TAGS = ("DataBreachs", "DataTransfers", "WebHookUrls", "WorkSpaces")
SLICE_SCHEMAS = ("UserLightDto",)


@pytest.mark.parametrize("name", MUTATION_NAMES)
def test_each_mutation(name: str, received_document: Doc) -> None:
    case = variant(received_document, [name])
    assert report_rows(compare(received_document, case.document)) == case.effect.rows
    document = _check_normalization(received_document, case)
    endpoints = [
        Endpoint(method, path, operation.get("operationId"), "dastra_client/api/x.py")
        for method, path, operation in iter_operations(document)
    ]
    cases, faults = build_cases(document, endpoints)
    assert faults == []
    assert len({case["operation"] for case in cases}) == len(endpoints)  # every operation sampled


@pytest.fixture(scope="session")
def pinned_base(received_document: Doc, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dastra's document pinned once per worker: each test pins its variant over a copy of this history."""
    return pin(received_document, tmp_path_factory.mktemp("corpus-base") / "openapi")


@pytest.fixture(scope="session")
def sliced_document(received_document: Doc) -> Doc:
    return slice_document(received_document, SLICE_TAGS, SLICE_SCHEMAS)


@pytest.fixture(scope="session")
def pinned_slice(sliced_document: Doc, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """:func:`pinned_base` for the slice."""
    return pin(sliced_document, tmp_path_factory.mktemp("corpus-slice") / "openapi")


def _pin_history_and_generate(
    base: Doc, case: Variant, root: Path, pinned_base: Path | None = None
) -> tuple[Doc, Any]:
    """Pin ``base`` (or copy ``pinned_base``, the same history), then pin the variant over it (the real
    update_spec flow), then generate with the gate."""
    if pinned_base is None:
        pin(base, root / "openapi")
    else:
        shutil.copytree(pinned_base, root / "openapi")
    source = root / "variant.json"
    source.write_text(json.dumps(case.document), encoding="utf-8")
    pinned = update_spec(read_file(source), root / "openapi", paths.OVERLAY)
    assert pinned.changes is not None
    assert report_rows(pinned.changes) == case.effect.rows
    return json.loads((root / "openapi" / "snapshot.json").read_text()), generate(
        root / "openapi", root / "out"
    )


def _check_generated(base: Doc, case: Variant, metadata: Doc, result: Any, out: Path) -> None:
    assert result.gate is not None and result.gate.passed and result.gate.typechecked, result.render()
    added = sum(count for (kind, _, _), count in case.effect.rows.items() if kind == "operation-added")
    assert result.operations == result.generated_operations == len(list(iter_operations(base))) + added
    assert result.gate.check("answers").checked > result.operations  # several samples per JSON answer
    breaking = any(flag for (_, _, flag), count in case.effect.rows.items() if count)
    changed = any(count for count in case.effect.rows.values())
    # breaking -> major, additive -> minor, the same API in other bytes (a 3.1 respelling) -> patch
    assert metadata["client_version"] == ("2.0.0" if breaking else "1.1.0" if changed else "1.0.1")
    models = out / paths.PACKAGE_NAME / "models"
    if "client-schema" in case.name:
        assert not (models / "client.py").exists() and (models / "client_model.py").exists()
    if "reserved-names" in case.name:
        assert (models / "answer_model.py").exists() and not (models / "answer.py").exists()
        _check_reachable(out)


REACHABLE = """
import json, sys
from dastra import AsyncDastra, Dastra
from dastra.webhooks import Webhooks
from dastra_client.models import DataBreachDto, NamingLetters

expected = json.loads(sys.argv[1])
for client in (Dastra(api_key="k", workspace_id="1"), AsyncDastra(api_key="k", workspace_id="1")):
    for view in (client, client.workspace("2"), client.with_raw_response):
        for attribute, methods in expected.items():
            resource = getattr(view, attribute)
            assert all(callable(getattr(resource, method)) for method in methods), (attribute, methods)
    assert callable(client.workspace) and isinstance(client.webhooks, Webhooks)
    assert client.data_breachs.import_ and client.with_options(timeout=5).types_api.find
breach = DataBreachDto.from_dict({"label": "x", "from": "2024", "self": "a b"})
assert (breach.from_, breach.self_) == ("2024", NamingLetters.A_B_2), (breach.from_, breach.self_)
assert [member.value for member in NamingLetters] == ["a-b", "a b", "A_B", "c"]
print("reachable")
"""


def _check_reachable(out: Path) -> None:
    """Each tag of :data:`RESERVED_TAGS` is the documented attribute of ``Dastra`` / ``AsyncDastra``, their
    views and raw-response views, with its methods; the client's own attributes are still its own."""
    expected = dict(RESERVED_TAGS.values())
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "DASTRA_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(out), str(paths.ROOT)])
    run = subprocess.run(
        [sys.executable, "-c", REACHABLE, json.dumps(expected)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and run.stdout.strip() == "reachable", run.stderr


@pytest.mark.parametrize("name", MUTATION_NAMES)
def test_each_mutation_passes_the_full_gate(
    name: str, sliced_document: Doc, pinned_slice: Path, tmp_path: Path
) -> None:
    """Every single variant too, not only their combinations: update_spec, generate, the full gate."""
    case = variant(sliced_document, [name])
    metadata, result = _pin_history_and_generate(sliced_document, case, tmp_path, pinned_slice)
    _check_generated(sliced_document, case, metadata, result, tmp_path / "out")


def test_the_slice_holds_what_the_mutations_touch(received_document: Doc, sliced_document: Doc) -> None:
    """Each mutation does on the slice what it does on the whole document, only on fewer operations."""
    whole_operations = list(iter_operations(received_document))
    operations = list(iter_operations(sliced_document))
    assert 20 <= len(operations) <= len(whole_operations) // 10
    assert {tag for _, _, operation in operations for tag in operation["tags"]} == set(SLICE_TAGS)
    for name in MUTATION_NAMES:
        sliced, whole = variant(sliced_document, [name]), variant(received_document, [name])
        assert set(sliced.effect.rules) == set(whole.effect.rules), name
        assert {kind for kind, _, _ in sliced.effect.rows} == {kind for kind, _, _ in whole.effect.rows}, name


@pytest.mark.parametrize("names", [ISSUE_SCENARIO, EVERYTHING], ids=["issue-scenario", "everything"])
def test_combined_variants_pass_the_gate(
    names: tuple[str, ...], received_document: Doc, pinned_base: Path, tmp_path: Path
) -> None:
    case = variant(received_document, names)
    _check_normalization(received_document, case)
    metadata, result = _pin_history_and_generate(received_document, case, tmp_path, pinned_base)
    _check_generated(received_document, case, metadata, result, tmp_path / "out")
    print(f"{case.name}: {result.render()}")


@pytest.mark.needs_reference
def test_every_mutation_of_the_reference_document_passes_the_gate(tmp_path: Path) -> None:
    reference: Doc = json.loads(reference_file(REFERENCE_2023).read_bytes())
    case = variant(reference, EVERYTHING)
    assert report_rows(compare(reference, case.document)) == case.effect.rows
    metadata, result = _pin_history_and_generate(reference, case, tmp_path)
    _check_generated(reference, case, metadata, result, tmp_path / "out")
