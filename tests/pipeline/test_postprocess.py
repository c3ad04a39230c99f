"""Our post-generation steps, one by one, and the lazy models package they produce."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from dastra_codegen import paths
from dastra_codegen.postprocess import (
    PostprocessError,
    expose_snapshot,
    lazy_models_init,
    picklable_unset,
    use_httpx2,
)


def test_use_httpx2_rewrites_import_and_every_use() -> None:
    source = "import httpx\n\n" + textwrap.dedent(
        """\
        def f(response: httpx.Response) -> httpx.Client:
            '''Raises httpx.TimeoutException.'''
            return httpx2_thing(httpx.Client())
        """
    )
    result = use_httpx2(source)
    assert "import httpx2\n" in result
    assert "httpx." not in result.replace("httpx2.", "")
    assert "httpx2_thing" in result  # names that merely start with httpx2 are left alone
    assert use_httpx2(result) == result


def test_lazy_models_init_keeps_every_name_and_types() -> None:
    source = "from .a_dto import ADto\nfrom .b_state import BState\n\n__all__ = ('ADto', 'BState')\n"
    result = lazy_models_init(source)
    assert "if TYPE_CHECKING:\n    from .a_dto import ADto\n    from .b_state import BState" in result
    assert '"ADto": "a_dto"' in result
    assert "def __getattr__(name: str) -> Any:" in result
    compile(result, "models/__init__.py", "exec")


def test_steps_fail_loudly_when_the_generator_output_changes_shape() -> None:
    with pytest.raises(PostprocessError):
        lazy_models_init('"""no imports"""\n')
    with pytest.raises(PostprocessError):
        expose_snapshot("from .client import Client\n")
    with pytest.raises(PostprocessError):
        picklable_unset("class Other:\n    pass\n")


def test_unset_survives_pickle_and_copy() -> None:
    import copy
    import pickle

    from dastra_client.types import UNSET

    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.deepcopy(UNSET) is UNSET


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(paths.GENERATED_DIR), str(paths.ROOT)])}
    completed = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    return completed.stdout.strip()


def test_importing_the_models_package_loads_no_model_until_used() -> None:
    out = _run(
        "import sys, dastra_client.models as m;"
        "before = sum(1 for n in sys.modules if n.startswith('dastra_client.models.'));"
        "from dastra_client.models import DataBreachDto;"
        "after = sum(1 for n in sys.modules if n.startswith('dastra_client.models.'));"
        "print(before, after > 0, DataBreachDto.__name__, 'DataBreachDto' in dir(m))"
    )
    assert out == "0 True DataBreachDto True"


def test_unknown_model_name_is_an_attribute_error() -> None:
    import dastra_client.models as models

    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
