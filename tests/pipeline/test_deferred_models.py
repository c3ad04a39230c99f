"""Nested models are bound by name and imported on first use (``_lazy.deferred``): importing a model
imports none of the models it nests, and the first use rebinds the name to the class itself."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from dastra_client._lazy import deferred


def test_importing_a_model_imports_none_of_the_models_it_nests() -> None:
    code = (
        "import sys\n"
        "from dastra_client.models.data_breach_dto import DataBreachDto\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('dastra_client.models.'))\n"
        "assert 'dastra_client.models.actor_dto' not in loaded, loaded\n"
        "import dastra_client.models.data_breach_dto as module\n"
        "assert 'imported on first use' in repr(module.__dict__['ActorDto'])\n"
        "breach = DataBreachDto.from_dict({'processors': [{'id': 1}]})\n"
        "assert type(breach.processors[0]).__name__ == 'ActorDto'\n"
        "from dastra_client.models.actor_dto import ActorDto\n"
        "assert module.__dict__['ActorDto'] is ActorDto\n"
        "assert 'dastra_client._wire' not in sys.modules and 'msgspec' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_model_nested_in_itself_names_its_own_class() -> None:
    from dastra_client.models import AreaDto

    area = AreaDto.from_dict({"id": 1, "children": [{"id": 2, "children": [{"id": 3}]}]})
    children = area.children
    assert isinstance(children, list)
    grandchildren = children[0].children
    assert isinstance(grandchildren, list) and type(grandchildren[0]) is AreaDto
    assert pickle.loads(pickle.dumps(area)) == area


def test_a_stand_in_resolves_once_and_reports_a_missing_class() -> None:
    namespace: dict[str, object] = {"__package__": "dastra_client.models"}
    stand_in = deferred(namespace, "TagDto", "..models.tag_dto")
    from dastra_client.models.tag_dto import TagDto

    assert stand_in.from_dict is not None and namespace["TagDto"] is TagDto
    missing = deferred({"__package__": "dastra_client.models"}, "Nope", "..models.tag_dto")
    with pytest.raises(AttributeError, match="Nope"):
        missing.from_dict  # noqa: B018
