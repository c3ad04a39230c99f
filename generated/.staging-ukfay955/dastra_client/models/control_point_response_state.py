from enum import StrEnum

class ControlPointResponseState(StrEnum):
    DONE = "Done"
    DRAFT = "Draft"
    UNDERREVIEW = "UnderReview"

    def __str__(self) -> str:
        return str(self.value)
