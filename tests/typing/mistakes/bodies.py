"""A body that is not the model the operation declares: a model of another class, a plain dict."""

from __future__ import annotations

from datetime import datetime

from dastra import Dastra
from dastra_client.models import DataBreachDto, DataSubjectMessageCreationDto


def wrong_bodies(dastra: Dastra) -> None:
    breach = DataBreachDto(label="Stolen laptop", start_date=datetime(2025, 1, 6))
    message = DataSubjectMessageCreationDto(message="Received.")
    # expect: mypy[arg-type] pyright[reportArgumentType]
    dastra.data_subject_messages.create(body=breach)
    # expect: mypy[arg-type] pyright[reportArgumentType]
    dastra.data_breachs.create(body=message)
    # expect: mypy[arg-type] pyright[reportArgumentType]
    dastra.data_breachs.create(body={"label": "x"})
