"""A keyword that a method or a view does not take, an option of the wrong type."""

from __future__ import annotations

import uuid

from dastra import Dastra


def wrong_keywords(dastra: Dastra, breach_id: uuid.UUID) -> None:
    # expect: mypy[call-arg] pyright[reportCallIssue]
    dastra.data_breachs.find(breach_id, retries=3)
    # expect: mypy[call-arg] pyright[reportCallIssue]
    dastra.data_breachs.list(sizes=100)
    # expect: mypy[call-arg] pyright[reportCallIssue]
    dastra.with_options(max_retry=5)
    # expect: mypy[arg-type] pyright[reportArgumentType]
    dastra.data_breachs.find(breach_id, timeout="soon")
    # expect: mypy[arg-type] pyright[reportArgumentType]
    dastra.data_breachs.find(str(breach_id))
