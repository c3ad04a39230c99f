"""A model field given or read as the wrong type."""

from __future__ import annotations

from datetime import datetime

from dastra_client.models import DataBreachDto


def wrong_field_types(breach: DataBreachDto) -> None:
    # expect: mypy[arg-type] pyright[reportArgumentType]
    DataBreachDto(label=3, start_date=datetime(2025, 1, 6))
    # expect: mypy[arg-type] pyright[reportArgumentType]
    DataBreachDto(label="x", start_date="2025-01-06")
    # expect: mypy[assignment] pyright[reportAttributeAccessIssue]
    breach.label = None
    # expect: mypy[assignment] pyright[reportAssignmentType]
    count: int = breach.label
    # expect: mypy[attr-defined] pyright[reportAttributeAccessIssue] pyright-strict[reportUnknownMemberType,reportUnknownArgumentType]
    print(count, breach.lable)
